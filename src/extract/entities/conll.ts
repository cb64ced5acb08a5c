/**
 * Reading CoNLL-style NER files: one token per line (the token in the first
 * column, the tag in the last), blank lines between sentences.
 *
 * Tags are mapped to the four types of khabar (`PERS`/`PER` → `PER`,
 * `MIS`/`MISC` → `MISC`) and repaired to IOB2 (an `I-X` that does not
 * continue an `X` becomes `B-X`), so IOB1 files read the same.
 *
 * @module
 */

export interface ConllSentence {
  readonly tokens: ReadonlyArray<string>
  /** IOB2 tags over PER, LOC, ORG, MISC. */
  readonly tags: ReadonlyArray<string>
}

const TYPE_NAMES: Readonly<Record<string, string>> = { PER: "PER", PERS: "PER", PERSON: "PER", LOC: "LOC", LOCATION: "LOC", ORG: "ORG", ORGANIZATION: "ORG", MISC: "MISC", MIS: "MISC" }

/** Maps a tag to IOB over PER/LOC/ORG/MISC (prefix kept); throws on an unknown type. */
export const mapTag = (tag: string): string => {
  if (tag === "O") return "O"
  const m = /^([BI])-(.+)$/.exec(tag)
  const type = m === null ? undefined : TYPE_NAMES[m[2]!]
  if (m === null || type === undefined) throw new Error(`unknown tag "${tag}"`)
  return `${m[1]}-${type}`
}

/** IOB2: an I-X after anything but B-X or I-X becomes B-X. */
export const toIob2 = (tags: ReadonlyArray<string>): Array<string> => {
  const out: Array<string> = []
  let prevType = ""
  for (const t of tags) {
    if (t === "O") {
      out.push(t)
      prevType = ""
      continue
    }
    const type = t.slice(2)
    out.push(t.startsWith("I-") && prevType !== type ? `B-${type}` : t)
    prevType = type
  }
  return out
}

/** Parses a CoNLL file's text. Lines are split on whitespace; a line with one column has no tag (`O` is assumed). */
export const parseConll = (text: string): Array<ConllSentence> => {
  const out: Array<ConllSentence> = []
  let tokens: Array<string> = []
  let tags: Array<string> = []
  const flush = () => {
    if (tokens.length > 0) out.push({ tokens, tags: toIob2(tags) })
    tokens = []
    tags = []
  }
  for (const raw of text.split("\n")) {
    const line = raw.trim()
    if (line === "") {
      flush()
      continue
    }
    const cols = line.split(/\s+/)
    tokens.push(cols[0]!)
    tags.push(cols.length > 1 ? mapTag(cols[cols.length - 1]!) : "O")
  }
  flush()
  return out
}

/**
 * The Arabic dev split used for training and evaluation: the last 10% of
 * ANERcorp train's sentences, a contiguous block of articles (as the held-out
 * test split is), and the rest for training.
 */
export const splitAnercorp = <A>(all: ReadonlyArray<A>): { readonly train: ReadonlyArray<A>; readonly dev: ReadonlyArray<A> } => {
  const cut = Math.floor(all.length * 0.9)
  return { train: all.slice(0, cut), dev: all.slice(cut) }
}
