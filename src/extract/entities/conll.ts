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

/** The sentences of a column file: blank lines between sentences, each line's columns split on whitespace. */
const columnSentences = (text: string): Array<Array<Array<string>>> => {
  const out: Array<Array<Array<string>>> = []
  let rows: Array<Array<string>> = []
  for (const raw of text.split("\n")) {
    const line = raw.trim()
    if (line !== "") rows.push(line.split(/\s+/))
    else if (rows.length > 0) {
      out.push(rows)
      rows = []
    }
  }
  if (rows.length > 0) out.push(rows)
  return out
}

/** Parses a CoNLL file's text. Lines are split on whitespace; a line with one column has no tag (`O` is assumed). */
export const parseConll = (text: string): Array<ConllSentence> =>
  columnSentences(text).map((rows) => ({
    tokens: rows.map((cols) => cols[0]!),
    tags: toIob2(rows.map((cols) => (cols.length > 1 ? mapTag(cols[cols.length - 1]!) : "O")))
  }))

/**
 * The Arabic dev split used for training and evaluation: the last 10% of
 * ANERcorp train's sentences, a contiguous block of articles (as the held-out
 * test split is), and the rest for training.
 */
export const splitAnercorp = <A>(all: ReadonlyArray<A>): { readonly train: ReadonlyArray<A>; readonly dev: ReadonlyArray<A> } => {
  const cut = Math.floor(all.length * 0.9)
  return { train: all.slice(0, cut), dev: all.slice(cut) }
}

/**
 * Wojood's 21 entity types (Jarrar, Khalilia and Ghanem, LREC 2022) mapped to
 * khabar's four, following ANERcorp's conventions (the target domain):
 * people → PER; geopolitical entities, natural locations and facilities →
 * LOC; organisations → ORG; events, currencies and products → MISC
 * (ANERcorp tags wars, championships and currency names as MISC). Groups of
 * people (NORP: `المصريون`, `الناخبون`), occupations, dates, times,
 * numbers, amounts, languages, websites and laws (in Wojood mostly clause
 * references such as `المادة (5)`) are not entities in ANERcorp: they map to
 * nothing (`O`).
 */
export const WOJOOD_TYPES: Readonly<Record<string, string | undefined>> = {
  PERS: "PER",
  GPE: "LOC",
  LOC: "LOC",
  FAC: "LOC",
  ORG: "ORG",
  EVENT: "MISC",
  CURR: "MISC",
  PRODUCT: "MISC",
  LAW: undefined,
  NORP: undefined,
  OCC: undefined,
  DATE: undefined,
  TIME: undefined,
  CARDINAL: undefined,
  ORDINAL: undefined,
  PERCENT: undefined,
  QUANTITY: undefined,
  UNIT: undefined,
  MONEY: undefined,
  LANGUAGE: undefined,
  WEBSITE: undefined
}

/** The pseudo-token Wojood uses to mark a paragraph end inside a sentence; it is not text and is dropped. */
export const WOJOOD_SEGMENT_MARK = "$#$"

interface Span {
  readonly start: number
  readonly end: number
  readonly type: string
}

/** The spans of one nesting level (IOB2; an `I-X` that does not continue an `X` opens a span). */
const levelSpans = (levels: ReadonlyArray<ReadonlyArray<string>>, level: number): Array<Span> => {
  const out: Array<Span> = []
  let open: { start: number; type: string } | undefined
  const close = (end: number) => {
    if (open !== undefined) out.push({ start: open.start, end, type: open.type })
    open = undefined
  }
  for (let i = 0; i < levels.length; i++) {
    const tag = levels[i]![level] ?? "O"
    if (tag === "O") {
      close(i)
      continue
    }
    const m = /^([BI])-(.+)$/.exec(tag)
    if (m === null) throw new Error(`unknown Wojood tag "${tag}"`)
    const type = m[2]!
    if (!(type in WOJOOD_TYPES)) throw new Error(`unknown Wojood type "${type}"`)
    if (m[1] === "I" && open !== undefined && open.type === type) continue
    close(i)
    open = { start: i, type }
  }
  close(levels.length)
  return out
}

/**
 * Flattens nested tags to IOB2 over PER/LOC/ORG/MISC: the spans of every
 * level whose type maps to one of khabar's types (`WOJOOD_TYPES`) are taken
 * outermost level first, and a span is kept unless it overlaps one already
 * kept. So in `الأمين العام لجامعة الدول العربية في القاهرة` tagged as an
 * occupation (which maps to nothing), the organisation and the city inside
 * it are kept.
 */
export const flattenNested = (levels: ReadonlyArray<ReadonlyArray<string>>): Array<string> => {
  const depth = levels.reduce((d, l) => Math.max(d, l.length), 0)
  const tags: Array<string> = levels.map(() => "O")
  for (let level = 0; level < depth; level++) {
    for (const span of levelSpans(levels, level)) {
      const type = WOJOOD_TYPES[span.type]
      if (type === undefined) continue
      let free = true
      for (let i = span.start; i < span.end; i++) if (tags[i] !== "O") free = false
      if (!free) continue
      for (let i = span.start; i < span.end; i++) tags[i] = `${i === span.start ? "B" : "I"}-${type}`
    }
  }
  return tags
}

/**
 * Parses a Wojood file (`TOKEN TAG1 [TAG2 …]`, one IOB2 tag per nesting level,
 * outermost first; blank lines between sentences) into flat sentences over
 * khabar's types (`flattenNested`). The `$#$` paragraph marks are dropped.
 */
export const parseWojood = (text: string): Array<ConllSentence> =>
  columnSentences(text)
    .map((rows) => rows.filter((cols) => cols[0] !== WOJOOD_SEGMENT_MARK))
    .filter((rows) => rows.length > 0)
    .map((rows) => ({ tokens: rows.map((cols) => cols[0]!), tags: flattenNested(rows.map((cols) => cols.slice(1))) }))
