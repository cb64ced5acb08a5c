/**
 * Direct quotations with their speakers.
 *
 * Two kinds of direct speech are found, per paragraph (a line of the text):
 * - words between quotation marks — `«…»`, `“…”`, `„…“`, `"…"`, and the
 *   mis-typed openers scraped Arabic text is full of (`:”…”`, `:»…«`) — that a
 *   speech verb introduces (`وقال الوزير: «…»`, `قال إن «…»`), follows
 *   (`«…»، قال الوزير`, `"…," Putin said`, `"…," said Putin`, `according to …`),
 *   or that are long enough to be speech on their own (8 words or more, then
 *   given to the last named speaker);
 * - speech after a verb and a colon with no marks (`وقال المجلس في بيان: إن …`,
 *   `ونقل المكتب عن الوزير قوله: إنه …`), up to the end of the paragraph or
 *   the next sentence that opens with a new attribution.
 *
 * A quotation mark that is never closed does not swallow the rest of the
 * article: the quote ends at the end of its paragraph and is reported in
 * `capped` (the stage turns it into a diagnostic).
 *
 * Speakers: the phrase after the verb (`قال وزير الخارجية عادل الجبير`), the
 * name after `عن` in `نقل عن … قوله`, the noun phrase before or after an
 * English verb. With entities, the speaker is the canonical form of the
 * person or organisation in that phrase (or of the entity whose role the
 * phrase names) and `speakerEntityId` its id; without them, the phrase
 * itself. A verb with no subject (`وأضاف:`, `وقالت:`), a pronoun (`he said`)
 * or a participle (`مضيفاً: «…»`) takes the last named speaker of the same
 * gender, else the last named speaker.
 *
 * Every step reads a bounded window of tokens, so the scan is linear in the
 * length of the text.
 *
 * @module
 */
import type { TextView } from "../../model/view.js"
import { lowerBound } from "../../internal/search.js"
import type { Entity, Quote } from "../../schema/record.js"
import { RangeFilter, type Range } from "../internal/ranges.js"
import { BREAK, NUM, PUNCT, WORD, identityView, isCapitalized, offsetAfterLetters, tokensOf, type Tokens } from "../internal/tokens.js"
import { idsOf } from "../internal/keys.js"
import { quoteLexicons, type Gender, type QuoteLexicons, type Verb } from "./lexicon.js"

export interface QuoteOptions {
  /** The view to scan (default: the text itself); the normalize stage's `search` view in the pipeline. */
  readonly view?: TextView | undefined
  /** The document's entities (spans into the text): speakers get their canonical form and id. */
  readonly entities?: ReadonlyArray<Entity> | undefined
  /** Ranges of the original text to leave alone (boilerplate). */
  readonly exclude?: ReadonlyArray<Range> | undefined
}

export interface QuoteResult {
  readonly quotes: Array<Quote>
  /** Quotes whose closing mark was missing, capped at the end of their paragraph. */
  readonly capped: Array<Range>
}

/** Marks that open a quote, and the marks that close each. */
const OPENERS: ReadonlyMap<string, string> = new Map([
  ["\u00ab", "\u00bb"], // « »
  ["\u201c", "\u201d\u201c"], // “ ” (and “…“)
  ["\u201e", "\u201c\u201d"], // „ “
  ["\u201f", "\u201d"],
  ["\u201d", "\u201d\u201c"], // ” used as an opener (:”…”)
  ["\u00bb", "\u00ab\u00bb"], // » used as an opener (:»…«)
  ['"', '"'],
  ["\u2033", "\u2033"],
  ["\uff02", "\uff02"]
])
const STRAIGHT = new Set(['"', "\u2033", "\uff02"])
const MARKS = new Set(["\u00ab", "\u00bb", "\u201c", "\u201d", "\u201e", "\u201f", '"', "\u2033", "\uff02"])
/** Closing-type marks: they open a quote only when they look like an opener (after a colon or a space, before a letter). */
const CLOSING_TYPE = new Set(["\u00bb", "\u201d"])
const COMMAS = new Set([",", "\u060c"])
const WAW = "\u0648"
const FA = "\u0641"
const AN = "\u0639\u0646" // عن
const MIN = "\u0645\u0646" // من
const QAD = "\u0642\u062f" // قد
const C_WAW = 0x0648
const C_FA = 0x0641

/** Minimum words of a quote that only a complementizer or a verb introduces (one word in marks is a term, not speech). */
const MIN_WORDS_CUED = 3
/** Minimum words of a quote in marks with no attribution at all. */
const MIN_WORDS_UNCUED = 8
/** How far (tokens) a speech verb may stand before the quote it introduces. */
const CUE_WINDOW = 18
/** Minimum words of a quote in marks that follows its speaker with no colon or complementizer (`وقال الوزير "…"`). */
const MIN_WORDS_BARE = 4
/** How far (tokens) a colon may stand after its speech verb (`وقالت في تصريح صحافي مساء الأحد خصت «المدينة» بنسخة منه:`). */
const COLON_WINDOW = 20
/** How many tokens from a sentence's start its subject may stand (`وكان المدرب سامي قد …، قائلاً`). */
const SUBJECT_WINDOW = 6

interface Mark {
  /** Token of the opening mark. */
  readonly open: number
  /** Token of the closing mark, or the paragraph end when capped. */
  readonly close: number
  readonly capped: boolean
}

interface Cue {
  readonly at: number
  /** Token after the verb (or after قوله for نقل عن … قوله). */
  readonly end: number
  readonly kind: "verb" | "participle" | "reported" | "according"
  readonly verb: string
  readonly gender: Gender | null
  readonly needsMark: boolean
  readonly alsoNoun: boolean
  readonly english: boolean
  /** Token range of the speaker phrase, when one stands after the verb. */
  readonly speaker: readonly [number, number] | null
}

interface Speaker {
  readonly text: string
  readonly entityId: string | null
  readonly gender: Gender | null
}

/** The direct quotes of `text` (or of `options.view`), in text order. */
export const extractQuotes = (text: string, options: QuoteOptions = {}): Array<Quote> => quotesOf(text, options).quotes

/** The direct quotes and the capped ones. */
export const quotesOf = (text: string, options: QuoteOptions = {}): QuoteResult => {
  const view = options.view ?? identityView(text)
  return new QuoteScanner(tokensOf(view), text, options.entities ?? [], new RangeFilter(options.exclude ?? [])).scan()
}

/** Paragraph buffers shared by the scanners (one runs at a time: the scan is synchronous). */
const shared = { wordsUpTo: new Int32Array(256), nextBoundary: new Int32Array(256) }

class QuoteScanner {
  private readonly lex: QuoteLexicons = quoteLexicons()
  private readonly keys: Array<string>
  /** Key ids of the tokens (as tokenized: {@link withKey} changes `keys`, never the ids). */
  private readonly ids: Int32Array
  /** Key ids of the words without their first letter (see `idsOf`). */
  private readonly tails: Int32Array
  private readonly chain: Array<Speaker> = []
  private readonly quotes: Array<Quote> = []
  private readonly capped: Array<Range> = []
  private readonly entities: ReadonlyArray<Entity>
  /** Original start offsets of {@link entities}, ascending (binary-searched). */
  private readonly entityStarts: Float64Array
  /** Original offset of the cue or mark being attributed (a speaker with no name before it is looked up before here). */
  private cursor = 0
  /** Token where the last named speaker was pushed onto the chain (-1: none). */
  private lastPushAt = -1

  constructor(
    private readonly t: Tokens,
    private readonly text: string,
    entities: ReadonlyArray<Entity>,
    private readonly exclude: RangeFilter
  ) {
    this.keys = t.keys
    const ids = idsOf(t)
    this.ids = ids.ids
    this.tails = ids.tails
    this.entities = [...entities].sort((a, b) => a.start - b.start)
    this.entityStarts = Float64Array.from(this.entities, (e) => e.start)
  }

  scan(): QuoteResult {
    const t = this.t
    let ps = 0
    for (let i = 0; i <= t.count; i++) {
      if (i === t.count || t.kinds[i] === BREAK) {
        if (i > ps) this.paragraph(ps, i)
        ps = i + 1
      }
    }
    return { quotes: this.quotes, capped: this.capped }
  }

  // -------------------------------------------------------------------------
  // tokens

  private orig(start: number, end: number): Range {
    return this.t.view.toOriginal(start, end)
  }
  /** The original character of a punctuation token (the view may have folded quotation marks). */
  private markChar(j: number): string | null {
    if (this.t.kinds[j] !== PUNCT) return null
    const k = this.keys[j]!
    if (!MARKS.has(k)) return null
    const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
    const c = this.text[o.start]!
    return MARKS.has(c) ? c : k
  }
  /** A full stop, question or exclamation mark (compared, not hashed: this runs for every punctuation token). */
  private isSentenceEnd(j: number): boolean {
    if (this.t.kinds[j] !== PUNCT) return false
    const k = this.keys[j]
    return k === "." || k === "\u061f" || k === "?" || k === "!"
  }
  private isPunct(j: number, set: ReadonlySet<string>): boolean {
    return this.t.kinds[j] === PUNCT && set.has(this.keys[j]!)
  }
  /** Words and numbers in tokens `[a, b)` of the current paragraph (constant time). */
  private wordCount(a: number, b: number): number {
    return this.wordsUpTo[b - this.ps]! - this.wordsUpTo[a - this.ps]!
  }
  private sentenceEndBetween(a: number, b: number): boolean {
    for (let j = a; j < b; j++) if (this.isSentenceEnd(j)) return true
    return false
  }

  // -------------------------------------------------------------------------
  // a paragraph

  /** Paragraph state shared by the steps: prefix word counts and where each colon quote may end. */
  private ps = 0
  private wordsUpTo: Int32Array = shared.wordsUpTo
  private nextBoundary: Int32Array = shared.nextBoundary

  private pe = 0

  private prepare(ps: number, pe: number): void {
    const n = pe - ps
    this.ps = ps
    this.pe = pe
    // the arrays are reused from paragraph to paragraph (and document to document); every entry read is written first
    if (shared.wordsUpTo.length < n + 1) {
      const size = Math.max(n + 1, shared.wordsUpTo.length * 2)
      shared.wordsUpTo = new Int32Array(size)
      shared.nextBoundary = new Int32Array(size)
    }
    this.wordsUpTo = shared.wordsUpTo
    this.nextBoundary = shared.nextBoundary
    const kinds = this.t.kinds
    const words = this.wordsUpTo
    words[0] = 0
    let w = 0
    for (let j = ps; j < pe; j++) {
      const k = kinds[j]
      if (k === WORD || k === NUM) w++
      words[j - ps + 1] = w
    }
    // the end of a colon quote that starts at k: the end of the sentence before the next attribution, or the paragraph end
    const boundary = this.nextBoundary
    let next = pe
    boundary[n] = pe
    for (let j = pe - 1; j >= ps; j--) {
      if (kinds[j] === PUNCT && this.isSentenceEnd(j) && j + 1 < pe && this.startsAttribution(j + 1, pe)) next = j + 1
      boundary[j - ps] = next
    }
  }

  private paragraph(ps: number, pe: number): void {
    this.prepare(ps, pe)
    const marks = this.marks(ps, pe)
    const cues = this.cues(ps, pe)
    const markAt = new Map<number, Mark>()
    for (const m of marks) markAt.set(m.open, m)
    type Found = { readonly a: number; readonly b: number; readonly cue: Cue | null; readonly speaker: Speaker | null; readonly capped: boolean }
    const found: Array<Found> = []
    let ci = 0
    let mi = 0
    // the close of the last quotation (or the paragraph's end, for one left open as news does when speech goes on in
    // the next paragraph): a verb inside quoted words (وكان يقول فقط …, `come to me and said`) attributes nothing
    let quotedUntil = -1
    // events in text order: a cue updates the chain before the quotes after it are attributed
    while (ci < cues.length || mi < marks.length) {
      const cue = cues[ci]
      const mark = marks[mi]
      if (cue !== undefined && (mark === undefined || cue.at < mark.open)) {
        ci++
        if (cue.at < quotedUntil) continue
        this.cursor = this.orig(this.t.starts[cue.at]!, this.t.ends[cue.at]!).start
        const colon = this.colonSpeech(cue, pe, markAt)
        const speaker = cue.english
          ? cue.kind === "verb"
            ? this.resolve(this.englishSubjectBefore(cue.at, ps), cue.gender, this.englishSubjectBefore(cue.at, ps) !== null)
            : null
          : this.speakerOfCue(cue, colon !== null || this.introducesSpeech(cue, pe) || this.namesPerson(cue))
        if (colon !== null) found.push({ a: colon[0], b: colon[1], cue, speaker, capped: false })
        continue
      }
      mi++
      const m = mark!
      const a = m.open + 1
      const b = m.close
      quotedUntil = m.close
      this.cursor = this.orig(this.t.starts[m.open]!, this.t.ends[m.open]!).start
      // a name or title in marks (بعنوان «…», لصحيفة «…»): never speech
      if (m.open > ps && this.t.kinds[m.open - 1] === WORD && this.lex.arNameNouns.has(this.keys[m.open - 1]!)) continue
      const words = this.wordCount(a, b)
      const before = this.cueBefore(m, cues, ps)
      if (before !== null) {
        if (words >= (before.colon ? 1 : before.bare ? MIN_WORDS_BARE : MIN_WORDS_CUED)) found.push({ a, b, cue: before.cue, speaker: before.speaker, capped: m.capped })
        continue
      }
      const after = m.capped ? null : this.cueAfter(m, pe)
      if (after !== null) {
        // the cue after the quote is consumed here: skip it in the cue loop
        while (ci < cues.length && cues[ci]!.at <= after.cue.at) ci++
        if (words >= 2) found.push({ a, b, cue: after.cue, speaker: after.speaker, capped: m.capped })
        continue
      }
      // a quote right after an attributed one in the same paragraph goes on with the same speaker
      const previous = found[found.length - 1]
      if (previous !== undefined && previous.speaker !== null && words >= 2 && this.continues(previous.b, m.open)) found.push({ a, b, cue: null, speaker: previous.speaker, capped: m.capped })
      else if (words >= MIN_WORDS_UNCUED) found.push({ a, b, cue: null, speaker: this.fromChain(null), capped: m.capped })
    }
    // overlaps: a colon quote holds the marked terms inside it; keep the outer one
    found.sort((x, y) => x.a - y.a || y.b - x.b)
    let lastEnd = -1
    for (const f of found) {
      if (f.a < lastEnd) continue
      if (this.emit(f.a, f.b, f.cue, f.speaker, f.capped)) lastEnd = f.b
    }
  }

  private emit(a: number, b: number, cue: Cue | null, speaker: Speaker | null, capped: boolean): boolean {
    // trim punctuation at both ends of the quoted words (keep ?/! and closing brackets inside)
    let s = a
    let e = b
    const t = this.t
    while (s < e && t.kinds[s] === PUNCT && (COMMAS.has(this.keys[s]!) || this.keys[s] === ":" || this.keys[s] === "-" || MARKS.has(this.keys[s]!))) s++
    while (e > s && t.kinds[e - 1] === PUNCT && (COMMAS.has(this.keys[e - 1]!) || this.keys[e - 1] === "." || this.keys[e - 1] === ":" || MARKS.has(this.keys[e - 1]!))) e--
    if (e <= s) return false
    const span = this.orig(t.starts[s]!, t.ends[e - 1]!)
    if (this.exclude.overlaps(span.start, span.end)) return false
    this.quotes.push({
      text: this.text.slice(span.start, span.end),
      speaker: speaker?.text ?? null,
      speakerEntityId: speaker?.entityId ?? null,
      verb: cue?.verb ?? null,
      start: span.start,
      end: span.end
    })
    if (capped) this.capped.push(span)
    return true
  }

  // -------------------------------------------------------------------------
  // quotation marks

  /** Pairs the quotation marks of a paragraph (outermost pairs; an unclosed one is capped at the paragraph end). */
  private marks(ps: number, pe: number): Array<Mark> {
    const out: Array<Mark> = []
    let open = -1
    let closers = ""
    let opener = ""
    let depth = 0
    for (let j = ps; j < pe; j++) {
      const c = this.markChar(j)
      if (c === null) continue
      if (open < 0) {
        if (CLOSING_TYPE.has(c) && !this.looksLikeOpener(j, ps)) continue
        // a straight quote glued to the word before it and followed by a space closes a quote: never open there
        if (!OPENERS.has(c) || (STRAIGHT.has(c) && this.looksLikeCloser(j, pe))) continue
        open = j
        opener = c
        closers = OPENERS.get(c) ?? c
        depth = 0
        continue
      }
      if (c === opener && !closers.includes(c)) {
        depth++
        continue
      }
      if (closers.includes(c)) {
        if (depth > 0) {
          depth--
          continue
        }
        out.push({ open, close: j, capped: false })
        open = -1
      }
    }
    if (open >= 0) out.push({ open, close: pe, capped: true })
    return out
  }

  /** A straight quote right after a word or a comma or full stop, and before a space, a punctuation mark or the paragraph end, closes. */
  private looksLikeCloser(j: number, pe: number): boolean {
    const t = this.t
    if (t.spaced[j] === 1) return false
    const prev = j - 1
    if (prev < 0 || t.kinds[prev] === BREAK) return false
    const next = j + 1
    return next >= pe || t.spaced[next] === 1 || t.kinds[next] === PUNCT
  }

  /** A closing-type mark opens a quote right after a colon (`:” نحن`), or after a space and glued to the word after it. */
  private looksLikeOpener(j: number, ps: number): boolean {
    const t = this.t
    const next = j + 1
    if (next >= t.count || (t.kinds[next] !== WORD && t.kinds[next] !== NUM)) return false
    if (j > ps && this.keys[j - 1] === ":") return true
    return t.spaced[next] === 0 && (j === ps || t.spaced[j] === 1)
  }

  // -------------------------------------------------------------------------
  // cues

  /** The speech cues of a paragraph, in order. */
  private cues(ps: number, pe: number): Array<Cue> {
    const out: Array<Cue> = []
    const kinds = this.t.kinds
    const ids = this.ids
    const tails = this.tails
    const first = this.lex.cueFirstKeys
    for (let j = ps; j < pe; j++) {
      if (kinds[j] !== WORD) continue
      const whole = first.hasId(ids[j]!)
      const tail = first.hasId(tails[j]!)
      if (!whole && !tail) continue
      const key = this.keys[j]!
      // the key without a proclitic و or ف (وقال → قال) starts a cue
      const c0 = key.charCodeAt(0)
      const bareCue = tail && key.length > 3 && (c0 === C_WAW || c0 === C_FA)
      if (!bareCue && !whole) continue
      let cue = bareCue ? this.withKey(j, key.slice(1), () => this.cueAt(j, pe, key.slice(1), 1)) : null
      if (cue === null) {
        cue = this.cueAt(j, pe, key)
        // a bare verb form that is also a noun, after a noun, is the noun (عدم ذكر اسمه), not an attribution
        if (cue !== null && cue.kind === "verb" && cue.alsoNoun && j > ps && this.t.kinds[j - 1] === WORD && !this.lex.clauseOpeners.has(this.keys[j - 1]!)) cue = null
      }
      if (cue !== null) {
        out.push(cue)
        j = Math.max(j, cue.end - 1)
      }
    }
    return out
  }

  private withKey<A>(j: number, key: string, f: () => A): A {
    const saved = this.keys[j]!
    this.keys[j] = key
    try {
      return f()
    } finally {
      this.keys[j] = saved
    }
  }

  /** The cue at token `j` (read with key `key`; `strip` letters of a proclitic were left out of it). */
  private cueAt(j: number, pe: number, key: string, strip = 0): Cue | null {
    const lex = this.lex
    if (lex.reportedVerbs.has(key)) {
      // نقل المكتب عن الوزير قوله
      for (let k = j + 1; k < Math.min(pe, j + 12); k++) {
        // ونقل «مكتب أخبار سوريا» عن …: quotation marks around the source are no stop
        if (this.t.kinds[k] === PUNCT && MARKS.has(this.keys[k]!)) continue
        if (this.t.kinds[k] !== WORD) break
        if (this.keys[k] === AN) {
          let s = k + 1
          let e = s
          while (e < pe && e < s + 9 && this.t.kinds[e] === WORD && !lex.says.has(this.keys[e]!) && !lex.complementizers.has(this.keys[e]!)) e++
          const says = e < pe && lex.says.has(this.keys[e]!)
          // نقل عن X أن «…»: the complementizer stands where قوله would
          if (!says && !(e < pe && lex.complementizers.has(this.keys[e]!))) return null
          if (!says) return { at: j, end: e, kind: "reported", verb: this.verbText(j, j + 1, strip), gender: null, needsMark: false, alsoNoun: false, english: false, speaker: e > s ? [s, e] : null }
          const gender: Gender = this.keys[e]!.endsWith("\u0647\u0627") ? "f" : this.keys[e]!.endsWith("\u0647\u0645") ? "p" : "m"
          if (e === s) s = e
          return { at: j, end: e + 1, kind: "reported", verb: this.verbText(j, j + 1, strip), gender, needsMark: false, alsoNoun: false, english: false, speaker: e > s ? [s, e] : null }
        }
      }
      return null
    }
    const v = lex.verbs.longestAt(this.keys, j, pe)
    if (v !== null) return this.verbCue(j, j + v.length, v.value, pe, strip)
    const p = lex.participles.get(key)
    if (p !== undefined) {
      const gender: Gender = key.endsWith("\u0647") ? "f" : key.endsWith("\u064a\u0646") ? "p" : "m"
      return { at: j, end: j + 1, kind: "participle", verb: this.verbText(j, j + 1, strip), gender, needsMark: false, alsoNoun: false, english: false, speaker: null }
    }
    const acc = lex.according.longestAt(this.keys, j, pe)
    if (acc !== null) {
      const s = j + acc.length
      const e = this.phraseEnd(s, pe, /[a-z]/.test(key))
      return { at: j, end: e, kind: "according", verb: acc.value, gender: null, needsMark: false, alsoNoun: false, english: /[a-z]/.test(key), speaker: e > s ? [s, e] : null }
    }
    return null
  }

  private verbCue(j: number, end: number, v: Verb, pe: number, strip = 0): Cue {
    const verb = this.verbText(j, end, strip)
    if (v.english) return { at: j, end, kind: "verb", verb, gender: null, needsMark: false, alsoNoun: false, english: true, speaker: null }
    let s = end
    let e = this.phraseEnd(end, pe, false)
    // a name in marks as the subject (وقال "سامر": …) or closing it (وأعلنت جماعة "ولاية الساحل"، …)
    const close = this.markedName(e, pe)
    if (close >= 0) {
      if (e === end) {
        s = end + 1
        e = close
      } else e = close + 1
    }
    return { at: j, end, kind: "verb", verb, gender: v.gender, needsMark: v.needsMark, alsoNoun: v.alsoNoun, english: false, speaker: e > s ? [s, e] : null }
  }

  /**
   * The closing mark of a short name in marks opening at token `k` (one to three words, then a colon,
   * comma, complementizer or another word: `"سامر":`, `"ولاية الساحل"،`), or -1. Speech in marks right
   * after a speaker has four words or more (MIN_WORDS_BARE), so it is never read as a name.
   */
  private markedName(k: number, pe: number): number {
    const c = this.markChar(k)
    if (c === null || !OPENERS.has(c) || (CLOSING_TYPE.has(c) && !this.looksLikeOpener(k, this.ps))) return -1
    const closers = OPENERS.get(c)!
    let words = 0
    for (let j = k + 1; j < Math.min(pe, k + 6); j++) {
      const kind = this.t.kinds[j]
      if (kind === WORD || kind === NUM) {
        words++
        continue
      }
      const m = this.markChar(j)
      if (m === null || !closers.includes(m)) {
        if (kind === PUNCT && this.keys[j] !== "-") return -1
        continue
      }
      if (words === 0 || words >= MIN_WORDS_BARE) return -1
      const next = j + 1
      if (next >= pe) return -1
      if (this.t.kinds[next] === WORD || this.isPunct(next, COMMAS) || this.keys[next] === ":") return j
      return -1
    }
    return -1
  }

  /** The verb's text in the original, without the proclitic و/ف that was left out of its key (`وقال` → `قال`, `ووصف` → `وصف`). */
  private verbText(j: number, end: number, strip: number): string {
    const from = strip > 0 ? offsetAfterLetters(this.t, j, strip) : this.t.starts[j]!
    const o = this.orig(from, this.t.ends[end - 1]!)
    return this.text.slice(o.start, o.end)
  }

  /** End (exclusive) of a speaker phrase starting at `s`: words up to a stop word, a complementizer, punctuation or another verb. */
  private phraseEnd(s: number, pe: number, english: boolean): number {
    const lex = this.lex
    let e = s
    while (e < pe && e < s + 12) {
      const kind = this.t.kinds[e]
      if (kind !== WORD && kind !== NUM) break
      const k = this.keys[e]!
      if (english) {
        if (lex.enStops.has(k) || (e > s && lex.verbs.longestAt(this.keys, e, pe) !== null)) break
      } else {
        if (lex.arStops.has(k) || lex.complementizers.has(k) || lex.participles.has(k) || lex.verbs.longestAt(this.keys, e, pe) !== null || lex.says.has(k)) break
      }
      e++
    }
    return e
  }

  /** Does an Arabic cue introduce speech (a complementizer, colon or quotation mark soon after it)? */
  private introducesSpeech(cue: Cue, pe: number): boolean {
    if (cue.english) return false
    for (let k = cue.end; k < Math.min(pe, cue.end + 14); k++) {
      if (this.isSentenceEnd(k)) return false
      if (this.t.kinds[k] === PUNCT && (this.keys[k] === ":" || MARKS.has(this.keys[k]!))) return true
      if (this.t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)) return true
    }
    return false
  }

  /** Speech after a colon with no quotation mark: tokens `[a, b)`, or null. */
  private colonSpeech(cue: Cue, pe: number, markAt: ReadonlyMap<number, Mark>): readonly [number, number] | null {
    if (cue.kind === "according") return null
    let colon = -1
    for (let k = cue.end; k < Math.min(pe, cue.end + COLON_WINDOW); k++) {
      if (this.isSentenceEnd(k)) return null
      if (this.t.kinds[k] === PUNCT && this.keys[k] === ":") {
        colon = k
        break
      }
      if (this.t.kinds[k] === PUNCT && MARKS.has(this.keys[k]!)) {
        // a name of one or two words in marks before the colon (خصت «المدينة» بنسخة منه:) is passed over
        const m = markAt.get(k)
        if (m === undefined || m.capped || m.close - k > 3) return null
        k = m.close
        continue
      }
      if (k > cue.end && this.t.kinds[k] === WORD && this.lex.verbs.longestAt(this.keys, k, pe) !== null) return null
    }
    if (colon < 0) return null
    let a = colon + 1
    while (a < pe && this.t.kinds[a] === PUNCT && !MARKS.has(this.keys[a]!) && this.keys[a] !== "(") a++
    if (a >= pe || markAt.has(a) || this.markChar(a) !== null) return null
    // up to the paragraph end, or the end of the sentence before a new attribution
    const b = this.nextBoundary[a - this.ps]!
    return this.wordCount(a, b) >= MIN_WORDS_CUED ? [a, b] : null
  }

  /**
   * Does a quote opening at `open` go on from one that ended at `prevEnd`? Only
   * across its own attribution and a full stop (`"…," she said. "…"`), not
   * across a clause of other words.
   */
  private continues(prevEnd: number, open: number): boolean {
    if (open - prevEnd > 8) return false
    for (let k = prevEnd; k < open; k++) if (this.isSentenceEnd(k)) return true
    return false
  }

  /** Does a new attribution clause start at token `k` (`وأضاف`, `وقال الوزير`)? */
  private startsAttribution(k: number, pe: number): boolean {
    if (this.t.kinds[k] !== WORD) return false
    const key = this.keys[k]!
    if (this.lex.verbs.longestAt(this.keys, k, pe) !== null) return true
    if (key.length > 3 && (key[0] === WAW || key[0] === FA)) return this.withKey(k, key.slice(1), () => this.lex.verbs.longestAt(this.keys, k, pe) !== null)
    return false
  }

  // -------------------------------------------------------------------------
  // attribution of a marked quote

  /** A cue before the opening mark in the same sentence: `قال X: «`, `قال X إن «`, `X said: "`, `مضيفاً: «`. */
  private cueBefore(m: Mark, cues: ReadonlyArray<Cue>, ps: number): { cue: Cue; speaker: Speaker | null; colon: boolean; bare: boolean } | null {
    let j = m.open - 1
    let colon = false
    let comp = false
    while (j >= ps) {
      if (this.t.kinds[j] === PUNCT && (this.keys[j] === ":" || COMMAS.has(this.keys[j]!) || this.keys[j] === "-")) {
        if (this.keys[j] === ":") colon = true
        j--
        continue
      }
      if (this.t.kinds[j] === WORD && this.lex.complementizers.has(this.keys[j]!)) {
        comp = true
        j--
        continue
      }
      break
    }
    for (let c = cues.length - 1; c >= 0; c--) {
      const cue = cues[c]!
      if (cue.at >= m.open) continue
      if (m.open - cue.at > CUE_WINDOW) break
      if (this.sentenceEndBetween(cue.at, m.open)) break
      // the nearest cue decides: never skip it for an older one (a wrong speaker is worse than none)
      if (cue.needsMark && !colon && !comp) return null
      if (cue.kind === "according") return null
      // an English verb right before the quote: `X said: "`; an Arabic one: anywhere in the clause
      if (cue.english) {
        if (cue.end - 1 > j + 2 && !colon) continue
        return { cue, speaker: this.resolve(this.englishSubjectBefore(cue.at, ps), cue.gender), colon, bare: false }
      }
      const bare = !colon && !comp
      if (bare && cue.end < j) {
        // قال الوزير في بيان «…»: the quote follows the speaker phrase and its prepositions directly
        if (j + 1 - cue.end > 12) return null
        // ونقلت عن «مسؤول رفيع المستوى»: marks after عن/من name a source, they quote no speech
        if (this.t.kinds[j] === WORD && (this.keys[j] === AN || this.keys[j] === MIN)) return null
      }
      return { cue, speaker: this.speakerOfCue(cue, true), colon, bare }
    }
    return null
  }

  /** A cue right after the closing mark: `«…»، قال الوزير`, `"…," Putin said`, `"…," said Putin`, `"…", according to X`. */
  private cueAfter(m: Mark, pe: number): { cue: Cue; speaker: Speaker | null } | null {
    let k = m.close + 1
    while (k < pe && this.t.kinds[k] === PUNCT && (COMMAS.has(this.keys[k]!) || this.keys[k] === "-")) k++
    if (k >= pe || this.t.kinds[k] !== WORD) return null
    // verb first: said X / قال X / according to X
    const first = this.cueAt(k, pe, this.keys[k]!) ?? this.firstCueWithClitic(k, pe)
    if (first !== null && first.kind !== "reported") {
      if (first.kind === "according") return { cue: first, speaker: this.resolve(first.speaker, null) }
      if (first.english && first.kind === "verb") {
        const e = this.phraseEnd(first.end, pe, true)
        return { cue: first, speaker: this.resolve(e > first.end ? [first.end, e] : null, null) }
      }
      return { cue: first, speaker: this.speakerOfCue(first, true) }
    }
    // subject first (English): "…," the minister said / he added
    for (let v = k + 1; v < Math.min(pe, k + 9); v++) {
      if (this.t.kinds[v] !== WORD) return null
      const c = this.lex.verbs.longestAt(this.keys, v, pe)
      if (c !== null && c.value.english) {
        const cue = this.verbCue(v, v + c.length, c.value, pe)
        // `"…" and warned`: a verb of the sentence's subject, named before the quote
        let s = k
        while (s < v && this.keys[s] === "and") s++
        const e = this.beforeModifiers(v, s)
        return { cue, speaker: this.resolve(e > s ? [s, e] : null, null) }
      }
    }
    return null
  }

  private firstCueWithClitic(k: number, pe: number): Cue | null {
    const key = this.keys[k]!
    if (key.length > 3 && (key[0] === WAW || key[0] === FA)) return this.withKey(k, key.slice(1), () => this.cueAt(k, pe, key.slice(1), 1))
    return null
  }

  /** Where an English subject before verb `v` ends: before the adverbs and auxiliaries next to the verb (`She also said`, `he has told`; at most two, not before `from`). */
  private beforeModifiers(v: number, from: number): number {
    let e = v
    while (e > from && v - e < 2 && this.t.kinds[e - 1] === WORD && this.lex.enModifiers.has(this.keys[e - 1]!)) e--
    return e
  }

  /**
   * The English noun phrase right before a verb (`Mr Smith said`, `the company told reporters`);
   * after an apposition, the name inside it (`The trust's chief executive, Dr Fiona Ashworth, said`).
   */
  private englishSubjectBefore(v: number, ps: number): readonly [number, number] | null {
    if (v - 1 > ps && this.isPunct(v - 1, COMMAS)) {
      let s = v - 1
      while (s > ps && v - 1 - s < 8 && this.t.kinds[s - 1] === WORD) s--
      if (s < v - 1 && s > ps && this.isPunct(s - 1, COMMAS)) {
        // `…, Dr Fiona Ashworth, said`: the name is the apposition; `Dr Owen Llewellyn, an ecologist …, said`: it stands before it
        if (isCapitalized(this.t, this.text, s) && !/^(?:the|a|an)$/.test(this.keys[s]!)) return [s, v - 1]
        return this.englishSubjectBefore(s - 1, ps)
      }
    }
    const e = this.beforeModifiers(v, ps)
    // a pronoun right before the verb is the whole subject (`Asked whether she was nervous about it she said:`)
    if (e > ps && this.t.kinds[e - 1] === WORD && this.lex.enPronouns.has(this.keys[e - 1]!)) return [e - 1, e]
    let s = e
    while (s > ps && e - s < 8 && (this.t.kinds[s - 1] === WORD || this.t.kinds[s - 1] === NUM)) {
      const k = this.keys[s - 1]!
      if (this.lex.enStops.has(k) && k !== "and") break
      s--
    }
    // `and` links names inside a subject (`chairman and chief executive`), never opens one (`…, and warned`)
    while (s < e && this.keys[s] === "and") s++
    return s < e ? [s, e] : null
  }

  // -------------------------------------------------------------------------
  // speakers

  /** The speaker of an Arabic cue (its phrase, or the chain), pushing named speakers onto the chain. */
  private speakerOfCue(cue: Cue, speech: boolean): Speaker | null {
    if (cue.english) return null
    if (cue.kind === "participle") return this.clauseSubject(cue.at, cue.gender, true) ?? this.fromChain(cue.gender)
    // وكان سامي قد انتقد الإدارة: after قد the subject stands before the verb, the phrase after it is the object
    if (cue.kind === "verb" && cue.at > this.ps && this.keys[cue.at - 1] === QAD) {
      const subject = this.clauseSubject(cue.at - 1, cue.gender, false)
      if (subject !== null) return subject
    }
    // أصدرت الشركة بيانا قالت فيه: a verb with no subject inside a sentence that opens with its subject
    if (cue.kind === "verb" && cue.speaker === null && this.opensWithSubject(cue.at)) {
      const subject = this.clauseSubject(cue.at, cue.gender, true)
      if (subject !== null) return subject
    }
    return this.resolve(cue.speaker, cue.gender, speech)
  }

  /** Does the cue's speaker phrase hold a person entity? Its subject then joins the chain even when no speech follows (أعرب الشيخ أحمد عن …). */
  private namesPerson(cue: Cue): boolean {
    if (cue.speaker === null || this.entities.length === 0) return false
    const [a, b] = cue.speaker
    const e = this.entityIn(this.orig(this.t.starts[a]!, this.t.ends[b - 1]!))
    return e !== null && e.type === "PERSON"
  }

  /**
   * The subject of a participle's sentence (`وكان المدرب سامي قد انتقد …، قائلاً`): when no speaker was named
   * earlier in the sentence, the first person or organisation within {@link SUBJECT_WINDOW} tokens of its start.
   */
  private clauseSubject(at: number, gender: Gender | null, chained: boolean): Speaker | null {
    if (this.entities.length === 0) return null
    const s = this.sentenceStart(at)
    // a speaker named earlier in the same sentence is the subject
    if (chained && this.lastPushAt >= s) return this.chain[this.chain.length - 1] ?? null
    const from = this.orig(this.t.starts[s]!, this.t.ends[s]!).start
    const last = Math.min(at, s + SUBJECT_WINDOW) - 1
    if (last < s) return null
    const to = this.orig(this.t.starts[last]!, this.t.ends[last]!).end
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= to) break
      if (e.type === "PERSON" || e.type === "ORGANIZATION") return this.push({ text: e.canonical, entityId: e.entityId, gender }, s)
    }
    return null
  }

  /** Does the sentence of token `at` open (before `at`) with a word that can start a subject, not a preposition or time word (وفي كلمة أمام …)? */
  private opensWithSubject(at: number): boolean {
    const s = this.sentenceStart(at)
    if (s >= at || this.t.kinds[s] !== WORD) return false
    let k = this.keys[s]!
    if (k.length > 2 && (k[0] === WAW || k[0] === FA)) k = k.slice(1)
    return !this.lex.arStops.has(k) && !this.lex.clauseOpeners.has(k)
  }

  /** The first token of the sentence of token `at` (at most 60 tokens back: the scan stays linear). */
  private sentenceStart(at: number): number {
    let s = at
    while (s > this.ps && at - s < 60 && !this.isSentenceEnd(s - 1)) s--
    return s
  }

  private push(speaker: Speaker, at: number): Speaker {
    this.chain.push(speaker)
    this.lastPushAt = at
    return speaker
  }

  /** Index of the first entity starting at or after original offset `offset` (binary search). */
  private firstEntityFrom(offset: number): number {
    return lowerBound(this.entityStarts, offset)
  }

  /** The person entity that starts at token `k`, if any. */
  private personAt(k: number): Entity | null {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!).start
    const i = this.firstEntityFrom(o)
    const e = this.entities[i]
    return e !== undefined && e.start === o && e.type === "PERSON" ? e : null
  }

  /**
   * A person named after the speaker phrase in the same attribution clause, after a comma or an honorific
   * (`وقال المدير التنفيذي للشركة، مازن …:`, `أوضح مدير الفرع في المنطقة المهندس فهد …`): up to the
   * colon, complementizer or quote that ends the clause, never after `مع`/`عن` (another party).
   */
  private appositionPerson(b: number): Entity | null {
    const lex = this.lex
    const end = Math.min(this.pe, b + 14)
    for (let k = b; k < end; k++) {
      const kind = this.t.kinds[k]
      if (kind === PUNCT) {
        const key = this.keys[k]!
        if (key === ":" || this.isSentenceEnd(k)) return null
        continue
      }
      if (kind !== WORD) continue
      const key = this.keys[k]!
      if (lex.complementizers.has(key) || key === "\u0645\u0639" || key === AN) return null
      if (k > b && lex.verbs.longestAt(this.keys, k, this.pe) !== null) return null
      const prev = k - 1
      const after = this.isPunct(prev, COMMAS) || (this.t.kinds[prev] === WORD && lex.arTitles.has(this.keys[prev]!))
      if (after) {
        const e = this.personAt(k)
        if (e !== null) return e
      }
    }
    return null
  }

  /**
   * A speaker from a phrase (token range): a pronoun or an empty phrase takes
   * the chain; a named one is pushed onto the chain when `push` is set.
   */
  private resolve(phrase: readonly [number, number] | null, gender: Gender | null, push = true): Speaker | null {
    if (phrase === null) return this.fromChain(gender)
    const [a, b] = phrase
    const first = this.keys[a]!
    const lex = this.lex
    if (b - a === 1 && (lex.arPronouns.has(first) || lex.enPronouns.has(first))) return this.fromChain(lex.enPronouns.get(first) ?? gender)
    const span = this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)
    const english = /[a-z]/.test(first)
    let entity = this.entityIn(span)
    if (!english && (entity === null || entity.type !== "PERSON")) entity = this.appositionPerson(b) ?? entity
    // a place inside a phrase that opens with another noun names no speaker (جماعة "ولاية الساحل" is not الساحل)
    if (entity !== null && entity.type !== "PERSON" && entity.type !== "ORGANIZATION" && entity.start > span.start) entity = null
    let speaker: Speaker
    const owner = entity !== null && !english ? this.possessorBefore(entity, a, b) : -1
    if (owner >= 0) {
      // والد أحمد سعيد: the speaker is the father, not the person the phrase names
      const o = this.orig(this.t.starts[owner]!, this.t.ends[owner]!)
      speaker = { text: this.text.slice(o.start, entity!.end), entityId: null, gender }
    } else if (entity !== null) speaker = { text: entity.canonical, entityId: entity.entityId, gender }
    else {
      let [s, e] = [a, b]
      if (english) [s, e] = this.englishName(a, b)
      const o = this.orig(this.t.starts[s]!, this.t.ends[e - 1]!)
      const text = this.text.slice(o.start, o.end)
      const byRole = this.entityByRole(text)
      speaker = byRole !== null ? { text: byRole.canonical, entityId: byRole.entityId, gender } : { text, entityId: null, gender }
    }
    if (push) this.push(speaker, a)
    return speaker
  }

  /** Token of a kinship or representation noun right before `entity` inside the phrase `[a, b)` (`والد أحمد`), or -1. */
  private possessorBefore(entity: Entity, a: number, b: number): number {
    for (let k = a + 1; k < b; k++) {
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      if (o.start < entity.start) continue
      if (o.start === entity.start && this.t.kinds[k - 1] === WORD && this.lex.arPossessors.has(this.keys[k - 1]!)) return k - 1
      return -1
    }
    return -1
  }

  /**
   * The name at the end of an English phrase (`chairman and chief executive Richard Parsons` → `Richard Parsons`);
   * a phrase that ends in a common noun (`a Department for Education spokeswoman`) is kept whole.
   */
  private englishName(a: number, b: number): [number, number] {
    const e = b
    if (!isCapitalized(this.t, this.text, e - 1)) return [a, b]
    let s = e
    while (s > a && (isCapitalized(this.t, this.text, s - 1) || (this.t.kinds[s - 1] === WORD && /^(?:de|van|von|bin|al|el|da|le)$/.test(this.keys[s - 1]!)))) s--
    // a sentence-initial article is no name: "The company" stays whole
    if (e - s === 1 && /^(?:the|a|an)$/.test(this.keys[s]!)) return [a, b]
    return [s, e]
  }

  private fromChain(gender: Gender | null): Speaker | null {
    const c = this.chain
    if (c.length === 0) {
      // nobody named yet (استقبل الأمير فيصل … المهنئين. وقال سموه: «…»): the first person of the text before here
      // (bounded: the first 64 entities, so a text with many entities and no person stays linear)
      const n = Math.min(this.entities.length, 64)
      for (let i = 0; i < n && this.entities[i]!.start < this.cursor; i++) {
        const x = this.entities[i]!
        if (x.type === "PERSON") return this.push({ text: x.canonical, entityId: x.entityId, gender: null }, -1)
      }
      return null
    }
    if (gender !== null) {
      for (let i = c.length - 1; i >= Math.max(0, c.length - 8); i--) if (c[i]!.gender === gender) return c[i]!
    }
    return c[c.length - 1] ?? null
  }

  /**
   * The person (else organisation, else any) entity inside an original span:
   * the first of its kind, since the subject comes right after the verb and an
   * object may follow it (وصف ساذرلاند تصريحات كاميرون).
   */
  private entityIn(span: Range): Entity | null {
    let best: Entity | null = null
    const rank = (e: Entity) => (e.type === "PERSON" ? 3 : e.type === "ORGANIZATION" ? 2 : 1)
    for (const e of this.entities) {
      if (e.start >= span.end) break
      if (e.end <= span.start) continue
      if (best === null || rank(e) > rank(best)) best = e
    }
    return best
  }

  /** An entity whose role is exactly the phrase (`الرئيس الفرنسي` → the person entity with that role). */
  private entityByRole(text: string): Entity | null {
    const norm = text.trim()
    for (const e of this.entities) if (e.role !== null && e.role.trim() === norm) return e
    return null
  }
}
