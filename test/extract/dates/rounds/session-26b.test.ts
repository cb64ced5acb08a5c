import { describeDateTables, linearDateCases, type DateRow } from "../tables/timing.js"

/**
 * Date errors of the fresh reading R28 (docs/history/dates.md, "Session 26: a second round, on R28"), each as a table of
 * sentences written for these tests in the style of the wires. Rows: [text, reference, language, expected mentions as
 * `text → value granularity [rel]`]. Each table has rows that fail without its rule and rows that must stay as they were.
 */
const EN = "2005-02-10" // a Thursday
const AR = "2017-06-01" // a Thursday

const en = (text: string, expected: ReadonlyArray<string>): DateRow => [text, EN, "en", expected]
const ar = (text: string, expected: ReadonlyArray<string>): DateRow => [text, AR, "ar", expected]

const tables: Record<string, ReadonlyArray<DateRow>> = {
  "a weekday's part of the day as a programme's weekly slot": [
    en("The presenter is leaving the channel's Saturday morning quiz show after four years.", []),
    en("Viewers said the move had ruined their Sunday evening.", []),
    en("The station will drop the Friday night chat show from its schedule.", []),
    en("She became known through a quiet Sunday night series on local radio.", []),
    en("Past winners include Sunday Night Live and two soap operas.", []),
    // dates: after a preposition, before a function word or a possessive `'s`
    en("The minister resigned on Saturday morning, aides said.", ["Saturday morning → 2005-02-05 part-of-day rel"]),
    en("Shares fell 3% in Monday morning trading in Tokyo.", ["Monday morning → 2005-02-07 part-of-day rel"]),
    en("The leader said Tuesday night's vote showed the party was united.", ["Tuesday night → 2005-02-08 part-of-day rel"]),
    en("He trained as usual Sunday morning and then flew home.", ["Sunday morning → 2005-02-06 part-of-day rel"])
  ],
  "a month's abbreviation that is a name": [
    en("The awards were hosted by the comic duo Ant and Dec.", []),
    en("The show's hosts, Ant & Dec, were praised by critics.", []),
    en("Every pound collected at the concert goes to the DEC.", []),
    // a month between months, and one with its day, as before
    en("Sales rose in every month from Jan to Dec.", ["Dec. → 2004-12 month rel"]),
    en("The deal closes on Dec. 14, the firm said.", ["Dec. 14 → 2005-12-14 day rel"])
  ],
  "later in the year, earlier in the week: the reference's period": [
    en("The carrier plans to start the new route later in the year.", ["later in the year → 2005 year rel"]),
    en("The striker had been struggling with a knee injury earlier in the week.", ["earlier in the week → 2005-02-07/2005-02-13 range rel"]),
    en("Ministers will meet their European counterparts later in the week.", ["later in the week → 2005-02-07/2005-02-13 range rel"]),
    // a year named with `in` before in the paragraph: that year's, which this does not read
    en("The party last won a majority in 1974. It lost ground later in the year.", ["1974 → 1974 year"]),
    // a future clause looks ahead whatever was named before
    en("Profits fell in 2004, but the firm will return to growth later in the year.", ["2004 → 2004 year", "later in the year → 2005 year rel"]),
    // chrono's own `later this month`, as before (with `later` in the span since session 30)
    en("The firm will report its results later this month.", ["later this month → 2005-02 month rel"])
  ],
  "a relative date before the number 24": [
    en("Last year 24 regions reported power cuts.", ["Last year → 2004 year rel"]),
    en("On Friday 24 workers were sent home.", ["Friday → 2005-02-04 weekday rel"]),
    // a day of the month, a range of days and an hour count stay as they were
    en("The vote will be held on 24 March.", ["24 March → 2005-03-24 day rel"]),
    en("The festival will run between 24 and 26 June.", ["24 and 26 June → 2005-06-24/2005-06-26 range rel"]),
    en("Last year 23 regions reported power cuts.", ["Last year → 2004 year rel"])
  ],
  "اليوم قبل غد: an idiom, not today": [
    ar("دعا الوزير إلى إيجاد حل اليوم قبل غد للأزمة", []),
    ar("طالب النواب بالتحرك اليوم قبل الغد", []),
    ar("يعقد المجلس اجتماعه اليوم قبل الظهر", ["اليوم → 2017-06-01 day rel"])
  ],
  "a unit and its direction glued": [
    ar("تراجع سعر الصرف منذ قرار البنك المركزي الشهرالماضى", ["الشهرالماضى → 2017-05 month rel"]),
    ar("ارتفعت الصادرات خلال العامالماضي بنسبة عشرة في المئة", ["العامالماضي → 2016 year rel"]),
    ar("تبدأ المرحلة الثانية في السنةالمقبلة", ["السنةالمقبلة → 2018 year rel"]),
    // with the space, as before
    ar("تراجع سعر الصرف الشهر الماضي", ["الشهر الماضي → 2017-05 month rel"])
  ],
  "a bare year after أن/إن before a verb, and in a citation's bracket": [
    ar("غير أن 2015 كان العام الأصعب على الشركة", ["2015 → 2015 year"]),
    ar("وأكد المحلل أن 2018 سيشهد انتعاشا في السوق", ["2018 → 2018 year"]),
    ar("صدرت الطبعة الأولى من الكتاب (القاهرة، 2009).", ["2009 → 2009 year"]),
    ar("نشرت الدراسة في مجلة علمية (دار النشر الجامعية، 2012)", ["2012 → 2012 year"]),
    // counts stay counts
    ar("وأكد المسؤول أن 2000 شخص حضروا الحفل", []),
    ar("شارك في الحملة (المتطوعون، 2000 متطوع)", [])
  ],
  "a month without a year under a past verb": [
    ar("وقال اللاعب في بيان نشره على موقعه، في سبتمبر/ أيلول إنه سيعتزل", ["سبتمبر/ أيلول → 2016-09 month rel"]),
    ar("وكانت الوزارة قد أعلنت في أغسطس أن المشروع اكتمل", ["أغسطس → 2016-08 month rel"]),
    // a future verb, a reported clause after إن, and no verb: as before
    ar("وقال الوزير إن الحكومة ستفتتح المشروع في سبتمبر", ["سبتمبر → 2017-09 month rel"]),
    ar("وقال المتحدث إن القمة في سبتمبر", ["سبتمبر → 2017-09 month rel"]),
    ar("تبدأ الدراسة في سبتمبر", ["سبتمبر → 2017-09 month rel"])
  ]
}

describeDateTables("dates: the R28 round (session 26, second round)", tables)

linearDateCases("dates: the session 26 second round's English rules stay linear", {
  "weekday slots, Dec after a name, later in the year, a bare 24": (n) =>
    "Their Saturday morning show. Ant and Dec later in the year. Last year 24 people came on Friday. Ab and Dec. Earlier in the week. ".repeat(n)
})

linearDateCases(
  "dates: the session 26 second round's Arabic rules stay linear",
  {
    "glued units, أن before a year, citation brackets, past verbs before a month, اليوم قبل غد": (n) =>
      "الشهرالماضى العامالعامالماضي أن 2016 كان (باريس، 2010) وقال في سبتمبر اليوم قبل غد شهرال ".repeat(n)
  },
  { reference: AR, language: "ar" }
)
