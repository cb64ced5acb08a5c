import { describeDateTables, linearDateCases, type DateRow } from "./tables/timing.js"

/**
 * The days of an Eid (src/extract/dates/feasts.ts; docs/dates.md, "Arabic"): `أول أيام`, `ثاني أيام`, `ثالث أيام`,
 * `رابع أيام` before `عيد الفطر` or `عيد الأضحى` open the mention and move it to that day of the feast; `العيد` alone
 * after them is still the feast's first day, and the ordinals before `أيام العيد` once the text has named the feast
 * give that day of it (session 31). Sentences written for these tests in the style of the Saudi papers.
 */
const AR = "2015-07-27" // ten days after 1 Shawwal 1436 (2015-07-17)

const tables: Record<string, ReadonlyArray<DateRow>> = {
  "the nth day of an Eid": [
    ["ووصل الوفد في ثاني أيام عيد الفطر المبارك.", AR, "ar", ["ثاني أيام عيد الفطر المبارك → 2015-07-18 day rel"]],
    ["وشهدت الحدائق إقبالا كبيرا في أول أيام عيد الفطر.", AR, "ar", ["أول أيام عيد الفطر → 2015-07-17 day rel"]],
    ["وفي ثالث ايام عيد الفطر السعيد أقيمت الألعاب النارية.", AR, "ar", ["ثالث ايام عيد الفطر السعيد → 2015-07-19 day rel"]],
    ["ويستمر المهرجان حتى رابع أيام عيد الأضحى المقبل.", AR, "ar", ["رابع أيام عيد الأضحى المقبل → 2015-09-26 day rel"]]
  ],
  "the feast itself": [
    // `أيام` with no ordinal is the feast's stretch, read as its first day as before
    ["وزار الأمير المرضى خلال أيام عيد الفطر المبارك.", AR, "ar", ["عيد الفطر المبارك → 2015-07-17 day rel"]],
    // an ordinal of something else
    ["وهذا ثاني أيام الأسبوع بعد عيد الفطر.", AR, "ar", ["عيد الفطر → 2015-07-17 day rel"]],
    // `العيد` after the feast's second day is the feast
    ["وتوافد الزوار في ثاني أيام عيد الفطر، وازدحمت الحدائق خلال أيام العيد.", AR, "ar", ["ثاني أيام عيد الفطر → 2015-07-18 day rel", "العيد → 2015-07-17 day rel"]]
  ],
  "the nth day of `العيد` after the text named the feast": [
    ["واحتفل المواطنون بعيد الفطر المبارك. وفي ثالث أيام العيد زار الأمير المرضى.", AR, "ar", ["عيد الفطر المبارك → 2015-07-17 day rel", "ثالث أيام العيد → 2015-07-19 day rel"]],
    ["ويحل عيد الأضحى بعد أسابيع. وفي أول أيام العيد تزدحم المساجد، وفي رابع ايام العيد تعود الحركة.", AR, "ar", ["عيد الأضحى → 2015-09-23 day rel", "أول أيام العيد → 2015-09-23 day rel", "رابع ايام العيد → 2015-09-26 day rel"]],
    // no feast named before: which Eid? left out, as `العيد` alone is
    ["وفي ثاني أيام العيد زار الأمير المرضى.", AR, "ar", []],
    // the feast as an occasion, not a time: left out with or without the ordinal's words around it
    ["واحتفل المواطنون بعيد الفطر. وكانت فرحة العيد كبيرة في ثاني أيامه.", AR, "ar", ["عيد الفطر → 2015-07-17 day rel"]]
  ]
}

describeDateTables("dates: the days of an Eid (session 30)", tables)

linearDateCases(
  "dates: the Eid days stay linear",
  { "ordinals and feasts (ثاني أيام عيد الفطر أول أيام …)": (n) => "ثاني أيام عيد الفطر أول أيام ثالث ايام العيد ".repeat(n) },
  { reference: AR, language: "ar" }
)
