import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/extract.js"

/**
 * English date errors found by reading BBC News articles (docs/dates.md, "Measured on real articles"), each as a
 * table of sentences written for these tests in the style of the wires. Rows: [text, reference, expected mentions
 * as `text → value granularity [rel]`].
 */
type Row = readonly [string, string | null, ReadonlyArray<string>]

const show = (text: string, ref: string | null): Array<string> =>
  extractDates(text, { reference: ref, language: "en" }).map((d) => `${d.text} → ${d.value} ${d.granularity}${d.relative ? " rel" : ""}`)

const REF = "2005-02-10" // a Thursday

const tables: Record<string, ReadonlyArray<Row>> = {
  "a year that modifies a noun, after a determiner or a possessive": [
    ["The 1998 champion returned to the court on Monday.", REF, ["1998 → 1998 year", "Monday → 2005-02-07 weekday rel"]],
    ["The firm cut its 2004 dividend.", null, ["2004 → 2004 year"]],
    ["Britain's 2012 bid was led by a former athlete.", null, ["2012 → 2012 year"]],
    ["He coached the teams at the 2000 and 2004 Games.", null, ["2000 → 2000 year", "2004 → 2004 year"]],
    ["It was a 1977 recording reissued on CD.", null, ["1977 → 1977 year"]],
    // a count before a plural noun, a contraction, a clock time: no year
    ["The 2000 homes on the estate were flooded.", null, []],
    ["It's 2000 miles from the coast.", null, []],
    ["By 2000 GMT the index had fallen.", null, []],
    ["In 1900 GMT trading the dollar rose.", null, []]
  ],
  "decades are a range of ten years, not their first year": [
    ["Prices soared in the 1970s.", null, ["1970s → 1970/1979 range"]],
    ["The band formed in the early 1980s.", null, ["early 1980s → 1980/1989 range"]],
    ["He joined the label in the mid-1960s.", null, ["mid-1960s → 1960/1969 range"]],
    ["The 1990's boom ended badly.", null, ["1990's → 1990/1999 range"]]
  ],
  "a counted stretch up to or from now is a duration": [
    ["Prices rose over the last 12 months.", REF, []],
    ["The deal should close in the next two weeks.", REF, []],
    ["Shares have doubled in the past few years.", REF, []],
    // one unit with no count stays a date
    ["Talks resume next week.", REF, ["next week → 2005-02-14/2005-02-20 range rel"]],
    ["Three days ago the plant shut.", REF, ["Three days ago → 2005-02-07 day rel"]]
  ],
  "the first or last week, month or year of something": [
    ["Sales peaked in the last week of December 2004.", REF, ["December 2004 → 2004-12 month"]],
    ["He spent the last year of his term abroad.", REF, []],
    // not after `the`: the `of` belongs to what comes before
    ["He died earlier this year of a heart attack.", REF, ["earlier this year → 2005 year rel"]]
  ],
  "the end of a period is that period, not its last day": [
    ["She would retire at the end of last year.", REF, ["end of last year → 2004 year rel"]],
    ["The plant will close by the end of this month.", REF, ["end of this month → 2005-02 month rel"]],
    ["The offer runs until the end of March.", REF, ["end of March → 2005-03 month rel"]],
    ["The accounts closed at the end of June 2004.", null, ["end of June 2004 → 2004-06 month"]]
  ],
  "a quarter or half of a year": [
    ["Profits rose in the first half of 2004.", null, ["the first half of 2004 → 2004-01/2004-06 range"]],
    ["Sales fell in the fourth quarter of last year.", REF, ["the fourth quarter of last year → 2004-10/2004-12 range rel"]],
    ["Output grew in the third quarter of this year.", REF, ["the third quarter of this year → 2005-07/2005-09 range rel"]]
  ],
  "a time of day leaves a date absolute": [
    ["The summit opens on 3 March 2005 at noon.", REF, ["3 March 2005 at noon → 2005-03-03T12:00 time"]],
    ["Polls close tomorrow at noon.", REF, ["tomorrow at noon → 2005-02-11T12:00 time rel"]]
  ],
  "numbers with a slash and no year are odds, not dates, unless after on": [
    ["She starts as the 5/4 favourite.", REF, []],
    ["The bookmakers offer 7/2 on a home win.", REF, []],
    ["The hearing was adjourned to 3/4/2005.", null, ["3/4/2005 → 2005-04-03 day"]]
  ],
  "a weekday that names any such day": [
    ["Come to the square on a Friday or Saturday night and see.", REF, []],
    ["The club trains every Monday.", REF, []],
    ["The club trained on Monday.", REF, ["Monday → 2005-02-07 weekday rel"]]
  ],
  "the tense of the clause around the date": [
    ["The row comes ahead of a summit on Monday.", REF, ["Monday → 2005-02-14 weekday rel"]],
    ["The striker is fit for Saturday's match, and is set to start.", REF, ["Saturday → 2005-02-12 weekday rel"]],
    ["The bank said on Sunday that a rival group had made an offer, which it is expected to turn down.", REF, ["Sunday → 2005-02-06 weekday rel"]],
    ["The new terminal will open in September.", REF, ["September → 2005-09 month rel"]],
    ["The terminal opened in September.", REF, ["September → 2004-09 month rel"]]
  ],
  "no date runs across a line break, and a paragraph's tense stays in it": [
    // the time is no year of the day above it; it is the day's kick-off (session 11: a fixture's time)
    ["Kick-off\n\nSaturday, 26 February\n\n1500 GMT", REF, ["Saturday, 26 February → 2005-02-26 day rel", "1500 GMT → 2005-02-26T15:00 time rel"]],
    ["The minister said on Friday that he would resign.\n\nHis successor will be named next week.", REF, ["Friday → 2005-02-04 weekday rel", "next week → 2005-02-14/2005-02-20 range rel"]],
    ["Shares fell on Friday\nThe board will meet again soon.", REF, ["Friday → 2005-02-04 weekday rel"]]
  ],
  // session 9
  "a year after `for` (profits for 2004), not a count after it (for 2000 fans)": [
    ["The group said pre-tax profits for 2004 rose by a fifth.", null, ["2004 → 2004 year"]],
    ["For 2005, the bank expects slower growth.", null, ["2005 → 2005 year"]],
    ["The club sold tickets for 2000 fans.", null, []],
    ["The ruins had waited for 2000 years.", null, []]
  ],
  "an `of` after a month is not in its span": [
    ["The firm was sold in October of 2003 to a rival.", REF, ["October of 2003 → 2003-10 month"]],
    ["The US rejected in October of its own accord the pill.", REF, ["October → 2004-10 month rel"]]
  ],
  "this week is the reference's week (chrono reads it as the Sunday before)": [
    ["The ministers met earlier this week in Brussels.", REF, ["earlier this week → 2005-02-07/2005-02-13 range rel"]],
    ["This week the council publishes its plans.", "2005-02-14", ["This week → 2005-02-14/2005-02-20 range rel"]]
  ],
  "a full stop before a closing quote ends the sentence": [
    [`"The line will be dismantled." Workers protested, following talks on Tuesday about the plant.`, REF, ["Tuesday → 2005-02-08 weekday rel"]],
    [`"Fares will rise!" Commuters, after a meeting on Monday with the firm, were angry.`, REF, ["Monday → 2005-02-07 weekday rel"]]
  ],
  "Today inside a sentence is the radio programme": [
    ["The minister told BBC Radio 4's Today programme the cuts were fair.", REF, []],
    [`Mr Jones told Today: "We will not move."`, REF, []],
    ["The comedy The Day Today returns.", REF, []],
    ["Today the minister said the cuts were fair.", REF, ["Today → 2005-02-10 day rel"]],
    [`"Today we vote," he said.`, REF, ["Today → 2005-02-10 day rel"]]
  ],
  "seasons are a range of three months": [
    ["The striker joined the club last summer.", REF, ["last summer → 2004-06/2004-08 range rel"]],
    ["The new stadium opens next spring.", REF, ["next spring → 2005-03/2005-05 range rel"]],
    ["Gas demand has been high this winter.", REF, ["this winter → 2004-12/2005-02 range rel"]],
    ["The squad will tour Canada this summer.", REF, ["this summer → 2005-06/2005-08 range rel"]],
    ["The coach was appointed this summer after a poor season.", "2005-10-20", ["this summer → 2005-06/2005-08 range rel"]],
    ["He signed for the club this autumn.", "2005-02-10", ["this autumn → 2004-09/2004-11 range rel"]],
    ["Tickets for this summer's festival sold out.", REF, ["this summer → 2005-06/2005-08 range rel"]],
    ["The band split in the summer of 1998 and reformed in spring 2003.", REF, ["summer of 1998 → 1998-06/1998-08 range", "spring 2003 → 2003-03/2003-05 range"]],
    ["The theatre reopens in winter 2005.", REF, ["winter 2005 → 2005-12/2006-02 range"]],
    // a title, the last of a kind, a season alone: no date
    ["She won best actress for Suddenly Last Summer.", REF, []],
    ["It was the last summer of his career.", REF, []],
    ["Water levels drop in the summer.", REF, []]
  ],
  "a count before later or earlier is counted from the story, not from now": [
    ["Sales rose to £90m from £75m a year earlier.", REF, []],
    ["The band released a second album two years later.", REF, []],
    ["He scored again ten minutes later.", REF, []],
    ["Talks resume later this week.", REF, ["later this week → 2005-02-07/2005-02-13 range rel"]]
  ],
  "a number cut at its thousands separator is no date": [
    ["The tale is set 6,000 years ago in a forest.", REF, []],
    ["The city was founded 3,500 years ago, and rebuilt two years ago.", REF, ["two years ago → 2003 year rel"]]
  ],
  "dates of one list or span share the year written last": [
    ["Sales fell in March and April 2004.", REF, ["March → 2004-03 month", "April 2004 → 2004-04 month"]],
    ["The festival ran from March to May 2003.", REF, ["March to May 2003 → 2003-03/2003-05 range"]],
    ["Snow fell in December and January 2004.", REF, ["December → 2003-12 month", "January 2004 → 2004-01 month"]],
    // a clause between them: no list
    ["Prices peaked in June, when demand rose, and fell in 2003.", REF, ["June → 2004-06 month rel", "2003 → 2003 year"]]
  ],
  "a year after `or` between years, and a law's year": [
    ["Elections are due in 2008 or 2009.", null, ["2008 → 2008 year", "2009 → 2009 year"]],
    ["He was held under the Terrorism Act 2000 for a week.", null, ["2000 → 2000 year"]],
    // a count after or, a lowercase act
    ["Between 1,000 or 2000 people came.", null, []],
    ["The act 2000 times repeated bored them.", null, []]
  ],
  "May after last, next, this, since, until (chrono leaves it alone: it is also a verb)": [
    ["The treaty was signed last May in Rome.", REF, ["last May → 2004-05 month rel"]],
    ["The vote is expected next May.", REF, ["next May → 2005-05 month rel"]],
    ["Prices have risen since May.", REF, ["May → 2004-05 month rel"]],
    ["The offer runs until May.", REF, ["May → 2005-05 month rel"]],
    // a verb (a modal of the present before a plain verb looks ahead: the coming Monday; twenty-fourth session)
    ["Ministers may meet on Monday.", REF, ["Monday → 2005-02-14 weekday rel"]]
  ],
  "centuries are a range of a hundred years": [
    ["The house was built in the 19th century.", REF, ["19th century → 1800/1899 range"]],
    ["It is a fine 18th-century painting.", REF, ["18th-century → 1700/1799 range"]],
    ["Prices last seen in the last century returned.", REF, ["last century → 1900/1999 range rel"]],
    ["The troupe staged an 18th Century comedy.", REF, ["18th Century → 1700/1799 range"]],
    // a duration, a film studio
    ["Temperatures rose over the past century.", REF, []],
    ["The film was made by 20th Century Fox.", REF, []]
  ],
  "a money amount before a day is no clock time": [
    ["The stock lost $4.35 on Monday after the warning.", REF, ["Monday → 2005-02-07 weekday rel"]],
    ["Copper gained \u00a31.20 on Wednesday.", REF, ["Wednesday → 2005-02-09 weekday rel"]],
    ["Tickets cost $20.", REF, []],
    ["It earned $41m a year ago.", REF, ["a year ago → 2004 year rel"]],
    // a clock time with no currency sign stays one
    ["The polls close at 10.30 on Thursday.", REF, ["10.30 on Thursday → 2005-02-10T10:30 time rel"]]
  ],
  "a financial year takes the tense of the verb after it": [
    ["The retailer said profits for the year to April would double.", REF, ["April → 2005-04 month rel"]],
    ["The bank said earnings for the 12 months ending March are expected to rise.", REF, ["March → 2005-03 month rel"]],
    // a past verb after it, or none: the verb before decides
    ["The chain said sales for the year to March rose 4%.", REF, ["March → 2004-03 month rel"]],
    ["The plant reopened in April.", REF, ["April → 2004-04 month rel"]]
  ],
  "a hyphenated -ed word is an adjective, not a past verb": [
    ["We want a well-polished sequel by this summer.", REF, ["this summer → 2005-06/2005-08 range rel"]],
    ["The firm plans a state-owned bank in April.", REF, ["April → 2005-04 month rel"]],
    // a verb prefix keeps the verb
    ["The mayor was re-elected on Tuesday.", REF, ["Tuesday → 2005-02-08 weekday rel"]]
  ],
  "`ahead of` under a past perfect or passive names a past event": [
    ["The band had rehearsed for weeks ahead of their tour in January.", REF, ["January → 2005-01 month rel"]],
    ["Curbs were placed on sales ahead of the listing in October.", REF, ["October → 2004-10 month rel"]],
    // under a plain past (the run-up to an event), a present or future verb, or none, it looks ahead
    ["The coach spoke ahead of the derby in March.", REF, ["March → 2005-03 month rel"]],
    ["Talks will be held ahead of the summit in March.", REF, ["March → 2005-03 month rel"]],
    ["Ministers are meeting ahead of the vote in April.", REF, ["April → 2005-04 month rel"]]
  ],
  "holidays named as days, after a preposition or a direction": [
    ["Shoppers crowded the high street just before Christmas.", REF, ["Christmas → 2004-12-25 day rel"]],
    ["The waves struck the coast on Boxing Day.", REF, ["Boxing Day → 2004-12-26 day rel"]],
    ["The cinema chain took a record sum on New Year's Eve.", REF, ["New Year's Eve → 2004-12-31 day rel"]],
    ["Sales have been weak since Christmas.", REF, ["Christmas → 2004-12-25 day rel"]],
    ["The console will not be ready for Christmas.", REF, ["Christmas → 2005-12-25 day rel"]],
    ["Shoppers are expected to spend more this Christmas.", REF, ["this Christmas → 2005-12-25 day rel"]],
    ["The bill is to go before MPs by Easter.", REF, ["Easter → 2005-03-27 day rel"]],
    ["The shop reopened last Easter.", REF, ["last Easter → 2004-04-11 day rel"]],
    ["Sales at Christmas 2004 were the worst for a decade.", REF, ["Christmas 2004 → 2004-12-25 day"]],
    ["Flights were grounded on Good Friday.", "2005-04-20", ["Good Friday → 2005-03-25 day rel"]],
    ["Turkey sales rose on Thanksgiving.", REF, ["Thanksgiving → 2004-11-25 day rel"]],
    ["A few shops opened their sales on Christmas Day or New Year's Day.", REF, ["Christmas Day → 2004-12-25 day rel", "New Year's Day → 2005-01-01 day rel"]],
    ["The film took $19m on Christmas Day alone.", REF, ["Christmas Day → 2004-12-25 day rel"]],
    // a name that modifies a noun, after an adjective, or in a title: no day
    ["He sent an electronic Christmas card.", REF, []],
    ["It was the worst Christmas for retailers in years.", REF, []],
    ["The game won the Most Wanted for Christmas prize.", REF, []],
    ["The charts were topped by Wham's Last Christmas again.", REF, []]
  ],
  "a weekend is one only after `the`, `this`, `last` or `next`, and is its Saturday and Sunday": [
    ["The film took $40m at the weekend.", REF, ["weekend → 2005-02-05/2005-02-06 range rel"]],
    ["Strikes will take place this weekend.", REF, ["this weekend → 2005-02-12/2005-02-13 range rel"]],
    ["The singer was found dead last weekend.", REF, ["last weekend → 2005-02-05/2005-02-06 range rel"]],
    ["The film took $30m in its opening weekend.", REF, []],
    ["It took $40m in weekend ticket sales.", REF, []],
    ["Customers get free evening and weekend calls.", REF, []],
    ["Takings dropped compared with the previous weekend.", REF, []],
    ["The replays are set for the weekend of 12-13 March.", REF, ["12-13 March → 2005-03-12/2005-03-13 range rel"]],
    ["The match was staged the weekend before last.", REF, []]
  ],
  "a month name in lower case is a month only after a preposition or a direction": [
    ["Troops were ordered to march into the streets.", REF, []],
    ["The group held an anti-racism march through the town.", REF, []],
    ["Xbox 2 may be unveiled soon.", REF, []],
    ["The company said profits in 2005 could fall as well.", REF, ["2005 → 2005 year"]],
    ["the talks ended in march.", REF, ["march → 2004-03 month rel"]]
  ],
  "a weekday followed by its day of the month is not that weekday alone": [["He is to direct a new Friday the 13th film.", REF, []]],
  "a year before 1900 after a preposition that opens a time": [
    ["The company was founded in 1875 by an inventor.", REF, ["1875 → 1875 year"]],
    ["The last prime minister to do so held office in 1848.", REF, ["1848 → 1848 year"]],
    ["Until 1857, divorce needed an act of Parliament.", REF, ["1857 → 1857 year"]],
    // a count or a clock time: no year
    ["The charity built houses in 1800 homes.", REF, []],
    ["Shares closed higher by 1830 GMT.", REF, []],
    ["Coverage runs from 1700 local time.", REF, []]
  ],
  "a year before a name that opens with a number word": [
    ["He made his debut in the 1998 Six Nations against Ireland.", REF, ["1998 → 1998 year"]],
    ["Tickets were sold for 2000 fans.", REF, []]
  ],
  "a year as a possessive, a subject, before a noun a year names, after `on`/`into`/`beyond`": [
    ["Profits were well above 2003's level.", REF, ["2003 → 2003 year"]],
    ["His first hit was 1972's Virginia Plain.", REF, ["1972 → 1972 year"]],
    ["Fares rose. 2004 was a record year for the airline.", REF, ["2004 → 2004 year"]],
    ["He said: \"2005 will be tough.\"", REF, ["2005 → 2005 year"]],
    ["The bank will report 2004 results on Tuesday.", REF, ["2004 → 2004 year", "Tuesday → 2005-02-15 weekday rel"]],
    ["Sales were up 2.6% on 2003.", REF, ["2003 → 2003 year"]],
    ["The curbs will continue into 2005, officials said.", REF, ["2005 → 2005 year"]],
    ["The unit could be floated in either 2006 or 2007.", REF, ["2006 → 2006 year", "2007 → 2007 year"]],
    // a count: no year
    ["The farm lies on 2000 acres.", REF, []],
    ["2000 were arrested in the protests.", REF, []],
    ["The firm sold 2000 cars.", REF, []]
  ],
  "a financial year to a month: the month, on the side of its verb": [
    ["Output rose 3.2% in the year to March 2004.", REF, ["March 2004 → 2004-03 month"]],
    ["Inflation is up 3% in the year to November.", REF, ["November → 2004-11 month rel"]],
    ["Sales in the year to March will fall.", REF, ["March → 2005-03 month rel"]]
  ],
  "a fixture's time alone on the line under its day": [
    ["Leeds v Bath\n\nHeadingley\n\nFriday, 25 February\n\n2000 GMT\n\nBoth sides are unchanged.", REF, ["Friday, 25 February → 2005-02-25 day rel", "2000 GMT → 2005-02-25T20:00 time rel"]]
  ]
}

describe("English dates: errors from real articles", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, ref, expected) => {
        expect(show(text, ref)).toEqual(expected)
        for (const d of extractDates(text, { reference: ref, language: "en" })) expect(text.slice(d.start, d.end)).toBe(d.text)
      })
    })
  }
})
