import { describeDateTables, linearDateCases, type DateRow } from "../tables/timing.js"

/**
 * Date errors left by session 24's first round (docs/history/dates.md, "Session 24, second round"), each as a table of
 * sentences written for these tests in the style of the wires. Rows: [text, reference, language, expected mentions
 * as `text → value granularity [rel]`]. Each table fails without its rule.
 */
const AR = "2015-08-10" // a Monday
const EN = "2005-02-10" // a Thursday

const tables: Record<string, ReadonlyArray<DateRow>> = {
  "a coming event after `as` before a role, or with its date in brackets": [
    ["The new chairman faces his first big vote as party leader on Monday.", EN, "en", ["Monday → 2005-02-14 weekday rel"]],
    ["The midfielder starts as captain on Saturday.", EN, "en", ["Saturday → 2005-02-12 weekday rel"]],
    // (against the reference, 30 January is behind: a coming game puts it a year on)
    ["I can aim for the league match (on 30 January) if the knee holds.", EN, "en", ["30 January → 2006-01-30 day rel"]],
    ["The side will beat nobody on Saturday playing like that.", EN, "en", ["Saturday → 2005-02-12 weekday rel"]],
    // a conjunction `as` with a verb, `such as`, and a past verb before the brackets keep their side
    ["Shares fell as investors sold on Monday.", EN, "en", ["Monday → 2005-02-07 weekday rel"]],
    ["Protests erupted as the minister arrived on Monday.", EN, "en", ["Monday → 2005-02-07 weekday rel"]],
    ["The striker scored twice in the cup tie (on 29 January).", EN, "en", ["29 January → 2005-01-29 day rel"]],
    ["The champions beat Leeds on Saturday.", EN, "en", ["Saturday → 2005-02-05 weekday rel"]]
  ],
  "a count of months from either end of a year, and a part of `the year`": [
    ["Output shrank 0.3% in the final three months of 2004.", EN, "en", ["the final three months of 2004 → 2004-10/2004-12 range"]],
    ["The deficit widened in the first nine months of last year.", EN, "en", ["the first nine months of last year → 2004-01/2004-09 range rel"]],
    ["Exports rose 4% in the first 10 months of 2004.", EN, "en", ["the first 10 months of 2004 → 2004-01/2004-10 range"]],
    ["House prices rose only 1.9% in the second half of the year.", EN, "en", ["the second half of the year → 2004-07/2004-12 range rel"]],
    ["Economists say a rate cut is expected in the second half of the year.", EN, "en", ["the second half of the year → 2005-07/2005-12 range rel"]],
    // a count of months with no year, or of a year's own noun, is no part of a year
    ["Sales fell in the last three months, the chain said.", EN, "en", []],
    ["The firm is tipped to win the award for the first half of the year's trading.", EN, "en", []]
  ],
  "this year and next": [
    ["The bank expects growth of 3% this year and next.", EN, "en", ["this year → 2005 year rel", "next → 2006 year rel"]],
    ["Prices will stay high this year and next as supply lags.", EN, "en", ["this year → 2005 year rel", "next → 2006 year rel"]],
    // `next` before a unit of its own is chrono's
    ["The plant closes this year and next month the staff move.", EN, "en", ["this year → 2005 year rel", "next month → 2005-03 month rel"]]
  ],
  "Arabic years after an event's host place and after و in a list": [
    ["وتأهل المنتخب إلى مونديال البرازيل 2014 بعد فوزه الكبير", AR, "ar", ["2014 → 2014 year"]],
    ["وتستعد الدوحة لاستضافة كأس العالم قطر 2022 في الشتاء", AR, "ar", ["2022 → 2022 year"]],
    ["وشارك العداء في أولمبياد أثينا 2004", AR, "ar", ["2004 → 2004 year"]],
    ["وفاز الفريق باللقب في 2008 و2011 و2014", AR, "ar", ["2008 → 2008 year", "2011 → 2011 year", "2014 → 2014 year"]],
    ["وأقيمت البطولة عام 2006 في ألمانيا و2010 في جنوب أفريقيا", AR, "ar", ["عام 2006 → 2006 year", "2010 → 2010 year"]],
    // a count after و, a number far from the year, and a year after a plain noun and a place stay as they were
    ["وسجلت الشرطة في 2012 نحو 1800 و2000 مخالفة", AR, "ar", ["2012 → 2012 year"]],
    ["واستقبل ملعب الرياض 2000 مشجع", AR, "ar", []]
  ]
}

describeDateTables("dates: errors left by session 24's first round", tables)

linearDateCases("dates: the second round's scans stay linear", {
  "parts of the year (the first six months of the year the last quarter of the year …)": (n) =>
    "the first six months of the year, the last quarter of the year's the final 3 months of ".repeat(n),
  "this year and next (this year and next, this year and next month …)": (n) => "this year and next, this year and next month this year and ".repeat(n),
  "as and brackets before a date (test as party leader on Monday (on 30 January) …)": (n) => "faces a test as party leader on Monday (on 30 January) as ".repeat(n)
})

linearDateCases(
  "dates: the second round's Arabic scans stay linear",
  { "Arabic years after a host place and after و (مونديال روسيا 2018 و2022 …)": (n) => "مونديال روسيا 2018 و2022 كأس العالم قطر 2022 و 1800 و2000 ".repeat(n) },
  { reference: "2015-08-10", language: "ar" }
)
