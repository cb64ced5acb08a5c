import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/extract.js"
import { Schema } from "effect"
import { DateMention } from "../../../src/schema/record.js"
import { linearDateCases } from "./tables/timing.js"

/**
 * The part of a period a date names (session 26): `late January`, `the end of last year`, `mid-March`, `مطلع العام`,
 * `أواخر 2014`, `مطلع القرن العشرين` keep the whole period's value and say which part with `mod` (TIMEX3's START, MID,
 * END). Sentences written for these tests in the style of the wires. Each mention is shown as `text → value
 * granularity [mod]`.
 */
const EN = "2005-02-10" // a Thursday
const AR = "2015-06-10" // a Wednesday

const show = (text: string, reference: string, language: "ar" | "en"): Array<string> =>
  extractDates(text, { reference, language }).map((d) => `${d.text} → ${d.value} ${d.granularity}${d.mod === null ? "" : ` [${d.mod}]`}`)

type Row = readonly [text: string, expected: ReadonlyArray<string>]

const english: Record<string, ReadonlyArray<Row>> = {
  "an adjective before the date: early, mid, late (the span takes it in)": [
    ["The plant will close in late January, the union said.", ["late January → 2006-01 month [end]"]],
    ["Sales picked up in early 2005 after a slow winter.", ["early 2005 → 2005 year [start]"]],
    ["The talks stalled in mid-March and resumed in April.", ["mid-March → 2004-03 month [mid]", "April → 2004-04 month"]],
    ["Prices rose sharply by mid 2004.", ["mid 2004 → 2004 year [mid]"]],
    ["The band formed in the late 1970s in Leeds.", ["late 1970s → 1970/1979 range [end]"]],
    ["Shares fell late last year on weak demand.", ["late last year → 2004 year [end]"]],
    ["The firm expects a recovery early next year.", ["early next year → 2006 year [start]"]]
  ],
  "before `in` or `on`, and before a day": [
    ["Late on Monday, police sealed off the street.", ["Late on Monday → 2005-02-07 weekday [end]"]],
    ["The deal was signed late in 2004.", ["late in 2004 → 2004 year [end]"]],
    ["Troops moved in early on Tuesday morning.", ["early on Tuesday morning → 2005-02-08 part-of-day [start]"]]
  ],
  "`the start/middle/end of` (the span starts at the noun)": [
    ["The rules take effect at the beginning of 2006.", ["beginning of 2006 → 2006 year [start]"]],
    ["The factory should be running by the end of 2005.", ["end of 2005 → 2005 year [end]"]],
    ["Output grew in the middle of March, the survey found.", ["middle of March → 2004-03 month [mid]"]],
    ["The partners met at the end of last year.", ["end of last year → 2004 year [end]"]],
    ["The port was built towards the very end of the 19th century.", ["end of the 19th century → 1800/1899 range [end]"]],
    ["A decision is expected by the end of the week.", ["end of the week → 2005-02-07/2005-02-13 range [end]"]]
  ],
  "no part of a period: the whole, and the span as it was": [
    // (`earlier`/`later` before `this` is in the span since session 30, with no part: test/extract/dates/english-edges.test.ts)
    ["The vote is due later this year.", ["later this year → 2005 year"]],
    ["Earlier this month the bank cut rates.", ["Earlier this month → 2005-02 month"]],
    ["The line could open as early as 2007.", ["2007 → 2007 year"]],
    ["The late president's widow spoke on Monday.", ["Monday → 2005-02-07 weekday"]],
    ["He arrived too late\nMonday was a holiday.", ["Monday → 2005-02-07 weekday"]],
    ["The late-night talks ended on Monday.", ["Monday → 2005-02-07 weekday"]]
  ]
}

const arabic: Record<string, ReadonlyArray<Row>> = {
  "the scanner's phrases that open with a modifier": [
    ["وتنتهي أعمال التوسعة مطلع العام المقبل", ["مطلع العام المقبل → 2016 year [start]"]],
    ["وارتفعت الأسعار منذ منتصف عام 2014", ["منتصف عام 2014 → 2014 year [mid]"]],
    ["وغادر الوفد في أواخر مايو الماضي", ["أواخر مايو الماضي → 2015-05 month [end]"]],
    ["وسجلت الشركة أرباحا بنهاية 2014", ["نهاية 2014 → 2014 year [end]"]],
    ["وتراجع المؤشر منذ بداية الأسبوع", ["بداية الأسبوع → 2015-06-08/2015-06-14 range [start]"]],
    ["وتعقد الجلسة في أوائل الشهر المقبل", ["أوائل الشهر المقبل → 2015-07 month [start]"]]
  ],
  "a modifier the scanner left out, before a century or a decade (the span takes it in, not its proclitic)": [
    ["ازدهرت التجارة في مطلع القرن العشرين", ["مطلع القرن العشرين → 1900/1999 range [start]"]],
    ["وعرفت المدينة ومطلع القرن العشرين نهضة", ["مطلع القرن العشرين → 1900/1999 range [start]"]],
    ["وانتقلت العائلة إلى الرياض أواسط الثمانينات", ["أواسط الثمانينات → 1980/1989 range [mid]"]],
    // هذا القرن: this century, the reference's (session 31)
    ["وتضاعف عدد السكان منذ مطلع هذا القرن", ["مطلع هذا القرن → 2000/2099 range [start]"]],
    ["وقال إن هذا القرن سيشهد تحولات كبيرة في الطاقة", ["هذا القرن → 2000/2099 range"]],
    ["وهذا القرنفل من حديقة المنزل", []]
  ],
  "no part of a period": [
    ["ويزور الوزير المعرض نهاية الأسبوع", ["نهاية الأسبوع → 2015-06-05/2015-06-07 range"]],
    ["ووقع الحادث منتصف ليل الاثنين", ["منتصف ليل الاثنين → 2015-06-08 part-of-day"]],
    ["وصل الوفد أول أمس", ["أول أمس → 2015-06-08 day"]],
    ["ويبدأ التسجيل أول الشهر المقبل", ["أول الشهر المقبل → 2015-07-01 day"]],
    ["ووقعت الاتفاقية في مارس الماضي", ["مارس الماضي → 2015-03 month"]]
  ]
}

describe("dates: the part of a period (mod)", () => {
  for (const [tables, reference, language] of [[english, EN, "en"], [arabic, AR, "ar"]] as const) {
    for (const [name, rows] of Object.entries(tables)) {
      describe(`${language}: ${name}`, () => {
        for (const [text, expected] of rows) it(text.replace(/\n/g, " / "), () => expect(show(text, reference, language)).toEqual(expected))
      })
    }
  }

  it("every span is its text in the original, after the span moved back over a modifier", () => {
    const text = "Sales rose late last year. By the end of 2005, and in mid-March, the plant reopened; وفي مطلع القرن العشرين"
    for (const d of extractDates(text, { reference: EN, language: "en" }).concat(extractDates(text, { reference: EN, language: "ar" }))) {
      expect(text.slice(d.start, d.end)).toBe(d.text)
    }
  })

  it("the DateMention Schema takes start, mid, end and null, and nothing else", () => {
    const decode = Schema.decodeUnknownSync(DateMention)
    const [d] = extractDates("Shares fell in late January.", { reference: EN, language: "en" })
    expect(decode(d).mod).toBe("end")
    expect(decode({ ...d!, mod: null }).mod).toBeNull()
    expect(() => decode({ ...d!, mod: "sometime" })).toThrow()
    expect(() => decode({ ...d!, mod: undefined })).toThrow()
  })
})

linearDateCases("dates: the modifier scan stays linear", {
  "English modifiers before dates (late January, the end of 2005, mid-March …)": (n) => "late January the very end of 2005 mid-March early on Monday late in ".repeat(n),
  "English modifier words with no date after them": (n) => "the end of the late the start of early mid- ".repeat(n)
})
linearDateCases(
  "dates: the Arabic modifier scan stays linear",
  { "Arabic modifiers (مطلع القرن العشرين أواخر 2014 نهاية العام …)": (n) => "ومطلع القرن العشرين أواخر 2014 ونهاية العام أواسط الثمانينات ".repeat(n) },
  { reference: AR, language: "ar" }
)
