/**
 * A weekday named alone takes the date written beside it (`في 10 ديسمبر 2015 يوم الخميس`), or a date of its sentence
 * (or of the sentence before) written with the same weekday; a date of another weekday, a weekday with its direction
 * (`الخميس الماضي`) and a day of its own are left as they were. The linear-time check of the gap is in
 * `lone-weekdays-linear.test.ts`; the rule's measured counts: the thirty-second session in [docs/history/dates.md](../../../docs/history/dates.md#thirty-second-session-helper-dates-quarters-between-now-and-shared-decades-weekdays-beside-their-date-بعد--على).
 */
import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/index.js"

const REFERENCE = "2005-02-10" // a Thursday
const read = (text: string, language: "en" | "ar" = "en", reference: string | null = REFERENCE): Array<string> =>
  extractDates(text, { reference, language }).map((d) => `${d.text} → ${d.value}${d.mod ? ` ${d.mod}` : ""}`)

describe("a weekday named alone beside a stated date of that weekday", () => {
  const AR_REF = "2015-08-04" // a Tuesday, a crawl after the writing
  it.each([
    ["the date right before", "تنتهي المهلة في 10 ديسمبر 2015 يوم الخميس الساعة 12 ليلاً", ["10 ديسمبر 2015 → 2015-12-10", "يوم الخميس → 2015-12-10", "الساعة 12 ليلاً → 2015-12-11T00:00"]],
    ["the date right after, with its article", "ويخوض المنتخب وديته الأخيرة مساء يوم الخميس الـ30 من شهر يوليو الجاري", ["مساء يوم الخميس → 2015-07-30", "30 من شهر يوليو الجاري → 2015-07-30"]],
    ["الذي يوافق اليوم between", "ويمتد التسجيل حتى يوم الإثنين الذي يوافق اليوم الأول من شهر ذي الحجة", ["يوم الإثنين → 2015-09-14", "الأول من شهر ذي الحجة → 2015-09-14"]],
    ["the article and a space before the day", "ويمتد التسجيل حتى يوم الخميس الـ 4 من شهر ذي الحجة", ["يوم الخميس → 2015-09-17", "4 من شهر ذي الحجة → 2015-09-17"]],
    ["brackets and الموافق between", "ويجتمع المجلس يوم (الأحد) الموافق للأول من شهر ذي القعدة المقبل", ["الأحد → 2015-08-16", "للأول من شهر ذي القعدة المقبل → 2015-08-16"]],
    [
      "a date of the sentence written with the same weekday",
      "وتستمر الحملات من الأحد 29 نوفمبر 2015 الى الخميس 10 ديسمبر 2015 وتنتهي يوم الخميس الساعة 12 ليلاً",
      ["الأحد 29 نوفمبر 2015 → 2015-11-29", "الخميس 10 ديسمبر 2015 → 2015-12-10", "يوم الخميس → 2015-12-10", "الساعة 12 ليلاً → 2015-12-11T00:00"]
    ],
    ["the sentence before names the date with its weekday", "يفتح باب التسجيل الخميس 10 ديسمبر 2015. ويغلق مساء الخميس", ["الخميس 10 ديسمبر 2015 → 2015-12-10", "مساء الخميس → 2015-12-10"]]
  ])("%s", (_, text, expected) => {
    expect(read(text, "ar", AR_REF)).toEqual(expected)
  })

  it.each([
    // 29 June 2015 was a Monday too: the banks reopened three weeks later
    ["a date of that weekday elsewhere in the sentence", "وتعيد المصارف المغلقة منذ 29 يونيو 2015 فتح أبوابها الاثنين", ["29 يونيو 2015 → 2015-06-29", "الاثنين → 2015-08-03"]],
    ["a date of another weekday beside it", "تنتهي المهلة في 11 ديسمبر 2015 يوم الخميس", ["11 ديسمبر 2015 → 2015-12-11", "يوم الخميس → 2015-07-30"]],
    ["a date with its weekday two sentences before", "يفتح التسجيل الخميس 10 ديسمبر 2015. ونقل الخبر. ويغلق يوم الخميس", ["الخميس 10 ديسمبر 2015 → 2015-12-10", "يوم الخميس → 2015-07-30"]],
    ["a weekday with its direction", "افتتح المعرض في 10 ديسمبر 2015 الخميس الماضي", ["10 ديسمبر 2015 → 2015-12-10", "الخميس الماضي → 2015-07-30"]],
    // its own date is the day written beside it, which is no Thursday: the other Thursday of the sentence is not taken
    [
      "a day of its own beside it",
      "ويلعب أمام الفيصلي يوم الخميس الخامس من شهر ذي القعدة، وأمام الاتفاق يوم الخميس 12 من الشهر ذاته",
      ["يوم الخميس الخامس من شهر ذي القعدة → 2015-08-20", "يوم الخميس → 2015-07-30"]
    ]
  ])("not moved: %s", (_, text, expected) => {
    expect(read(text, "ar", AR_REF).slice(0, expected.length)).toEqual(expected)
  })

  it("in English, a date named with the same weekday", () => {
    expect(read("Bids open on Saturday 10 December 2005. They close late on Saturday.", "en", "2005-12-20")).toContain("late on Saturday → 2005-12-10 end")
  })
})
