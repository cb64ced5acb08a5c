import { describeDateTables } from "./tables/timing.js"

/**
 * Session 29 (lead), after the fresh reading R33: a month or a day followed by `last year`, `this year` or `next year`
 * is one mention whose span takes the year's words (`March last year`), not a month and a separate year: the value
 * was right before, the span was two (R33's partials).
 */
const EN = "en" as const
const REF = "2005-02-10"

describeDateTables("session 29: a month and its relative year are one mention", {
  "a month or a day and `last/this/next year`": [
    ["Sales rose in March last year and fell in October this year.", REF, EN, ["March last year → 2004-03 month rel", "October this year → 2005-10 month rel"]],
    ["The deal is due to close on 5 June next year.", REF, EN, ["5 June next year → 2006-06-05 day rel"]],
    // a comma between them (the pattern's `,?`)
    ["The company was set up in April, last year, by two students.", REF, EN, ["April, last year → 2004-04 month rel"]]
  ],
  "must stay two mentions or one without the year": [
    // the year phrase is not right after the month
    ["Prices peaked in March and have fallen since last year.", REF, EN, ["March → 2004-03 month rel", "last year → 2004 year rel"]],
    // a month with its own year takes no relative year (`March 2004 last year` is no phrase news writes)
    ["The plant opened in March 2003, and last year it was sold.", REF, EN, ["March 2003 → 2003-03 month", "last year → 2004 year rel"]]
  ]
})
