/**
 * Fifty-first session's review: the present verbs of asking (`يتساءل`, `تسأل` …) stood twice, as the lexicon's colon-only
 * entry `يتساءل` and as a set of the same five forms in quotes/cues.ts (`ASKING_PRESENT`) that gave the cue its
 * `question`. They are now said once, by a `question` flag on the verb entry, validated on load (it needs `colonOnly`).
 * Records are byte-identical on the session's dumps; these rows check the data, its validation, and the behaviour read
 * through the public path (sentences written for these tests in the style of the wires).
 */
import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import enFile from "../../../src/lexicons/quotes/en.json" with { type: "json" }
import { ArabicQuotesFile, EnglishQuotesFile, compileQuoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import { foldKey } from "../../../src/extract/internal/tokens.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

const decodeAr = decodeLexicon(ArabicQuotesFile, "quotes/ar")
const en = decodeLexicon(EnglishQuotesFile, "quotes/en")(enFile)
const at = arFile.verbs.findIndex((v) => v.lemma === "يتساءل")
const withVerb = (entry: unknown) => ({ ...arFile, verbs: arFile.verbs.map((v, i) => (i === at ? entry : v)) })

describe("present verbs of asking are a flag on their verb entry (fifty-first session's review)", () => {
  it("one entry carries the flag, colon only, with the five forms the code held", () => {
    const file = decodeAr(arFile)
    const flagged = file.verbs.filter((v) => v.question === true)
    expect(flagged.map((v) => v.lemma)).toEqual(["يتساءل"])
    expect(flagged[0]!.colonOnly).toBe(true)
    const forms = [...flagged[0]!.forms.m, ...flagged[0]!.forms.f, ...flagged[0]!.forms.p].flatMap((w) => foldKey(w)).sort()
    expect(forms).toEqual(["يتساءل", "تتساءل", "يسأل", "تسأل", "يتساءلون"].flatMap((w) => foldKey(w)).sort())
  })

  it("a malformed flag is rejected, and a flag without colonOnly names the entry", () => {
    expect(() => decodeAr(withVerb({ ...arFile.verbs[at], question: "yes" }))).toThrow(LexiconError)
    const { colonOnly: _dropped, ...loose } = arFile.verbs[at] as (typeof arFile.verbs)[number] & { colonOnly?: boolean }
    expect(() => compileQuoteLexicons(decodeAr(withVerb(loose)), en)).toThrow(/verbs\.\d+ \(يتساءل\): a question verb must be colonOnly/)
  })

  it("the compiled verbs carry it on every form of the entry, and no other verb does", () => {
    const { question: _dropped, ...plain } = arFile.verbs[at] as (typeof arFile.verbs)[number] & { question?: boolean }
    const unflagged = compileQuoteLexicons(decodeAr(withVerb(plain)), en)
    const flagged = compileQuoteLexicons(decodeAr(arFile), en)
    const key = foldKey("يتساءل")
    expect(flagged.verbs.longestAt(key, 0, key.length)?.value.question).toBe(true)
    expect(unflagged.verbs.longestAt(key, 0, key.length)?.value.question).toBeUndefined()
    const said = foldKey("قال")
    expect(flagged.verbs.longestAt(said, 0, said.length)?.value.question).toBeUndefined()
  })
})

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the flag keeps the question only, its first sentence": [
    ["وتتساءل الباحثة [[PERSON:هدى العمري]]: هل تكفي الأمطار لملء السدود هذا العام؟ ثم تمضي في عرض أرقام الوزارة.", ["[هدى العمري | تتساءل] هل تكفي الأمطار لملء السدود هذا العام؟"]]
  ]
}

describeQuoteTables("present verbs of asking read through the lexicon's flag", tables)
