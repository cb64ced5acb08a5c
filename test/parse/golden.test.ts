/**
 * Golden files: each fixture article runs through the default pipeline and the
 * fields the parse stage owns are compared with
 * `test/fixtures/expected/<name>.parse.json`.
 *
 * Regenerate (then review every diff by eye: the goldens are the spec):
 *   UPDATE_GOLDEN=1 npx vitest run test/parse/golden.test.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Effect, Exit, Cause } from "effect"
import { describe, expect, it } from "vitest"
import { isKhabarError, toReject } from "../../src/errors.js"
import { defaultPipeline } from "../../src/pipeline/presets.js"
import { run, runDocument } from "../../src/pipeline/run.js"
import type { KhabarRecord } from "../../src/schema/record.js"
import { fixtureFiles, ROOT } from "./helpers.js"
import { violations } from "./invariants.js"

const EXPECTED = join(ROOT, "test", "fixtures", "expected")
const update = process.env.UPDATE_GOLDEN === "1"

/** The record fields the parse stage owns (later stages' fields are left out so they do not churn these files). */
const parseView = (r: KhabarRecord) => ({
  title: r.title,
  titleSpan: r.titleSpan,
  dateline: r.dateline,
  byline: r.byline,
  bylineSpan: r.bylineSpan,
  published: r.published,
  language: r.language,
  paragraphs: r.paragraphs.map((p) => ({ text: p.text, start: p.start, end: p.end })),
  boilerplate: r.boilerplate,
  diagnostics: r.diagnostics.filter((d) => d.stage === "parse")
})

const files = fixtureFiles()

describe("golden: parse fields of the default pipeline's records", () => {
  it("finds the fixture files, with unique names", () => {
    expect(files.length).toBeGreaterThanOrEqual(16)
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length)
  })

  for (const f of files) {
    it(f.name, async () => {
      const raw = { id: f.name, bytes: new Uint8Array(readFileSync(f.path)), path: f.path }
      const exit = await Effect.runPromiseExit(run(defaultPipeline(), raw))
      let actual: unknown
      if (Exit.isSuccess(exit)) actual = parseView(exit.value)
      else {
        const e = Cause.squash(exit.cause)
        if (!isKhabarError(e)) throw e
        const rej = toReject(e, { path: null, index: null, bytes: null })
        actual = { reject: { reason: rej.reason, code: rej.code, stage: rej.stage, message: rej.message } }
      }
      const path = join(EXPECTED, `${f.name}.parse.json`)
      if (update || !existsSync(path)) {
        mkdirSync(EXPECTED, { recursive: true })
        writeFileSync(path, JSON.stringify(actual, null, 2) + "\n")
        if (!update) throw new Error(`wrote a new golden file ${path}: review it, then run the test again`)
      }
      expect(actual).toEqual(JSON.parse(readFileSync(path, "utf8")))
    })
  }
})

describe("golden fixtures keep the span invariants", () => {
  for (const f of files) {
    it(f.name, async () => {
      const raw = { id: f.name, bytes: new Uint8Array(readFileSync(f.path)), path: f.path }
      const exit = await Effect.runPromiseExit(runDocument(defaultPipeline(), raw))
      if (Exit.isFailure(exit)) return // rejects are checked by the golden above
      expect(violations(exit.value)).toEqual([])
    })
  }
})
