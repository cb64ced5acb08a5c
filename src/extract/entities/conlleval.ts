/**
 * Entity-level precision, recall and F1, as the CoNLL shared tasks' `conlleval`
 * script counts them: an entity is a maximal run of tags of one type that
 * starts at `B-X` (or at an `I-X` that does not continue an `X`), and it is
 * correct only when the gold sequence has an entity of the same type over
 * exactly the same tokens.
 *
 * @module
 */

/** One entity over token positions `[start, end)`. */
export interface Chunk {
  readonly type: string
  readonly start: number
  readonly end: number
}

/** The entities of a tag sequence (IOB1 or IOB2; `B-X`/`I-X` prefixes, anything else is outside). */
export const chunksOf = (tags: ReadonlyArray<string>): Array<Chunk> => {
  const out: Array<Chunk> = []
  let type = ""
  let start = -1
  const close = (end: number) => {
    if (start >= 0) out.push({ type, start, end })
    start = -1
    type = ""
  }
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    const prefix = t.length > 2 && t[1] === "-" ? t[0] : ""
    const ty = prefix === "" ? "" : t.slice(2)
    if (prefix === "B" || (prefix === "I" && ty !== type)) {
      close(i)
      start = i
      type = ty
    } else if (prefix === "") close(i)
  }
  close(tags.length)
  return out
}

/** Counts of one type (or of all). */
export interface Counts {
  /** Entities found that are in the gold. */
  readonly correct: number
  /** Entities found. */
  readonly found: number
  /** Gold entities. */
  readonly gold: number
}

export interface Score extends Counts {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

const toScore = (c: Counts): Score => {
  const precision = c.found === 0 ? 0 : c.correct / c.found
  const recall = c.gold === 0 ? 0 : c.correct / c.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { ...c, precision, recall, f1 }
}

/** Scores by type, overall (`ALL`), and over a chosen set of types. */
export interface Evaluation {
  readonly byType: Readonly<Record<string, Score>>
  readonly overall: Score
  /** Micro-averaged over the types given to {@link evaluate} as `subset` (e.g. PER, LOC, ORG). */
  readonly subset: Score
  readonly tokens: number
  /** Share of tokens whose tag is the gold tag. */
  readonly accuracy: number
}

/**
 * Compares predicted tag sequences with gold ones (same lengths, sentence by sentence).
 * Throws when a sentence's lengths differ.
 */
export const evaluate = (
  gold: ReadonlyArray<ReadonlyArray<string>>,
  predicted: ReadonlyArray<ReadonlyArray<string>>,
  subset: ReadonlyArray<string> = ["PER", "LOC", "ORG"]
): Evaluation => {
  if (gold.length !== predicted.length) throw new Error(`evaluate: ${gold.length} gold sentences, ${predicted.length} predicted`)
  const counts = new Map<string, { correct: number; found: number; gold: number }>()
  const bump = (type: string, key: "correct" | "found" | "gold") => {
    let c = counts.get(type)
    if (c === undefined) {
      c = { correct: 0, found: 0, gold: 0 }
      counts.set(type, c)
    }
    c[key]++
  }
  let tokens = 0
  let same = 0
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!
    const p = predicted[s]!
    if (g.length !== p.length) throw new Error(`evaluate: sentence ${s} has ${g.length} gold tags and ${p.length} predicted`)
    tokens += g.length
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) same++
    const gc = chunksOf(g)
    const pc = chunksOf(p)
    const goldKeys = new Set(gc.map((c) => `${c.type}\u0000${c.start}\u0000${c.end}`))
    for (const c of gc) bump(c.type, "gold")
    for (const c of pc) {
      bump(c.type, "found")
      if (goldKeys.has(`${c.type}\u0000${c.start}\u0000${c.end}`)) bump(c.type, "correct")
    }
  }
  const sum = (types: ReadonlyArray<string>): Counts => {
    let correct = 0
    let found = 0
    let goldN = 0
    for (const t of types) {
      const c = counts.get(t)
      if (c === undefined) continue
      correct += c.correct
      found += c.found
      goldN += c.gold
    }
    return { correct, found, gold: goldN }
  }
  const types = [...counts.keys()].sort()
  const byType: Record<string, Score> = {}
  for (const t of types) byType[t] = toScore(counts.get(t)!)
  return { byType, overall: toScore(sum(types)), subset: toScore(sum(subset)), tokens, accuracy: tokens === 0 ? 0 : same / tokens }
}

/** A conlleval-style report. */
export const formatEvaluation = (e: Evaluation, subsetName = "PER+LOC+ORG"): string => {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6)
  const line = (name: string, s: Score) =>
    `${name.padEnd(12)} precision ${pct(s.precision)}%  recall ${pct(s.recall)}%  F1 ${pct(s.f1)}  (found ${s.found}, gold ${s.gold}, correct ${s.correct})`
  return [
    `${e.tokens} tokens, accuracy ${pct(e.accuracy)}%`,
    line("ALL", e.overall),
    line(subsetName, e.subset),
    ...Object.entries(e.byType).map(([t, s]) => line(t, s))
  ].join("\n")
}
