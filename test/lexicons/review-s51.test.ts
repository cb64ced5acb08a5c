/**
 * The fifty-first session's review: three word lists its helpers wrote into the code are lexicon entries, unchanged
 * (docs/lexicons.md, "Lists moved in the fifty-first session"): `reportPlurals` (quotes/cues.ts `REPORT_PLURALS`) and
 * `otherPosts` (quotes/speakers.ts `OTHER_POSTS`) in `quotes/ar.json`, `issuedDocuments` (quotes/english.ts
 * `EN_ISSUED_DOCUMENTS`, less `e-mail`, which the tokenizer splits at its hyphen, so it never matched) in
 * `quotes/en.json`. Records are byte-identical on the three dumps; these rows check the data, that a file without a
 * list is refused, that the compiled sets are the old words, and sentences (written for these tests in the style of
 * the wires) through the public path that each list decides.
 */
import { describe, expect, it } from "vitest"
import { quoteLexicons } from "../../src/extract/quotes/lexicon.js"
import { foldKey } from "../../src/extract/internal/tokens.js"
import { processText } from "../../src/index.js"
import { describeQuoteTables, type QuoteRow } from "../extract/quotes/marked.js"
import { itChecksMovedLists } from "./moved-lists.js"

const AR_LISTS = ["reportPlurals", "otherPosts"] as const
const EN_LISTS = ["issuedDocuments"] as const
const keys = (words: ReadonlyArray<string>): Set<string> => new Set(words.flatMap((w) => foldKey(w)))
/** The sets as the code held them before the move. */
const OLD = {
  reportPlurals: keys(["تقارير", "التقارير", "دراسات", "الدراسات", "أبحاث", "الأبحاث", "بحوث", "البحوث"]),
  otherPosts: keys(["مساعد", "نائب", "وكيل", "مستشار", "سابق", "أسبق"]),
  enIssuedDocuments: new Set(["letter", "statement", "report", "document", "memo", "note", "notice", "submission", "email"])
}

describe("the lists the fifty-first session's review moved from the code", () => {
  itChecksMovedLists(/session's review moved it here/, AR_LISTS, EN_LISTS)

  it("compile to the words the code held (the tokenizer's keys; `e-mail` was two tokens)", () => {
    const lex = quoteLexicons()
    expect(lex.reportPlurals).toEqual(OLD.reportPlurals)
    expect(lex.otherPosts).toEqual(OLD.otherPosts)
    expect(lex.enIssuedDocuments).toEqual(OLD.enIssuedDocuments)
  })
})

const EXPERT = "وقال الخبير [[PERSON:ماجد القحطاني]] إن «المخزون يكفي حتى نهاية العام». "
const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "reportPlurals: reports before a participle's clause join no chain": [
    [
      EXPERT + "ورجح أن تتراجع الأسعار، إذ تشير الأبحاث إلى ذلك، مؤكدا أن الموسم طويل، ونصح المزارعين بـ«تخزين القمح في مستودعات مبردة».",
      ["[ماجد القحطاني | قال] المخزون يكفي حتى نهاية العام", "[ماجد القحطاني | مؤكدا] تخزين القمح في مستودعات مبردة"]
    ]
  ],
  "issuedDocuments: a document with its issuer in apposition (and a noun of no list keeps its phrase)": [
    ['The memo, from the [[ORGANIZATION:Treasury]], says: "Spending must fall by two per cent next year."', ["[Treasury | says] Spending must fall by two per cent next year"]],
    ['The parcel, from the [[ORGANIZATION:Treasury]], says: "Spending must fall by two per cent next year."', ["[The parcel | says] Spending must fall by two per cent next year"]]
  ]
}

describeQuoteTables("the fifty-first session's review: lists moved to the quote lexicons, read as before", tables)

/** `[speaker] text` of each quote of a short Arabic wire made of `body` (the whole pipeline, the tagger's own tags). */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(["خبر اليوم", "", "الرياض - واس", "", body].join("\n"), { id: "review-s51" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("otherPosts: an office's paraphrase is not the holder of another post", () => {
  it("gives `رئيس الدبلوماسية الإيرانية` to the minister named before, not to his adviser", async () => {
    const got = await quotes("وقال مستشار وزير الخارجية الإيراني حسن قاسمي إن الجولة مفيدة. وأشار رئيس الدبلوماسية الإيرانية إلى أن طهران «تريد علاقات طيبة مع جيرانها».")
    expect(got.some((q) => q.endsWith("تريد علاقات طيبة مع جيرانها") && !q.startsWith("[حسن قاسمي]"))).toBe(true)
  })
})
