/**
 * Fifty-seventh session (helper arclergy): clergymen's names after their title (docs/history/entities.md,
 * "Fifty-seventh session: arclergy"), which the Arabic model leaves untagged or cut where the given name is a saint's
 * that reads as a function word, a verb or a word with a pronoun (`متى`, `يترون`, `يوحنا`):
 *
 * - `givenNameAfterTitles` takes the word between a title of `clergyTitles` (gazetteers/name-cues.json: `المطران`,
 *   `الأسقف`, `القس`, `الأب` …) and the surname the tagger tagged;
 * - `clergyNames` reads two untagged words after such a title as a name when the second is a person's surname the
 *   document tags elsewhere.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { clergyNames, givenNameAfterTitles } from "../../../src/extract/entities/speaker-names.js"
import { typedTexts } from "./helpers.js"

/** `PERSON text` of a text tagged by hand (`marks`, in text order), after the title steps of the document. */
const people = (text: string, marks: ReadonlyArray<string>): Array<string> =>
  typedTexts(text, marks.map((m) => [m, "PERSON"] as const), ["PERSON"], {
    steps: (t, sentences, found) => clergyNames(t, sentences, givenNameAfterTitles(t, sentences, found))
  })

describe("the given name between a clergy title and a tagged surname", () => {
  it.each([
    ["وقال الأسقف يترون شمعون لـ«الحياة» إن الأسرى أحياء .", "شمعون", "PERSON يترون شمعون"],
    ["وقال المطران يوحنا حداد في كلمته إن الكنيسة باقية .", "حداد", "PERSON يوحنا حداد"]
  ] as const)("%s", (text, mark, want) => {
    expect(people(text, [mark])).toEqual([want])
  })

  it.each([
    // read before as well (a title of the triggers list); a verb of the lists after the title, a time word, the title
    // of no clergyman
    ["وأكد البطريرك متى نعمان أن الحوار مستمر .", "نعمان", "PERSON متى نعمان"],
    ["وقال المطران إن حداد سيزور المدينة .", "حداد", "PERSON حداد"],
    ["وزار المطران أمس حداد في منزله .", "حداد", "PERSON حداد"],
    ["وقال المدرب يوحنا حداد إن الفريق جاهز .", "حداد", "PERSON حداد"]
  ] as const)("unchanged: %s", (text, mark, want) => {
    expect(people(text, [mark])).toEqual([want])
  })
})

describe("two untagged words after a clergy title before a surname tagged elsewhere", () => {
  /** The tagged sentence that names the surname first. */
  const before = "وكان حنا قد حذر أمس من نزوح العائلات .\n"

  it.each([
    [`${before}وقال المطران متى حنا سكرتير المطرانية في حلب إن الاتصالات مقطوعة .`, "PERSON متى حنا"],
    [`${before}وقال الأسقف يوحنا حنا لـ«الحياة» إن الاتصالات مقطوعة .`, "PERSON يوحنا حنا"]
  ] as const)("%s", (text, want) => {
    expect(people(text, ["حنا"])).toContain(want)
  })

  it.each([
    // no person of that surname in the document; an adjective, a time word or a preposition after the title
    ["وكان سمير قد حذر أمس من نزوح العائلات .\nوقال المطران متى حنا إن الاتصالات مقطوعة .", "سمير", "متى حنا"],
    [`${before}وقال القس الجديد حنا إن الكنيسة مفتوحة .`, "حنا", "الجديد حنا"],
    [`${before}وحضر الأب أمس حنا مع ابنه .`, "حنا", "أمس حنا"],
    [`${before}وقال المطران في حنا إن الكنيسة مفتوحة .`, "حنا", "في حنا"]
  ] as const)("unchanged: %s", (text, mark, not) => {
    expect(people(text, [mark]).some((p) => p.includes(not))).toBe(false)
  })
})
