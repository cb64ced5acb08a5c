/**
 * The seeded draw and the reader's sheet behind the hand readings of quotes
 * (`npm run sample:quotes`; method in docs/quotes.md, "Measured on real
 * articles"). Pure functions: the script reads the corpora and writes the
 * sheet, this module only chooses and renders, so a reading can be drawn again
 * exactly from its seed.
 */
import { mulberry32 } from "../../src/extract/entities/train.js"
import type { Quote } from "../../src/schema/record.js"

/** The generator of the draw: the training's seeded Mulberry32, so the same seed draws the same sample everywhere. */
export { mulberry32 }

/**
 * An article can hold a gold quote only if it has a quote mark or a common
 * speech verb (`قال`, `أكد`, `أوضح`, `أضاف`, English `said`); the draw skips
 * the others, which would only cost the reader time.
 */
export const MAY_QUOTE = /[«"“]|قال|أكد|أوضح|أضاف|said/

/** `n` distinct indexes below `size`, drawn uniformly with the seed, in ascending order. */
export function drawIndexes(size: number, n: number, seed: number): Array<number> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`sample size must be a whole number ≥ 0, got ${n}`)
  if (n > size) throw new RangeError(`cannot draw ${n} articles from ${size}`)
  const next = mulberry32(seed)
  const picked = new Set<number>()
  while (picked.size < n) picked.add(Math.floor(next() * size))
  return [...picked].sort((a, b) => a - b)
}

const clip = (text: string): string =>
  (text.length > 160 ? `${text.slice(0, 80)} … ${text.slice(-60)}` : text).replace(/\n/g, " ⏎ ")

/**
 * One article of the reader's sheet: its non-blank lines numbered `[n]` (the
 * reader cites them) and the quotes khabar found, or the reason it rejected
 * the article.
 */
export function renderArticle(
  index: number,
  id: string,
  text: string,
  result: { readonly quotes: ReadonlyArray<Quote> } | { readonly rejected: string }
): string {
  const out = [`## ${index}. ${id}`, ""]
  if ("rejected" in result) return [...out, `rejected: ${result.rejected}`, ""].join("\n")
  const lines = text.split("\n").filter((line) => line.trim() !== "")
  out.push("### text", "", "```", ...lines.map((line, i) => `[${i + 1}] ${line}`), "```", "")
  out.push(`### khabar quotes (${result.quotes.length})`, "")
  result.quotes.forEach((q, i) => {
    const speaker = q.speaker === null ? "∅" : `«${q.speaker}»`
    out.push(`${i + 1}. speaker: ${speaker} · verb: ${q.verb ?? "∅"} · [${q.start}, ${q.end})`, `   > ${clip(q.text)}`)
  })
  out.push("")
  return out.join("\n")
}
