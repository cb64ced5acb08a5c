/**
 * Thirty-sixth session (review): the closed-class word sets the quotes stage kept in its code are lists of
 * `src/lexicons/quotes/ar.json`, declared in the schema of `src/extract/quotes/lexicon.ts`, described and validated on
 * load; `OFFICE_OF_PLACE` of the entity stage is `officeOfPlaceHeads` of `gazetteers/name-cues.json`. The nisba tests
 * of the stage are one function, {@link isNisbaKey}. Records are identical (the dumps of the session), so these rows
 * check the data and its validation, and a few sentences that read the moved lists through the public path.
 */
import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile, quoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import { isNisbaKey, type NisbaForm } from "../../../src/extract/quotes/scanner.js"
import { foldKey } from "../../../src/extract/internal/tokens.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { isOfficeOfPlaceHead, loadNameCues, validateNameCues } from "../../../src/extract/entities/evidence.js"
import { searchKey } from "../../../src/extract/entities/gazetteer.js"
import { extractQuotes } from "../../../src/extract/quotes/extract.js"

/** The lists this session moved from the code (and `pronounAddressees`, read into `prepPronouns` too). */
const LISTS = [
  "verbParticles", "possessiveNameNouns", "cliticVerbalNouns", "notThrough", "gistWords", "accusativeVerbs", "predicateEnds",
  "sayingVerbs", "annexingAdjectives", "lateEnds", "raddWithConjunction", "agedWords", "noRoleWords", "conductedVerbs",
  "officialNouns", "formerWords", "clanNouns", "sameAfter", "sameBefore", "prophetBlessing", "stillVerbs", "publishedVerbs",
  "definiteQuantifiers", "followingWords", "consideredPassive", "calledVerbs", "timeNouns", "answering", "alsoWords",
  "subjectDemonstratives", "objectDemonstratives", "openingDemonstratives", "verbOpeners", "questionOpeners", "meetingOpeners",
  "thereIs", "keepsSubjectAfterVerb", "kanaAuxiliary", "stillNegations", "subjectFirstConjunctions", "butHe", "butShe",
  "butBeforeAnna", "causal", "aboutWhat", "colonLeadPrepositions", "topicPrepositions", "relativePronouns", "subordinateOpeners",
  "circumstantial", "timeDemonstratives", "pronounBa", "objectClauseOpeners", "fiPronouns", "qawlPrepositions", "pronounObjects",
  "withoutWords", "baAnna", "baAnnaPronoun", "objectIyya", "toWords", "addedTo", "having", "partnerPrepositions", "markOpeningWords",
  "runOnPrepositions", "butWords", "chargePrepositions", "negations", "amma", "bareComplementizers", "qadWords", "heShe",
  "relativesWithWaw", "withPronouns", "pronounAddressees", "prepPronouns", "prepositionPronouns", "thusNotSpeech"
] as const

describe("the lists moved from the quotes code into ar.json (thirty-sixth session)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("decode, each described with where it came from, no form twice, no empty list", () => {
    const file = decode(arFile)
    for (const name of LISTS) {
      const list = file[name]
      expect(list.description.length, name).toBeGreaterThan(40)
      expect(list.description, name).toMatch(/session/)
      expect(list.forms.length, name).toBeGreaterThan(0)
      expect(new Set(list.forms).size, name).toBe(list.forms.length)
    }
  })

  it("are required: a file without one is rejected, naming the file and the list", () => {
    for (const name of LISTS) {
      const { [name]: _dropped, ...rest } = arFile
      expect(() => decode(rest), name).toThrow(LexiconError)
      expect(() => decode(rest), name).toThrow(new RegExp(`quotes/ar.*${name}`))
    }
  })

  it("a broken list is rejected: an empty form, a number, a missing description, a stray field", () => {
    const broken: Array<[string, unknown]> = [
      ["verbParticles", { ...arFile.verbParticles, forms: ["سوف", ""] }],
      ["timeNouns", { ...arFile.timeNouns, forms: ["الأسبوع", 7] }],
      ["officialNouns", { forms: arFile.officialNouns.forms }],
      ["negations", { ...arFile.negations, words: ["لا"] }],
      ["sameAfter", "نفسه"]
    ]
    for (const [name, value] of broken) {
      expect(() => decode({ ...arFile, [name]: value }), name).toThrow(LexiconError)
      expect(() => decode({ ...arFile, [name]: value }), name).toThrow(new RegExp(name))
    }
  })

  it("compile to every key of each form, built once at load (one Set per list)", () => {
    const lex = quoteLexicons()
    expect(lex.alsoWords).toBe(quoteLexicons().alsoWords)
    // أيضاً and أيضا fold to one key
    expect([...lex.alsoWords]).toEqual(foldKey("أيضا"))
    expect(lex.sameAfter.has(foldKey("نفسها")[0]!)).toBe(true)
    expect(lex.qadWords.has("لقد")).toBe(true)
    // prepPronouns holds pronounAddressees as well as its own forms
    expect([lex.prepPronouns.has(foldKey("لهما")[0]!), lex.prepPronouns.has(foldKey("عليه")[0]!), lex.pronounAddressees.has(foldKey("عليه")[0]!)]).toEqual([true, true, false])
    // the prepositions with their pronouns, written out: 8 prepositions × ه, ها, هم, لدى's forms the same keys as لدي's
    expect(lex.prepositionPronouns.size).toBe(21)
    expect(lex.prepositionPronouns.has(foldKey("لديهم")[0]!)).toBe(true)
  })

  it("are what the stage reads (rows through extractQuotes)", () => {
    // gistWords: the marks after مفادها give the gist of a message, no one's speech
    expect(extractQuotes("ووجهت الوزارة رسالة واضحة مفادها «لن نسمح بأي تجاوز للأنظمة بعد اليوم».").map((q) => q.text)).toEqual([])
    // the same words after a speech verb are a quote
    expect(extractQuotes("وقال الوزير: «لن نسمح بأي تجاوز للأنظمة بعد اليوم».").map((q) => q.text)).toEqual(["لن نسمح بأي تجاوز للأنظمة بعد اليوم"])
  })
})

describe("officeOfPlaceHeads of name-cues.json (OFFICE_OF_PLACE until the thirty-sixth session)", () => {
  it("holds the offices, in search form, and a file without it is refused", () => {
    const f = loadNameCues()
    expect(f.officeOfPlaceHeads.ar).toEqual(["بلدية", "عمدة", "محافظ", "حاكم", "شرطة"])
    expect(["بلدية", "عمدة", "محافظ", "حاكم", "شرطة", "رئيس", "البلدية"].map((w) => isOfficeOfPlaceHead(searchKey(w)))).toEqual([true, true, true, true, true, false, false])
    const { officeOfPlaceHeads: _gone, ...rest } = f
    expect(() => validateNameCues(rest)).toThrow(/officeOfPlaceHeads/)
    expect(() => validateNameCues({ ...f, officeOfPlaceHeads: { ar: [""], en: [] } })).toThrow(/officeOfPlaceHeads/)
  })
})

describe("isNisbaKey: the one nisba test of the quotes stage", () => {
  // each row: a word (folded here), and whether it passes as any, definite, definiteMasculine, definiteFeminine
  const rows: Array<[string, [boolean, boolean, boolean, boolean]]> = [
    ["عسكري", [true, false, false, false]],
    ["أمنية", [true, false, false, false]],
    ["أمريكيين", [true, false, false, false]],
    ["أمنيا", [true, false, false, false]],
    ["الروسي", [true, true, true, false]],
    ["الأمريكية", [true, true, false, true]],
    // the article and one letter before ية: five letters, definite but too short for the feminine reading
    ["الحية", [true, true, false, false]],
    // four letters with the article: no definite nisba
    ["الحي", [true, false, false, false]],
    ["مصدر", [false, false, false, false]],
    ["الوزير", [false, false, false, false]],
    ["قال", [false, false, false, false]]
  ]
  const forms: ReadonlyArray<NisbaForm> = ["any", "definite", "definiteMasculine", "definiteFeminine"]
  it.each(rows)("%s", (word, expected) => {
    const key = foldKey(word)[0]!
    expect(forms.map((f) => isNisbaKey(key, f))).toEqual(expected)
  })
})
