/**
 * Session 61, helper tidy5 (review): one `decodeLexicon` for the parse stage's lexicons and the extract stages'
 * (extract/internal/decode.ts had a second one). Its error names the file (the `id` given, else the file's own `id`)
 * and the field at fault.
 */
import { describe, expect, it } from "vitest"
import arMonths from "../../src/lexicons/ar/months.json" with { type: "json" }
import arQuotes from "../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError, MonthsFile } from "../../src/lexicons/lexicon.js"

/** The message `decode` throws on `u` (fails the test when it does not throw a LexiconError). */
const messageOf = (decode: (u: unknown) => unknown, u: unknown): string => {
  try {
    decode(u)
  } catch (e) {
    expect(e).toBeInstanceOf(LexiconError)
    return (e as Error).message
  }
  throw new Error("decoded")
}

const badMonth = { ...arMonths, entries: [{ ...arMonths.entries[0]!, month: 13 }, ...arMonths.entries.slice(1)] }

describe("decodeLexicon: one decoder, the file and the field named (session 61, tidy5)", () => {
  const rows: ReadonlyArray<{ what: string; decode: (u: unknown) => unknown; u: unknown; message: RegExp }> = [
    { what: "the file's own id, the field's path", decode: decodeLexicon(MonthsFile), u: badMonth, message: /^lexicon ar\/months is invalid: entries\.0\.month: / },
    { what: "the id given wins over the file's", decode: decodeLexicon(MonthsFile, "dates/ar-months"), u: badMonth, message: /^lexicon dates\/ar-months is invalid: entries\.0\.month: / },
    { what: "a file without an id, no id given", decode: decodeLexicon(MonthsFile), u: { language: "ar" }, message: /^lexicon \(unknown file\) is invalid: / },
    { what: "an excess key is named", decode: decodeLexicon(MonthsFile), u: { ...arMonths, extra: 1 }, message: /^lexicon ar\/months is invalid: .*extra/ },
    { what: "a stage lexicon without an id field, named by the caller", decode: decodeLexicon(ArabicQuotesFile, "quotes/ar"), u: { ...arQuotes, verbs: "قال" }, message: /^lexicon quotes\/ar is invalid: verbs: / }
  ]
  for (const r of rows) it(r.what, () => expect(messageOf(r.decode, r.u)).toMatch(r.message))

  it("a good file decodes as it is (the rule must not fire)", () => {
    expect(decodeLexicon(MonthsFile)(arMonths)).toEqual(arMonths)
    expect(() => decodeLexicon(ArabicQuotesFile, "quotes/ar")(arQuotes)).not.toThrow()
  })
})
