/**
 * The twenty-first session's third round of Arabic entity rules (docs/history/entities.md, "Twenty-first session", "Third
 * round"): a particle (`بأن`, `أن`, `إن`, `لأن`) the tagger typed as a one-word person or organisation is no name
 * (`بان` neither, unless the document names `بان كي مون` in full), and a well-known surname (the last word of a full
 * name of the person lists) that the tagger left untagged right after a title, with or without a nationality
 * adjective, is a person, found again over the document. The sentences are written for these tests in wire style; tags
 * are fixed by hand (as if the model had given them), so only the rules after the tagger are tested.
 */
import { describe, expect, it } from "vitest"
import { surnamesAfterTitles } from "../../../../src/extract/entities/extract.js"
import { isFunctionWordName, type Mention } from "../../../../src/extract/entities/mentions.js"
import { typedTexts, unitIn, type Marks } from "../helpers.js"

const named = (text: string, marks: Marks = []): Array<string> => typedTexts(text, marks, ["PERSON", "ORGANIZATION"])

describe("Arabic: a particle typed as a one-word name is no name", () => {
  it.each([
    ["`بأن` as a person", "وأضاف بأن القوات استعادت السيطرة على البلدة.", "بأن", "PERSON"],
    ["`بأن` as an organisation", "وأفاد المتحدث بأن المفاوضات ستستأنف الأسبوع المقبل.", "بأن", "ORGANIZATION"],
    ["`لأن` as a person", "وتأجلت المباراة لأن الملعب غير جاهز.", "لأن", "PERSON"],
    ["`إن` as a person", "وقال إن الحكومة ستدرس المقترح.", "إن", "PERSON"],
    ["`بان` with no full name in the document", "وأشار بان عدد الزوار ارتفع هذا العام.", "بان", "PERSON"]
  ] as const)("%s", (_, text, mark, type) => {
    expect(named(text, [[mark, type]])).toEqual([])
  })

  it("`بان` alone is Ban Ki-moon's name where the document names him in full, else the particle", () => {
    const { units, at } = unitIn("وأضاف بان أن الوضع خطير.", "بان")
    const ban = units[at]!
    const person = (confidence: number): Mention => ({ type: "PERSON", start: ban.start, end: ban.end, units: [ban], role: null, confidence })
    expect(isFunctionWordName(person(0.9), true)).toBe(false)
    expect(isFunctionWordName(person(0.9), false)).toBe(true)
    // found again (confidence 0.5) too
    expect(isFunctionWordName(person(0.5), true)).toBe(false)
    expect(isFunctionWordName(person(0.5), false)).toBe(true)
  })

  it("`بان` after `بان كي مون` in the document stays a name, as the tagger gave it", () => {
    const text = "وقال الأمين العام بان كي مون إن الوضع خطير. وأضاف بان أن المنظمة ستتحرك."
    expect(named(text, [["بان كي مون", "PERSON"], ["بان", "PERSON"]])).toEqual(["PERSON بان كي مون", "PERSON بان"])
  })

  it("one check for the particles and the function words found again (link.ts), by type and confidence", () => {
    const one = (word: string, type: Mention["type"], confidence: number): Mention => {
      const { units, at } = unitIn("وأضاف بأن وعلى في الوضع خطير.", word)
      const u = units[at]!
      return { type, start: u.start, end: u.end, units: [u], role: null, confidence }
    }
    // a particle typed as a person or an organisation, whatever its confidence; not as a place of the tagger's
    expect(isFunctionWordName(one("بأن", "ORGANIZATION", 0.9), false)).toBe(true)
    expect(isFunctionWordName(one("بأن", "LOCATION", 0.9), false)).toBe(false)
    // any function word (its conjunction left out) found again, whatever its type; not one the tagger gave with confidence
    expect(isFunctionWordName(one("وعلى", "PERSON", 0.5), false)).toBe(true)
    expect(isFunctionWordName(one("في", "LOCATION", 0.5), false)).toBe(true)
    expect(isFunctionWordName(one("وعلى", "PERSON", 0.9), false)).toBe(false)
  })
})

/** The entities of `text` with no tag given, as `findMentions` finds them: the tagger's mentions (none), the surnames after titles, names found again, linking. */
const titled = (text: string): Array<string> => typedTexts(text, [], undefined, { propagate: true, added: surnamesAfterTitles })

describe("Arabic: a listed surname alone after a title is a person", () => {
  it.each([
    ["after a title and a nationality", "وأعلن الرئيس الأمريكي ترامب عن دعمه الكامل للوزير.", "ترامب"],
    ["after a title of two words and a nationality", "وقال رئيس الوزراء البريطاني كاميرون إن بلاده ستشارك في المؤتمر.", "كاميرون"],
    ["after a title alone", "وتطارد المزاعم الرئيس ترامب منذ توليه منصبه.", "ترامب"]
  ] as const)("%s", (_, text, expected) => {
    expect(titled(text)).toEqual([`PERSON ${expected}`])
  })

  it("is found again over the document", () => {
    const text = "أعلن الرئيس الأمريكي ترامب دعمه للوزير. ونفى ترامب علمه باللقاءات التي جرت خلال حملة ترامب."
    expect(titled(text)).toEqual(["PERSON ترامب", "PERSON ترامب", "PERSON ترامب"])
  })

  it("not after a title with no article (in construct: the envoy of, no holder)", () => {
    expect(titled("والتقى الوزير مندوب ترامب في العاصمة.")).toEqual([])
  })

  it("not a word that is no listed surname", () => {
    expect(titled("وقال الرئيس الأمريكي أمس إن بلاده ستشارك.")).toEqual([])
  })
})
