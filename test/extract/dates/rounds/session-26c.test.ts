import { describeDateTables, type DateRow } from "../tables/timing.js"

/**
 * R29's `from 1983 until 1992` (read as two years): `from … to`/`until`/`till`/`through` between two years is one
 * range, as `between … and` (session 26, first round); not before a counted noun, not a second number past 2049. A
 * target moved from one year to the next (`pushed its target back from 2005 to 2006`) is read as a range too: one
 * such on the corpora, against seven ranges.
 */
const EN = "2005-02-10"
const en = (text: string, expected: ReadonlyArray<string>): DateRow => [text, EN, "en", expected]

describeDateTables("dates: a range of years after from (session 26)", {
  "from … to, until, till: one range": [
    en("She chaired the council from 1987 until 1994.", ["1987 until 1994 → 1987/1994 range"]),
    en("The plant ran at a loss from 1999 to 2003, the report said.", ["1999 to 2003 → 1999/2003 range"]),
    en("He coached the side from 1976 till 1981.", ["1976 till 1981 → 1976/1981 range"])
  ],
  "not a range: a month after `to`, a second number past 2049": [
    en("Output grew from 2001 to March 2004.", ["2001 → 2001 year", "March 2004 → 2004-03 month"]),
    en("The rules applied from 1998 to 2060.", ["1998 → 1998 year", "2060 → 2060 year"])
  ]
})

/**
 * R29's `منذ حوالي الشهرين` (docs/history/dates.md, "Session 26: a fresh sample after both rounds"): after `قبل`/`منذ` and an
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
