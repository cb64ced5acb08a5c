/**
 * JSON Schema documents generated from the record schemas, for users who
 * validate khabar's output outside TypeScript (Python, R, DuckDB, jq).
 * `docs/schema/*.schema.json` are these documents, checked in CI.
 *
 * @module
 */
import { Schema } from "effect"
import { KhabarRecord, Reject } from "./record.js"

const document = (schema: Parameters<typeof Schema.toJsonSchemaDocument>[0], id: string, title: string) => {
  const doc = Schema.toJsonSchemaDocument(schema)
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: id,
    title,
    ...doc.schema,
    $defs: doc.definitions
  }
}

/** The JSON Schema (draft 2020-12) of one output record. */
export const recordJsonSchema = () => document(KhabarRecord, "https://khabar.dev/schema/record.schema.json", "khabar record")

/** The JSON Schema (draft 2020-12) of one reject entry. */
export const rejectJsonSchema = () => document(Reject, "https://khabar.dev/schema/reject.schema.json", "khabar reject")
