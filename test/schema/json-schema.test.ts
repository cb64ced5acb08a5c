import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { recordJsonSchema, rejectJsonSchema } from "../../src/schema/json-schema.js"
import { KhabarRecord } from "../../src/schema/record.js"

const docs = (name: string) => fileURLToPath(new URL(`../../docs/schema/${name}.schema.json`, import.meta.url))

describe("JSON Schema in docs/schema", () => {
  it("record.schema.json is generated from the record Schema (run `npm run schema` when this fails)", () => {
    expect(JSON.parse(readFileSync(docs("record"), "utf8"))).toEqual(JSON.parse(JSON.stringify(recordJsonSchema())))
  })
  it("reject.schema.json is generated from the Reject Schema", () => {
    expect(JSON.parse(readFileSync(docs("reject"), "utf8"))).toEqual(JSON.parse(JSON.stringify(rejectJsonSchema())))
  })
  it("names every record field as required, in schema order", () => {
    const doc = recordJsonSchema() as unknown as { $defs: Record<string, { required: Array<string>; properties: object }> }
    const def = doc.$defs["KhabarRecord"]!
    expect(Object.keys(def.properties)).toEqual(Object.keys(KhabarRecord.fields))
    expect(def.required).toEqual(Object.keys(KhabarRecord.fields))
  })
})
