import { describeDateTables, linearDateCases, type DateRow } from "./tables/timing.js"

/**
 * Islamic feasts named without a date (src/extract/dates/feasts.ts, `islamicFeasts` in calendar-words.json; docs/history/dates.md,
 * "Session 25 (lead)"): each is a day of the Hijri year, resolved as a Hijri date with no year (the occurrence nearest
 * the reference, or the one a direction word names), converted with the Umm al-Qura calendar. Sentences written for
 * these tests in the style of the wires.
 */
const AR = "2015-07-27" // ten days after 1 Shawwal 1436 (2015-07-17)

const tables: Record<string, ReadonlyArray<DateRow>> = {
  "a feast is its Hijri day": [
    ["وزار الأمير المرضى خلال أيام عيد الفطر المبارك.", AR, "ar", ["عيد الفطر المبارك → 2015-07-17 day rel"]],
    ["وهنأ الوزير المواطنين بمناسبة عيد الفطر السعيد.", AR, "ar", ["عيد الفطر السعيد → 2015-07-17 day rel"]],
    ["وتستعد الأسواق لعيد الأضحى.", AR, "ar", ["عيد الأضحى → 2015-09-23 day rel"]],
    ["وأعلنت الوزارة مواعيد الدوام بعد عيد الأضحى المقبل.", AR, "ar", ["عيد الأضحى المقبل → 2015-09-23 day rel"]],
    ["ووقف الحجاج على صعيد عرفات يوم عرفة الماضي.", AR, "ar", ["يوم عرفة الماضي → 2014-10-03 day rel"]],
    ["وتحتفل المدارس بالمولد النبوي.", "2015-12-01", "ar", ["المولد النبوي → 2015-12-23 day rel"]],
    // two feasts in a row, and a word after the feast that is no direction (`هذا العام`: the nearest)
    ["وتزدحم الأسواق بين عيد الفطر وعيد الأضحى.", AR, "ar", ["عيد الفطر → 2015-07-17 day rel", "عيد الأضحى → 2015-09-23 day rel"]],
    ["وتراجعت الزيارات خلال عيد الفطر المبارك الماضي.", AR, "ar", ["عيد الفطر المبارك الماضي → 2015-07-17 day rel"]],
    ["واحتفلت المدينة بعيد الفطر هذا العام.", AR, "ar", ["عيد الفطر → 2015-07-17 day rel", "هذا العام → 2015 year rel"]]
  ],
  "no feast date": [
    // every feast, and the feast's name inside another word
    ["وفي كل عيد فطر تزدحم الأسواق.", AR, "ar", []],
    ["وتكثر الزيارات في كل عيد أضحى.", AR, "ar", []],
    ["وقال إن العيدين مناسبة للفرح.", AR, "ar", []],
    // `العيد` alone does not say which feast
    ["وعاد المصلون بعد صلاة العيد إلى منازلهم.", AR, "ar", []]
  ]
}

describeDateTables("dates: Islamic feasts (session 25)", tables)

linearDateCases(
  "dates: the feast scan stays linear",
  {
    "feasts, proclitics and direction words (وبعيد الفطر المبارك الماضي كل عيد أضحى يوم عرفة …)": (n) =>
      "وبعيد الفطر المبارك الماضي كل عيد أضحى يوم عرفة المولد النبوي عيد ".repeat(n)
  },
  { reference: "2015-07-27", language: "ar" }
)
