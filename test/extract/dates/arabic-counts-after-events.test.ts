/**
 * Arabic `بعد` + a count + `على` + an event (`بعد أربعة أيام على فوزه`) is counted from the event, which the text does
 * not date: no date from the reference; `على الأقل`, `على الأكثر`, `قبل … على` (the verb's) and `من الآن` still read.
 * The rule's measured counts: the thirty-second session in [docs/history/dates.md](../../../docs/history/dates.md#thirty-second-session-helper-dates-quarters-between-now-and-shared-decades-weekdays-beside-their-date-بعد--على).
 */
import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/index.js"

const REFERENCE = "2005-02-10"
const read = (text: string, language: "en" | "ar" = "en", reference: string | null = REFERENCE): Array<string> =>
  extractDates(text, { reference, language }).map((d) => `${d.text} → ${d.value}${d.mod ? ` ${d.mod}` : ""}`)

describe("Arabic `بعد` + a count + `على` + an event", () => {
  const AR_REF = "2015-07-21"
  it.each([
    // counted from the win, not from the reference: no date the text gives
    ["after the win", "وأعلن تنحيه في الثاني من يونيو بعد أربعة أيام على فوزه بولاية جديدة", ["الثاني من يونيو → 2015-06-02"]],
    ["after an attack", "وشن الطيران غاراته وذلك بعد ثلاثة أيام على هجوم انتحاري", []],
    ["after a quoted event", "وطوق الجانبان الإشكالات بعد أسبوع على «تصادم محدود» بينهما", []]
  ])("no date: %s", (_, text, expected) => {
    expect(read(text, "ar", AR_REF)).toEqual(expected)
  })

  it.each([
    ["at least", "سيصل الوفد بعد أربعة أيام على الأقل", "بعد أربعة أيام → 2015-07-25"],
    ["at most", "تصدر النتائج بعد يومين على الأكثر", "بعد يومين → 2015-07-23"],
    // after قبل, على is most often the verb's: `قبضت قبل أسبوع على المتهم` is a week ago
    ["قبل and a verb's على", "وكانت الشرطة قد قبضت قبل أسبوع على المتهم", "قبل أسبوع → 2015-07-14"],
    ["من الآن is still from now", "تنتهي المهلة بعد شهر من الآن", "بعد شهر → 2015-08"]
  ])("still read: %s", (_, text, expected) => {
    expect(read(text, "ar", AR_REF)).toContain(expected)
  })
})
