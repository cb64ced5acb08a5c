import { describeDateTables, linearDateCases, type DateRow } from "../tables/timing.js"

/**
 * Date errors of the fresh reading R26 (docs/history/dates.md, "Session 25: R26 and a round"), each as a table of sentences
 * written for these tests in the style of the wires. Rows: [text, reference, language, expected mentions as `text →
 * value granularity [rel]`]. Each table has rows that fail without its rule and rows that must stay as they were.
 */
const EN = "2005-02-10" // a Thursday
const AR = "2017-06-01" // a Thursday

const en = (text: string, expected: ReadonlyArray<string>): DateRow => [text, EN, "en", expected]
const ar = (text: string, expected: ReadonlyArray<string>): DateRow => [text, AR, "ar", expected]

const tables: Record<string, ReadonlyArray<DateRow>> = {
  "a bare year as the subject or object of a clause, or after `including`, `like`, `compared with`": [
    en("A run of floods has made 2004 its costliest year for insurers.", ["2004 → 2004 year"]),
    en("Claims topped earlier years, including 2001, when the attacks hit.", ["2001 → 2001 year"]),
    en('"Without question, 2005 has been a big year for the firm," she said.', ["2005 → 2005 year"]),
    en("Some members fear a result like 1970 for the party.", ["1970 → 1970 year"]),
    en("But 2005 will bring tougher rivals.", ["2005 → 2005 year"]),
    en("The chairman said 2004 had been a hard year.", ["2004 → 2004 year"]),
    en("Shoppers spent less than in the same weeks compared with 2003.", ["2003 → 2003 year"]),
    en("Demand will grow until at least 2008, the bank said.", ["2008 → 2008 year"]),
    en("Grants were paid in 2008, 2009 and 2010.", ["2008 → 2008 year", "2009 → 2009 year", "2010 → 2010 year"]),
    en("The firm expected 2005 to be a year of change.", ["2005 → 2005 year"]),
    en("Clearly 2004 was a tough year for the group.", ["2004 → 2004 year"]),
    // quantities, counts, names and clock times stay out
    en("Some 2000 people attended the rally.", []),
    en("More than 2000 fans travelled to the game.", []),
    en("About 2000 were hurt in the blast.", []),
    en("Another 2000 will be hired next year.", ["next year → 2006 year rel"]),
    en("The plant employs 2000 staff.", []),
    en("The index closed at 2010 on the day.", []),
    en("PCs running Windows 2000 are at risk.", []),
    en("Computers with Windows 98, NT, 2000 or XP are at risk.", []),
    en("Fifa 2005 tops the chart again.", []),
    en("The stand shows the Home Server edition 2005 to visitors.", []),
    en("The new model 2000 sells well.", []),
    en("Staff earn 2000 a month.", [])
  ],
  "a year closing an event's name": [
    en("The side went out of Euro 2004 in the quarter-finals.", ["2004 → 2004 year"]),
    en("Japan hosts Expo 2005 in Aichi.", ["2005 → 2005 year"]),
    en("Schools signed up for the School Mock Elections 2005 run by the charity.", ["2005 → 2005 year"]),
    en("Tickets for World Cup 2006 went on sale.", ["2006 → 2006 year"]),
    // a product's or a body's name, or a count after the event's name, is no year
    en("The game Football Manager 2005 sold well.", []),
    en("Campaign group Transport 2000 criticised the plan.", []),
    en("The Cup 2000 fans travelled by train.", [])
  ],
  "a four-digit time before a zone takes the day of the last date of its paragraph": [
    en("Guests arrive for Saturday's gala. The gala will be screened at 2010 GMT.", [
      "Saturday → 2005-02-12 weekday rel",
      "2010 GMT → 2005-02-12T20:10 time rel"
    ]),
    en("Supporters may attend the training on Friday, 4 March. The first drill begins at 1030 GMT.", [
      "Friday, 4 March → 2005-03-04 day rel",
      "1030 GMT → 2005-03-04T10:30 time rel"
    ]),
    // another paragraph, a time that modifies a noun, a date that names an event, or a year in between: no day
    en("Guests arrive for Saturday's gala.\n\nThe gala will be screened at 2010 GMT.", ["Saturday → 2005-02-12 weekday rel"]),
    en("He appeared in court on Monday. The judge extended his 2200 GMT curfew.", ["Monday → 2005-02-07 weekday rel"]),
    en("The launch was delayed by the 11 September attacks. The jet was rolled out at 2200 GMT.", ["11 September → 2004-09-11 day rel"]),
    en("The match is on Saturday, as in 2003. Kick-off is at 1500 GMT.", ["Saturday → 2005-02-12 weekday rel", "2003 → 2003 year"]),
    // a time written otherwise keeps the old reading: its day only in its sentence
    en("The vote was held on Monday. Polls closed at 8pm.", ["Monday → 2005-02-07 weekday rel"]),
    ar("هبطت أسعار الخام اليوم الاثنين. وبحلول الساعة 1100 بتوقيت غرينتش تراجع البرميل.", [
      "اليوم الاثنين → 2017-05-29 day rel",
      "الساعة 1100 بتوقيت غرينتش → 2017-05-29T11:00 time rel"
    ]),
    ar("بدأت المباراة مساء الأحد. وانطلقت عند الساعة السادسة مساء.", ["مساء الأحد → 2017-05-28 part-of-day rel"])
  ],
  "`early May`, `late May`: the month, as chrono reads `early June`": [
    en("The vote will be held in early May.", ["early May → 2005-05 month rel"]),
    en("Talks are due to end in late May.", ["late May → 2005-05 month rel"]),
    en("The vote is in early June.", ["early June → 2005-06 month rel"]),
    // the modal verb stays no month
    en("The early bird may get the worm.", [])
  ],
  "an Arabic bare year after a noun that names it (`تقديرات`, `حرب`, `إلى حدود`)": [
    ar("استمر القتال إلى حدود 2005 في المنطقة.", ["2005 → 2005 year"]),
    ar("وتشير تقديرات 2012 إلى أن عدد السكان ارتفع.", ["2012 → 2012 year"]),
    ar("وخاض الجيش حرب 1973 لاستعادة الأرض.", ["1973 → 1973 year"]),
    // a count or an amount after it stays a count
    ar("تقاضى راتبا بحدود 2000 ريال.", []),
    ar("وصل عددهم إلى حدود 2000 شخص.", [])
  ]
}

describeDateTables("dates: errors of the fresh reading R26 (session 25)", tables)

linearDateCases("dates: the session 25 rules stay linear", {
  "bare years (has made 2004 its, including 2001, when, Windows 98, NT, 2000 or …)": (n) =>
    "has made 2004 its year, including 2001, when But 2005 will some 2000 people Windows 98, NT, 2000 or Euro 2004 the ".repeat(n),
  "four-digit times after a date of the paragraph (on Saturday. at 2010 GMT …)": (n) => "on Saturday. It starts at 2010 GMT. His 2200 GMT curfew. ".repeat(n),
  "four-digit times after a long line with no date (on Monday\\n … at 2010 GMT …)": (n) => "on Monday\n" + "word ".repeat(n) + "at 2010 GMT. ".repeat(n),
  "early May, late May": (n) => "in early May and late May then mid May ".repeat(n)
})
