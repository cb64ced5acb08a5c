/**
 * Test helper: tables of sentences and the dates they must give (each mention shown as `text → value granularity
 * [rel]`), and the linear-time check of a date scan on hostile text. Used by the test files of `test/extract/dates/`
 * and its `rounds/` whose rows are [text, reference, language, expected]. A file that imports this one joins the
 * timing group of `vitest.config.ts` (its path ends in `/timing`), so its linear-time checks run alone.
 */
import { describe, expect, it } from "vitest"
import { extractDates } from "../../../../src/extract/dates/extract.js"
import { LINEAR_BOUND, growth } from "../../numbers/timing.js"

export type DateRow = readonly [text: string, reference: string | null, language: "ar" | "en", expected: ReadonlyArray<string>]

/** The dates of `text`, each as `text → value granularity [rel]`. */
export const showDates = (text: string, reference: string | null, language: "ar" | "en"): Array<string> =>
  extractDates(text, { reference, language }).map((d) => `${d.text} → ${d.value} ${d.granularity}${d.relative ? " rel" : ""}`)

/** One `describe` per table, one test per row. */
export const describeDateTables = (title: string, tables: Readonly<Record<string, ReadonlyArray<DateRow>>>): void => {
  describe(title, () => {
    for (const [name, rows] of Object.entries(tables)) {
      describe(name, () => {
        for (const [text, reference, language, expected] of rows) {
          it(text, () => {
            expect(showDates(text, reference, language)).toEqual(expected)
          })
        }
      })
    }
  })
}

/** One test per case: `extractDates` on `make(n)` grows linearly with `n` (`growth`, ratios within the test). */
export const linearDateCases = (
  title: string,
  cases: Readonly<Record<string, (n: number) => string>>,
  options: { readonly reference: string; readonly language: "ar" | "en" } = { reference: "2017-11-21", language: "en" }
): void => {
  describe(title, () => {
    for (const [name, make] of Object.entries(cases)) {
      it(name, () => {
        expect(growth(make, (t) => extractDates(t, options), 2000)).toBeLessThan(LINEAR_BOUND)
      })
    }
  })
}
