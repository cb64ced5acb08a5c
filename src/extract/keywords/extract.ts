/**
 * Keywords: the content words of an article, counted on the folded token keys
 * (so `السعودية`, `والسعودية` and `بالسعودية` are one term), without stop
 * words, and shown as first written in the text, without proclitics.
 *
 * - Per document ({@link documentKeywords}, the `extract.keywords` stage):
 *   score = (occurrences + 2 × occurrences in the title) / content words of the
 *   article; the top N (default 10).
 * - Over a corpus ({@link corpusKeywords}): TF-IDF, tf = occurrences / content
 *   words, idf = ln((1 + N) / (1 + df)) + 1 (the smoothed form of scikit-learn),
 *   terms in more than `maxDocumentShare` of the documents dropped.
 *
 * Stop words: `stopwords-iso` (Arabic and English lists, kept verbatim in
 * `src/lexicons/stopwords/{ar,en}.json`) with news words added there, plus
 * every speech verb of the quote lexicon; all folded like the text.
 *
 * @module
 */
import type { TextView } from "../../model/view.js"
import type { Keyword } from "../../schema/record.js"
import type { Range } from "../internal/ranges.js"
import { WORD, identityView, offsetAfterLetters, tokenMask, tokensOf, type Tokens } from "../internal/tokens.js"
import { KeySet, idsOf } from "../internal/keys.js"
import { stopwords } from "../internal/stopwords.js"

let stopKeys: KeySet | undefined

/** The stop words read by token key id. */
const stopwordKeys = (): KeySet => {
  if (stopKeys === undefined) stopKeys = new KeySet(stopwords())
  return stopKeys
}


const AL = "\u0627\u0644"

const C_WAW = 0x0648
const C_FA = 0x0641
const C_BA = 0x0628
const C_LAM = 0x0644
const C_KAF = 0x0643
const C_ALEF = 0x0627

/** Does `k` have the article at `at`? */
const articleAt = (k: string, at: number): boolean => k.charCodeAt(at) === C_ALEF && k.charCodeAt(at + 1) === C_LAM

/**
 * Where the grouping key of an Arabic word starts, how many letters of
 * proclitics lead it, and whether it had the article: `والسعوديه` → key
 * `سعوديه` (clitic 1, article); `للسعوديه` → `سعوديه` (clitic 1, article: the
 * ل took the article's alef); `لبنان` stays whole (a ل is a clitic only before
 * the article; a bare one is merged later, see {@link mergeCliticForms}).
 * Encoded as `cut * 8 + clitic * 2 + article` to stay allocation-free.
 */
const arabicCut = (k: string): number => {
  const n = k.length
  let at = 0
  let clitic = 0
  const c0 = k.charCodeAt(0)
  const c1 = k.charCodeAt(1)
  if ((c0 === C_WAW || c0 === C_FA) && n > 4 && (articleAt(k, 1) || c1 === C_BA || c1 === C_LAM || c1 === C_KAF)) {
    at = 1
    clitic = 1
  }
  const a0 = k.charCodeAt(at)
  if (a0 === C_LAM && k.charCodeAt(at + 1) === C_LAM && n - at > 4) return (at + 2) * 8 + (clitic + 1) * 2 + 1
  if ((a0 === C_BA || a0 === C_LAM || a0 === C_KAF) && articleAt(k, at + 1) && n - at > 5) {
    at++
    clitic++
  }
  if (articleAt(k, at) && n - at > 4) return (at + 2) * 8 + clitic * 2 + 1
  return at * 8 + clitic * 2
}

/** One term of a text: occurrences, occurrences in the title, and where it is first written. */
export interface TermEntry {
  count: number
  title: number
  /** Token index of the first occurrence, its proclitic letters and whether it has the article. */
  readonly first: number
  readonly clitic: number
  readonly article: boolean
}

/** Term counts of a text by grouping key. */
export interface TermCounts {
  readonly terms: Map<string, TermEntry>
  /** The term as first written in the text, without proclitics, tatweel and harakat (computed on demand). */
  readonly formOf: (entry: TermEntry) => string
  /** Content words counted (stop words and numbers excluded). */
  readonly total: number
}

export interface TermOptions {
  readonly view?: TextView | undefined
  /** Ranges of the original text to leave out (boilerplate). */
  readonly exclude?: ReadonlyArray<Range> | undefined
  /** The title's range: its words count three times. */
  readonly title?: Range | null | undefined
}

/** Counts the content words of `text`. */
export const termCounts = (text: string, options: TermOptions = {}): TermCounts => {
  const view = options.view ?? identityView(text)
  const t = tokensOf(view)
  const title = options.title ?? null
  return countTokens(t, text, tokenMask(t, options.exclude ?? []), title === null ? null : tokenMask(t, [title]))
}

/** Counts the content words; `excluded` and `inTitle` are token masks (see `tokenMask`). */
const countTokens = (t: Tokens, text: string, excluded: Uint8Array, inTitle: Uint8Array | null): TermCounts => {
  const stop = stopwordKeys()
  const { ids } = idsOf(t)
  const terms: TermCounts["terms"] = new Map()
  let total = 0
  const kinds = t.kinds
  const keys = t.keys
  const count = t.count
  for (let i = 0; i < count; i++) {
    if (kinds[i] !== WORD) continue
    const k = keys[i]!
    if (excluded[i] === 1 || k.length < 3 || stop.hasId(ids[i]!)) continue
    let key = k
    let clitic = 0
    let article = false
    const c0 = k.charCodeAt(0)
    if (c0 >= 0x0600 && c0 <= 0x06ff) {
      const code = arabicCut(k)
      const cut = code >> 3
      if (cut > 0) {
        if (k.length - cut < 3 || stop.hasRange(k, cut, k.length)) continue
        key = k.slice(cut)
      }
      clitic = (code >> 1) & 3
      article = (code & 1) === 1
    } else if (c0 < 0x61 || c0 > 0x7a) continue
    let entry = terms.get(key)
    if (entry === undefined) {
      entry = { count: 0, title: 0, first: i, clitic, article }
      terms.set(key, entry)
    }
    entry.count++
    if (inTitle !== null && inTitle[i] === 1) entry.title++
    total++
  }
  mergeCliticForms(terms)
  const formOf = (e: TermEntry): string => {
    const span = t.identity ? { start: t.starts[e.first]!, end: t.ends[e.first]! } : t.view.toOriginal(t.starts[e.first]!, t.ends[e.first]!)
    return writtenForm(t, e.first, text, span.start, span.end, e.clitic, e.article)
  }
  return { terms, total, formOf }
}

/** Tatweel and harakat: dropped from the written form of a term (`كـــبير` → `كبير`). */
const MARKS = /[\u0640\u064b-\u065f\u0670]/g

/** The word as written, without its proclitics (with the article when it had one), tatweel and harakat. */
const writtenForm = (t: Tokens, i: number, text: string, start: number, end: number, clitic: number, article: boolean): string =>
  bareForm(t, i, text, start, end, clitic, article).replace(MARKS, "")

const bareForm = (t: Tokens, i: number, text: string, start: number, end: number, clitic: number, article: boolean): string => {
  if (clitic === 0) return text.slice(start, end)
  const from = t.view.toOriginal(offsetAfterLetters(t, i, clitic), t.ends[i]!).start
  const rest = text.slice(from, end)
  // للسعودية: the ل took the article's alef; give it back
  return article && !rest.startsWith("\u0627\u0644") && !rest.startsWith("\u0623\u0644") ? AL + rest.replace(/^\u0644/, "") : rest
}

/**
 * A word that starts with و, ف, ب or ل and has no article (`وحزب`, `بلبنان`)
 * is only read as clitic + word when the document has the word alone too
 * (`حزب`, `لبنان`); `وزير` stays `وزير` unless `زير` is in the text.
 */
const mergeCliticForms = (terms: TermCounts["terms"]): void => {
  // deleting the entry being visited is safe while iterating a Map (in
  // insertion order, as `for of` would; forEach makes no [key, value] pair per
  // entry); nothing is added
  terms.forEach((e, k) => {
    const c0 = k.charCodeAt(0)
    if (k.length < 4 || !(c0 === C_WAW || c0 === C_FA || c0 === C_BA || c0 === C_LAM || c0 === C_KAF)) return
    const target = terms.get(k.slice(1))
    if (target === undefined || target === e) return
    target.count += e.count
    target.title += e.title
    terms.delete(k)
  })
}

interface Scored {
  readonly key: string
  readonly entry: TermEntry
  readonly score: number
}

/** Higher score first; equal scores in key order, so the result never depends on insertion order. */
const before = (a: Scored, b: Scored): boolean => a.score > b.score || (a.score === b.score && a.key < b.key)

/** Keeps the best `n` terms seen, in order (insertion into a short sorted list: no sort of every term). */
class TopN {
  readonly items: Array<Scored> = []
  constructor(private readonly n: number) {}
  offer(key: string, entry: TermEntry, score: number): void {
    const xs = this.items
    if (xs.length === this.n) {
      const last = xs[xs.length - 1]!
      if (!(score > last.score || (score === last.score && key < last.key))) return
    }
    const k = { key, entry, score }
    let i = xs.length
    while (i > 0 && before(k, xs[i - 1]!)) i--
    xs.splice(i, 0, k)
    if (xs.length > this.n) xs.pop()
  }
  keywords(counts: TermCounts): Array<Keyword> {
    return this.items.map((x) => ({ term: counts.formOf(x.entry), score: x.score }))
  }
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6

/** The top `n` keywords of one document's term counts (no corpus statistics). */
export const keywordsOf = (counts: TermCounts, n = 10): Array<Keyword> => {
  if (counts.total === 0 || n <= 0) return []
  const best = new TopN(n)
  const total = counts.total
  counts.terms.forEach((e, k) => best.offer(k, e, round((e.count + 2 * e.title) / total)))
  return best.keywords(counts)
}

/** Keywords of one text. */
export const documentKeywords = (text: string, options: TermOptions & { readonly top?: number | undefined } = {}): Array<Keyword> =>
  keywordsOf(termCounts(text, options), options.top ?? 10)

/** What {@link corpusKeywords} reads of a record: its title and paragraphs (a `KhabarRecord` fits). */
export interface KeywordSource {
  readonly title: string | null
  readonly paragraphs: ReadonlyArray<{ readonly text: string }>
}

export interface CorpusKeywordOptions {
  /** Keywords per document (default 10). */
  readonly top?: number | undefined
  /** Terms found in fewer documents are left out (default 1). */
  readonly minDocumentFrequency?: number | undefined
  /** Terms found in more than this share of the documents are left out (default 0.5). */
  readonly maxDocumentShare?: number | undefined
}

/**
 * TF-IDF keywords for each record of a corpus, in input order. Pure: the
 * same records give the same keywords.
 */
export const corpusKeywords = (records: ReadonlyArray<KeywordSource>, options: CorpusKeywordOptions = {}): Array<Array<Keyword>> => {
  const n = options.top ?? 10
  const minDf = options.minDocumentFrequency ?? 1
  const maxShare = options.maxDocumentShare ?? 0.5
  const counted = records.map((r) => {
    const title = r.title ?? ""
    const text = [title, ...r.paragraphs.map((p) => p.text)].join("\n")
    return termCounts(text, { title: title.length > 0 ? { start: 0, end: title.length } : null })
  })
  const df = new Map<string, number>()
  for (const c of counted) for (const k of c.terms.keys()) df.set(k, (df.get(k) ?? 0) + 1)
  const N = records.length
  return counted.map((c) => {
    if (c.total === 0 || n <= 0) return []
    const best = new TopN(n)
    for (const [k, e] of c.terms) {
      const d = df.get(k)!
      if (d < minDf || (N > 1 && d / N > maxShare)) continue
      const idf = Math.log((1 + N) / (1 + d)) + 1
      best.offer(k, e, round(((e.count + 2 * e.title) / c.total) * idf))
    }
    return best.keywords(c)
  })
}
