/**
 * English calendar quarters (`Third-quarter sales`, `last quarter`, `Q3 2004`) as month ranges, `between now and 2007`
 * as a range from the reference, a decade shared across `and` (`the 80s and 90s`), and a modifier that opens a
 * paragraph (`By early 2005`). Sentences written for the tests in the style of the wires; rows that must change beside
 * rows that must not. The rules and their measured counts: the thirty-second session in [docs/history/dates.md](../../../docs/history/dates.md#thirty-second-session-helper-dates-quarters-between-now-and-shared-decades-weekdays-beside-their-date-بعد--على).
 */
import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/index.js"

const REFERENCE = "2005-02-10" // a Thursday
const read = (text: string, language: "en" | "ar" = "en", reference: string | null = REFERENCE): Array<string> =>
  extractDates(text, { reference, language }).map((d) => `${d.text} → ${d.value}${d.mod ? ` ${d.mod}` : ""}`)

describe("English calendar quarters", () => {
  it.each([
    ["a hyphenated quarter", "Third-quarter sales rose 12% to 8.1bn rupees.", "Third-quarter → 2004-07/2004-09"],
    ["a hyphenated quarter after the", "Profits doubled in the third-quarter thanks to new handsets.", "the third-quarter → 2004-07/2004-09"],
    ["a hyphenated quarter with its year", "The carrier said its fourth-quarter 2004 profits fell 9%.", "fourth-quarter 2004 → 2004-10/2004-12"],
    ["last quarter", "Net income in the last quarter was 2.7bn rupees.", "the last quarter → 2004-10/2004-12"],
    ["last quarter without the", "Growth slowed sharply last quarter.", "last quarter → 2004-10/2004-12"],
    ["this quarter", "Banks will not collect interest in this quarter, he said.", "this quarter → 2005-01/2005-03"],
    ["next quarter", "The firm expects a rebound next quarter.", "next quarter → 2005-04/2005-06"],
    ["Q with a year", "The firm posted a loss in Q4 2004.", "Q4 2004 → 2004-10/2004-12"],
    ["Q of a year", "Sales fell in Q3 of 2004.", "Q3 of 2004 → 2004-07/2004-09"],
    ["Q after in", "Output rose in Q1, the firm said.", "Q1 → 2005-01/2005-03"]
  ])("%s", (_, text, expected) => {
    expect(read(text)).toContain(expected)
  })

  it("the last quarter from a reference in May is the first quarter of that year", () => {
    expect(read("Growth slowed last quarter.", "en", "2005-05-20")).toEqual(["last quarter → 2005-01/2005-03"])
  })

  it("a relative quarter with no reference has no value", () => {
    expect(read("Growth slowed last quarter.", "en", null)).toEqual(["last quarter → null"])
  })

  it.each([
    ["a share of the population", "A quarter of the population is poor."],
    ["a part of a city", "They walked through the old quarter of the city."],
    ["a quarter-final", "He lost in the third quarter-final of the event."],
    ["a quarter of a match", "Two penalties in the final quarter sealed it."],
    ["the last quarter century", "Prices have risen over the last quarter century."],
    ["the previous quarter, counted from the quarter the text named", "Output rose 0.8% from the previous quarter."],
    ["a car model", "He drives a Q5 to work."],
    ["a bare Q without a preposition", "Q3 was the question the panel asked."]
  ])("no date: %s", (_, text) => {
    expect(read(text)).toEqual([])
  })

  it("the last quarter of a year is that year's fourth quarter, as before", () => {
    expect(read("Sales fell in the last quarter of 2004.")).toEqual(["the last quarter of 2004 → 2004-10/2004-12"])
  })
})

describe("English `between now and` a year", () => {
  it.each([
    ["between now and", "The firm will invest $1.9bn between now and 2007.", "now and 2007 → 2005-02-10/2007-12-31"],
    ["from now until", "From now until 2010 prices will rise.", "now until 2010 → 2005-02-10/2010-12-31"],
    ["from now to", "From now to 2008 the plan runs.", "now to 2008 → 2005-02-10/2008-12-31"]
  ])("%s", (_, text, expected) => {
    expect(read(text)).toEqual([expected])
  })

  it("with no reference the range has no value", () => {
    expect(read("It will invest between now and 2007.", "en", null)).toEqual(["now and 2007 → null"])
  })

  it.each([
    ["now beside a year with no between", "It is snowing now and 2005 will be cold.", "2005 → 2005"],
    ["between two years", "It rose between 2003 and 2004.", "2003 and 2004 → 2003/2004"]
  ])("not the range: %s", (_, text, expected) => {
    expect(read(text)).toContain(expected)
  })
})

describe("English decades shared across `and`", () => {
  it.each([
    ["two digits", "She held the party together in the 80s and 90s, speaking on health.", ["80s → 1980/1989", "90s → 1990/1999"]],
    ["four digits then two", "He was on TV in the 1970s and 80s.", ["1970s → 1970/1979", "80s → 1980/1989"]],
    ["words", "The band ruled the seventies and eighties.", ["seventies → 1970/1979", "eighties → 1980/1989"]],
    ["a part on the second", "People tend to overlook the late 80s and early 90s for example.", ["late 80s → 1980/1989 end", "early 90s → 1990/1999 start"]],
    ["to", "Fashion from the 60s to 70s is back.", ["60s → 1960/1969", "70s → 1970/1979"]]
  ])("%s", (_, text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it.each([
    ["ages", "People in their 80s and 90s were hit hardest."],
    ["a count after and", "In the 80s and 90 people came."]
  ])("no second decade: %s", (_, text) => {
    expect(read(text).filter((x) => x.startsWith("90"))).toEqual([])
  })
})

describe("an English modifier that opens a paragraph", () => {
  it.each([
    ["early after By", "Progress on new domains\n\nBy early 2005 the web may gain two more domains.", "early 2005 → 2005 start"],
    ["late after In", "Film studios\n\nIn late December studios sued.", "late December → 2004-12 end"],
    ["the end of", "Search wars\n\nBy the end of 2004 the firm hopes to launch.", "end of 2004 → 2004 end"]
  ])("%s", (_, text, expected) => {
    expect(read(text)).toContain(expected)
  })

  it("a modifier on the line before is not taken", () => {
    expect(read("Sales were late\n2005 was worse.")).toEqual(["2005 → 2005"])
  })
})
