import * as chrono from "chrono-node"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { chronoDates, chronoDatesUnfiltered } from "../../../src/extract/dates/english.js"
import { MAY_HAVE_DATE, PARSER_NEEDS, chronoTriggers } from "../../../src/extract/dates/english-trigger.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"

const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 5, 14, 12)), timezone: 0 }
const whole = (s: string) => [[0, s.length]] as const

/** chrono's raw results, comparable: position, text, tags, and the known and implied components of both ends. */
const raw = (c: chrono.Chrono, s: string) =>
  c.parse(s, REFERENCE).map((r) => ({ index: r.index, text: r.text, tags: [...r.tags()].sort(), start: r.start.date().getTime(), end: r.end?.date().getTime() ?? null }))

/** chrono with only the parsers `chronoTriggers` lets run on `s` (the same choice as english.ts makes). */
const subset = (s: string): chrono.Chrono => {
  const bits = chronoTriggers(s)
  return new chrono.Chrono({ parsers: chrono.en.GB.parsers.filter((_, i) => (bits & PARSER_NEEDS[i]![1]) === PARSER_NEEDS[i]![1]), refiners: chrono.en.GB.refiners })
}

/** Sentences with a date the wrapper keeps, one or more of each trigger kind: they must go to chrono. */
const mustPass: ReadonlyArray<string> = [
  // digits
  "The meeting ended at 10:30 after a long debate.",
  "Trading resumed at 9am in London.",
  "The form is dated 03/04/2005 in the files.",
  "The record shows 2005-03-04 as the closing day.",
  "Polls close at 10 o'clock",
  "The shop opens from 8 to 10.",
  // month names, full, abbreviated, dotted, upper and lower case
  "The firm reported its results on 3 March 2005.",
  "The deal closed on March 3, 2005, after months of talks.",
  "It happened on Oct. 14 near the coast.",
  "The strike began in january.",
  "Prices peaked in SEPT 2004.",
  "The vote was held on the fifth of May.",
  "Talks collapsed in May.",
  // weekdays
  "The company said on Friday that profits rose.",
  "The talks will resume on wednesday.",
  "He was arrested last FRIDAY.",
  "The rally was held at the weekend.",
  // casual words
  "The shares fell yesterday.",
  "The report is published TODAY.",
  "Results are due tomorrow.",
  "Ministers met tonight to agree a deal.",
  "Ministers met last night to agree a deal.",
  "The board met THIS MORNING at 9.",
  "The deadline passed at midnight.",
  "The market closed at noon.",
  // relative words
  "The plant opened three days ago.",
  "Inflation rose last month.",
  "Talks resume next week.",
  "Output grew this year.",
  "Profits fell earlier this month.",
  "Payment is due by the end of the month.",
  // a date at the very start and the very end of a line, no full stop
  "Tuesday, 11 August 2015 - the match",
  "the match was played on 11 August 2015",
  "Yesterday",
  "12 May"
]

/** Sentences the loose test sends to chrono but the triggers may skip: chrono keeps nothing in them. */
const maySkip: ReadonlyArray<string> = [
  "The market decided against it.",
  "He said the plan was a good one for days and the market knew it.",
  "The firm showed common sense for years.",
  "Critics fear the market will fall over the months ahead.",
  "The wedding was a marvellous occasion for the family.",
  "Octopus and mackerel were on the menu for weeks.",
  "Nobody knew what the company would do in the years before.",
  "The band played for a few hours after the show, for days."
]

describe("chrono triggers (english-trigger.ts)", () => {
  it("names chrono's parsers in chrono's order (re-derive the table on a chrono upgrade)", () => {
    expect(chrono.en.GB.parsers.map((p) => p.constructor.name)).toEqual(PARSER_NEEDS.map(([name]) => name))
  })

  it.each(mustPass)("goes to chrono, with the same dates: %s", (s) => {
    const reference = chronoDatesUnfiltered(s, whole(s))
    expect(reference.length).toBeGreaterThan(0)
    expect(chronoTriggers(s) & MAY_HAVE_DATE).not.toBe(0)
    expect(chronoDates(s, whole(s))).toEqual(reference)
    expect(raw(subset(s), s)).toEqual(raw(chrono.en.GB, s))
  })

  it.each(maySkip)("may be skipped, and nothing is lost: %s", (s) => {
    expect(/\d|day|month|week|year|night|morning|evening|afternoon|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago/i.test(s)).toBe(true)
    expect(chronoTriggers(s) & MAY_HAVE_DATE).toBe(0)
    expect(chronoDatesUnfiltered(s, whole(s))).toEqual([])
    expect(chronoDates(s, whole(s))).toEqual([])
  })

  it("a whole text: the same dates with and without the triggers, at the same offsets", () => {
    const text = [...mustPass, ...maySkip].join(" ")
    const lines: Array<[number, number]> = [[0, text.length]]
    expect(chronoDates(text, lines)).toEqual(chronoDatesUnfiltered(text, lines))
    const multi = [...maySkip, ...mustPass].join("\n")
    let at = 0
    const perLine: Array<[number, number]> = []
    for (const line of multi.split("\n")) {
      perLine.push([at, at + line.length])
      at += line.length + 1
    }
    expect(chronoDates(multi, perLine)).toEqual(chronoDatesUnfiltered(multi, perLine))
  })

  it("glued words: the parsers that can still match are kept", () => {
    for (const s of ["onFriday the talks", "the 5thMay vote", "it was May2005 then", "lastnight", "thismorning", "the 1stof May", "Marchfirst", "in2005May", "2000ADMay", "Fridaynext week", "innov.", "mon", "Sat", "x-a day"]) {
      expect(raw(subset(s), s)).toEqual(raw(chrono.en.GB, s))
      expect(chronoDates(s, whole(s))).toEqual(chronoDatesUnfiltered(s, whole(s)))
    }
  })

  // a counterexample of the property below (CI, seed 240123468): the wrapper blanks a bare `24` before chrono reads the
  // sentence, so `this 24 days` reaches chrono as `this    days`, a relative date the triggers of the sentence as written
  // did not allow (they now read the text chrono reads)
  it.each(["this 24 days 10:30 ", "next 24 weeks at 9am", "last 24 months, 10:30"])("a bare 24 blanked for chrono: %s", (s) => {
    expect(chronoDates(s, whole(s))).toEqual(chronoDatesUnfiltered(s, whole(s)))
  })

  /** Pieces of sentences: every trigger kind, words that hide them, noise; joined with or without spaces. */
  const pieces = [
    "on", "Friday", "fri", "Sat.", "weekend", "3", "21st", "first", "March", "mar", "May", "may", "Sept.", "2005", "10:30", "1.50", "3/4", "04/2005", "2004-05-06",
    "am", "pm", "o'clock", "yesterday", "today", "tonight", "tomorrow", "now", "last", "night", "this", "morning", "noon", "midnight", "next", "past",
    "week", "month", "year", "days", "hours", "ago", "later", "after", "before", "earlier", "out", "in", "within", "for", "of", "the", "end", "a", "few",
    "two", "12", "24", "-", "+", "/", ".", ",", "(", ")", "market", "showed", "common", "know", "decided", "Amazon", "\n", "\u00a0"
  ]
  const sentenceArb = fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(" ", " ", "", ", ")), { minLength: 1, maxLength: 14 })
    .map((xs) => xs.map(([w, sep]) => w + sep).join(""))

  it("property: chrono with only the parsers the triggers allow gives chrono's results", () => {
    fc.assert(
      fc.property(sentenceArb, (s) => {
        expect(raw(subset(s), s)).toEqual(raw(chrono.en.GB, s))
      }),
      { numRuns: 400 }
    )
  })

  it("property: the wrapper keeps the same dates with and without the triggers", () => {
    fc.assert(
      fc.property(sentenceArb, (s) => {
        expect(chronoDates(s, whole(s))).toEqual(chronoDatesUnfiltered(s, whole(s)))
        if ((chronoTriggers(s) & MAY_HAVE_DATE) === 0) expect(chronoDatesUnfiltered(s, whole(s))).toEqual([])
      }),
      { numRuns: 400 }
    )
  })

  it("is linear on hostile input", () => {
    const hostile: ReadonlyArray<(n: number) => string> = [
      (n) => "this ".repeat(n),
      (n) => "-".repeat(n),
      (n) => "monmonmon".repeat(n),
      (n) => "Jan1stMayof".repeat(n),
      (n) => `${"this".repeat(n)}${" ".repeat(n)}x`,
      (n) => `${"- ".repeat(n)}${" ".repeat(4 * n)}`,
      (n) => "1/2/".repeat(n)
    ]
    for (const make of hostile) expect(growth(make, chronoTriggers, 2000)).toBeLessThan(LINEAR_BOUND)
  })
})
