import { describe, expect, it } from "vitest"
import calendarWordsFile from "../../../../src/lexicons/dates/calendar-words.json" with { type: "json" }
import tenseFile from "../../../../src/lexicons/dates/english-tense.json" with { type: "json" }
import yearsFile from "../../../../src/lexicons/dates/english-years.json" with { type: "json" }
import { EnglishTenseFile } from "../../../../src/extract/dates/english-tense.js"
import { EnglishYearsFile, englishYearWords } from "../../../../src/extract/dates/english-years.js"
import { CalendarWordsFile, dateLexicons } from "../../../../src/extract/dates/lexicon.js"
import { foldKey } from "../../../../src/extract/internal/tokens.js"
import { decodeLexicon, LexiconError } from "../../../../src/lexicons/lexicon.js"
import { describeDateTables, linearDateCases } from "../tables/timing.js"

/**
 * Session 27: word lists that were sets in the date readers' code are lexicon entries now (`pastVerbs`,
 * `complementizers`, `yearSubjectVerbs`, the feasts' `adjectives`, the decades' English forms in
 * `calendar-words.json`; `slotFunctionWords` in `english-years.json`; `aheadAuxiliaries`, `pastAuxiliaries` in
 * `english-tense.json`), tomorrow's words come from `days`, the English period edges and decade words are built from
 * `periodModifiers`, and a glued unit and direction (`الشهرالماضى`) is split by the lexicon and read by the scanner.
 * And the English tense reader reads through a short quoted fragment (`there "might well be" a sweep … on Saturday`);
 * two ordinal days after `إلى`/`حتى` make a range (`من السادس إلى الثامن من آب`); a clock time before `من هذا اليوم` is
 * today's; `يوم`/`تاريخ` may stand before a range's second end; two years and a dash alone in brackets are a span;
 * an unmarked year is Hijri from 1350 to 1460 only.
 */
const AR = "ar" as const
const EN = "en" as const
const REF = "2005-02-10"

describeDateTables("session 27: lexicon words", {
  "a unit and its direction glued, split by the lexicon and read as the two words": [
    ["وقال إن الشهرالماضى شهد تراجعا في المبيعات", REF, AR, ["الشهرالماضى → 2005-01 month rel"]],
    ["وأعلنت الوزارة خطتها للعامالمقبل أمس", REF, AR, ["للعامالمقبل → 2006 year rel", "أمس → 2005-02-09 day rel"]],
    ["وارتفعت الصادرات مقارنة بالسنةالماضية", REF, AR, ["السنةالماضية → 2004 year rel"]],
    ["ويبدأ المعرض أعماله الأسبوعالقادم", REF, AR, ["الأسبوعالقادم → 2005-02-14/2005-02-20 range rel"]],
    ["وتراجعت الأرباح خلال الاسبوعالماضي", REF, AR, ["الاسبوعالماضي → 2005-01-31/2005-02-06 range rel"]],
    ["وبلغ العجز العامالسابق نحو مليار", REF, AR, ["العامالسابق → 2004 year rel"]],
    ["وسجل الميناء رقما قياسيا وبالشهرالمنصرم", REF, AR, ["الشهرالمنصرم → 2005-01 month rel"]],
    ["ويتوقع نموا في العامالحالي", REF, AR, ["العامالحالي → 2005 year rel"]]
  ],
  "glued words that are no unit and direction, or that the scanner reads as no date apart": [
    // `اليوم التالي` is a day of the story: no date written apart, none glued
    ["ووصل الوفد في اليومالتالي إلى العاصمة", REF, AR, []],
    ["وكان الموسم العامالسياحي الأفضل", REF, AR, []],
    ["وتراجع المالالماضي في البنوك", REF, AR, []],
    // a unit without its article is not read glued
    ["وارتفع شهرالماضي", REF, AR, []]
  ],
  "a short quoted fragment inside the clause is read as the clause's words": [
    ["The director felt there \"might well be\" a clean sweep for the film on Saturday night.", REF, EN, ["Saturday night → 2005-02-12 part-of-day rel"]],
    ["The retailer said it expected \"further steady growth\" in the second quarter of the year.", REF, EN, ["the second quarter of the year → 2005-04/2005-06 range rel"]],
    // the fragment's own past stays past; a quote before the verb is no fragment of the date's clause
    ["He said the plan was \"dead\" on Saturday.", REF, EN, ["Saturday → 2005-02-05 weekday rel"]],
    ["\"We will win this one,\" the coach said on Saturday.", REF, EN, ["Saturday → 2005-02-05 weekday rel"]]
  ],
  "a range of two ordinal days after إلى/حتى": [
    ["ويقام المهرجان من السادس إلى الثامن من آب المقبل", "2015-07-20", AR, ["السادس إلى الثامن من آب المقبل → 2015-08-06/2015-08-08 range rel"]],
    ["ويقام الملتقى في الفترة من الخامس عشر وحتى السابع عشر من نوفمبر 2015", "2015-07-20", AR, ["الخامس عشر وحتى السابع عشر من نوفمبر 2015 → 2015-11-15/2015-11-17 range"]],
    // after و the second ordinal is as often a second thing counted: the day alone, as before
    ["بين الخامس والسابع من مارس", "2015-07-20", AR, ["السابع من مارس → 2015-03-07 day rel"]],
    // no month after: no date
    ["وقرأ الفصول من السادس إلى الثامن من الكتاب", "2015-07-20", AR, []]
  ],
  "a clock time before من هذا اليوم is today's": [
    ["ويستمر التسجيل حتى الساعة الواحدة ظهراً من هذا اليوم الأحد", "2015-08-02", AR, ["الساعة الواحدة ظهراً من هذا اليوم الأحد → 2015-08-02T13:00 time rel"]],
    ["وتغلق الأبواب في الساعة العاشرة مساء من هذا اليوم.", "2015-08-02", AR, ["الساعة العاشرة مساء من هذا اليوم → 2015-08-02T22:00 time rel"]],
    // not without the clock time before it (a story's day, as before)
    ["وفي هذا اليوم تغلق الأبواب", "2015-08-02", AR, ["اليوم → 2015-08-02 day rel"]]
  ],
  "a noun of the lexicon's endNouns before a range's second end": [
    ["ويفتح باب التسجيل من يوم 29 شعبان الجاري إلى يوم 8 رمضان", "2015-06-10", AR, ["يوم 29 شعبان الجاري إلى يوم 8 رمضان → 2015-06-16/2015-06-25 range rel"]],
    ["وتستقبل الطلبات اعتبارا من تاريخ 10 /8 /1436هـ إلى تاريخ 10 /9 /1436هـ في أوقات العمل الرسمية", "2015-06-10", AR, ["10 /8 /1436هـ إلى تاريخ 10 /9 /1436هـ → 2015-05-28/2015-06-27 range"]],
    // only between two days: a month and a weekday stay apart
    ["وعمل هناك من مايو إلى يوم الخميس", "2015-06-10", AR, ["مايو → 2015-05 month rel", "يوم الخميس → 2015-06-04 weekday rel"]]
  ],
  "two years and a dash alone in brackets are one span": [
    ["وقتل الآلاف في الحرب الطويلة بين البلدين (1980-1988) على الحدود", "2017-06-01", AR, ["1980-1988 → 1980/1988 range"]],
    ["وتولى الوزارة في حكومته الثانية (2010 - 2014) ثم استقال", "2017-06-01", AR, ["2010 - 2014 → 2010/2014 range"]],
    ["أبرز الهجمات في المنطقة (1980 ـ 2015) وفيما يلي قائمتها", "2017-06-01", AR, ["1980 ـ 2015 → 1980/2015 range"]],
    // the second not the later: no span (a score)
    ["وانتهت المباراة (2010-2008) لصالح الضيوف", "2017-06-01", AR, []],
    // outside brackets too since session 28 (a span of at most thirty years, not before a count)
    ["وبقي التصنيف 2002-2004 على حاله", "2017-06-01", AR, ["2002-2004 → 2002/2004 range"]]
  ],
  "an unmarked year after عام is Hijri only from 1350 to 1460": [
    ["وولد العالم الفلكي في عام 1473 وتوفي في عام 1543", "2017-06-01", AR, ["عام 1473 → 1473 year", "عام 1543 → 1543 year"]],
    ["وصدر النظام في عام 1436 بعد دراسة طويلة", "2017-06-01", AR, ["عام 1436 → 2014-10-25/2015-10-13 year"]],
    ["وتنتهي الخطة في عام 1500 هـ", "2017-06-01", AR, ["عام 1500 هـ → 2076-11-28/2077-11-16 year"]]
  ],
  "words now read from the lexicon, as before": [
    ["وقال الوزير إن الخطة ستنفذ في سبتمبر", REF, AR, ["سبتمبر → 2005-09 month rel"]],
    ["وقال الوزير في سبتمبر إن الخطة نفذت", REF, AR, ["سبتمبر → 2004-09 month rel"]],
    ["غير أن 2016 كان عاما صعبا على الشركات", REF, AR, ["2016 → 2016 year"]],
    ["وأكد أن 300 شخص شاركوا", REF, AR, []],
    ["وعلينا أن نحل المشكلة اليوم قبل الغد", REF, AR, []],
    ["وتحتفل المدينة بعيد الفطر المبارك، وفي أيام العيد السعيد تزدحم الأسواق", "2005-10-20", AR, ["عيد الفطر المبارك → 2005-11-03 day rel", "العيد → 2005-11-03 day rel"]],
    ["Their Saturday morning show is the most watched.", REF, EN, []],
    ["On Saturday morning he said the talks had failed.", REF, EN, ["Saturday morning → 2005-02-05 part-of-day rel"]],
    ["By the early seventies the plant had closed.", REF, EN, ["early seventies → 1970/1979 range"]],
    ["Profits fell sharply at the close of the year, the firm said.", REF, EN, ["close of the year → 2004 year rel"]]
  ]
})

linearDateCases(
  "session 27: glued units and directions on hostile text",
  {
    "many glued words": (n) => "وقال الشهرالماضى والعامالمقبل والمالالماضي ".repeat(n),
    "one long word of repeated articles": (n) => "ال".repeat(4 * n) + " العامالماضي"
  },
  { reference: REF, language: AR }
)

describe("the lists moved into calendar-words.json", () => {
  const decode = decodeLexicon(CalendarWordsFile, "dates/calendar-words")
  const lex = dateLexicons()
  const keys = (forms: ReadonlyArray<string>) => new Set(forms.map((f) => foldKey(f)[0]))

  it("decodes, each described, and the compiled sets are the files' folded words", () => {
    const file = decode(calendarWordsFile)
    for (const list of [file.pastVerbs, file.complementizers, file.yearSubjectVerbs]) {
      expect(list.description.length).toBeGreaterThan(40)
      expect(new Set(list.ar).size).toBe(list.ar.length)
    }
    expect(lex.pastVerbs).toEqual(keys(file.pastVerbs.ar))
    expect(lex.complementizers).toEqual(keys(file.complementizers.ar))
    expect(lex.yearSubjectVerbs).toEqual(keys(file.yearSubjectVerbs.ar))
    expect(lex.feastAdjectiveKeys).toEqual(keys(file.islamicFeasts.adjectives))
  })

  it("reads tomorrow's one-word forms from `days` (offset 1), not a list of its own", () => {
    expect([...lex.tomorrowWords].sort()).toEqual([...keys(["غد", "الغد", "غداً"])].sort())
    const file = decode(calendarWordsFile)
    const days = file.days.map((d) => (d.offset === 1 ? { ...d, ar: [...d.ar, "الغدِ"] } : d))
    expect(decode({ ...calendarWordsFile, days }).days.find((d) => d.offset === 1)!.ar).toContain("الغدِ")
  })

  it("gives each decade its English forms, none for the 1920s and 1930s", () => {
    expect(lex.englishDecades.get("seventies")).toBe(1970)
    expect(lex.englishDecades.get("nineties")).toBe(1990)
    expect(lex.englishDecades.has("twenties")).toBe(false)
    const entries = calendarWordsFile.decades.entries.map(({ decade, ar }) => ({ decade, ar }))
    expect(() => decode({ ...calendarWordsFile, decades: { ...calendarWordsFile.decades, entries } })).toThrow(LexiconError)
  })

  it("rejects a list without its description", () => {
    expect(() => decode({ ...calendarWordsFile, pastVerbs: { ar: ["قال"] } })).toThrow(LexiconError)
  })
})

describe("the lists moved into english-years.json and english-tense.json", () => {
  it("decodes and is what the readers read", () => {
    expect(decodeLexicon(EnglishYearsFile, "dates/english-years")(yearsFile).slotFunctionWords.words).toContain("the")
    expect(englishYearWords().slotFunctionWords.has("gmt")).toBe(true)
    const tense = decodeLexicon(EnglishTenseFile, "dates/english-tense")(tenseFile)
    expect(tense.aheadAuxiliaries.words).toEqual(["is", "are", "will", "shall", "won't"])
    expect(tense.pastAuxiliaries.words).toEqual(["was", "were", "had", "did"])
  })

  it("rejects a capitalised word among the slot's function words", () => {
    const bad = { ...yearsFile, slotFunctionWords: { description: "Words after a weekday's part of the day.", words: ["The"] } }
    expect(() => decodeLexicon(EnglishYearsFile, "dates/english-years")(bad)).toThrow(LexiconError)
  })
})

linearDateCases("session 27: quoted fragments before English dates", {
  "many short fragments": (n) => 'He felt there "might well be" a sweep on Saturday night and "more to come" on Sunday. '.repeat(n),
  "quote marks only": (n) => '" '.repeat(40 * n) + "on Saturday."
})
