import { describeDateTables, linearDateCases, type DateRow } from "../tables/timing.js"

/**
 * Date errors of the fresh reading R27 (docs/history/dates.md, "Session 26: a round on R27"), each as a table of sentences
 * written for these tests in the style of the wires. Rows: [text, reference, language, expected mentions as `text →
 * value granularity [rel]`]. Each table has rows that fail without its rule and rows that must stay as they were.
 */
const EN = "2005-02-10" // a Thursday
const AR = "2015-08-06" // a Thursday

const en = (text: string, expected: ReadonlyArray<string>): DateRow => [text, EN, "en", expected]
const ar = (text: string, expected: ReadonlyArray<string>): DateRow => [text, AR, "ar", expected]

const tables: Record<string, ReadonlyArray<DateRow>> = {
  "an Arabic count with the article on its number word (before the reference only)": [
    ar("افتتح المتحف قبل نحو الأربع سنوات في وسط المدينة", ["قبل نحو الأربع سنوات → 2011 year rel"]),
    ar("وصل الوفد منذ الثلاث سنوات إلى العاصمة", ["منذ الثلاث سنوات → 2012 year rel"]),
    ar("غادر اللاعب النادي قبل الخمسة أشهر", ["قبل الخمسة أشهر → 2015-03 month rel"]),
    // after بعد the definite count is the stretch the story named; without the article, as before
    ar("وسيعود المشروع بعد الثلاث سنوات المقررة له", []),
    ar("افتتح المتحف قبل نحو أربع سنوات", ["قبل نحو أربع سنوات → 2011 year rel"])
  ],
  "an Arabic count and a half: a unit finer": [
    ar("يأمل الفريق أن يدخل بعد عام ونصف موسوعة الأرقام", ["بعد عام ونصف → 2017-02 month rel"]),
    ar("انتقل المدرب إلى النادي قبل عامين ونصف", ["قبل عامين ونصف → 2013-02 month rel"]),
    ar("تجري المحادثات منذ عام ونصف العام بين الطرفين", ["منذ عام ونصف العام → 2014-02 month rel"]),
    ar("اتخذ القرار قبل شهر ونصف الشهر", ["قبل شهر ونصف الشهر → 2015-06-22 day rel"]),
    ar("وصل السفير منذ شهر ونصف", ["منذ شهر ونصف → 2015-06-22 day rel"]),
    // counted from an event of the story, as without the half; a day and a half is left as it was
    ar("أصبح المشروع جاهزا بعد عام ونصف من المفاوضات", []),
    ar("غادر الوفد قبل يوم ونصف", ["قبل يوم → 2015-08-05 day rel"])
  ],
  "a Hijri year after a relative year": [
    ar("بلغ عدد الزوار خلال العام الماضي ١٤٣٥ نحو مليون زائر", ["العام الماضي ١٤٣٥ → 2013-11-04/2014-10-24 year"]),
    ar("ارتفع عدد الفحوص خلال العام الماضي 1435هـ بنسبة كبيرة", ["العام الماضي 1435هـ → 2013-11-04/2014-10-24 year"]),
    ar("تبدأ الخطة مع العام المقبل 1437هـ في المدارس", ["العام المقبل 1437هـ → 2015-10-14/2016-10-01 year"]),
    // a pair of Hijri years is read on its own, as before; with no year after it, the Gregorian year
    ar("سلمت المدارس خلال العام الحالي 1435/1436هـ", ["العام الحالي → 2015 year rel", "1435/1436هـ → 2013-11-04/2015-10-13 range"]),
    ar("أنهت الهيئة العام الماضي بأرباح قياسية", ["العام الماضي → 2014 year rel"])
  ],
  "a range of months given as one range": [
    en("Exports grew 2% between July and September 2004, the office said.", ["July and September 2004 → 2004-07/2004-09 range"]),
    en("Fares went up twice between March 2002 and June 2003.", ["March 2002 and June 2003 → 2002-03/2003-06 range"]),
    en("Sales between December and February 2004 were weak.", ["December and February 2004 → 2003-12/2004-02 range"]),
    en("Output fell from July to September 2004.", ["July to September 2004 → 2004-07/2004-09 range"]),
    // no `between`: two months, as before
    en("Output fell in July and September 2004.", ["July → 2004-07 month", "September 2004 → 2004-09 month"]),
    ar("ارتفعت المبيعات خلال الفترة من (سبتمبر- نوفمبر) من هذا العام", ["سبتمبر- نوفمبر → 2015-09/2015-11 range rel", "هذا العام → 2015 year rel"]),
    ar("ارتفعت المبيعات في الفترة من سبتمبر إلى نوفمبر 2014", ["سبتمبر إلى نوفمبر 2014 → 2014-09/2014-11 range"]),
    ar("ارتفعت المبيعات خلال الفترة من يوليو حتى سبتمبر 2014", ["يوليو حتى سبتمبر 2014 → 2014-07/2014-09 range"]),
    // a bracket with no opener before it: two months, as before
    ar("ارتفعت المبيعات (سبتمبر- نوفمبر) 2014", ["سبتمبر → 2015-09 month rel", "نوفمبر → 2015-11 month rel"])
  ],
  "two counts before ago: a range from the larger to the smaller": [
    en("Schools did it differently than they did 30 or 40 years ago.", ["30 or 40 years ago → 1965/1975 range rel"]),
    en("Two or three years ago the side would have lost.", ["Two or three years ago → 2002/2003 range rel"]),
    en("The plant shut four or five weeks ago.", ["four or five weeks ago → 2005-01-03/2005-01-16 range rel"]),
    // one count: as before; a share before `or` is no count
    en("The plant shut 40 years ago.", ["40 years ago → 1965 year rel"]),
    en("Prices rose 5% or 10 years ago.", ["10 years ago → 1995 year rel"])
  ],
  "two years after between as one range (before 1900 too), and the decades and centuries before 1900": [
    en("Some 9,000 bonds were issued between 1831 and 1865.", ["1831 and 1865 → 1831/1865 range"]),
    en("The line was built between 1851 and 1905.", ["1851 and 1905 → 1851/1905 range"]),
    en("Sales fell between 2002 and 2004, the survey found.", ["2002 and 2004 → 2002/2004 range"]),
    en("Between 1997 and 2002, the sector grew.", ["1997 and 2002 → 1997/2002 range"]),
    en("Banks of the 1800s lent to planters.", ["1800s → 1800/1899 range"]),
    en("Trade grew in the 1820s.", ["1820s → 1820/1829 range"]),
    en("In the 1990s sales grew.", ["1990s → 1990/1999 range"]),
    // counts stay out
    en("The fund paid between 1500 and 1800 pensioners.", []),
    en("Between 1200 and 1400 troops were sent.", [])
  ],
  "the following week, the week before: a week of the story, not a day": [
    en("The firm filed its plan on 3 January 2005 and cut jobs the following week.", ["3 January 2005 → 2005-01-03 day", "the following week → 2005-01-10/2005-01-16 range"]),
    en("Talks resumed on 12 January 2005, after a strike the previous week.", ["12 January 2005 → 2005-01-12 day", "the previous week → 2005-01-03/2005-01-09 range"]),
    // the day and the year stay days and years; with no date in its paragraph, left out as before
    en("The firm filed its plan on 3 January 2005 and cut jobs the following day.", ["3 January 2005 → 2005-01-03 day", "the following day → 2005-01-04 day"]),
    en("Jobs were cut the following week.", [])
  ],
  "العيد alone after one named Eid": [
    ["زار الأهالي أقاربهم بعد صلاة عيد الفطر المبارك، وخلال أيام العيد ازدحمت الأسواق", "2015-07-21", "ar", ["عيد الفطر المبارك → 2015-07-17 day rel", "العيد → 2015-07-17 day rel"]],
    ["سافر كثيرون بعد عيد الأضحى الماضي، وخلال إجازة العيد زاروا أقاربهم", "2015-07-21", "ar", ["عيد الأضحى الماضي → 2014-10-04 day rel", "العيد → 2014-10-04 day rel"]],
    // before any named Eid, after both, or another day (العيد الوطني): left out
    ["ازدحمت الأسواق خلال أيام العيد", "2015-07-21", "ar", []],
    ["هنأ الأمير المواطنين بعيد الفطر وعيد الأضحى، وفي العيد زار المرضى", "2015-07-21", "ar", ["عيد الفطر → 2015-07-17 day rel", "عيد الأضحى → 2015-09-23 day rel"]],
    ["بعد عيد الفطر احتفلت المدارس بالعيد الوطني", "2015-07-21", "ar", ["عيد الفطر → 2015-07-17 day rel"]],
    // the feast as an occasion or a custom, not a time of it
    ["هنأ الأمير المواطنين بعيد الفطر، وقال إن فرحة العيد تجمع الأسر، ومن خلال العيد تتجدد الصلات", "2015-07-21", "ar", ["عيد الفطر → 2015-07-17 day rel"]]
  ]
}

describeDateTables("dates: session 26, a round on R27", tables)

linearDateCases("dates: the session 26 rules stay linear", {
  "between months, N or M ago, between early years, the 1800s": (n) =>
    "between July and between 30 or 40 years ago or or between 1831 and the 1800s the early ".repeat(n)
})

linearDateCases(
  "dates: the session 26 Arabic rules stay linear",
  {
    "العيد after a named Eid, counts with a half and the article": (n) =>
      "عيد الفطر " + "وفي العيد للعيد العيد الوطني قبل الأربع سنوات بعد عام ونصف من العام الماضي 1435 من (سبتمبر- ".repeat(n)
  },
  { reference: AR, language: "ar" }
)
