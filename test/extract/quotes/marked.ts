/**
 * Test helper: rows of quote tables written with their entities marked, the way the entity stage would tag them:
 * `[[PERSON:text]]` / `[[ORGANIZATION:text]]` marks are taken out of the text and become entities (one id per distinct
 * text); `[[PERSON:text|role]]` gives the entity a role.
 */
import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import type { Entity } from "../../../src/schema/record.js"

/** The text of a marked row and its entities. */
export const parseMarked = (marked: string): { text: string; entities: Array<Entity> } => {
  const entities: Array<Entity> = []
  const ids = new Map<string, string>()
  let text = ""
  let i = 0
  while (i < marked.length) {
    const open = marked.indexOf("[[", i)
    if (open < 0) {
      text += marked.slice(i)
      break
    }
    text += marked.slice(i, open)
    const close = marked.indexOf("]]", open)
    const colon = marked.indexOf(":", open)
    const type = marked.slice(open + 2, colon) as Entity["type"]
    // `[[PERSON:name|role]]`: the role the entity stage read before the name
    const [name = "", role = null] = marked.slice(colon + 1, close).split("|")
    const id = ids.get(name) ?? `e${ids.size + 1}`
    ids.set(name, id)
    entities.push({ text: name, type, canonical: name, entityId: id, role, confidence: 1, start: text.length, end: text.length + name.length })
    text += name
    i = close + 2
  }
  return { text, entities }
}

/** The quotes of a marked row, one `[speaker | verb] text` string each. */
export const showQuotes = (marked: string): Array<string> => {
  const { text, entities } = parseMarked(marked)
  return extractQuotes(text, { entities }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)
}

/** A table row: the marked text and the quotes expected, as {@link showQuotes} prints them. */
export type QuoteRow = readonly [string, ReadonlyArray<string>]

/** Registers one test per row of each table under `title`, and a check that every quote's span slices its text. */
export const describeQuoteTables = (title: string, tables: Readonly<Record<string, ReadonlyArray<QuoteRow>>>): void => {
  describe(title, () => {
    for (const [name, rows] of Object.entries(tables)) {
      describe(name, () => {
        it.each(rows)("%s", (text, expected) => {
          expect(showQuotes(text)).toEqual(expected)
        })
      })
    }

    it("spans still map back to the text", () => {
      for (const rows of Object.values(tables))
        for (const [marked] of rows) {
          const { text, entities } = parseMarked(marked)
          for (const q of extractQuotes(text, { entities })) expect(text.slice(q.start, q.end)).toBe(q.text)
        }
    })
  })
}
