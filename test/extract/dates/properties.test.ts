import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/extract.js"
import { normalize } from "../../../src/normalize/index.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"

/** Pieces date phrases are made of, and noise around them. */
const pieces = [
  "يومي", "22", "و", "23", "نوفمبر", "/", "تشرين الثاني", "الحالي", "25", "شوال", "1436", "هـ", "الموافق", "10", "أغسطس",
  "2015", "م", "أمس", "اليوم", "غداً", "الاثنين", "مساء", "الليلة", "قبل", "الماضية", "الأسبوع", "المقبل", "عام", "منذ",
  "الساعة", "10:30", "صباحاً", "(", ")", "،", ".", "-", "\n", "  ", "١٠", "٢٠١٥", "مطلع", "الشهر", "القادم", "بين", "إلى",
  "on", "Friday", "3", "March", "2005", "yesterday", "last", "week", "in", "«", "»", "\u200f", "ـ", "َ", "Tuesday,"
]
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(" "))
const noisyArb = fc.tuple(textArb, fc.string({ maxLength: 30 }), textArb).map(([a, b, c]) => a + b + c)

describe("date spans", () => {
  it("every span is the text it names, in order, without overlaps (original text)", () => {
    fc.assert(
      fc.property(noisyArb, fc.constantFrom(null, "2017-11-21"), (text, ref) => {
        let last = 0
        for (const d of extractDates(text, { reference: ref })) {
          expect(text.slice(d.start, d.end)).toBe(d.text)
          expect(d.start).toBeGreaterThanOrEqual(last)
          expect(d.end).toBeGreaterThan(d.start)
          if (d.value !== null) expect(d.value).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/)
          last = d.end
        }
      }),
      { numRuns: 300 }
    )
  })

  it("on the search view, spans map back to the original and agree with the plain scan", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const view = normalize(text, "search")
        const viaView = extractDates(text, { view, reference: "2017-11-21" })
        for (const d of viaView) expect(text.slice(d.start, d.end)).toBe(d.text)
        const plain = extractDates(text, { reference: "2017-11-21" })
        expect(viaView.map((d) => d.value)).toEqual(plain.map((d) => d.value))
      }),
      { numRuns: 200 }
    )
  })
})

describe("the text and its search view agree", () => {
  // found by the property above (fast-check, 300,000 runs): a free-standing tatweel is the view's dash in the text too
  it.each(["on 2005 ـ 2015", "في 2005 ـ 2015", "من 10 ـ 12 أغسطس 2015"])("%s", (text) => {
    const view = normalize(text, "search")
    expect(extractDates(text, { view, reference: "2017-11-21" }).map((d) => d.value)).toEqual(extractDates(text, { reference: "2017-11-21" }).map((d) => d.value))
  })
})

describe("date scanning is linear in the worst cases", () => {
  const cases: Record<string, (n: number) => string> = {
    "a range that never ends (يومي 22 و 23 و 24 …)": (n) => "يومي " + Array.from({ length: n }, (_, i) => String((i % 28) + 1)).join(" و "),
    "a chain of correspondences (الموافق الموافق …)": (n) => "25 شوال 1436 هـ " + "الموافق ".repeat(n),
    "digits and separators (1/1/1/…)": (n) => "1/".repeat(n) + "2015",
    "one long dotted number": (n) => "10." .repeat(n) + "2015",
    "weekday after weekday": (n) => "يوم الاثنين ".repeat(n),
    "parentheses that never close": (n) => "اليوم (".repeat(n),
    "clock cues with no hour": (n) => "الساعة عند ".repeat(n),
    "quarters of a year with no year (الربع الأول من الربع الأول من …)": (n) => "الربع الأول من ".repeat(n) + "العام",
    "a quarter word before a long run of spaces": (n) => "الربع" + " ".repeat(n) + "الأول من العام 2015",
    "years and decades after determiners (the 1990s the 2004 …)": (n) => "the 1990s the 2004 Open ".repeat(n),
    "weekdays whose clause tense is read, in one sentence (they meet on Monday, …)": (n) => "they meet on Monday, ".repeat(n),
    "four-digit clock times before a zone (at 2200 GMT on Saturday …)": (n) => "at 2200 GMT on Saturday ".repeat(n),
    "four-digit clock times with بتوقيت (الساعة 1400 بتوقيت غرينتش …)": (n) => "الساعة 1400 بتوقيت غرينتش يوم السبت ".repeat(n),
    "counts of days from an event (بعد ستة أيام من …)": (n) => "بعد ستة أيام من ".repeat(n),
    "days before the same month (الـ 1 من الـ 1 من …)": (n) => "الـ 1 من ".repeat(n) + "الشهر نفسه",
    "a digit before a long run of spaces and no من": (n) => "مايو 2012 في 1" + " ".repeat(n) + "الشهر نفسه",
    "the same month after the same month (الشهر نفسه الشهر نفسه …)": (n) => "مايو 2012 " + "بالشهر نفسه من العام الماضي ".repeat(n),
    "century words with no ordinal (القرن القرن …, century century …)": (n) => "القرن ".repeat(n) + "th century ".repeat(n),
    "seasons whose clause tense is read, in one sentence (it was this summer, …)": (n) => "it was this summer, ".repeat(n),
    "seasons with years and of (summer of 2004 summer 2004 …)": (n) => "summer of 2004 summer 2004 winter ".repeat(n),
    "a list of months sharing the last year (March, April, …, May 2004)": (n) => "in March, ".repeat(n) + "May 2004",
    "dates after closing quotes (\"Monday.\" Monday …)": (n) => `he said "on Monday." Then `.repeat(n),
    // each line goes to chrono alone; the search for its sentence ends must stop at its end, not run on to the next `.` or `\n`
    "English lines split by a break that is no sentence mark (Monday U+2028 Monday …), no full stop": (n) => "the vote is on Monday\u2028".repeat(n),
    "English lines split by vertical tabs and form feeds": (n) => "they met on 3 March 2005\u000b\u000c".repeat(n),
    // session 11
    "holidays whose clause tense is read, joined by and/or (before Christmas and Boxing Day or Easter …)": (n) => "before Christmas and Boxing Day or Easter, ".repeat(n),
    "weekends chrono reads, kept or dropped (at the weekend, its opening weekend …)": (n) => "at the weekend, its opening weekend of ".repeat(n),
    "quarters with no year and years after them (الربع الأول النصف الثاني 2015 …)": (n) => "الربع الأول النصف الثاني 2015 والربع الرابع ".repeat(n),
    "the end of a week after the end of a week (نهاية الأسبوع نهاية الأسبوع الماضي …)": (n) => "حتى نهاية الأسبوع نهاية الأسبوع الماضي ".repeat(n),
    "years as possessives, subjects and before nouns (2003's. 2004 was 2005 results …)": (n) => "2003's. 2004 was 2005 results on 2003. in 1875 by ".repeat(n),
    "fixture times under days, line after line (Saturday, 26 February / 1500 GMT …)": (n) => "Saturday, 26 February\n1500 GMT\n".repeat(n)
  }
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      expect(growth(make, (t) => extractDates(t, { reference: "2017-11-21" }), 3000)).toBeLessThan(LINEAR_BOUND)
    })
  }
  // chrono-node's time grows faster than its input: a run-on sentence of dates is read in bounded pieces. At these
  // sizes (about 170 KB and 670 KB) reading it whole grew 11-15 times, not 4.
  // the money and financial-year rules read a bounded slice around each of chrono's results: still linear when every
  // result is an amount or a financial year
  it("a run-on English sentence of amounts before days and financial years", () => {
    expect(
      growth((n) => "it fell $12.33 on Tuesday for the year to March will ".repeat(n), (t) => extractDates(t, { reference: "2017-11-21" }), 800)
    ).toBeLessThan(LINEAR_BOUND)
  })
  it("a run-on English sentence of dates, at sizes where chrono alone is not linear", () => {
    expect(growth((n) => "they said they will meet on Monday and ".repeat(n), (t) => extractDates(t, { reference: "2017-11-21" }), 4500)).toBeLessThan(
      LINEAR_BOUND
    )
  })
})
