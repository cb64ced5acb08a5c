/**
 * Sixty-third session (helper tidy7), a review with no change of results (records byte-identical on the three dumps;
 * docs/entities.md, "session 63, helper tidy7"): the word lists `LATE_TITLES` (evidence.ts), `ONE_NAME_TITLES`,
 * `REGNAL_TITLES`, `REGNAL_NOUNS`, `AR_ORDINALS` and `AR_ORDINALS_FEMININE` (mentions.ts) moved, unchanged and in their
 * order, to gazetteers/name-cues.json (`lateTitles`, `oneNameTitles`, `regnalTitles`, `regnalNouns`, `regnalOrdinals`,
 * `regnalOrdinalsFeminine`), validated on load and read by `isLateTitle`, `isOneNameTitle`, `isRegnalTitleWord`,
 * `isRegnalNoun`, `isRegnalOrdinal` and `isRegnalOrdinalFeminine`.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { isLateTitle, isOneNameTitle, isRegnalNoun, isRegnalOrdinal, isRegnalOrdinalFeminine, isRegnalTitleWord, loadNameCues } from "../../../src/extract/entities/evidence.js"
import { searchKey } from "../../../src/extract/entities/gazetteer.js"
import { givenNameAfterTitles } from "../../../src/extract/entities/speaker-names.js"
import { typedTexts } from "./helpers.js"
import { itChecksMovedCues } from "./moved-cues.js"

/** The lists as they stood in the code before this session. */
const OLD = {
  lateTitles: ["الشهيد", "الشهيدة", "الشهيدين", "الشهيدان", "الراحل", "الراحلة", "المرحوم", "المرحومة", "الفقيد", "الفقيدة"],
  oneNameTitles: ["الملك", "الملكة", "الأمير", "الأميرة", "السلطان", "السيدة", "الإمام", "الشيخة", "الرئيس", "الرئيسة"],
  regnalTitles: ["الملك", "الملكة", "السلطان", "البابا", "الإمبراطور", "الامبراطور", "الإمبراطورة", "القيصر", "الشاه", "الخديوي"],
  regnalNouns: ["ملك", "ملكة", "سلطان", "بابا", "إمبراطور", "امبراطور", "إمبراطورة", "قيصر", "شاه"],
  regnalOrdinals: ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي"],
  regnalOrdinalsFeminine: ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]
} as const

const READERS: Record<keyof typeof OLD, (key: string) => boolean> = {
  lateTitles: isLateTitle,
  oneNameTitles: isOneNameTitle,
  regnalTitles: isRegnalTitleWord,
  regnalNouns: isRegnalNoun,
  regnalOrdinals: isRegnalOrdinal,
  regnalOrdinalsFeminine: isRegnalOrdinalFeminine
}

describe("the lists moved to name-cues.json in session 63", () => {
  itChecksMovedCues(OLD)

  it("are read by their helpers in search form", () => {
    for (const name of Object.keys(OLD) as Array<keyof typeof OLD>) for (const w of OLD[name]) expect(READERS[name](searchKey(w)), `${name} ${w}`).toBe(true)
    // (the words around them are none: a title without its article, a masculine ordinal as a feminine, a title of
    // another list, a rank)
    expect(isLateTitle(searchKey("شهيد"))).toBe(false)
    expect(isOneNameTitle(searchKey("الوزير"))).toBe(false)
    expect(isOneNameTitle(searchKey("البابا"))).toBe(false)
    expect(isRegnalTitleWord(searchKey("الأمير"))).toBe(false)
    expect(isRegnalTitleWord(searchKey("ملك"))).toBe(false)
    expect(isRegnalNoun(searchKey("الملك"))).toBe(false)
    expect(isRegnalNoun(searchKey("خديوي"))).toBe(false)
    expect(isRegnalOrdinal(searchKey("الثانية"))).toBe(false)
    expect(isRegnalOrdinal(searchKey("الحادية"))).toBe(false)
    expect(isRegnalOrdinalFeminine(searchKey("الثاني"))).toBe(false)
  })

  it("the source says where each came from", () => {
    const { source } = loadNameCues()
    expect(source).toMatch(/lateTitles, oneNameTitles, regnalTitles, regnalNouns, regnalOrdinals, regnalOrdinalsFeminine \(sixty-third session, helper tidy7, moved here unchanged/)
    expect(source).toMatch(/lateTitles \(src\/extract\/entities\/evidence\.ts LATE_TITLES/)
    expect(source).toMatch(/oneNameTitles \(src\/extract\/entities\/mentions\.ts ONE_NAME_TITLES/)
    expect(source).toMatch(/\(mentions\.ts REGNAL_TITLES, REGNAL_NOUNS, AR_ORDINALS, AR_ORDINALS_FEMININE/)
  })
})

describe("the rules read the moved lists as before", () => {
  // (a monarch's number, `regnalNumber`: regnalTitles, regnalNouns, regnalOrdinals, regnalOrdinalsFeminine)
  it.each<[string, string, Array<string>]>([
    ["وقال الملك عبدالله الثاني إن المملكة ماضية في الإصلاح .", "عبدالله", ["PERSON عبدالله الثاني"]],
    ["وزار البابا بنديكت السادس عشر المدينة أمس .", "بنديكت", ["PERSON بنديكت السادس عشر"]],
    ["وافتتحت الملكة إليزابيث الثانية الدورة الجديدة .", "إليزابيث", ["PERSON إليزابيث الثانية"]],
    ["وكان فرديناند الثالث ملك قشتالة قد دخل المدينة .", "فرديناند", ["PERSON فرديناند الثالث"]],
    // must stay: no title before the name (a rank in a race), a feminine ordinal after a king, a noun after the number
    // that is no title
    ["وحل سلمان الثاني في السباق أمس .", "سلمان", ["PERSON سلمان"]],
    ["وقال الملك عبدالله الثانية إن المملكة ماضية .", "عبدالله", ["PERSON عبدالله"]],
    ["وكان فرديناند الثالث رئيس البلدية قد دخل المدينة .", "فرديناند", ["PERSON فرديناند"]]
  ])("%s", (text, mark, expected) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual(expected)
  })

  // (a given name after a title completed by the family name after it, `surnameAfterTitledGivenName`: not after
  // oneNameTitles)
  it.each<[string, Array<string>]>([
    ["وأوضح المستشار فهمي صبحة أن الأسعار سترتفع .", ["PERSON فهمي صبحة"]],
    ["وأوضح الرئيس فهمي صبحة أن الأسعار سترتفع .", ["PERSON فهمي"]],
    ["وأوضح الأمير فهمي صبحة أن الأسعار سترتفع .", ["PERSON فهمي"]]
  ])("%s", (text, expected) => {
    expect(typedTexts(text, [["فهمي", "PERSON"]], ["PERSON"])).toEqual(expected)
  })

  // (the given name between a title of the dead and a tagged surname, `givenNameAfterTitles`: lateTitles)
  it.each<[string, Array<string>]>([
    ["وشيع الأهالي جثمان الشهيد مفرح عسيري إلى مثواه .", ["PERSON مفرح عسيري"]],
    ["وشيع الأهالي جثمان الراحل مفرح عسيري إلى مثواه .", ["PERSON مفرح عسيري"]],
    // must stay: a word that is no title of the lists
    ["وشيع الأهالي جثمان الشاب مفرح عسيري إلى مثواه .", ["PERSON عسيري"]]
  ])("%s", (text, expected) => {
    expect(typedTexts(text, [["عسيري", "PERSON"]], ["PERSON"], { steps: (t, sentences, found) => givenNameAfterTitles(t, sentences, found) })).toEqual(expected)
  })
})
