/**
 * Fiftieth session (helper lexmove): the word lists the forty-ninth session wrote into the code are lexicon entries,
 * unchanged (docs/lexicons.md, "Lists moved in the fiftieth session"):
 *
 * - `quotes/ar.json`: `memberHeads`, `affiliationBodies` (cues.ts `MEMBER_HEADS`, `AFFILIATION_BODIES`), `channelNouns`
 *   (the words of the regular expression `CHANNEL`; the pronoun and the clitic are read in code, `ownChannel`),
 *   `channelLeads` (`CHANNEL_LEADS`) and `statementTimes` (arabic.ts `STATEMENT_TIMES`);
 * - `quotes/en.json`: `pluralNounVerbs`, `pluralQuantifiers` (cues.ts `EN_NOUN_VERBS`, `EN_QUANTIFIERS`), `leadOffices`
 *   and `chainOffices` (english.ts `EN_LEAD_OFFICES`, `EN_CHAIN_OFFICES`; a chain office must be a lead office),
 *   `heldHeads` (english-holders.ts `EN_HELD_HEADS`);
 * - `gazetteers/name-cues.json`: `givenNameTitles` (mentions.ts `GIVEN_NAME_TITLES`);
 * - `gazetteers/english-name-parts.json`: `peerTitles`, `peerOffices` (entities/english.ts `PEER_TITLES`, `PEER_OFFICES`).
 *
 * The article after a clitic (`بال`, `لل`, `وال`: slices of folded keys before) is one named test, `opensWithArticle`.
 * Records are byte-identical on the three dumps, so these rows check the data, its validation, that the compiled sets
 * are the old constants, and a few sentences (written for these tests in the style of the wires) through the public
 * path, with rows where nothing may change.
 */
import { describe, expect, it } from "vitest"
import arFile from "../../src/lexicons/quotes/ar.json" with { type: "json" }
import enFile from "../../src/lexicons/quotes/en.json" with { type: "json" }
import { compileQuoteLexicons, quoteLexicons } from "../../src/extract/quotes/lexicon.js"
import { opensWithArticle, ownChannel } from "../../src/extract/quotes/cues.js"
import { foldKey } from "../../src/extract/internal/tokens.js"
import { isGivenNameTitle, loadNameCues, validateNameCues } from "../../src/extract/entities/evidence.js"
import { loadEnglishNameParts, validateEnglishNameParts } from "../../src/extract/entities/english.js"
import { GazetteerError, searchKey } from "../../src/extract/entities/gazetteer.js"
import { joinedWithTags } from "../extract/entities/fixed-tags.js"
import { typedTexts } from "../extract/entities/helpers.js"
import { describeQuoteTables, type QuoteRow } from "../extract/quotes/marked.js"
import { decodeAr, decodeEn, itChecksMovedLists } from "./moved-lists.js"

const AR_LISTS = ["memberHeads", "affiliationBodies", "channelNouns", "channelLeads", "statementTimes"] as const
const EN_LISTS = ["pluralNounVerbs", "pluralQuantifiers", "leadOffices", "chainOffices", "heldHeads"] as const

/** The constants as the code held them before this session (the keys they were compared as). */
const keys = (words: ReadonlyArray<string>): Set<string> => new Set(words.map((w) => foldKey(w)[0]!))
const OLD = {
  memberHeads: keys(["قيادي", "قياديا", "قياديون", "قياديين", "عضو", "عضوا", "ناشط", "ناشطا", "قائد", "قائدا", "ضابط", "ضابطا"]),
  affiliationBodies: keys(["المقاومة", "المعارضة"]),
  channelLeads: new Set(["\u0639\u0628\u0631", "\u0641\u064a", "\u0639\u0644\u064a", "\u0645\u0646"]),
  enPluralNounVerbs: new Set(["states", "claims", "notes", "replies", "jokes", "stresses", "recounts"]),
  enPluralQuantifiers: new Set(["all", "many", "some", "several", "other", "both", "most", "few", "various", "numerous", "member", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions"]),
  enLeadOffices: new Set(["leader", "mp", "boss", "spokesman", "spokeswoman"]),
  enChainOffices: new Set(["boss", "spokesman", "spokeswoman"]),
  statementTimes: new Set(["\u0623\u0645\u0633", "\u064a\u0648\u0645", "\u0645\u0633\u0627\u0621", "\u0635\u0628\u0627\u062d", "\u0642\u062f", "\u0643\u0627\u0646"].flatMap((w) => foldKey(w))),
  enHeldHeads: new Set(["minister", "boss", "chief", "manager", "coach", "chairman", "chairwoman", "executive", "director"])
}
/** The regular expression cues.ts read a channel with until this session. */
const OLD_CHANNEL = /^[\u0648\u0641\u0628\u0644]?(?:\u0645\u0648\u0642\u0639|\u062d\u0633\u0627\u0628|\u0635\u0641\u062d\u062a|\u0642\u0646\u0627\u062a)(?:\u0647|\u0647\u0627|\u0647\u0645)$/

describe("the quotes lists moved from the code (fiftieth session)", () => {
  itChecksMovedLists(/fiftieth session/, AR_LISTS, EN_LISTS)

  it("a broken list is rejected: an empty form, a number, a missing description, a stray field", () => {
    const ar: Array<[string, unknown]> = [
      ["memberHeads", { ...arFile.memberHeads, forms: ["قيادي", ""] }],
      ["channelNouns", { ...arFile.channelNouns, forms: ["موقع", 4] }],
      ["affiliationBodies", { forms: arFile.affiliationBodies.forms }],
      ["channelLeads", { ...arFile.channelLeads, words: ["عبر"] }]
    ]
    for (const [name, value] of ar) expect(() => decodeAr({ ...arFile, [name]: value }), name).toThrow(new RegExp(name))
    const en: Array<[string, unknown]> = [
      ["pluralNounVerbs", { ...enFile.pluralNounVerbs, forms: [""] }],
      ["chainOffices", ["boss"]]
    ]
    for (const [name, value] of en) expect(() => decodeEn({ ...enFile, [name]: value }), name).toThrow(new RegExp(name))
  })

  it("a chain office that is no lead office is refused on compile", () => {
    const ar = decodeAr(arFile)
    const en = decodeEn(enFile)
    expect(() => compileQuoteLexicons(ar, { ...en, chainOffices: { ...en.chainOffices, forms: [...en.chainOffices.forms, "chairman"] } })).toThrow(/chainOffices: "chairman" is not in leadOffices/)
    expect(() => compileQuoteLexicons(ar, en)).not.toThrow()
  })

  it("compile to the sets the code held (keys), once", () => {
    const lex = quoteLexicons()
    expect(lex.memberHeads).toBe(quoteLexicons().memberHeads)
    expect(lex.memberHeads).toEqual(OLD.memberHeads)
    expect(lex.affiliationBodies).toEqual(OLD.affiliationBodies)
    expect(lex.channelLeads).toEqual(OLD.channelLeads)
    // (the nouns as they stand before a pronoun: ة written ت)
    expect(lex.channelStems).toEqual(new Set(["\u0645\u0648\u0642\u0639", "\u062d\u0633\u0627\u0628", "\u0635\u0641\u062d\u062a", "\u0642\u0646\u0627\u062a"]))
    // (`remarks` joined the list in the fifty-fifth session, helper enquote5, with `remarks` as a verb: `his remarks`
    // stays a noun)
    expect(lex.enPluralNounVerbs).toEqual(new Set([...OLD.enPluralNounVerbs, "remarks"]))
    expect(lex.enPluralQuantifiers).toEqual(OLD.enPluralQuantifiers)
    expect(lex.enLeadOffices).toEqual(OLD.enLeadOffices)
    expect(lex.enChainOffices).toEqual(OLD.enChainOffices)
    expect(lex.statementTimes).toEqual(OLD.statementTimes)
    expect(lex.enHeldHeads).toEqual(OLD.enHeldHeads)
  })
})

describe("ownChannel reads what the regular expression CHANNEL read", () => {
  const stems = quoteLexicons().channelStems
  // each row: a word as written, and whether it is a channel with its pronoun
  const rows: Array<[string, boolean]> = [
    ["موقعه", true],
    ["بموقعه", true],
    ["موقعها", true],
    ["حسابهم", true],
    ["وحسابها", true],
    ["فصفحته", true],
    ["لقناتها", true],
    ["قناته", true],
    // no pronoun, the article, two clitics, a plural, the dual pronoun, another pronoun
    ["موقع", false],
    ["الموقع", false],
    ["وبموقعه", false],
    ["مواقعه", false],
    ["موقعهما", false],
    ["موقعك", false],
    // ة kept before the pronoun folds as ه (صفحهه): no channel, as before
    ["صفحةه", false],
    ["قال", false]
  ]
  it.each(rows)("%s", (word, expected) => {
    const k = foldKey(word)[0]!
    expect(OLD_CHANNEL.test(k)).toBe(expected)
    expect(ownChannel(k, stems)).toBe(expected)
  })

  it("agrees with the old expression on every clitic, noun and ending tried together", () => {
    const clitics = ["", "\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0648\u0628", "\u0627\u0644", "\u0628\u0627\u0644"]
    const nouns = ["موقع", "حساب", "صفحت", "قنات", "صفحه", "مواقع", "حسابات", "موقعه", "وقع", ""].map((w) => foldKey(w)[0] ?? "")
    const endings = ["", "\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0643", "\u064a", "\u0647\u0647", "\u0627\u062a"]
    for (const c of clitics) for (const n of nouns) for (const e of endings) expect(ownChannel(c + n + e, stems), c + n + e).toBe(OLD_CHANNEL.test(c + n + e))
  })
})

describe("opensWithArticle: the article, bare or after a clitic (the slices of folded keys before)", () => {
  const rows: Array<[string, boolean]> = [
    ["الضالع", true],
    ["بالضالع", true],
    ["للشرعية", true],
    ["والمقاومة", true],
    // a clitic before the article but ب, و and ل; no article
    ["فالمقاومة", false],
    ["كالعادة", false],
    ["ضالع", false],
    ["مقاومة", false]
  ]
  it.each(rows)("%s", (word, expected) => {
    const k = foldKey(word)[0]!
    expect(opensWithArticle(k)).toBe(expected)
    const old = [foldKey("ال")[0]!, foldKey("بالضالع")[0]!.slice(0, 3), foldKey("للشرعية")[0]!.slice(0, 2), foldKey("والمقاومة")[0]!.slice(0, 3)]
    expect(old.some((o) => k.startsWith(o))).toBe(expected)
  })
})

describe("the entity lists moved from the code (fiftieth session)", () => {
  it("givenNameTitles of name-cues.json: the two titles, in search form, required, described in the source", () => {
    const f = loadNameCues()
    expect(f.givenNameTitles).toEqual({ ar: ["سلطان", "أمير"], en: [] })
    expect(f.source).toMatch(/givenNameTitles \(forty-ninth session.*fiftieth session/)
    expect(["سلطان", "أمير", "امير", "السلطان", "الأمير", "وزير"].map((w) => isGivenNameTitle(searchKey(w)))).toEqual([true, true, true, false, false, false])
    const { givenNameTitles: _gone, ...rest } = f
    expect(() => validateNameCues(rest)).toThrow(/givenNameTitles/)
    expect(() => validateNameCues({ ...f, givenNameTitles: { ar: [""], en: [] } })).toThrow(/givenNameTitles/)
  })

  it("peerTitles and peerOffices of english-name-parts.json: the old sets, required, described in the source", () => {
    const f = loadEnglishNameParts()
    expect(new Set(f.peerTitles)).toEqual(new Set(["baroness", "baron", "lord", "lady", "viscount", "viscountess", "earl", "countess", "dame"]))
    expect(new Set(f.peerOffices)).toEqual(new Set(["chancellor", "chief", "justice", "justices", "mayor", "provost", "advocate", "lieutenant", "president", "speaker", "privy", "protector", "chamberlain", "steward", "high", "commissioner", "bishop", "lords", "day"]))
    expect(f.source).toMatch(/peerTitles \(forty-ninth session/)
    for (const name of ["peerTitles", "peerOffices"] as const) {
      const { [name]: _gone, ...rest } = f
      expect(() => validateEnglishNameParts(rest), name).toThrow(GazetteerError)
      expect(() => validateEnglishNameParts({ ...f, [name]: [""] }), name).toThrow(GazetteerError)
    }
  })

  it.each<[string, ReadonlyArray<readonly [string, "PERSON"]>, ReadonlyArray<string>]>([
    ["وقال أمير الشمري مدير المركز إن العمل مستمر .", [["أمير الشمري", "PERSON"]], ["PERSON أمير الشمري"]],
    ["وأوضح سلطان الدوسري أن الفريق جاهز .", [["سلطان الدوسري", "PERSON"]], ["PERSON سلطان الدوسري"]],
    // must not change: the title before a place stays out of the name
    ["وقال أمير منطقة الجوف بدر بن سعود إن العمل مستمر .", [["أمير منطقة الجوف بدر بن سعود", "PERSON"]], ["PERSON منطقة الجوف بدر بن سعود"]]
  ])("a title written as a given name: %s", (text, marks, expected) => {
    expect(typedTexts(text, marks, ["PERSON"])).toEqual(expected)
  })

  it.each([
    ["Baroness Whitfield told peers the bill was rushed.", "Baroness Whitfield", "ORGANIZATION", "PERSON"],
    ["Viscount Harwood said he would abstain.", "Viscount Harwood", "LOCATION", "PERSON"],
    // must not change: an office after the title
    ["The Lord Chief Justice said the courts were ready.", "Lord Chief Justice", "ORGANIZATION", "ORGANIZATION"]
  ] as const)("a peer: %s", (text, span, type, expected) => {
    expect(joinedWithTags(text, [[span, type]])).toEqual([[span, expected]])
  })
})

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a channel with its pronoun, or a lead and the channel, ends the speaker's phrase (channelNouns, channelLeads)": [
    ['وقالت الجمعية على صفحتها في فيسبوك إن «التسجيل سيبدأ الأسبوع المقبل في جميع الفروع».', ["[الجمعية | قالت] التسجيل سيبدأ الأسبوع المقبل في جميع الفروع"]],
    ['وذكر الاتحاد لموقعه الرسمي أن «المباراة ستقام في موعدها دون أي تأجيل».', ["[الاتحاد | ذكر] المباراة ستقام في موعدها دون أي تأجيل"]],
    ['وقالت الهيئة وحسابها في تويتر إن «المعسكر سيبدأ مطلع الشهر المقبل في الدوحة».', ["[الهيئة | قالت] المعسكر سيبدأ مطلع الشهر المقبل في الدوحة"]],
    // must not change: a channel's noun with the article is a word of the speaker's role
    ['وقال مدير القناة إن «البث سيستمر طوال أيام البطولة دون انقطاع».', ["[مدير القناة | قال] البث سيستمر طوال أيام البطولة دون انقطاع"]]
  ],
  "an unnamed member keeps the body it is in (memberHeads, affiliationBodies, opensWithArticle)": [
    ['وقال ناشط في المعارضة السورية إن «القصف استمر طوال الليل على الأحياء الشرقية».', ["[ناشط في المعارضة السورية | قال] القصف استمر طوال الليل على الأحياء الشرقية"]],
    ['وقال قيادي في المقاومة والمعارضة بالمدينة إن «القصف استمر طوال الليل على الأحياء الشرقية».', ["[قيادي في المقاومة والمعارضة بالمدينة | قال] القصف استمر طوال الليل على الأحياء الشرقية"]],
    ['وقال عضو بارز في المعارضة للشرعية إن «القصف استمر طوال الليل على الأحياء الشرقية».', ["[عضو بارز في المعارضة للشرعية | قال] القصف استمر طوال الليل على الأحياء الشرقية"]],
    // must not change: no body's noun after في
    ['وقال ناشط في الحي إن «القصف استمر طوال الليل على الأحياء الشرقية».', ["[ناشط | قال] القصف استمر طوال الليل على الأحياء الشرقية"]]
  ],
  "an untagged subject of an opening speech verb, resolved once (shortPhraseSpeaker)": [
    ['جدة - خاص\n\n أكدت اللجنة المنظمة للمهرجان على أهمية الالتزام بالمواعيد، وقالت: "لن نقبل أي تأخير هذا العام".', ["[اللجنة المنظمة للمهرجان | قالت] لن نقبل أي تأخير هذا العام"]],
    // must not change: a phrase of more than six words speaks for nobody, and nothing stays on the chain
    ['جدة - خاص\n\n أكدت اللجنة العليا المشتركة لتنظيم المهرجانات الصيفية في المنطقة الغربية على أهمية الالتزام بالمواعيد، وقالت: "لن نقبل أي تأخير هذا العام".', ["[null | قالت] لن نقبل أي تأخير هذا العام"]]
  ],
  "English: plural nouns after a quantifier (pluralNounVerbs, pluralQuantifiers), offices (leadOffices, chainOffices)": [
    ['The pact binds "weak and failing states", and member states, to the same rules.', []],
    ['[[PERSON:Tom Varley]] has backed the plan. But the Tory leader argued that "the timing is wrong".', ["[Tom Varley | argued] the timing is wrong"]],
    // must not change: a verb in -s after its subject; a spokesman with nobody before him
    ['"The rules were not followed at any stage," the inquiry states.', ["[the inquiry | states] The rules were not followed at any stage"]],
    ['The Tory spokesman criticised the timing. "It is a shambles," he said.', ["[The Tory spokesman | said] It is a shambles"]]
  ]
}

describeQuoteTables("Lists moved to the lexicons, read as before (fiftieth session, helper lexmove)", tables)
