/**
 * Forty-first session (review of the fortieth): the first-person verbs of saying (`قلت`, `أقول`) stood twice in
 * `src/lexicons/quotes/ar.json`, as a colon-only verb entry and as the list `firstPersonVerbs`. They are now said once,
 * by a `firstPerson` flag on the verb entry, validated on load (it needs `colonOnly`). Records are identical on the
 * session's dumps; these rows check the data, its validation, and the behaviour read through the public path.
 */
import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import enFile from "../../../src/lexicons/quotes/en.json" with { type: "json" }
import { ArabicQuotesFile, EnglishQuotesFile, compileQuoteLexicons, quoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import { foldKey } from "../../../src/extract/internal/tokens.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { extractQuotes } from "../../../src/extract/quotes/extract.js"

const decodeAr = decodeLexicon(ArabicQuotesFile, "quotes/ar")
const en = decodeLexicon(EnglishQuotesFile, "quotes/en")(enFile)

describe("first-person verbs are a flag on their verb entry (forty-first session)", () => {
  it("one entry carries the flag, colon only, and its forms are the compiled set", () => {
    const file = decodeAr(arFile)
    const flagged = file.verbs.filter((v) => v.firstPerson === true)
    expect(flagged.map((v) => v.lemma)).toEqual(["قلت"])
    expect(flagged[0]!.colonOnly).toBe(true)
    expect(flagged[0]!.description).toMatch(/session/)
    const set = quoteLexicons().firstPersonVerbs
    expect([...set].sort()).toEqual([...new Set(["قلت", "أقول"].flatMap((w) => foldKey(w)))].sort())
  })

  it("the old list is gone: a file that still carries it is rejected as a stray field", () => {
    const old = { ...arFile, firstPersonVerbs: { description: "the list of the fortieth session, kept by mistake", forms: ["قلت"] } }
    expect(() => decodeAr(old)).toThrow(LexiconError)
    expect(() => decodeAr(old)).toThrow(/quotes\/ar.*firstPersonVerbs/)
  })

  it("a malformed flag is rejected, and a flag without colonOnly names the entry", () => {
    const at = arFile.verbs.findIndex((v) => v.lemma === "قلت")
    const withVerb = (entry: unknown) => ({ ...arFile, verbs: arFile.verbs.map((v, i) => (i === at ? entry : v)) })
    expect(() => decodeAr(withVerb({ ...arFile.verbs[at], firstPerson: "yes" }))).toThrow(LexiconError)
    const { colonOnly: _dropped, ...loose } = arFile.verbs[at] as (typeof arFile.verbs)[number] & { colonOnly?: boolean }
    expect(() => compileQuoteLexicons(decodeAr(withVerb(loose)), en)).toThrow(/verbs\.\d+ \(قلت\): a firstPerson verb must be colonOnly/)
  })

  it("without the flag the verb is an ordinary colon-only verb; with it, no speaker and no speech verb for the other rules", () => {
    const at = arFile.verbs.findIndex((v) => v.lemma === "قلت")
    const { firstPerson: _dropped, ...plain } = arFile.verbs[at] as (typeof arFile.verbs)[number] & { firstPerson?: boolean }
    const unflagged = compileQuoteLexicons(decodeAr({ ...arFile, verbs: arFile.verbs.map((v, i) => (i === at ? plain : v)) }), en)
    expect(unflagged.firstPersonVerbs.size).toBe(0)
    expect(quoteLexicons().firstPersonVerbs.size).toBeGreaterThan(0)
    const quotes = extractQuotes("التقيت صديقي القديم في المقهى مساء الخميس، فقلت له: إن المدينة لم تعد كما عرفناها قبل عشرين عاما.")
    expect(quotes.map((q) => [q.speaker, q.verb, q.text])).toEqual([[null, "قلت", "إن المدينة لم تعد كما عرفناها قبل عشرين عاما"]])
  })
})
