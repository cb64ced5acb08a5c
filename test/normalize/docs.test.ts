/**
 * The before → after examples of docs/normalize/*.md, checked: every row of a
 * table headed `| call | before | after |` is run.
 */
import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { stepOrder, stepsByName, type Step, type StepName } from "../../src/normalize/index.js"
import * as api from "../../src/normalize/index.js"

const docs = resolve(dirname(fileURLToPath(import.meta.url)), "../../docs/normalize")

const unescape = (s: string): string =>
  s.replace(/\\u([0-9a-fA-F]{4})|\\n|\\r|\\t/g, (m, hex: string | undefined) =>
    hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : m === "\\n" ? "\n" : m === "\\r" ? "\r" : "\t"
  )

const cell = (s: string): string => {
  const t = s.trim()
  if (!t.startsWith("`") || !t.endsWith("`")) throw new Error(`expected a code cell, got ${t}`)
  return unescape(t.slice(1, -1))
}

/** `diacritics({ set: "tashkeel", keepShadda: true })` → the step. */
const stepOf = (call: string): Step => {
  const m = /^(\w+)\((.*)\)$/s.exec(call)
  if (m === null) throw new Error(`not a step call: ${call}`)
  const name = m[1] as StepName
  if (!stepOrder.includes(name)) throw new Error(`unknown step: ${name}`)
  const args = m[2]!.trim()
  if (args === "") return stepsByName[name]() as Step
  const json = args.replace(/([{,]\s*)(\w+)\s*:/g, '$1"$2":')
  const make = (api as unknown as Record<string, (o: unknown) => Step>)[name]!
  return make(JSON.parse(json))
}

const examples = (file: string): Array<{ call: string; before: string; after: string }> => {
  const lines = readFileSync(join(docs, file), "utf8").split("\n")
  const out: Array<{ call: string; before: string; after: string }> = []
  let inTable = false
  for (const line of lines) {
    if (/^\|\s*call\s*\|\s*before\s*\|\s*after\s*\|/.test(line)) {
      inTable = true
      continue
    }
    if (!inTable) continue
    if (!line.startsWith("|")) {
      inTable = false
      continue
    }
    if (/^\|[-\s|]+\|$/.test(line)) continue
    const cells = line.split("|").slice(1, -1)
    out.push({ call: cell(cells[0]!), before: cell(cells[1]!), after: cell(cells[2]!) })
  }
  return out
}

describe("docs/normalize examples", () => {
  const files = readdirSync(docs).filter((f) => f.endsWith(".md"))

  it("has a page per step", () => {
    expect(files.map((f) => f.replace(/\.md$/, "")).sort()).toEqual([...stepOrder].sort())
  })

  for (const file of files) {
    it(file, () => {
      const rows = examples(file)
      expect(rows.length).toBeGreaterThan(1)
      for (const { call, before, after } of rows) expect(stepOf(call).apply(before).text, `${call} on ${JSON.stringify(before)}`).toBe(after)
    })
  }
})
