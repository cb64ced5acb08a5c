import { Effect, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { RecordInvalid } from "../../src/errors.js"
import type { KhabarDocument } from "../../src/model/document.js"
import { KhabarRecord } from "../../src/schema/record.js"
import { UNSURE, compileChecker } from "../../src/validate/fast.js"
import { toRecord, validate } from "../../src/validate/index.js"

// A finished document written by hand (own sentences), so the cases below do
// not depend on what the extract stages find.
const title = "الحكومة تعلن خطة جديدة للنقل"
const body = "أعلنت الوزارة في الرياض يوم الأحد 5 مارس 2023 أن 25 مدينة ستشارك في الخطة.\nوقال الوزير: \"نبدأ الآن\"."
const text = `${title}\n\n${body}`
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })

const doc: KhabarDocument = {
  id: "doc-1",
  text,
  source: { path: null, index: null, bytes: 200, encoding: "utf-16", encodingConfidence: null, hash: "0123456789abcdef" },
  meta: { site: "example", page: 3, live: false, note: null },
  hints: {},
  language: { code: "ar", script: "Arab", direction: "rtl", confidence: 0.97 },
  title: { text: title, ...at(title) },
  dateline: null,
  byline: null,
  published: "2023-03-05",
  reference: null,
  paragraphs: body.split("\n").map((p) => ({ text: p, display: p, ...at(p) })),
  boilerplate: [{ text: "وقال", kind: "other", rule: "test", ...at("وقال") }],
  entities: [
    { text: "الرياض", type: "LOCATION", canonical: "الرياض", entityId: "e1", role: null, confidence: 0.9, ...at("الرياض") },
    { text: "الوزير", type: "PERSON", canonical: "الوزير", entityId: "e2", role: "الوزير", confidence: 0.5, ...at("الوزير") }
  ],
  dates: [{ text: "5 مارس 2023", value: "2023-03-05", granularity: "day", calendar: "gregorian", relative: false, mod: null, ...at("5 مارس 2023") }],
  quotes: [{ text: "نبدأ الآن", speaker: "الوزير", speakerEntityId: "e2", verb: "قال", ...at("نبدأ الآن") }],
  numbers: [{ text: "25", value: 25, unit: null, ...at("25") }],
  keywords: [{ term: "الخطة", score: 0.1 }],
  views: {},
  diagnostics: [{ severity: "info", code: "KHB-I001", stage: "test", message: "a note" }]
}

const decodeStrict = Schema.decodeUnknownResult(KhabarRecord, { errors: "all", onExcessProperty: "error" })
const outcome = (d: KhabarDocument) => Effect.runSync(Effect.result(validate(d)))
const withEntity = (f: (e: Record<string, unknown>) => object): KhabarDocument =>
  ({ ...doc, entities: [f({ ...doc.entities[0]! }), doc.entities[1]!] }) as unknown as KhabarDocument
const sym = Symbol("extra")

describe("validate", () => {
  it("returns the record the strict decode returns, as a fresh copy", () => {
    const r = outcome(doc)
    expect(r._tag).toBe("Success")
    if (r._tag !== "Success") return
    const decoded = decodeStrict(toRecord(doc))
    if (decoded._tag !== "Success") throw new Error("fixture does not decode")
    expect(r.success).toStrictEqual(decoded.success)
    expect(JSON.stringify(r.success)).toBe(JSON.stringify(decoded.success))
    // callers may hold the record after the document is gone: nothing is shared
    expect(r.success.meta).not.toBe(doc.meta)
    expect(r.success.entities).not.toBe(doc.entities)
    expect(r.success.entities[0]).not.toBe(doc.entities[0])
    expect(r.success.source).not.toBe(doc.source)
  })

  // detail texts as the strict decode words them (the same as before the fast path existed)
  const invalid: ReadonlyArray<readonly [string, KhabarDocument, string]> = [
    ["an excess property on an entity", withEntity((e) => ({ ...e, extra: 1 })), "entities.0.extra: Expected no excess property"],
    ["an excess property whose value is undefined", { ...doc, language: { ...doc.language, extra: undefined } } as KhabarDocument, "language.extra: Expected no excess property"],
    ["an excess symbol property", withEntity((e) => ({ ...e, [sym]: 1 })), "entities.0.Symbol(extra): Expected no excess property"],
    ["a string confidence", withEntity((e) => ({ ...e, confidence: "0.9" })), "entities.0.confidence: Expected number"],
    ["a NaN confidence", withEntity((e) => ({ ...e, confidence: NaN })), "entities.0.confidence: Expected a finite number"],
    ["a negative offset", withEntity((e) => ({ ...e, start: -1 })), "entities.0.start: Expected a value greater than or equal to 0"],
    ["a fractional offset", withEntity((e) => ({ ...e, start: 1.5 })), "entities.0.start: Expected an integer"],
    ["an unknown entity type", withEntity((e) => ({ ...e, type: "PLACE" })), 'entities.0.type: Expected "PERSON" | "LOCATION" | "ORGANIZATION" | "MISC"'],
    ["a missing end", withEntity(({ end: _end, ...e }) => e), "entities.0.end: Missing key"],
    ["an empty id", { ...doc, id: "" }, "id: Expected a value with a length of at least 1"],
    ["a nested meta value", { ...doc, meta: { ...doc.meta, nested: { x: 1 } } } as unknown as KhabarDocument, "meta.nested: Expected string | number | boolean | null"],
    ["an infinite meta number", { ...doc, meta: { n: Infinity } }, "meta.n: Expected a finite number"],
    ["a meta symbol key", { ...doc, meta: { ...doc.meta, [sym]: 1 } }, "meta.Symbol(extra): Expected no excess property"],
    ["an optional offset set to undefined", { ...doc, diagnostics: [{ ...doc.diagnostics[0]!, start: undefined }] } as unknown as KhabarDocument, "diagnostics.0.start: Expected number"],
    ["an array hole", { ...doc, paragraphs: [, doc.paragraphs[0]!] } as unknown as KhabarDocument, "paragraphs.0: Expected Paragraph"],
    ["keywords that are not an array", { ...doc, keywords: {} } as unknown as KhabarDocument, "keywords: Expected array"],
    [
      "more than five problems (the detail keeps five)",
      { ...doc, id: "", language: { code: 1, script: 2, direction: 3, confidence: "x" } } as unknown as KhabarDocument,
      'id: Expected a value with a length of at least 1; language.code: Expected string; language.script: Expected string; language.direction: Expected "rtl" | "ltr"; language.confidence: Expected number'
    ]
  ]
  it.each(invalid)("rejects %s with the decoder's detail", (_name, bad, detail) => {
    const r = outcome(bad)
    expect(r._tag).toBe("Failure")
    if (r._tag !== "Failure") return
    expect(r.failure).toBeInstanceOf(RecordInvalid)
    expect(r.failure.detail).toBe(detail)
    expect(r.failure.input).toBe(bad.id)
  })

  const valid: ReadonlyArray<readonly [string, KhabarDocument]> = [
    ["keys out of schema order", withEntity(({ text: t, ...e }) => ({ ...e, text: t }))],
    ["a non-enumerable extra property", withEntity((e) => Object.defineProperty({ ...e }, "hidden", { value: 1, enumerable: false }))],
    ["fields inherited from a prototype", withEntity((e) => Object.create(e) as object)],
    ["an own __proto__ key in meta", { ...doc, meta: JSON.parse('{"__proto__": 1, "k": true}') as KhabarDocument["meta"] }]
  ]
  it.each(valid)("accepts %s, returning what the decoder returns", (_name, odd) => {
    const r = outcome(odd)
    const decoded = decodeStrict(toRecord(odd))
    expect(r._tag).toBe("Success")
    if (r._tag !== "Success" || decoded._tag !== "Success") throw new Error("expected both to accept")
    expect(r.success).toStrictEqual(decoded.success)
    expect(JSON.stringify(r.success)).toBe(JSON.stringify(decoded.success))
  })
})

describe("the fast path (compileChecker)", () => {
  const check = compileChecker(KhabarRecord.ast)

  it("covers the record schema, and answers for a valid record without the decoder", () => {
    expect(check).toBeDefined()
    expect(check!(toRecord(doc))).not.toBe(UNSURE)
  })

  it("declines schemas it does not mirror", () => {
    expect(compileChecker(Schema.Struct({ a: Schema.optional(Schema.String) }).ast)).toBeUndefined()
    expect(compileChecker(Schema.Struct({ d: Schema.Date }).ast)).toBeUndefined()
    expect(compileChecker(Schema.NumberFromString.ast)).toBeUndefined()
    expect(compileChecker(Schema.Union([Schema.String, Schema.Number], { mode: "oneOf" }).ast)).toBeUndefined()
  })

  // Random damage anywhere in a valid record: whenever the checker answers,
  // the strict decode accepts too and returns the same value, key order included.
  type Node = Record<PropertyKey, unknown> | Array<unknown>
  const nodesOf = (x: unknown, out: Array<Node> = []): Array<Node> => {
    if (typeof x === "object" && x !== null) {
      out.push(x as Node)
      for (const v of Object.values(x)) nodesOf(v, out)
    }
    return out
  }
  const damage = fc.record({
    node: fc.nat(),
    key: fc.nat(),
    op: fc.constantFrom("set", "add", "delete", "symbol", "hidden", "inherit", "reorder"),
    value: fc.oneof(fc.anything(), fc.constantFrom(-1, 0.5, NaN, Infinity, "", "PERSON", "rtl", null, [], {}))
  })
  it("never accepts what the strict decode rejects, nor returns anything else", () => {
    let answered = 0
    let rejected = 0
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const record = toRecord(doc) as unknown as Record<string, unknown>
        const copy = structuredClone(record)
        for (const d of damages) {
          const nodes = nodesOf(copy)
          const node = nodes[d.node % nodes.length]!
          const keys = Object.keys(node)
          const key = keys.length === 0 ? "x" : keys[d.key % keys.length]!
          const obj = node as Record<PropertyKey, unknown>
          if (d.op === "set") obj[key] = d.value
          else if (d.op === "add") obj[`k${d.key % 3}`] = d.value
          else if (d.op === "delete") delete obj[key]
          else if (d.op === "symbol") obj[sym] = d.value
          else if (d.op === "hidden") Object.defineProperty(obj, `h${d.key % 3}`, { value: d.value, enumerable: false })
          else if (d.op === "inherit" && !Array.isArray(node) && keys.length > 0) {
            const child = obj[key]
            if (typeof child === "object" && child !== null && !Array.isArray(child)) obj[key] = Object.create(child)
          } else if (d.op === "reorder" && !Array.isArray(node) && keys.length > 0) {
            const v = obj[key]
            delete obj[key]
            obj[key] = v
          }
        }
        const fast = check!(copy)
        const decoded = decodeStrict(copy)
        if (decoded._tag === "Failure") rejected++
        if (fast === UNSURE) return
        answered++
        expect(decoded._tag).toBe("Success")
        if (decoded._tag !== "Success") return
        expect(fast).toStrictEqual(decoded.success)
        expect(JSON.stringify(fast)).toBe(JSON.stringify(decoded.success))
      }),
      { numRuns: 600, seed: 20261129 }
    )
    // the property was exercised both ways
    expect(answered).toBeGreaterThan(20)
    expect(rejected).toBeGreaterThan(100)
  })
})
