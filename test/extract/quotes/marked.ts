/**
 * Test helper: rows of quote tables written with their entities marked, the way the entity stage would tag them:
 * `[[PERSON:text]]` / `[[ORGANIZATION:text]]` marks are taken out of the text and become entities (one id per distinct
 * text); `[[PERSON:text|role]]` gives the entity a role.
 */
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
