/**
 * Invariants every parsed document keeps, checked by the golden, property and
 * corpus tests: spans slice the original exactly, are trimmed, do not
 * overlap, and together cover every non-blank character of the text.
 */
import { isBlank } from "../../src/lexicons/key.js"
import type { KhabarDocument } from "../../src/model/document.js"

interface Piece {
  readonly what: string
  readonly start: number
  readonly end: number
  readonly text?: string
}

/** The pieces of a document: title, dateline, byline, paragraphs, boilerplate. */
export const piecesOf = (doc: KhabarDocument): Array<Piece> => {
  const out: Array<Piece> = []
  if (doc.title !== null) out.push({ what: "title", ...doc.title })
  if (doc.dateline !== null) out.push({ what: "dateline", start: doc.dateline.start, end: doc.dateline.end, text: doc.dateline.text })
  if (doc.byline !== null) out.push({ what: "byline", start: doc.byline.start, end: doc.byline.end })
  doc.paragraphs.forEach((p, i) => out.push({ what: `paragraph ${i}`, start: p.start, end: p.end, text: p.text }))
  doc.boilerplate.forEach((b, i) => out.push({ what: `boilerplate ${i} (${b.kind})`, start: b.start, end: b.end, text: b.text }))
  return out
}

/** Every violated invariant, as a sentence (empty when the document is sound). */
export const violations = (doc: KhabarDocument): Array<string> => {
  const text = doc.text
  const problems: Array<string> = []
  const pieces = piecesOf(doc)
  for (const p of pieces) {
    if (!Number.isInteger(p.start) || !Number.isInteger(p.end) || p.start < 0 || p.end > text.length || p.start >= p.end) {
      problems.push(`${p.what}: bad span [${p.start}, ${p.end})`)
      continue
    }
    if (p.text !== undefined && p.text !== text.slice(p.start, p.end)) problems.push(`${p.what}: text is not the slice of its span`)
    if (isBlank(text.charCodeAt(p.start)) || isBlank(text.charCodeAt(p.end - 1))) problems.push(`${p.what}: span not trimmed`)
  }
  const sorted = [...pieces].sort((a, b) => a.start - b.start)
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!
    const b = sorted[i]!
    if (b.start < a.end) problems.push(`${a.what} [${a.start}, ${a.end}) overlaps ${b.what} [${b.start}, ${b.end})`)
  }
  const covered = new Uint8Array(text.length)
  for (const p of pieces) for (let i = Math.max(0, p.start); i < Math.min(text.length, p.end); i++) covered[i] = 1
  let lost = 0
  let firstLost = -1
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0 && !isBlank(text.charCodeAt(i))) {
      lost++
      if (firstLost < 0) firstLost = i
    }
  }
  if (lost > 0) problems.push(`${lost} non-blank character(s) in no piece, the first at ${firstLost}: ${JSON.stringify(text.slice(firstLost, firstLost + 20))}`)
  if (doc.dateline !== null) {
    const d = doc.dateline
    const inner = text.slice(d.start, d.end)
    for (const x of [...d.places, ...d.agencies]) if (!inner.includes(x)) problems.push(`dateline: "${x}" is not in "${inner}"`)
    if (d.date !== null && !inner.includes(d.date)) problems.push(`dateline: date "${d.date}" is not in "${inner}"`)
  }
  if (doc.byline !== null && doc.byline.names.length === 0) problems.push("byline: no names")
  return problems
}
