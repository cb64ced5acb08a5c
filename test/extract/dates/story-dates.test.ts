import { describeDateTables, linearDateCases, type DateRow } from "./tables/timing.js"

/**
 * Dates counted from a date of the story (src/extract/dates/story.ts; docs/history/dates.md, "Session 25 (lead): dates counted
 * from the story"): `a year earlier`, `the following year`, `two days later`, `في اليوم التالي`, `بعد ذلك بعامين`, and a month
 * before `من السنة نفسها`. Sentences written for these tests in the style of the wires. Each table has rows that the
 * rule changes and rows that must stay as they were (no date of the story in the paragraph, a count from an event).
 */
const EN = "2005-02-10" // a Thursday
const AR = "2015-07-27" // a Monday

const tables: Record<string, ReadonlyArray<DateRow>> = {
  "English: a count of units from the last date of the paragraph": [
    ["Pre-tax profit rose to £75m in 2004 from £60m a year earlier.", EN, "en", ["2004 → 2004 year", "a year earlier → 2003 year"]],
    ["The band formed in 1987 and split up three years later.", EN, "en", ["1987 → 1987 year", "three years later → 1990 year"]],
    ["He was detained on 3 March 2003 and freed two days later.", EN, "en", ["3 March 2003 → 2003-03-03 day", "two days later → 2003-03-05 day"]],
    ["The plant opened in May 2001 and a month later it closed.", EN, "en", ["May 2001 → 2001-05 month", "a month later → 2001-06 month"]],
    ["The first game is on 12 March, with the return leg a week later.", EN, "en", ["12 March → 2005-03-12 day rel", "a week later → 2005-03-19 day rel"]],
    // chained: each counts from the one before
    [
      "The party won in 2002. Two years later it lost, and the following year it won again.",
      EN,
      "en",
      ["2002 → 2002 year", "Two years later → 2004 year", "the following year → 2005 year"]
    ],
    // with no date before it in the paragraph it is left out, not counted from the reference
    ["Exports rose 4% from a year earlier.", EN, "en", []],
    ["Profit was £5m in 2004.\nSales rose from a year earlier.", EN, "en", ["2004 → 2004 year"]],
    // a comparison with a plan is no date
    ["The line opened in 2004, a year earlier than planned.", EN, "en", ["2004 → 2004 year"]]
  ],
  "English: the following, previous and same unit; the next day; that year": [
    ["Sales in the third quarter of 2004 were 26% higher than the previous year.", EN, "en", ["the third quarter of 2004 → 2004-07/2004-09 range", "the previous year → 2003 year"]],
    ["Inflation eased to 10.7% in December from 13.7% the previous month.", EN, "en", ["December → 2004-12 month rel", "the previous month → 2004-11 month rel"]],
    ["The rebels seized the town on 4 June 2003 and lost it the next day.", EN, "en", ["4 June 2003 → 2003-06-04 day", "the next day → 2003-06-05 day"]],
    ["She joined the firm in 1999; the year after, she left.", EN, "en", ["1999 → 1999 year", "the year after → 2000 year"]],
    ["The band formed in 1998 and released its first album the same year.", EN, "en", ["1998 → 1998 year", "the same year → 1998 year"]],
    ["He was elected in 1997, and later that year he married.", EN, "en", ["1997 → 1997 year", "that year → 1997 year"]],
    // `the next day` alone is no longer tomorrow; counted from an event it is no date
    ["He will return the next day, his aide said.", EN, "en", []],
    ["The war began in 2003. The year before the war, he left.", EN, "en", ["2003 → 2003 year"]],
    // `the same month in 2004` names its own year; `that` before `year after year` is a conjunction
    ["Fewer loans were approved in January than in the same month of 2004.", EN, "en", ["January → 2005-01 month rel", "2004 → 2004 year"]],
    ["Officials said that year after year the river floods.", EN, "en", []]
  ],
  "Arabic: counts from `ذلك` and the following day": [
    ["وصل الوفد إلى العاصمة يوم 5 مايو 2015، وبعد ذلك بيومين التقى الرئيس.", AR, "ar", ["يوم 5 مايو 2015 → 2015-05-05 day", "بعد ذلك بيومين → 2015-05-07 day"]],
    ["ونقلت السلطة إلى حكومة مؤقتة في يونيو 2004، وبعد سبعة أشهر من ذلك جرت الانتخابات.", AR, "ar", ["يونيو 2004 → 2004-06 month", "بعد سبعة أشهر من ذلك → 2005-01 month"]],
    ["وخسر الفريق نهائي الكأس عام 1991، وقبل ذلك بعامين فاز باللقب.", AR, "ar", ["عام 1991 → 1991 year", "قبل ذلك بعامين → 1989 year"]],
    ["وصل الوزير إلى القاهرة يوم 5 مايو 2015، وفي اليوم التالي التقى نظيره.", AR, "ar", ["يوم 5 مايو 2015 → 2015-05-05 day", "في اليوم التالي → 2015-05-06 day"]],
    // the day after an event the text does not date, a curfew's hours over midnight, no date before: none
    ["وفي يوم الجمعة، اليوم التالي على إعلان النتائج، خرج المحتجون.", AR, "ar", ["يوم الجمعة → 2015-07-24 weekday rel"]],
    ["ويبدأ حظر التجوال يوم 3 مايو 2015 من الساعة الثامنة مساء وحتى الخامسة من صباح اليوم التالي.", AR, "ar", ["يوم 3 مايو 2015 → 2015-05-03 day", "الساعة الثامنة مساء → 2015-05-03T20:00 time"]],
    ["وقال إن الوفد سيغادر في اليوم التالي.", AR, "ar", []],
    // the ف of `في` and `فجر` is no glued conjunction: the span keeps the whole word (session 52)
    ["وصل الوزير إلى القاهرة يوم 5 مايو 2015. في اليوم التالي التقى نظيره.", AR, "ar", ["يوم 5 مايو 2015 → 2015-05-05 day", "في اليوم التالي → 2015-05-06 day"]],
    ["بدأ الهجوم مساء 5 مايو 2015 واستمر حتى فجر اليوم التالي.", AR, "ar", ["مساء 5 مايو 2015 → 2015-05-05 part-of-day", "فجر اليوم التالي → 2015-05-06 day"]],
    ["وصل الوفد يوم 5 مايو 2015، ففي اليوم التالي التقى الرئيس.", AR, "ar", ["يوم 5 مايو 2015 → 2015-05-05 day", "في اليوم التالي → 2015-05-06 day"]]
  ],
  "Arabic: `التالي` and `نفسها` after a year of the paragraph": [
    ["وافتتح المصنع عام 2010، وفي العام التالي بدأ التصدير.", AR, "ar", ["عام 2010 → 2010 year", "العام التالي → 2011 year"]],
    ["وجرى الاستفتاء في أكتوبر 2009، وصودق على الاتفاقية في الشهر التالي.", AR, "ar", ["أكتوبر 2009 → 2009-10 month", "الشهر التالي → 2009-11 month"]],
    [
      "وأعلن الإقليم انفصاله عام 1991، وفي سبتمبر من السنة نفسها جرت الانتخابات.",
      AR,
      "ar",
      ["عام 1991 → 1991 year", "سبتمبر → 1991-09 month", "السنة نفسها → 1991 year"]
    ],
    // alone, the following year is the reference's next one, as before
    ["وتبدأ المرحلة الثانية في العام التالي.", AR, "ar", ["العام التالي → 2016 year rel"]]
  ],
  "a timeline's line: a month or day with no year takes the year that opens the line": [
    [
      "1982 - القوات تدخل المدينة في حزيران / يونيو بعد حصار طويل.\n1990 - في آب / أغسطس، تبدأ الأزمة.\nوفي يونيو تبدأ المفاوضات.",
      "2017-06-01",
      "ar",
      ["1982 → 1982 year", "حزيران / يونيو → 1982-06 month", "1990 → 1990 year", "آب / أغسطس → 1990-08 month", "يونيو → 2017-06 month rel"]
    ],
    // a year inside a sentence leaves the months after it to the reference (`its 2004 results on 23 March`)
    ["The group will publish its 2004 figures on 23 March.", EN, "en", ["2004 → 2004 year", "23 March → 2005-03-23 day rel"]],
    ["وفاز الفريق باللقب في 2013، ويلعب النهائي المقبل في أبريل.", AR, "ar", ["2013 → 2013 year", "أبريل → 2015-04 month rel"]]
  ]
}

tables["counts and units read in the numbers and date lexicons"] = [
  ["The band formed in 1987 and split twenty years later.", EN, "en", ["1987 → 1987 year", "twenty years later → 2007 year"]],
  ["He left in 2001 and came back several years later.", EN, "en", ["2001 → 2001 year"]],
  ["ونقلت السلطة في يونيو 2004، وبعد 7 اشهر من ذلك جرت الانتخابات.", AR, "ar", ["يونيو 2004 → 2004-06 month", "بعد 7 اشهر من ذلك → 2005-01 month"]],
  ["وتولى المنصب في مايو 2010، وبعد ذلك بثلاثة أشهر استقال.", AR, "ar", ["مايو 2010 → 2010-05 month", "بعد ذلك بثلاثة أشهر → 2010-08 month"]],
  // a word after `بعد ذلك ب` that is no amount leaves the next phrase to be read
  ["وعاد في مايو 2010، وبعد ذلك بكثير وبعد شهرين من ذلك غادر.", AR, "ar", ["مايو 2010 → 2010-05 month", "بعد شهرين من ذلك → 2010-07 month"]]
]

tables["English: years of two digits after an apostrophe, and the modal `may`"] = [
  ["The club won the cup in '94 and the league in ’97.", EN, "en", ["'94 → 1994 year", "’97 → 1997 year"]],
  ["The three men were all class of '83 in the Commons.", EN, "en", ["'83 → 1983 year"]],
  ["Sales have doubled since '03, the firm said.", EN, "en", ["'03 → 2003 year"]],
  // a decade, `rock 'n' roll`, and a lower-case `may` that is the modal
  // (a decade of two digits is read since session 30: test/extract/dates/english-edges.test.ts)
  ["He grew up on the rock 'n' roll of the '60s.", EN, "en", ["'60s → 1960/1969 range"]],
  ["What the mayor believed in may sway the panel.", EN, "en", []],
  ["The vote is due in May.", EN, "en", ["May → 2005-05 month rel"]]
]

describeDateTables("dates: counted from a date of the story (session 25)", tables)

linearDateCases("dates: the story scans stay linear", {
  "English counts and units (a year earlier, the following year, the same day …)": (n) =>
    "a year earlier than the next day the same year of 2004 in that year ".repeat(n),
  "English unit words without a count or article (year year day later earlier …)": (n) => "year later day the same ".repeat(n),
  "years after an apostrophe and the modal may (in '94 since ’97 of '83 rock 'n' in may …)": (n) => "in '94 since ’97 of '83 rock 'n' in may in '9 ".repeat(n)
})

linearDateCases(
  "dates: the Arabic story scans stay linear",
  {
    "counts from ذلك and the following day (بعد ذلك بعامين، وحتى الخامسة من صباح اليوم التالي …)": (n) =>
      "بعد ذلك بعامين وبعد سبعة أشهر من ذلك وحتى الخامسة من صباح اليوم التالي على ".repeat(n),
    "unit words and ذلك without a count (بعد بعد ذلك ذلك من …)": (n) => "بعد بعد ذلك ذلك من قبل ب ".repeat(n)
  },
  { reference: "2015-07-27", language: "ar" }
)
