import { describeDateTables, linearDateCases, type DateRow } from "../tables/timing.js"

/**
 * Date errors of the fresh reading R25 (docs/history/dates.md, "Session 24, third round"), each as a table of sentences
 * written for these tests in the style of the wires. Rows: [text, reference, expected mentions as `text → value
 * granularity [rel]`]. Each table has rows that fail without its rule and rows that must stay as they were.
 */
/** Rows of English only: [text, reference, expected]. */
type Row = readonly [string, string, ReadonlyArray<string>]

const EN = "2005-02-10" // a Thursday

const tables: Record<string, ReadonlyArray<Row>> = {
  "`today` after a noun's `of` is nowadays": [
    ["The band wants to reach the teenagers of today with the new album.", EN, []],
    ["Critics say the cartoon means little to the children of today.", EN, []],
    ["Security experts warn the networks of today are easy targets.", EN, []],
    // `as of today`, the end of today and `of today's …` keep the day
    ["As of today, the club has received no formal offer.", EN, ["today → 2005-02-10 day rel"]],
    ["The offer lapses at the end of today, the firm said.", EN, ["end of today → 2005-02-10 day rel"]],
    ["The winner of today's auction will pay a high price.", EN, ["today → 2005-02-10 day rel"]],
    ["Ministers will meet today to discuss the plan.", EN, ["today → 2005-02-10 day rel"]]
  ],
  "`the last year`, `the past week`, `the next month`: a stretch up to or from now, as `the last 12 months`": [
    ["Broadband take-up has doubled in the last year, the regulator said.", EN, []],
    ["The bank has lost market share over the last year.", EN, []],
    ["The last week has shown how fragile the truce is.", EN, []],
    ["Sales are forecast to rise over the next year.", EN, []],
    ["Spam rose sharply over the course of the last month.", EN, []],
    // without `the` it is the calendar period
    ["Profits rose 12% last year.", EN, ["last year → 2004 year rel"]],
    ["The talks resume next week.", EN, ["next week → 2005-02-14/2005-02-20 range rel"]],
    ["The minister resigned last month.", EN, ["last month → 2005-01 month rel"]]
  ],
  "an -ed adjective after an article is no past verb": [
    ["Borrowing costs are likely to climb after the rumoured snap poll in May.", EN, ["May → 2005-05 month rel"]],
    ["Fans were urged to stay calm when the two sides play a televised derby on Sunday.", EN, ["Sunday → 2005-02-13 weekday rel"]],
    // a verb after `that` and a past verb before the adjective keep the past
    ["The plant that opened on Monday employs 300 people.", EN, ["Monday → 2005-02-07 weekday rel"]],
    ["The firm opened the expanded factory on Monday.", EN, ["Monday → 2005-02-07 weekday rel"]]
  ],
  "a year before a noun after an adjective, `such as`, or before 1900 after an article": [
    ["He is seen as a likely 2005 Grand Slam contender.", EN, ["2005 → 2005 year"]],
    ["The studio made hits such as 1996 Crash Racer for consoles.", EN, ["1996 → 1996 year"]],
    ["The 1791 portrait was sold at auction in London.", EN, ["1791 → 1791 year"]],
    ["Historians point to a 1688 treaty signed in secret.", EN, ["1688 → 1688 year"]],
    // counts, units and plurals after the number stay counts
    ["The 1500 troops left the base.", EN, []],
    ["He won a 1500 metre race in Paris.", EN, []],
    ["A further 2000 jobs will go.", EN, []],
    ["Tickets such as 2000 seats were sold.", EN, []]
  ]
}

const english = (tables: Record<string, ReadonlyArray<Row>>): Record<string, ReadonlyArray<DateRow>> =>
  Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.map(([text, ref, expected]): DateRow => [text, ref, "en", expected])]))

describeDateTables("dates: errors of the fresh reading R25 (session 24, third round)", english(tables))

linearDateCases("dates: the third round's scans stay linear", {
  "of today, the last year (the people of today, in the last year, as of today …)": (n) => "the people of today in the last year as of today's the end of today over the past week ".repeat(n),
  "years after adjectives and articles (a likely 2005 Grand Slam such as 1996 Crash the 1791 portrait …)": (n) =>
    "a likely 2005 Grand Slam such as 1996 Crash the 1791 portrait a 1500 metre ".repeat(n),
  "-ed adjectives before a date (the rumoured snap poll in May …)": (n) => "after the rumoured snap poll in May the expanded plant on Monday ".repeat(n)
})
