/**
 * The fiftieth session's review: two English word lists its own helpers wrote into the code are lexicon entries of
 * `quotes/en.json`, unchanged (docs/lexicons.md, "Lists moved in the fiftieth session"): `voicedBodyNouns`
 * (english.ts `EN_VOICED_BODY_NOUNS`, less the organisation nouns of `EN_BODY_NOUNS` it was built on) and
 * `nounObjectVerbs` (the verbs of cues.ts `EN_NOUN_OBJECT_LEADS`; its particles and prepositions stay in the code as
 * function words). Records are byte-identical on the three dumps; these rows check the data, that a file without a
 * list is refused, that the compiled sets are the old words, and sentences (written for these tests) through the
 * public path that each list decides.
 */
import { describe, expect, it } from "vitest"
import { quoteLexicons } from "../../src/extract/quotes/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "../extract/quotes/marked.js"
import { itChecksMovedLists } from "./moved-lists.js"

const LISTS = ["voicedBodyNouns", "nounObjectVerbs"] as const
const OLD = {
  enVoicedBodyNouns: new Set(["ministry", "department", "council", "agency", "government", "club", "party", "union", "bank", "board", "commission", "committee", "association", "authority", "regulator", "embassy", "airline", "network", "channel", "charity", "trust"]),
  enNounObjectVerbs: new Set(["dismissed", "dismisses", "dismiss", "rejected", "rejects", "reject", "denied", "denies", "deny", "refuted", "refutes", "rubbished", "rebutted", "disputed", "disputes", "contested", "repeated", "repeats", "echoed", "investigated", "investigating", "investigate", "fuelled", "fueled", "made", "makes", "make", "making", "faced", "faces", "face", "facing", "sparked", "prompted", "raised", "renewed", "aired", "ignored"])
}

describe("the English lists the fiftieth session's review moved from the code", () => {
  itChecksMovedLists(/fiftieth session's review/, [], LISTS)

  it("compile to the words the code held", () => {
    const lex = quoteLexicons()
    expect(lex.enVoicedBodyNouns).toEqual(OLD.enVoicedBodyNouns)
    expect(lex.enNounObjectVerbs).toEqual(OLD.enNounObjectVerbs)
  })
})

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "voicedBodyNouns: the body an inverted voice speaks for (and a noun of no list leaves the phrase)": [
    ['"We will not comment on individual cases," said an official at the ministry.', ["[the ministry | said] We will not comment on individual cases"]],
    ['"We will not comment on individual cases," said an official at the bakery.', ["[an official | said] We will not comment on individual cases"]]
  ],
  "nounObjectVerbs: a verb that takes the plural noun as its object": [
    ['A council spokesman denied the latest claims, saying it was "on course to balance its books this year".', ["[A council spokesman | saying] on course to balance its books this year"]]
  ]
}

describeQuoteTables("the fiftieth session's review: lists moved to quotes/en.json, read as before", tables)
