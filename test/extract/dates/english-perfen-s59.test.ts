/**
 * Session 59 (helper perfen): the English dates stage's sieves must not drop a date. chrono-node reads only the
 * sentences `english-trigger.ts` lets through, with the parsers that can match: a table of English date forms, each
 * found the same, at the same offsets, by `chronoDates` (with the sieve) and `chronoDatesUnfiltered` (every sentence the
 * loose test passes, the whole parser), alone, inside a longer sentence of other words, and all in one text. The short
 * years (`in '94`) are searched only in a text with an apostrophe before two digits (`APOSTROPHE_DIGITS`): the same
 * spans as the expression over the whole text. Sentences written for this test in the style of British news copy.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { chronoDates, chronoDatesUnfiltered, englishShortYears } from "../../../src/extract/dates/english.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"

const whole = (s: string) => [[0, s.length]] as const

/** English date forms, one a row: every one is a date chrono finds and the wrapper keeps. */
const forms: ReadonlyArray<string> = [
  // day, month and year in their orders, written out and abbreviated
  "3 March 2005", "March 3, 2005", "3rd of March", "the third of March", "Mar. 3", "Sept. 14", "14 Sept 2004", "MARCH 2005",
  "on the 1st of May", "May 2005", "in May", "early June", "mid-July 2003", "30 June to 2 July",
  "between 10 and 12 November", "from March to May 2004",
  // digits only
  "03/04/2005", "3/4/05", "2005-03-04", "2005/03/04", "04/2005",
  // weekdays
  "on Monday", "last Friday", "next Wednesday", "this Thursday", "Saturday night", "at the weekend",
  "on Sunday morning", "Friday 13 May",
  // clock times
  "at 10:30", "at 9am", "at 9.30pm", "at 10 o'clock", "from 8 to 10", "at 14:00 GMT", "at noon", "at midnight",
  // casual words
  "yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "yesterday afternoon", "tomorrow evening",
  // relative phrases
  "three days ago", "two weeks ago", "a year ago", "last month", "next week", "this year", "last year", "next month",
  "earlier this month", "later this year", "by the end of the month"
]

/**
 * Forms the wrapper leaves to khabar's own scanners or drops (an ordinal day alone, `Tues`, durations): chrono keeps
 * nothing of them, with or without the sieve.
 */
const notChrono: ReadonlyArray<string> = ["the 21st", "on Tues", "in two weeks' time", "the past five years", "over the next six months", "within 48 hours"]

/** Words around a form, as a wire writes them (the form is read where it stands in a longer sentence). */
const inSentence = (form: string): string => `The minister told reporters ${form} that the plan would go ahead.`

describe("English dates: chrono's sieve drops no date (session 59, perfen)", () => {
  it.each(forms)("found the same with and without the sieve: %s", (form) => {
    for (const s of [form, inSentence(form)]) {
      const reference = chronoDatesUnfiltered(s, whole(s))
      expect(reference.length).toBeGreaterThan(0)
      expect(chronoDates(s, whole(s))).toEqual(reference)
    }
  })

  it.each(notChrono)("nothing kept, with or without the sieve: %s", (form) => {
    for (const s of [form, inSentence(form)]) {
      expect(chronoDatesUnfiltered(s, whole(s))).toEqual([])
      expect(chronoDates(s, whole(s))).toEqual([])
    }
  })

  it("all the forms in one text, one a line and one a sentence: the same dates at the same offsets", () => {
    const text = [...forms, ...notChrono].map(inSentence).join(" ")
    expect(chronoDates(text, whole(text))).toEqual(chronoDatesUnfiltered(text, whole(text)))
    const lines: Array<[number, number]> = []
    let at = 0
    for (const f of forms) {
      lines.push([at, at + f.length])
      at += f.length + 1
    }
    const multi = forms.join("\n")
    const found = chronoDates(multi, lines)
    expect(found).toEqual(chronoDatesUnfiltered(multi, lines))
    expect(found.length).toBeGreaterThanOrEqual(forms.length)
  })
})

/** {@link englishShortYears}' expression with no sieve in front: the reference the sieve is checked against. */
const SHORT_YEAR = /\b(?:in|since|of|from|until|till|by|during)\s+(['\u2019](\d\d))(?![\d\w'\u2019])/g
const shortYearsUnsieved = (text: string) =>
  [...text.matchAll(SHORT_YEAR)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length
    const dd = Number(m[2])
    return { start, end: start + m[1]!.length, expr: { t: "year", cal: "gregorian", y: dd >= 30 ? 1900 + dd : 2000 + dd } }
  })

describe("English short years: searched only after an apostrophe and two digits (session 59, perfen)", () => {
  const rows: ReadonlyArray<readonly [string, ReadonlyArray<number>]> = [
    ["The club was founded in '94 by two brothers.", [1994]],
    ["He has played for them since \u201905 and won twice.", [2005]],
    ["The rules of '02 and the rules from '98 still apply.", [2002, 1998]],
    ["The hall stayed shut until '19, then reopened.", [2019]],
    // must stay: no year (the decade, a quote, letters glued), and a text with apostrophes but no digits after one
    ["Music of the '90s filled the hall.", []],
    ["He said it's the club's best season, and the fans' too.", []],
    ["The band played in '94s style, not in '94'.", []],
    ["Scores in 94 and in '9 are not years.", []]
  ]
  it.each(rows)("%s", (text, years) => {
    const found = englishShortYears(text)
    expect(found.map((f) => (f.expr.t === "year" ? f.expr.y : null))).toEqual(years)
    expect(found).toEqual(shortYearsUnsieved(text))
  })

  it("property: the same spans as the expression over the whole text", () => {
    const piece = fc.constantFrom("in", "since", "of", "until", "by", " ", "  ", "'", "\u2019", "94", "05", "9", "s", "it's", "the", "club", "\n", ",")
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (xs) => {
        const text = xs.join(" ")
        expect(englishShortYears(text)).toEqual(shortYearsUnsieved(text))
      }),
      { numRuns: 400 }
    )
  })

  it("is linear on text full of apostrophes, with and without digits after them", () => {
    expect(growth((n) => "in it's the club's ".repeat(n), englishShortYears, 2000)).toBeLessThan(LINEAR_BOUND)
    expect(growth((n) => "in '9 of '94s by '".repeat(n), englishShortYears, 2000)).toBeLessThan(LINEAR_BOUND)
  })
})
