/**
 * Validating a lexicon file with its Effect Schema. A file that does not
 * decode throws a {@link LexiconError} naming the file and every issue.
 *
 * @module
 */
import { Schema, SchemaIssue } from "effect"
import { LexiconError } from "../../lexicons/lexicon.js"

const format = SchemaIssue.makeFormatterStandardSchemaV1()

/** A decoder for one lexicon file: returns the typed content or throws {@link LexiconError}. */
export const decodeLexicon =
  <S extends Schema.Top>(schema: S, id: string) =>
  (u: unknown): S["Type"] => {
    const r = Schema.decodeUnknownResult(schema as never, { errors: "all", onExcessProperty: "error" })(u) as
      | { readonly _tag: "Success"; readonly success: S["Type"] }
      | { readonly _tag: "Failure"; readonly failure: Schema.SchemaError }
    if (r._tag === "Success") return r.success
    const issues = format(r.failure.issue).issues
    throw new LexiconError(
      `lexicon ${id} is invalid: ` + issues.map((i) => `${i.path?.map(String).join(".") ?? ""}: ${i.message}`).join("; ")
    )
  }
