import { describe, expect, it } from "vitest"
import { processText } from "../../../../src/index.js"
import { describeDateTables, linearDateCases } from "../tables/timing.js"

/**
 * Session 28, after the fresh reading R31: the day the text calls today (`اليوم الاثنين`, `أمس السبت`, `غدا الثلاثاء`)
 * is the day its relative dates count from, not the crawl's reference after it (a weekday with no side still counts
 * from the reference); `last August`, `next March` take their word into the span; split years (`1998/99`, `2004/05`,
 * `2002-03`) are a range of two years; a weekday's abbreviation alone (`Sun`, `sat`, `wed`) is no date; a capitalised
 * `May` is no modal for the English tense reader (`in May instead of June`); `wants`, `aims` look ahead, and `hopes`,
 * `plans` before `to`; `in two weeks' time` is the day two weeks on.
 */
const AR = "ar" as const
const EN = "en" as const
// a Friday: the crawl, some days after the writing
const CRAWL = "2015-07-31"
const REF = "2005-02-10"

describeDateTables("session 28: dates after R31", {
  "the day the text calls today is the day its relative dates count from": [
    // written on Monday 27 July, crawled on Friday 31: next Wednesday is the 29th, not 5 August
    [
      "وقال الوزير صباح اليوم الاثنين إن الاجتماع سيعقد مساء الأربعاء المقبل",
      CRAWL,
      AR,
      ["صباح اليوم الاثنين → 2015-07-27 part-of-day rel", "مساء الأربعاء المقبل → 2015-07-29 part-of-day rel"]
    ],
    ["افتتح المعرض اليوم الاثنين بعد افتتاح تجريبي أمس", CRAWL, AR, ["اليوم الاثنين → 2015-07-27 day rel", "أمس → 2015-07-26 day rel"]],
    // yesterday was Saturday: today is Sunday 26, tomorrow Monday 27
    ["وقال أمس السبت إن الحكومة ستعلن غدا خطتها", CRAWL, AR, ["أمس السبت → 2015-07-25 day rel", "غدا → 2015-07-27 day rel"]],
    // tomorrow is Thursday: today is Wednesday 29, two days ago Monday 27
    ["وتنتهي المهلة غدا الخميس بعد تمديدها قبل يومين", CRAWL, AR, ["غدا الخميس → 2015-07-30 day rel", "قبل يومين → 2015-07-27 day rel"]],
    // a weekday with no side is read from the crawl, as before: the round written on Saturday goes on on Sunday, the
    // crawl's day (from the Saturday, the last Sunday would be a week back)
    ["فاز الفريق اليوم السبت وتستكمل المرحلة الأحد بثلاث مباريات", "2015-08-09", AR, ["اليوم السبت → 2015-08-08 day rel", "الأحد → 2015-08-09 weekday rel"]],
    // a day the text calls today after the crawl (a weekday's day ahead of it) is no day to count from: the crawl stays
    ["فاز الفريق اليوم السبت وقال المدرب أمس إن", CRAWL, AR, ["اليوم السبت → 2015-08-01 day rel", "أمس → 2015-07-30 day rel"]],
    // no weekday beside the relative day: the crawl stays the reference
    ["وقال الوزير أمس إن الاجتماع سيعقد الأربعاء المقبل", CRAWL, AR, ["أمس → 2015-07-30 day rel", "الأربعاء المقبل → 2015-08-05 weekday rel"]]
  ],
  "a direction word before a month that chrono read alone is part of the mention": [
    ["Sales have risen since last August, the firm said.", REF, EN, ["last August → 2004-08 month rel"]],
    ["Turnout in last June's European elections was low.", REF, EN, ["last June → 2004-06 month rel"]],
    ["The plant will reopen next March.", REF, EN, ["next March → 2005-03 month rel"]]
  ],
  "a year that runs over two calendar years, and a span of years written with a hyphen": [
    ["Contributions rose in 1998/99 and in 2002/03 by 8.6%.", REF, EN, ["1998/99 → 1998/1999 range", "2002/03 → 2002/2003 range"]],
    ["The 2004/05 season ended badly for the club.", REF, EN, ["2004/05 → 2004/2005 range"]],
    ["Figures for 2003/4 and 2000/2001 were revised.", REF, EN, ["2003/4 → 2003/2004 range", "2000/2001 → 2000/2001 range"]],
    ["Spending will rise in 2008-09, the Treasury said.", REF, EN, ["2008-09 → 2008/2009 range"]],
    // a span written in full with a hyphen, up to thirty years (R32)
    ["Nortel issued new figures for the 2001-2003 period.", REF, EN, ["2001-2003 → 2001/2003 range"]],
    ["He served in 1990-2005 as mayor.", REF, EN, ["1990-2005 → 1990/2005 range"]],
    ["Sales of 1500-2000 units were expected.", REF, EN, []],
    ["In 2001-2003 homes were built on the site.", REF, EN, []],
    ["وكان الفريق بطل الموسم الماضي 2014-2015 في الدوري", REF, AR, ["2014-2015 → 2014/2015 range"]],
    ["وارتفعت الأسعار خلال الفترة 2001-2003 بشكل حاد", REF, AR, ["2001-2003 → 2001/2003 range"]],
    ["وارتفع المؤشر بنسبة 2000-2005% في التداولات", REF, AR, []],
    // a date's three numbers, or a second part that is not the next year, are no split year
    ["The date 2002/03/15 was set for the vote.", REF, EN, ["2002/03/15 → 2002-03-15 day"]],
    ["On 2004-05-12 the plant closed.", REF, EN, ["2004-05-12 → 2004-05-12 day"]]
  ],
  "a weekday's abbreviation alone, or a paper's name, is no date": [
    ["The grid runs on systems maintained by Sun. Sun said it would add more.", REF, EN, []],
    ["He sat down on the sofa, intending to wed.", REF, EN, []],
    ["The shop opens on Sat 12 March.", REF, EN, ["Sat 12 March → 2005-03-12 day rel"]],
    // nor is a weekday between `the` and a capitalised word: a paper's name (R32)
    ["The lender would not comment on the Sunday Express story.", REF, EN, []],
    ["He told the Sunday Mirror on Friday that he was shocked.", REF, EN, ["Friday → 2005-02-04 weekday rel"]],
    ["On Sunday Blair said he would stay.", REF, EN, ["Sunday → 2005-02-06 weekday rel"]]
  ],
  "verbs of intent look ahead; `hopes` and `plans` only before `to` (as nouns they say nothing)": [
    ["The club hopes to strengthen the squad during the January transfer window, the manager said.", REF, EN, ["January → 2006-01 month rel"]],
    ["Ministers hope the bill becomes law by 14 March.", REF, EN, ["14 March → 2005-03-14 day rel"]],
    ["Ministers outlined the plans on Tuesday.", REF, EN, ["Tuesday → 2005-02-08 weekday rel"]],
    ["The firm had pinned its hopes on a launch in November.", REF, EN, ["November → 2004-11 month rel"]]
  ],
  "a count of units ahead with `time`": [
    ["Ireland next face France in two weeks' time.", REF, EN, ["in two weeks' time → 2005-02-24 day rel"]],
    ["The plant will close in five years' time.", REF, EN, ["in five years' time → 2010 year rel"]],
    ["A decision is due in 18 months\u2019 time, he said.", REF, EN, ["in 18 months\u2019 time → 2006-08 month rel"]],
    // a vague count, or no `time` (a stretch), is no date
    ["Results come in a few days' time.", REF, EN, []],
    ["He scored twice in two weeks.", REF, EN, []]
  ],
  "a capitalised May is the month, no modal, for the tense reader": [
    ["Sony is launching the console in Europe in May instead of June.", REF, EN, ["May → 2005-05 month rel", "June → 2005-06 month rel"]]
  ]
})

describe("the pipeline counts from the day the text calls today", () => {
  it("resolves the text's next Wednesday from its Monday, and leaves published null", async () => {
    const text = "اجتماع طارئ لمجلس الإدارة\n\nالرياض - واس\n\nأعلن رئيس مجلس الإدارة صباح اليوم الاثنين أن المجلس سيعقد اجتماعا طارئا مساء الأربعاء المقبل لبحث نتائج الربع الثاني."
    const record = await processText(text, { reference: CRAWL })
    expect(record.published).toBeNull()
    expect(record.dates.map((d) => `${d.text} → ${d.value}`)).toEqual([
      "صباح اليوم الاثنين → 2015-07-27",
      "مساء الأربعاء المقبل → 2015-07-29",
      // a quarter is of the year of the day the text calls today
      "الربع الثاني → 2015-04/2015-06"
    ])
  })
})

linearDateCases("session 28: the English rules stay linear", {
  "split years and weekday abbreviations repeated": (n) => "In 1998/99 and 2002-03 Sun sat. Last August and next March. ".repeat(n),
  "counts ahead with and without time repeated": (n) => "in two weeks' time in 18 in in five years in a few days' time ".repeat(n)
})
linearDateCases(
  "session 28: the day the text calls today stays linear",
  { "Arabic relative days with weekdays repeated": (n) => "اليوم الاثنين وأمس الأحد وغدا الثلاثاء والأربعاء المقبل ".repeat(n) },
  { reference: CRAWL, language: "ar" }
)
