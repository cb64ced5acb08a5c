/**
 * English date mentions at their edges and a few forms chrono does not read (docs/dates.md, "English"): `earlier this
 * week` and `later this year` are one mention with their modifier; a dash after a month is no part of it; `May` after
 * `a`, `an` or `the` (and at most one lower-case word) and before a noun of a scheduled event is the month; decades written with two digits after `the` (`the 90s`,
 * `the mid-90s`, `the late '80s`). Sentences written for these tests in the style of the wires.
 */
import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/index.js"

const REFERENCE = "2005-02-10"
const read = (text: string): Array<string> =>
  extractDates(text, { reference: REFERENCE, language: "en" }).map((d) => `${d.text} → ${d.value}${d.mod ? ` ${d.mod}` : ""}`)

describe("English dates: edges and two-digit decades", () => {
  it.each([
    ["earlier this week", "The firm said earlier this week that sales had fallen.", "earlier this week → 2005-02-07/2005-02-13"],
    ["Earlier this month", "Earlier this month, prices rose by 2%.", "Earlier this month → 2005-02"],
    ["later this year", "The minister will visit Beijing later this year.", "later this year → 2005"],
    ["a dash after a month", "Sales fell in November - the worst month since 1998.", "November → 2004-11"],
    ["a dash after a month before another", "He arrived in April - and left in May.", "April → 2004-04"],
    ["a May general election", "Labour is preparing for a May general election.", "May → 2005-05"],
    ["a May election, past", "He called a May election, which he won.", "May → 2004-05"],
    ["the May poll (session 31)", "The party is ready for the May poll.", "May → 2005-05"],
    ["a month of this year (session 31)", "The rules came into force in January of this year.", "January of this year → 2005-01"],
    ["a month of last year", "Sales fell in March of last year.", "March of last year → 2004-03"],
    // chrono reads the end of a month with a relative year as one result, its year counted from chrono's own anchor:
    // the month of the reference's year, not a day shifted from the anchor (it gave 2004-09-28)
    ["the end of a month this year", "At the end of January this year, sales fell.", "end of January this year → 2005-01 end"],
    ["the end of a month of last year", "By the end of March of last year the plant had closed.", "end of March of last year → 2004-03 end"],
    ["an article and a word before May (session 31)", "Rates may rise ahead of an expected May election.", "May → 2005-05"],
    ["the 90s", "Sales were far higher in the 90s.", "90s → 1990/1999"],
    ["the mid-90s", "That Ajax team of the mid-90s swept every trophy.", "mid-90s → 1990/1999 mid"],
    ["the late '80s", "The band formed in the late '80s in Manchester.", "late '80s → 1980/1989 end"]
  ])("%s", (_, text, expected) => {
    expect(read(text)).toContain(expected)
  })

  it.each([
    ["the modal after a noun", "Such a move may well fail."],
    ["the surname after a", "A May spokesman said the plan was sound."],
    ["a May before a noun of no event", "He is seen as a May ally in the party."],
    ["the family name after the", "The May family was not at home."],
    ["a capitalized word between", "He met the Tory May election team."],
    ["an age", "He is in his 90s and still works."],
    ["a two-digit decade that may be an age", "They met in the 20s club."]
  ])("no date: %s", (_, text) => {
    expect(read(text)).toEqual([])
  })

  it("a range keeps its dash inside", () => {
    expect(read("The festival runs from 11-26 March.")).toContain("11-26 March → 2005-03-11/2005-03-26")
  })

  it("`earlier` belongs to a mention only right before its `this`", () => {
    expect(read("Sales rose earlier, and this week they fell.")).toEqual(["this week → 2005-02-07/2005-02-13"])
  })
})
