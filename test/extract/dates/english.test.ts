import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { extractDates } from "../../../src/extract/dates/extract.js"
import { chronoDates } from "../../../src/extract/dates/english.js"

type Row = readonly [string, string | null, ReadonlyArray<string>]

const show = (text: string, ref: string | null, language: "en" | "ar" | "auto" = "en"): Array<string> =>
  extractDates(text, { reference: ref, language }).map((d) => `${d.text} → ${d.value} ${d.granularity}${d.relative ? " rel" : ""}`)

const REF = "2005-02-10" // a Thursday

const rows: ReadonlyArray<Row> = [
  ["The firm reported its results on 3 March 2005.", null, ["3 March 2005 → 2005-03-03 day"]],
  ["The deal closed on March 3, 2005, after months of talks.", null, ["March 3, 2005 → 2005-03-03 day"]],
  ["The minister spoke at 10:30 on 3 March 2005.", null, ["10:30 on 3 March 2005 → 2005-03-03T10:30 time"]],
  ["Sales fell in March 2004.", null, ["March 2004 → 2004-03 month"]],
  ["Profits rose in 2004 and again since 1999.", null, ["2004 → 2004 year", "1999 → 1999 year"]],
  ["Prices rose by mid-2005 across the region.", null, ["mid-2005 → 2005 year"]],
  ["More than 2000 homes were flooded.", null, []],
  ["The company said on Friday that profits rose.", REF, ["Friday → 2005-02-04 weekday rel"]],
  ["The talks will resume on Friday.", REF, ["Friday → 2005-02-11 weekday rel"]],
  ["He was arrested last Friday.", REF, ["last Friday → 2005-02-04 weekday rel"]],
  ["The vote is next Tuesday.", REF, ["next Tuesday → 2005-02-15 weekday rel"]],
  ["The shares fell yesterday.", REF, ["yesterday → 2005-02-09 day rel"]],
  // `this` and a part of the day is the reference's day (session 31); ITV's programme `This Morning` is no date
  ["He told the BBC this morning that the talks would resume.", REF, ["this morning → 2005-02-10 part-of-day rel"]],
  ["Earlier this afternoon, police closed the road.", REF, ["Earlier this afternoon → 2005-02-10 part-of-day rel"]],
  ["The vote is due this evening.", null, ["this evening → null part-of-day rel"]],
  ["She told ITV1's This Morning she had no regrets.", REF, []],
  ["The report is published today.", REF, ["today → 2005-02-10 day rel"]],
  ["Results are due tomorrow.", REF, ["tomorrow → 2005-02-11 day rel"]],
  ["Inflation rose last month.", REF, ["last month → 2005-01 month rel"]],
  ["Output grew last year.", REF, ["last year → 2004 year rel"]],
  ["The plant opened three days ago.", REF, ["three days ago → 2005-02-07 day rel"]],
  ["Talks resume next week.", REF, ["next week → 2005-02-14/2005-02-20 range rel"]],
  ["The festival runs from 5 to 7 May 2005.", null, ["5 to 7 May 2005 → 2005-05-05/2005-05-07 range"]],
  ["The winners will be named between 13 and 15 March 2005.", null, ["13 and 15 March 2005 → 2005-03-13/2005-03-15 range"]],
  ["Results are expected between 13 and 15 March, after voting closed on 3 February.", REF, ["13 and 15 March → 2005-03-13/2005-03-15 range rel", "3 February → 2005-02-03 day rel"]],
  ["The two teams met between 15 and 3 March.", REF, ["3 March → 2005-03-03 day rel"]],
  ["Rates are expected to fall by the end of the year.", REF, ["end of the year → 2005 year rel"]],
  ["At the end of the year I was completely worn out.", REF, ["end of the year → 2004 year rel"]],
  ["Prices have risen by 60% since the start of the year.", REF, ["start of the year → 2005 year rel"]],
  ["The board meets at the end of the month.", REF, ["end of the month → 2005-02 month rel"]],
  ["He was at the end of the year-long contract.", REF, []],
  ["It happened on Oct. 14 near the coast.", REF, ["Oct. 14 → 2004-10-14 day rel"]],
  ["The strike began in January.", REF, ["January → 2005-01 month rel"]],
  ["It is now clear that sales fell.", REF, []],
  ["Deliveries are expected within 62 days.", REF, []],
  ["He has worked there for 20 years.", REF, []],
  ["The shares fell yesterday.", null, ["yesterday → null day rel"]]
]

describe("English dates (chrono-node, wrapped)", () => {
  it.each(rows)("%s", (text, ref, expected) => {
    expect(show(text, ref)).toEqual(expected)
  })

  it("an Arabic article gets English dates from its Latin lines only", () => {
    const text = "الرياض - الرياضية\nTuesday, 11 August 2015 - 16:10 pm\nيتوج رئيس الاتحاد الفريق الفائز الأربعاء في لندن"
    const found = show(text, "2015-08-11", "ar")
    expect(found[0]).toBe("Tuesday, 11 August 2015 → 2015-08-11 day")
    expect(found[1]).toBe("الأربعاء → 2015-08-05 weekday rel")
  })

  it("spans are the text they name", () => {
    for (const [text, ref] of rows) {
      for (const d of extractDates(text, { reference: ref, language: "en" })) expect(text.slice(d.start, d.end)).toBe(d.text)
    }
  })

  /** Pieces with sentence ends, abbreviations and line breaks where a range of lines may start or stop. */
  const pieces = ["The vote is on", "Friday", "3 March 2005", "Mr.", "J.", "Dr", "May", "2004", "ended.", "next week", "?", "!", ";", ".", " ", "\n", "\r\n", "at 10:30", "yesterday"]
  const textArb = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(" ", "", ". ", "\n")), { minLength: 1, maxLength: 16 }).map((xs) => xs.map(([w, sep]) => w + sep).join(""))

  it("property: a range of lines is read as if it were the whole text (nothing before or after it counts)", () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, x, y) => {
        const from = x % (text.length + 1)
        const to = from + (y % (text.length - from + 1))
        const alone = chronoDates(text.slice(from, to), [[0, to - from]]).map((d) => ({ ...d, start: d.start + from, end: d.end + from }))
        expect(chronoDates(text, [[from, to]])).toEqual(alone)
      }),
      { numRuns: 300 }
    )
  })
})
