import { describe, expect, it } from "vitest"
import calendarWordsFile from "../../../src/lexicons/dates/calendar-words.json" with { type: "json" }
import monthGuardsFile from "../../../src/lexicons/dates/month-guards.json" with { type: "json" }
import { CalendarWordsFile, MonthGuardsFile, compileDateLexicons, dateLexicons, nameFiles } from "../../../src/extract/dates/lexicon.js"
import { decodeLexicon } from "../../../src/lexicons/lexicon.js"
import { describeDateTables, linearDateCases } from "./tables/timing.js"

/**
 * Session 28: the English readers' month patterns (an abbreviation alone, a month at the start of a word, a lower-case
 * month, `between July and`, the abbreviations that end no sentence, the loose trigger that decides which sentences
 * chrono sees, the bare `24` before a word) are built from `src/lexicons/en/months.json` instead of eight regexes that
 * repeated its names in code. Dates of the BBC English corpus are identical; the one change is that `SEPT` in capitals
 * alone is a name like `DEC` and `JAN` (it was missing from the hand-written list).
 */
const EN = "en" as const
const REF = "2005-02-10"

describe("the English month names and abbreviations come from en/months.json", () => {
  it("gives the twelve names in month order and the news-style abbreviations", () => {
    const { names, abbreviations } = dateLexicons().englishMonths
    expect(names).toEqual(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])
    expect(abbreviations).toContain("Sept")
    expect(abbreviations).toContain("Dec")
    // `May` has no abbreviation: it is a name only
    expect(abbreviations).not.toContain("May")
  })

  it("follows the file: a form marked as an abbreviation is one, the others are names", () => {
    const files = nameFiles()
    const en = files.months.find((f) => f.id === "en/months")!
    const edited = {
      ...en,
      entries: en.entries.map((e) => (e.month === 6 ? { ...e, forms: [...e.forms, { text: "Jn", varieties: ["abbreviation"] }] } : e))
    }
    const compiled = compileDateLexicons(
      decodeLexicon(CalendarWordsFile, "dates/calendar-words")(calendarWordsFile),
      decodeLexicon(MonthGuardsFile, "dates/month-guards")(monthGuardsFile),
      { ...files, months: files.months.map((f) => (f.id === "en/months" ? edited : f)) }
    )
    expect(compiled.englishMonths.abbreviations).toContain("Jn")
    expect(compiled.englishMonths.names).not.toContain("Jn")
  })

  it("refuses month files without the English one", () => {
    const files = nameFiles()
    expect(() =>
      compileDateLexicons(
        decodeLexicon(CalendarWordsFile, "dates/calendar-words")(calendarWordsFile),
        decodeLexicon(MonthGuardsFile, "dates/month-guards")(monthGuardsFile),
        { ...files, months: files.months.filter((f) => f.id !== "en/months") }
      )
    ).toThrow(/en\/months/)
  })
})

describeDateTables("session 28: the month patterns built from the lexicon", {
  "an abbreviation alone after a name and `and`, or in capitals, is a name": [
    ["The awards were hosted by the comic duo Ant and Dec.", REF, EN, []],
    ["The charity appeal run by the DEC raised millions.", REF, EN, []],
    ["The SEPT figures were revised.", REF, EN, []],
    // the first of two months joined by `and` is a month, so the second is one too
    ["Sales fell in Jan and Feb, the company said.", REF, EN, ["Jan → 2005-01 month rel", "Feb → 2005-02 month rel"]]
  ],
  "an abbreviation with its full stop ends no sentence": [
    ["Figures for Sept. were revised on Friday.", REF, EN, ["Sept. → 2004-09 month rel", "Friday → 2005-02-04 weekday rel"]],
    ["Mr. Smith arrived in Jan. The talks ended.", REF, EN, ["Jan. → 2005-01 month rel"]]
  ],
  "months named in other ways": [
    ["Prices rose between July and September 2004, the office said.", REF, EN, ["July and September 2004 → 2004-07/2004-09 range"]],
    ["The shop reopens next Thursday, 4 November, the owner said.", REF, EN, ["next Thursday, 4 November → 2005-11-04 day rel"]],
    ["troops will march on the capital in june, he said.", REF, EN, ["june → 2005-06 month rel"]],
    // a bare 24 before a noun is no hour of the date before it
    ["Last year 24 people died in the floods.", REF, EN, ["Last year → 2004 year rel"]]
  ]
})

linearDateCases("session 28: the lexicon-built month patterns stay linear", {
  "abbreviations, capitals and `between … and` repeated": (n) => "Ant and Dec. The DEC and SEPT. Between Jan and Feb 24 people. Mr. Jan. ".repeat(n)
})
