/**
 * Session 52: the Arabic story phrases (`story.ts`) and the feasts (`feasts.ts`) are found by their words, and the `و`,
 * `ف` (and for a feast `ب`, `ل`) glued before them are read back by `execOpened` (`opening.ts`) instead of opening
 * the regex: a speed change with the same dates. These rows hold the readings of the letters before a phrase: one
 * glued letter or two, a letter of another word (no phrase), three proclitics (none).
 */
import { describe, expect, it } from "vitest"
import { dateLexicons } from "../../../src/extract/dates/lexicon.js"
import { describeDateTables, linearDateCases, type DateRow } from "./tables/timing.js"

const tables: Record<string, ReadonlyArray<DateRow>> = {
  "the letters glued before a story phrase": [
    ["وصل الوفد إلى جدة في 3 مايو، وبعد ذلك بيومين التقى وزير الخارجية", "2015-07-21", "ar", ["3 مايو → 2015-05-03 day rel","بعد ذلك بيومين → 2015-05-05 day rel"]],
    ["وصل الوفد إلى جدة في 3 مايو، فبعد ذلك بيومين التقى وزير الخارجية", "2015-07-21", "ar", ["3 مايو → 2015-05-03 day rel","بعد ذلك بيومين → 2015-05-05 day rel"]],
    ["وصل الوفد إلى جدة في 3 مايو، كبعد ذلك بيومين التقى وزير الخارجية", "2015-07-21", "ar", ["3 مايو → 2015-05-03 day rel"]],
    ["وصل الوفد إلى جدة في 3 مايو، ووبعد ذلك بيومين التقى وزير الخارجية", "2015-07-21", "ar", ["3 مايو → 2015-05-03 day rel"]],
    ["افتتح المعرض في 12 مارس، وفي اليوم التالي زاره أمير المنطقة", "2015-07-21", "ar", ["12 مارس → 2015-03-12 day rel","في اليوم التالي → 2015-03-13 day rel"]],
    ["افتتح المعرض في 12 مارس، وصباح اليوم التالي زاره أمير المنطقة", "2015-07-21", "ar", ["12 مارس → 2015-03-12 day rel","صباح اليوم التالي → 2015-03-13 day rel"]],
    ["افتتح المعرض في 12 مارس، وفجر اليوم التالي غادر الضيوف", "2015-07-21", "ar", ["12 مارس → 2015-03-12 day rel","فجر اليوم التالي → 2015-03-13 day rel"]],
    ["افتتح المعرض في 12 مارس، ففجر اليوم التالي غادر الضيوف", "2015-07-21", "ar", ["12 مارس → 2015-03-12 day rel","فجر اليوم التالي → 2015-03-13 day rel"]],
    ["افتتح المعرض في 12 مارس، واليوم التالي كان عطلة", "2015-07-21", "ar", ["12 مارس → 2015-03-12 day rel","اليوم التالي → 2015-03-13 day rel"]],
    ["افتتح المعرض في 12 مارس، وقبل شهرين من ذلك أعلنت الهيئة عنه", "2015-07-21", "ar", ["12 مارس → 2015-03-12 day rel","قبل شهرين من ذلك → 2015-01 month rel"]],
  ],
  "the letters glued before a feast": [
    ["تعود الدراسة بعد إجازة عيد الفطر المبارك", "2015-07-21", "ar", ["عيد الفطر المبارك → 2015-07-17 day rel"]],
    ["وتستأنف الدوائر أعمالها وبعيد الأضحى تبدأ الإجازة", "2015-07-21", "ar", ["عيد الأضحى → 2015-09-23 day rel"]],
    ["يصوم المسلمون يوم عرفة ويحتفلون بعيد الأضحى المقبل", "2015-07-21", "ar", ["يوم عرفة → 2015-09-22 day rel","عيد الأضحى المقبل → 2015-09-23 day rel"]],
    ["زحام في الأسواق لعيد الفطر", "2015-07-21", "ar", ["عيد الفطر → 2015-07-17 day rel"]],
    ["زحام في الأسواق ولبعيد الفطر", "2015-07-21", "ar", []],
    ["زحام في الأسواق سعيد الفطر", "2015-07-21", "ar", []],
    ["أقيم الحفل بمناسبة المولد النبوي الشريف", "2015-07-21", "ar", ["المولد النبوي → 2015-01-03 day rel"]],
    ["وبيوم عاشوراء يصوم كثيرون", "2015-07-21", "ar", ["يوم عاشوراء → 2015-10-23 day rel"]],
  ]
}

describeDateTables("dates: the letters before a story phrase or a feast (session 52)", tables)

describe("dates: the feasts' forms", () => {
  it("start with no letter that may be glued before them (`execOpened` reads them back)", () => {
    for (const e of dateLexicons().islamicFeasts) for (const f of e.ar) expect(/^[\u0648\u0641\u0628\u0644]/.test(f)).toBe(false)
  })
})

linearDateCases(
  "dates: the words of a story phrase or a feast after letters that are no opening stay linear",
  {
    "many story phrases after a letter of another word": (n) => "كبعد ذلك بيومين وقبل شهرين من ذلك وكاليوم التالي ".repeat(n),
    "many feasts after three proclitic letters": (n) => "ولبعيد الفطر وفبيوم عرفة ".repeat(n),
    "a long run of glued letters before a feast": (n) => "و".repeat(n * 20) + "عيد الفطر"
  },
  { reference: "2015-07-21", language: "ar" }
)
