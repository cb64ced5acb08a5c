/**
 * Whole articles through the four extract stages, compared with the expected
 * output in `golden/*.json`. The articles are written for these tests.
 * Regenerate the expected files after a deliberate change with
 * `UPDATE_GOLDEN=1 npx vitest run test/extract/dates/golden.test.ts`, and read the diff.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { datesStage } from "../../../src/extract/dates/index.js"
import { keywordsStage } from "../../../src/extract/keywords/index.js"
import { numbersStage } from "../../../src/extract/numbers/index.js"
import { quotesStage } from "../../../src/extract/quotes/index.js"
import { normalizeStage } from "../../../src/normalize/index.js"
import { docOf } from "../numbers/doc.js"

const here = join(dirname(fileURLToPath(import.meta.url)), "golden")

const cases = [
  { file: "ar-summit", language: "ar" as const, dateline: "الرياض 14 ربيع الأول 1439 هـ الموافق 2 ديسمبر 2017 م واس", reference: null },
  { file: "en-budget", language: "en" as const, dateline: "LONDON, March 14 (Staff) -", reference: "2017-03-20" }
]

describe("golden articles", () => {
  for (const c of cases) {
    it(c.file, () => {
      const text = readFileSync(join(here, `${c.file}.txt`), "utf8")
      let doc = docOf(text, { language: c.language, dateline: c.dateline, reference: c.reference })
      for (const stage of [normalizeStage(), datesStage(), numbersStage(), quotesStage(), keywordsStage()]) doc = Effect.runSync(stage.run(doc))
      const out = { published: doc.published, dates: doc.dates, numbers: doc.numbers, quotes: doc.quotes, keywords: doc.keywords, diagnostics: doc.diagnostics }
      for (const m of [...doc.dates, ...doc.numbers, ...doc.quotes]) expect(text.slice(m.start, m.end)).toBe(m.text)
      const path = join(here, `${c.file}.json`)
      if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(path, JSON.stringify(out, null, 2) + "\n")
      expect(out).toEqual(JSON.parse(readFileSync(path, "utf8")))
    })
  }
})
