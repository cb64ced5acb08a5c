import { describeDateTables, type DateRow } from "./tables/timing.js"

/**
 * R29's `منذ حوالي الشهرين` (docs/dates.md, "Session 26: a fresh sample after both rounds"): after `قبل`/`منذ` and an
 * approximator (`نحو`, `حوالي`, `قرابة`), a dual written with the article is a count of two, as the dual without it.
 * Alone (`منذ العامين`) it is as often the two years the story named, and after `بعد` a time counted from the story:
 * both left out. Sentences written for these tests in the style of the wires; rows as `text → value granularity [rel]`.
 */
const AR = "2015-08-10" // a Monday
const ar = (text: string, expected: ReadonlyArray<string>): DateRow => [text, AR, "ar", expected]

describeDateTables("dates: an approximate dual with the article (session 26)", {
  "after قبل or منذ and an approximator: two units ago": [
    ar("التقى الوفد بالوزير قبل نحو العامين في جدة", ["قبل نحو العامين → 2013 year rel"]),
    ar("وافتتح الفرع منذ حوالي الشهرين", ["منذ حوالي الشهرين → 2015-06 month rel"]),
    ar("وصلت الشحنة قبل قرابة الأسبوعين", ["قبل قرابة الأسبوعين → 2015-07-27 day rel"]),
    ar("وافتتح الفرع منذ حوالي شهرين", ["منذ حوالي شهرين → 2015-06 month rel"])
  ],
  "no approximator, or after بعد: as before": [
    ar("وتراجعت الأسعار منذ العامين الماضيين", []),
    ar("وتعود اللجنة إلى الاجتماع بعد نحو العامين", []),
    ar("وقد اختير الفريق الأفضل في العامين الأخيرين", [])
  ]
})
