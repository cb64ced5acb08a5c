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
import { KeySet, idsOf } from "../internal/keys.js"
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
let markKeySet: KeySet | undefined
/** {@link MARKS} read by token key id (made on first use, like the lexicons: loading the module registers no keys). */
const markKeys = (): KeySet => (markKeySet ??= new KeySet(MARKS))
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

/** A role that ends in a word calling for its body (`المتحدث باسم`, `المدير الفني لـ`). */
const INCOMPLETE_ROLE = /(?:^|\s)(?:\u0628\u0627\u0633\u0645|\u0644|\u0644\u0640|\u0641\u064a|\u0644\u062f\u0649)$/
/** Lower-case words inside English names (`Ursula von der Leyen`). */
const NAME_PARTICLES = /^(?:de|der|van|von|bin|al|el|da|le|la|du)$/
/** English passive auxiliaries: `were said to be`, `will be announced` attribute nothing. */
const EN_PASSIVE = new Set(["is", "was", "were", "are", "be", "been", "being"])
/** Words a sentence may open with before its subject (`But he then missed …`). */
const EN_CONJUNCTIONS = new Set(["but", "and", "yet", "so", "however", "then", "now", "meanwhile"])
/** Words before an English verb form that make it a noun (`dismissed claims`, `the claims`). */
const EN_DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such", "any", "no", "new", "recent", "of", "whose"])
/** English speech verbs that take an object or an addressee: `…, told BBC News:` is no inverted subject. */
const EN_TRANSITIVE = new Set(["told", "tells", "asked", "asks", "urged", "accused", "branded", "described", "labelled", "labeled", "hailed", "condemned", "criticised", "criticized", "dismissed", "promised", "pledged", "reported", "revealed", "announced"])
/** Time words between an English subject and its verb (`on Sunday`, `last week`). */
const EN_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend)$/
const EN_TIME_LEAD = new Set(["on", "last", "this", "at", "in"])
/** English relative pronouns: `which suggests` names no speaker. */
const EN_RELATIVE = new Set(["which", "who", "whom", "whose"])

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
/** How far back (tokens) a one-word definite subject looks for the person it stands for (`المتحدثة` → the spokeswoman named before). */
const ANAPHOR_WINDOW = 600
/** How many tokens from a sentence's start its subject may stand (`وكان المدرب سامي قد …، قائلاً`). */
const SUBJECT_WINDOW = 6

interface Mark {
  /** Token of the opening mark. */
  readonly open: number
  /** Token of the closing mark, or the paragraph end when capped. */
  readonly close: number
  readonly capped: boolean
  /** Closed by the opening mark of the next quote (`"… done. "Next…`: the writer opened again without closing). */
  readonly split: boolean
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
  /** `وأضاف`, `وتابع`: goes on with the last speaker's words (no subject of its own is looked for before it). */
  readonly continues: boolean
  /** Token range of the speaker phrase, when one stands after the verb. */
  readonly speaker: readonly [number, number] | null
}

interface Speaker {
  readonly text: string
  readonly entityId: string | null
  readonly gender: Gender | null
  /** Known to be a person (a person entity, or an English phrase with a person's title: `a BBC spokeswoman`). */
  readonly person: boolean
}

/** The direct quotes of `text` (or of `options.view`), in text order. */
export const extractQuotes = (text: string, options: QuoteOptions = {}): Array<Quote> => quotesOf(text, options).quotes

/** The direct quotes and the capped ones. */
export const quotesOf = (text: string, options: QuoteOptions = {}): QuoteResult => {
  const view = options.view ?? identityView(text)
  return new QuoteScanner(tokensOf(view), text, options.entities ?? [], new RangeFilter(options.exclude ?? [])).scan()
}

const byStart = (a: Entity, b: Entity): number => a.start - b.start
const sortedByStart = (entities: ReadonlyArray<Entity>): boolean => {
  for (let i = 1; i < entities.length; i++) if (entities[i]!.start < entities[i - 1]!.start) return false
  return true
}
/** Rank of an entity type as a speaker ({@link QuoteScanner.entityIn}): a person, else an organisation, else any. */
const speakerRank = (e: Entity): number => (e.type === "PERSON" ? 3 : e.type === "ORGANIZATION" ? 2 : 1)

/** Paragraph buffers shared by the scanners (one runs at a time: the scan is synchronous). */
const shared = { wordsUpTo: new Int32Array(256), nextBoundary: new Int32Array(256), sentenceEnd: new Int32Array(256) }

class QuoteScanner {
  private readonly lex: QuoteLexicons = quoteLexicons()
  /** Registered before the token ids are read in the constructor. */
  private readonly markKeys: KeySet = markKeys()
  private readonly keys: Array<string>
  /** Key ids of the tokens (as tokenized: {@link cueWithoutProclitic} and {@link verbAt} swap keys in `keys` for a moment, never the ids). */
  private readonly ids: Int32Array
  /** Key ids of the words without their first letter (see `idsOf`). */
  private readonly tails: Int32Array
  private readonly chain: Array<Speaker> = []
  private readonly quotes: Array<Quote> = []
  private readonly capped: Array<Range> = []
  private readonly entities: ReadonlyArray<Entity>
  /** Original start offsets of {@link entities}, ascending (binary-searched). */
  private readonly entityStarts: Float64Array
  /** The running maximum of the entities' ends (ascending: binary-searched for the first entity that can reach a span). */
  private readonly entityEndsMax: Float64Array
  /** The first entity with each role, whatever its type (`entityByRole`). */
  private readonly byRole = new Map<string, Entity>()
  /** Person entities by their role (`الرئيس الأمريكي` → the entity), for phrases that open with a role. */
  private readonly roles = new Map<string, Entity>()
  /** How many keys are swapped for a reading without a proclitic ({@link cueWithoutProclitic}, {@link verbAt}): the key ids then no longer match `keys`. */
  private swapped = 0
  /** Original offset of the cue or mark being attributed (a speaker with no name before it is looked up before here). */
  private cursor = 0
  /** Token where the last named speaker was pushed onto the chain (-1: none). */
  private lastPushAt = -1
  /** The paragraph before the current one (`[lastPs, lastPe)`; empty before the first). */
  private lastPs = 0
  private lastPe = 0
  /** The opening mark of a quote attributed by the words after it (its sentence starts there), or -1. */
  private sentenceFrom = -1

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
    // the entity stage hands its entities over in text order: copy and sort only when they are not (the sort is
    // stable, so a sorted list is the same either way)
    this.entities = sortedByStart(entities) ? entities : [...entities].sort(byStart)
    const n = this.entities.length
    this.entityStarts = new Float64Array(n)
    this.entityEndsMax = new Float64Array(n)
    let maxEnd = 0
    // one plain loop (this runs per document): starts, running maximum of the ends, and the role maps
    for (let i = 0; i < n; i++) {
      const e = this.entities[i]!
      this.entityStarts[i] = e.start
      maxEnd = Math.max(maxEnd, e.end)
      this.entityEndsMax[i] = maxEnd
      const role = e.role?.trim()
      if (role === undefined) continue
      if (!this.byRole.has(role)) this.byRole.set(role, e)
      // roles of two words or more, first person entity for each: a role that names a post by itself (not
      // `المتحدث باسم`, which needs its body after it)
      if (e.type === "PERSON" && role.includes(" ") && !INCOMPLETE_ROLE.test(role) && !this.roles.has(role)) this.roles.set(role, e)
    }
  }

  scan(): QuoteResult {
    const t = this.t
    let ps = 0
    for (let i = 0; i <= t.count; i++) {
      if (i === t.count || t.kinds[i] === BREAK) {
        if (i > ps) {
          this.paragraph(ps, i)
          this.lastPs = ps
          this.lastPe = i
        }
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
    // this runs for every token of every paragraph: the key id answers for the many commas and full stops without
    // reading their strings (only words are ever swapped in `keys`, so a punctuation token's id always matches it)
    if (this.t.kinds[j] !== PUNCT || !this.markKeys.hasId(this.ids[j]!)) return null
    const k = this.keys[j]!
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
  /** The token after the end of the sentence of each token (or the paragraph end). */
  private sentenceEnd: Int32Array = shared.sentenceEnd

  private pe = 0
  /** Are {@link nextBoundary} and {@link sentenceEnd} filled for the current paragraph ({@link ensureBoundaries})? */
  private boundariesReady = false

  private prepare(ps: number, pe: number): void {
    const n = pe - ps
    this.ps = ps
    this.pe = pe
    // the arrays are reused from paragraph to paragraph (and document to document); every entry read is written first
    if (shared.wordsUpTo.length < n + 1) {
      const size = Math.max(n + 1, shared.wordsUpTo.length * 2)
      shared.wordsUpTo = new Int32Array(size)
      shared.nextBoundary = new Int32Array(size)
      shared.sentenceEnd = new Int32Array(size)
    }
    this.wordsUpTo = shared.wordsUpTo
    this.nextBoundary = shared.nextBoundary
    this.sentenceEnd = shared.sentenceEnd
    const kinds = this.t.kinds
    const words = this.wordsUpTo
    words[0] = 0
    let w = 0
    for (let j = ps; j < pe; j++) {
      const k = kinds[j]
      if (k === WORD || k === NUM) w++
      words[j - ps + 1] = w
    }
    this.boundariesReady = false
  }

  /**
   * Fills {@link nextBoundary} and {@link sentenceEnd} for the current paragraph, once, when a colon quote first
   * needs them: the pass looks for a speech verb after every full stop and comma, and most paragraphs hold no colon
   * quote at all. (Called from the paragraph's own steps, never while a key is swapped.)
   */
  private ensureBoundaries(): void {
    if (this.boundariesReady) return
    this.boundariesReady = true
    const ps = this.ps
    const pe = this.pe
    const n = pe - ps
    const kinds = this.t.kinds
    // the end of a colon quote that starts at k: the end of the sentence before the next attribution, or the paragraph end
    const boundary = this.nextBoundary
    const stop = this.sentenceEnd
    let next = pe
    let end = pe
    boundary[n] = pe
    stop[n] = pe
    for (let j = pe - 1; j >= ps; j--) {
      if (kinds[j] === PUNCT && j + 1 < pe) {
        const sentenceEnd = this.isSentenceEnd(j)
        if (sentenceEnd) end = j + 1
        if (sentenceEnd ? this.startsAttribution(j + 1, pe) : this.verbAndColonAfterComma(j, pe)) next = j + 1
      }
      boundary[j - ps] = next
      stop[j - ps] = end
    }
  }

  private paragraph(ps: number, pe: number): void {
    this.prepare(ps, pe)
    const marks = this.marks(ps, pe)
    const cues = this.cues(ps, pe)
    // no quotation mark and no cue: no quote (most paragraphs); skip the bookkeeping below
    if (marks.length === 0 && cues.length === 0) return
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
            ? this.resolve(this.englishSubjectOf(cue, ps, pe), cue.gender)
            : // `…, according to Q magazine editor Paul Rees.`: the source joins the chain
              cue.kind === "according" && cue.speaker !== null
              ? this.resolve(cue.speaker, null)
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
        // وأضاف «جرائم الكراهية الزائفة» وقعت …: marks right after the verb are speech from three words
        if (words >= (before.colon ? 1 : before.bare && (before.cue.end !== m.open || before.cue.speaker !== null) ? MIN_WORDS_BARE : MIN_WORDS_CUED)) found.push({ a, b, cue: before.cue, speaker: before.speaker, capped: m.capped })
        continue
      }
      this.sentenceFrom = m.open
      const after = m.capped || m.split ? null : this.cueAfter(m, pe)
      this.sentenceFrom = -1
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
    let span = this.orig(t.starts[s]!, t.ends[e - 1]!)
    if (this.exclude.overlaps(span.start, span.end)) {
      // speech that runs into boilerplate at its paragraph's end (tags, a related-articles line) ends before it
      const start = span.start
      while (e > s && this.exclude.overlaps(start, this.orig(t.starts[e - 1]!, t.ends[e - 1]!).end)) e--
      while (e > s && t.kinds[e - 1] === PUNCT && !MARKS.has(this.keys[e - 1]!) && this.keys[e - 1] !== "?" && this.keys[e - 1] !== "\u061f" && this.keys[e - 1] !== "!" && this.keys[e - 1] !== ")") e--
      if (this.wordCount(s, e) < MIN_WORDS_CUED) return false
      span = this.orig(t.starts[s]!, t.ends[e - 1]!)
    }
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
      // `"It was late. "We left at once."`: speech that went on over paragraphs the scrape joined opens
      // again after a full stop without closing; the new mark ends the open quote and opens the next
      if (depth === 0 && STRAIGHT.has(c) && c === opener && this.reopens(j, pe)) {
        out.push({ open, close: j, capped: false, split: true })
        open = j
        continue
      }
      if (closers.includes(c)) {
        if (depth > 0) {
          depth--
          continue
        }
        out.push({ open, close: j, capped: false, split: false })
        open = -1
      }
    }
    if (open >= 0) out.push({ open, close: pe, capped: true, split: false })
    return out
  }

  /** A straight mark after a sentence's end and a space, glued to the word after it, opens a quote (never closes one). */
  private reopens(j: number, pe: number): boolean {
    const t = this.t
    const next = j + 1
    if (j - 1 <= this.ps || !this.isSentenceEnd(j - 1) || t.spaced[j] !== 1 || next >= pe) return false
    return (t.kinds[next] === WORD || t.kinds[next] === NUM) && t.spaced[next] === 0
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
      let cue = bareCue ? this.cueWithoutProclitic(j, pe) : null
      if (cue === null) {
        cue = this.cueAt(j, pe, key)
        // a bare verb form that is also a noun, after a noun, is the noun (عدم ذكر اسمه), not an attribution
        if (cue !== null && cue.kind === "verb" && cue.alsoNoun && j > ps && this.t.kinds[j - 1] === WORD && !this.lex.clauseOpeners.has(this.keys[j - 1]!)) cue = null
        // a passive (`were said to be`, `will be announced`, `was told`): nobody speaks; after a determiner or
        // another verb the form is a noun (`dismissed claims of …`, `the claims`)
        if (cue !== null && cue.english && j > ps && this.t.kinds[j - 1] === WORD) {
          const before = this.keys[j - 1]!
          if (EN_PASSIVE.has(before) || EN_DETERMINERS.has(before)) cue = null
          else if (out.length > 0 && out[out.length - 1]!.english && out[out.length - 1]!.end === j) cue = null
        }
      }
      // وأردف سموه بقوله: …، مستشهدا بقوله: …: `بقوله` right after a cue and its subject belongs to that cue
      if (cue !== null && cue.kind === "participle" && out.length > 0 && this.isSaying(key)) {
        const prev = out[out.length - 1]!
        if (j - Math.max(prev.end, prev.speaker?.[1] ?? 0) <= 1) cue = null
      }
      if (cue !== null) {
        out.push(cue)
        j = Math.max(j, cue.end - 1)
      }
    }
    return out
  }

  /** Does the word at token `k` carry two short vowels or more as written (scripture and poetry are printed vocalized)? */
  private vocalized(k: number): boolean {
    if (this.t.kinds[k] !== WORD) return false
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    let n = 0
    for (let i = o.start; i < o.end; i++) {
      const c = this.text.charCodeAt(i)
      if (c >= 0x064b && c <= 0x0652 && ++n >= 2) return true
    }
    return false
  }

  /** `بقوله`, `بقولها`, `بقولهم` (ب and a word of `says`). */
  private isSaying(key: string): boolean {
    return key.length > 4 && key.charCodeAt(0) === 0x0628 && this.lex.says.has(key.slice(1))
  }

  /**
   * The cue at token `j` read without its first letter (a proclitic و/ف: `وقال` → `قال`). The steps read keys from
   * `keys`, so the key of `j` is swapped for the call and put back after it (no closure per call: this runs for
   * every word whose tail starts a cue).
   */
  private cueWithoutProclitic(j: number, pe: number): Cue | null {
    const key = this.keys[j]!
    const bare = key.slice(1)
    this.keys[j] = bare
    this.swapped++
    try {
      return this.cueAt(j, pe, bare, 1)
    } finally {
      this.keys[j] = key
      this.swapped--
    }
  }

  /**
   * Can a speech verb start at token `k`? The key ids say so with one array read for most words, which start none;
   * while a key is swapped ({@link cueWithoutProclitic}) the ids no longer match `keys`, and the trie is asked.
   */
  private verbMayStart(k: number): boolean {
    return this.swapped > 0 || this.lex.verbFirstKeys.hasId(this.ids[k]!)
  }

  /** Does a speech verb phrase start at token `k` (as its key reads now)? */
  private verbStartsAt(k: number, pe: number): boolean {
    return this.verbMayStart(k) && this.lex.verbs.longestAt(this.keys, k, pe) !== null
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
          while (e < pe && e < s + 14 && this.t.kinds[e] === WORD && !lex.says.has(this.keys[e]!) && !lex.complementizers.has(this.keys[e]!)) e++
          const says = e < pe && lex.says.has(this.keys[e]!)
          // نقل عن X أن «…»: the complementizer stands where قوله would; نقلت الوكالة عن X، مدير …، «…»: the quote
          // follows the source's description in the same sentence
          if (!says && !(e < pe && lex.complementizers.has(this.keys[e]!))) {
            if (e === s || !this.namedSource(s, e) || !this.quoteSoon(e, pe)) return null
            return { at: j, end: e, kind: "reported", verb: this.verbText(j, j + 1, strip), gender: null, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: [s, e] }
          }
          if (!says) return { at: j, end: e, kind: "reported", verb: this.verbText(j, j + 1, strip), gender: null, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: e > s ? [s, e] : null }
          const gender: Gender = this.keys[e]!.endsWith("\u0647\u0627") ? "f" : this.keys[e]!.endsWith("\u0647\u0645") ? "p" : "m"
          if (e === s) s = e
          return { at: j, end: e + 1, kind: "reported", verb: this.verbText(j, j + 1, strip), gender, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: e > s ? [s, e] : null }
        }
      }
      return null
    }
    const v = lex.verbs.longestAt(this.keys, j, pe)
    if (v !== null) return this.verbCue(j, j + v.length, v.value, pe, strip)
    const p = lex.participles.get(key)
    if (p !== undefined) {
      // بقوله, بقولها, بقولهم: the pronoun gives the gender; قائلة, قائلين: the ending
      const saying = this.isSaying(key)
      // بقوله: …، بقوله إن …، بقوله «…»; not بقوله تعالى (a citation of scripture, no speech of the text)
      if (saying) {
        const n = j + 1
        if (n >= pe || !(this.keys[n] === ":" || MARKS.has(this.keys[n]!) || (this.t.kinds[n] === WORD && lex.complementizers.has(this.keys[n]!)))) return null
      }
      const gender: Gender = saying
        ? key.endsWith("\u0647\u0627") ? "f" : key.endsWith("\u0647\u0645") ? "p" : "m"
        : key.endsWith("\u0647") ? "f" : key.endsWith("\u064a\u0646") ? "p" : "m"
      return { at: j, end: j + 1, kind: "participle", verb: this.verbText(j, j + 1, strip), gender, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: null }
    }
    const acc = lex.according.longestAt(this.keys, j, pe)
    if (acc !== null) {
      const s = j + acc.length
      const e = this.phraseEnd(s, pe, /[a-z]/.test(key))
      return { at: j, end: e, kind: "according", verb: acc.value, gender: null, needsMark: false, alsoNoun: false, english: /[a-z]/.test(key), continues: false, speaker: e > s ? [s, e] : null }
    }
    return null
  }

  private verbCue(j: number, end: number, v: Verb, pe: number, strip = 0): Cue {
    const verb = this.verbText(j, end, strip)
    if (v.english) return { at: j, end, kind: "verb", verb, gender: null, needsMark: false, alsoNoun: false, english: true, continues: v.continues, speaker: null }
    // وأضاف لبي بي سي …، أوضح لـ"الاقتصادية" فلان أن …: an addressee right after the verb, the subject after it
    let s = this.addresseeEnd(end, pe)
    let e = this.phraseEnd(s, pe, false)
    // وقال للصحفيين الذين رافقوه: after ل and a definite noun only a person's name is a subject (its adjectives and
    // relative clauses are not)
    if (s > end && (e === s || (this.keys[s - 1]!.startsWith("\u0644\u0644") && (this.entities.length === 0 || this.personAt(s) === null)))) s = e = end
    // قال محقق من الهيئة …: a bare noun (no article) is the body's; the phrase takes the organisation after من/في
    if (e - s === 1 && !this.keys[s]!.startsWith("\u0627\u0644") && e + 1 < pe && (this.keys[e] === MIN || this.keys[e] === "\u0641\u064a")) e = this.organisationEnd(e + 1, e)
    // a name in marks as the subject (وقال "سامر": …) or closing it (وأعلنت جماعة "ولاية الساحل"، …)
    let close = this.markedName(e, pe)
    // right after the verb, three words in marks followed by the rest of a sentence (a verb: no article, no
    // preposition, no complementizer, no colon later) are speech (وأضاف "جرائم الكراهية الزائفة" وقعت من قبل),
    // not a name (وقال "سامر" شقيق الضحية: …، وقالت "الراية" القطرية إن …، قال "X" عن …: …)
    if (close >= 0 && e === s && this.wordCount(e + 1, close) >= 3 && close + 1 < pe && this.t.kinds[close + 1] === WORD) {
      const next = this.keys[close + 1]!
      if (!next.startsWith("\u0627\u0644") && !this.lex.arStops.has(next) && !this.lex.complementizers.has(next) && !this.colonSoon(close + 1, pe)) close = -1
    }
    if (close >= 0) {
      if (e === s) {
        s = e + 1
        e = close
      } else e = close + 1
    }
    return { at: j, end, kind: "verb", verb, gender: v.gender, needsMark: v.needsMark, alsoNoun: v.alsoNoun, english: false, continues: v.continues, speaker: e > s ? [s, e] : null }
  }

  /** Does the source `[s, e)` after `نقل … عن` hold a person or an organisation (any words when entities did not run)? */
  private namedSource(s: number, e: number): boolean {
    if (this.entities.length === 0) return true
    const entity = this.entityIn(this.orig(this.t.starts[s]!, this.t.ends[e - 1]!))
    return entity !== null && (entity.type === "PERSON" || entity.type === "ORGANIZATION")
  }

  /** An opening quotation mark of speech (not a short name in marks) within twelve tokens of `k`, before the sentence ends or another verb. */
  private quoteSoon(k: number, pe: number): boolean {
    for (let j = k; j < Math.min(pe, k + 12); j++) {
      if (this.isSentenceEnd(j)) return false
      if (this.t.kinds[j] === WORD) {
        if (this.verbAt(j, pe) > 0) return false
        continue
      }
      if (this.markChar(j) === null) continue
      const close = this.markedName(j, pe)
      if (close < 0) return true
      j = close
    }
    return false
  }

  /** A colon within {@link COLON_WINDOW} tokens, before the sentence ends (`"سامر" شقيق الضحية:`). */
  private colonSoon(k: number, pe: number): boolean {
    for (let j = k; j < Math.min(pe, k + COLON_WINDOW); j++) {
      if (this.isSentenceEnd(j)) return false
      if (this.t.kinds[j] === PUNCT && this.keys[j] === ":") return true
    }
    return false
  }

  /** Where an addressee after a verb ends (`لـ"الاقتصادية"`, `لبي بي سي` when an entity starts after the لـ), else `k`. */
  private addresseeEnd(k: number, pe: number): number {
    if (k >= pe || this.t.kinds[k] !== WORD) return k
    const key = this.keys[k]!
    if (key.charCodeAt(0) !== 0x0644) return k
    // وقال للحكام: …، وأضاف للصحفيين: the addressee is ل and a definite noun
    if (key.length > 4 && key.startsWith("\u0644\u0644")) return k + 1
    // لـ followed by a name in marks
    if (key.length <= 2 || key === "\u0644\u0640") {
      const close = this.markedName(k + 1, pe)
      return close >= 0 ? close + 1 : k
    }
    // لبي بي سي: an entity starting right after the لـ of this word
    if (this.entities.length === 0) return k
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const i = this.firstEntityFrom(o.start + 1)
    const e = this.entities[i]
    if (e === undefined || e.start !== o.start + 1) return k
    let j = k + 1
    while (j < pe && this.orig(this.t.starts[j]!, this.t.ends[j]!).end <= e.end) j++
    return j
  }

  /** The end of an organisation entity starting at token `k` (`الهيئة الوطنية لسلامة النقل`), else `fallback`. */
  private organisationEnd(k: number, fallback: number): number {
    if (this.entities.length === 0) return fallback
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entities[this.firstEntityFrom(o.start)]
    if (e === undefined || e.start !== o.start || e.type !== "ORGANIZATION") return fallback
    let j = k + 1
    while (j < this.pe && j < k + 8 && this.orig(this.t.starts[j]!, this.t.ends[j]!).end <= e.end) j++
    return j
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
        if (lex.enStops.has(k) || (e > s && this.verbStartsAt(e, pe))) break
        // `Sky Networks' Sophie Turner Laing`: a possessive goes on to the name it owns
        if (e + 2 < pe && this.t.kinds[e + 1] === PUNCT && (this.keys[e + 1] === "'" || this.keys[e + 1] === "\u2019") && this.t.spaced[e + 1] === 0 && this.t.kinds[e + 2] === WORD) e++
      } else {
        if (lex.arStops.has(k) || lex.complementizers.has(k) || lex.participles.has(k) || this.verbStartsAt(e, pe) || lex.says.has(k)) break
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
        // a name of one to three words in marks before the colon (خصت «المدينة» بنسخة منه:) is passed over
        const m = markAt.get(k)
        if (m === undefined || m.capped || m.close - k > MIN_WORDS_BARE) return null
        k = m.close
        continue
      }
      if (k > cue.end && this.t.kinds[k] === WORD && this.verbStartsAt(k, pe)) return null
    }
    if (colon < 0) return null
    let a = colon + 1
    while (a < pe && this.t.kinds[a] === PUNCT && !MARKS.has(this.keys[a]!) && this.keys[a] !== "(") a++
    if (a >= pe || markAt.has(a) || this.markChar(a) !== null) return null
    // up to the paragraph end, or the end of the sentence before a new attribution
    this.ensureBoundaries()
    let b = this.nextBoundary[a - this.ps]!
    if (cue.kind === "participle" && this.isSaying(this.keys[cue.at]!)) {
      // بقوله: opens the words of someone a feature story is about, between other people's: its sentence only,
      // and no scripture (vocalized words: بقوله: إِنَّ اللَّهَ …)
      if (this.vocalized(a)) return null
      b = Math.min(b, this.sentenceEnd[a - this.ps]!)
    }
    return this.wordCount(a, b) >= MIN_WORDS_CUED ? [a, b] : null
  }

  /**
   * Does a quote opening at `open` go on from one that ended at `prevEnd`? Only
   * across its own attribution and a full stop (`"…," she said. "…"`), not
   * across a clause of other words.
   */
  private continues(prevEnd: number, open: number): boolean {
    // `"…late. "We left…"`: the mark that opens this quote ended the one before
    if (open === prevEnd) return true
    if (open - prevEnd <= 8) {
      for (let k = prevEnd; k < open; k++) if (this.isSentenceEnd(k)) return true
      return false
    }
    // `"…," said Ken Kim, an analyst at Stone & McCarthy Research. "…"`: one longer attribution sentence between them
    if (open - prevEnd > 24 || !this.isSentenceEnd(open - 1)) return false
    for (let k = prevEnd + 1; k < open - 1; k++) if (this.isSentenceEnd(k) || this.markChar(k) !== null) return false
    return true
  }

  /** A comma followed by a speech verb and its colon (`…، وأضافت: إنه …`): a new colon quote starts there. */
  private verbAndColonAfterComma(j: number, pe: number): boolean {
    // the colon is checked first: this runs for every comma of every paragraph
    return j + 2 < pe && this.keys[j + 2] === ":" && this.t.kinds[j + 2] === PUNCT && COMMAS.has(this.keys[j]!) && this.t.kinds[j + 1] === WORD && this.verbAt(j + 1, pe) === 1
  }

  /** Does a new attribution clause start at token `k` (`وأضاف`, `وقال الوزير`)? */
  private startsAttribution(k: number, pe: number): boolean {
    if (this.t.kinds[k] !== WORD) return false
    if (this.verbAt(k, pe) > 0) return true
    // وعن توقعاته للأيام القادمة يقول: …: a verb and its colon a few words into the sentence
    for (let j = k + 1; j < Math.min(pe - 1, k + 8); j++) {
      if (this.t.kinds[j] !== WORD) return false
      const n = this.verbAt(j, pe)
      if (n > 0) return j + n < pe && this.t.kinds[j + n] === PUNCT && this.keys[j + n] === ":"
    }
    return false
  }

  /** Length in tokens of the Arabic or English speech verb at token `k` (read with and without a proclitic و/ف), or 0. */
  private verbAt(k: number, pe: number): number {
    // this runs for the words after every full stop and comma: most start no verb, with or without و/ف (the key
    // ids of the word and of its tail say so without a trie look-up or a sliced string)
    const verbFirst = this.lex.verbFirstKeys
    if (this.swapped === 0 && !verbFirst.hasId(this.ids[k]!) && !verbFirst.hasId(this.tails[k]!)) return 0
    const v = this.lex.verbs.longestAt(this.keys, k, pe)
    if (v !== null) return v.length
    const key = this.keys[k]!
    if (key.length > 3 && (key[0] === WAW || key[0] === FA)) {
      // read without the proclitic: the trie reads the first key from `keys`, so it is swapped for the look-up
      // (and counted, as in cueWithoutProclitic: while it is, the key ids do not describe `keys`)
      this.keys[k] = key.slice(1)
      this.swapped++
      try {
        return this.lex.verbs.longestAt(this.keys, k, pe)?.length ?? 0
      } finally {
        this.keys[k] = key
        this.swapped--
      }
    }
    return 0
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
    // the last cue before the mark (binary search: cues are in text order, and a paragraph may hold thousands)
    let lo = 0
    let hi = cues.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cues[mid]!.at < m.open) lo = mid + 1
      else hi = mid
    }
    for (let c = lo - 1; c >= 0; c--) {
      const cue = cues[c]!
      if (m.open - cue.at > CUE_WINDOW) break
      if (this.sentenceEndBetween(cue.at, m.open)) break
      // the nearest cue decides: never skip it for an older one (a wrong speaker is worse than none)
      if (cue.needsMark && !colon && !comp && cue.end !== m.open) return null
      if (cue.kind === "according") return null
      // نقلت شبكة «…» عن X، …: marks inside the reported cue's own words (the source, its outlet) are no speech
      if (cue.kind === "reported" && cue.end > m.open) return null
      // بقوله: …: marks further on in its colon speech are names or terms inside it (… للمؤلف «X Y Z»)
      if (cue.kind === "participle" && !colon && this.keys[cue.end] === ":" && m.open > cue.end + 1 && this.isSaying(this.keys[cue.at]!)) return null
      // an English verb right before the quote: `X said: "`; an Arabic one: anywhere in the clause
      if (cue.english) {
        if (cue.end - 1 > j + 2 && !colon) continue
        return { cue, speaker: this.resolve(this.englishSubjectOf(cue, ps, this.pe), cue.gender), colon, bare: false }
      }
      // قال ترامب إن وسائل الإعلام يجب أن تحصل على «درجة رسوب كبيرة»: words quoted inside reported speech
      const reported = !colon && !comp && this.complementizerBetween(cue.end, m.open)
      // قال إن الـ«إف بي آي» لا يستطيع …: a mark glued to the word before it opens a name, not words of speech
      if (reported && this.t.spaced[m.open] === 0 && this.t.kinds[m.open - 1] === WORD && this.wordCount(m.open + 1, m.close) < MIN_WORDS_BARE) return null
      const bare = !colon && !comp && !reported
      if (bare && cue.end < j) {
        // قال الوزير في بيان «…»: the quote follows the speaker phrase and its prepositions directly
        if (j + 1 - cue.end > 12) return null
      }
      // ونقلت عن «مسؤول رفيع المستوى»: marks after عن/من name a source, they quote no speech
      if (!colon && !comp && cue.end < j && this.t.kinds[j] === WORD && (this.keys[j] === AN || this.keys[j] === MIN)) return null
      return { cue, speaker: this.speakerOfCue(cue, true), colon, bare }
    }
    return null
  }

  /** A complementizer among tokens `[a, b)` (at most {@link CUE_WINDOW} of them: the window of a cue). */
  private complementizerBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)) return true
    return false
  }

  /** A cue right after the closing mark: `«…»، قال الوزير`, `"…," Putin said`, `"…," said Putin`, `"…", according to X`. */
  private cueAfter(m: Mark, pe: number): { cue: Cue; speaker: Speaker | null } | null {
    let k = m.close + 1
    while (k < pe && this.t.kinds[k] === PUNCT && (COMMAS.has(this.keys[k]!) || this.keys[k] === "-")) k++
    if (k >= pe || this.t.kinds[k] !== WORD) return null
    // verb first: said X / قال X / according to X
    const first = this.cueAt(k, pe, this.keys[k]!) ?? this.firstCueWithClitic(k, pe)
    // «… بالتأكيد.» وقال الوزير إن …: after a quote that ends its sentence, a verb with speech of its own opens a new one
    if (first !== null && !first.english && this.isSentenceEnd(m.close - 1) && this.introducesSpeech(first, pe)) return null
    if (first !== null && first.kind !== "reported") {
      if (first.kind === "according") return { cue: first, speaker: this.resolve(first.speaker, null) }
      if (first.english && first.kind === "verb") {
        const e = this.phraseEnd(first.end, pe, true)
        return { cue: first, speaker: this.resolve(e > first.end ? [first.end, e] : null, null) }
      }
      return { cue: first, speaker: this.speakerOfCue(first, true) }
    }
    // subject first (English): "…," the minister said / he added; not after a quote that ends its sentence
    // (`"… in May." Spain confirmed the sale`: a new sentence whose verb has its own object)
    if (this.isSentenceEnd(m.close - 1) && this.keys[m.close - 1] === ".") return null
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
    if (key.length > 3 && (key[0] === WAW || key[0] === FA)) return this.cueWithoutProclitic(k, pe)
    return null
  }

  /**
   * The subject of an English verb: after it when the clause ends in a name after a comma (`…, warned
   * Mr Cracknell.`, `…, said Robbie Bach, senior vice president`), else the phrase before it.
   */
  private englishSubjectOf(cue: Cue, ps: number, pe: number): readonly [number, number] | null {
    if (cue.at > ps && this.isPunct(cue.at - 1, COMMAS) && cue.end < pe && !EN_TRANSITIVE.has(this.keys[cue.at]!) && isCapitalized(this.t, this.text, cue.end)) {
      const e = this.phraseEnd(cue.end, pe, true)
      const next = e < pe ? this.keys[e]! : "."
      if (e > cue.end && isCapitalized(this.t, this.text, e - 1) && (e >= pe || this.t.kinds[e] === PUNCT) && (next === "." || next === ":" || COMMAS.has(next))) return [cue.end, e]
    }
    return this.englishSubjectBefore(cue.at, ps)
  }

  /** Does the English phrase `[a, b)` end in a capitalized name after a possessive (`Acme's Jane Smith`)? */
  private ownedName(a: number, b: number): boolean {
    for (let k = a + 1; k < b - 1; k++) {
      if (this.t.kinds[k] !== PUNCT || (this.keys[k] !== "'" && this.keys[k] !== "\u2019")) continue
      const n = this.keys[k + 1] === "s" ? k + 2 : k + 1
      return n < b && isCapitalized(this.t, this.text, n) && this.englishName(a, b)[0] >= n
    }
    return false
  }

  /** Does the token range hold a person entity? */
  private hasPerson(r: readonly [number, number]): boolean {
    const e = this.entityIn(this.orig(this.t.starts[r[0]]!, this.t.ends[r[1] - 1]!))
    return e !== null && e.type === "PERSON"
  }

  /** Every word of the range capitalized (name particles aside): a name, not a title with `for`/`of` in it. */
  private allCapitalized(r: readonly [number, number]): boolean {
    for (let k = r[0]; k < r[1]; k++) {
      if (this.t.kinds[k] !== WORD) continue
      if (!isCapitalized(this.t, this.text, k) && !NAME_PARTICLES.test(this.keys[k]!)) return false
    }
    return true
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
  private englishSubjectBefore(v: number, ps: number, depth = 0): readonly [number, number] | null {
    // `McFadden, whose album is out next week, has said`: the apposition ends before the auxiliary
    const c = this.beforeModifiers(v, ps)
    if (c - 1 > ps && this.isPunct(c - 1, COMMAS)) {
      let s = c - 1
      while (s > ps && c - 1 - s < 20 && (this.t.kinds[s - 1] === WORD || this.t.kinds[s - 1] === NUM)) s--
      if (s < c - 1 && s > ps && this.isPunct(s - 1, COMMAS)) {
        // `…, Dr Fiona Ashworth, said`: the name is the apposition; `Dr Owen Llewellyn, an ecologist …, said`,
        // `Mr Davies, 60, said`, `Lord Bach, Minister for Defence Procurement, said`: it stands before it
        const appo: readonly [number, number] = [s, c - 1]
        const before = depth < 2 ? this.englishSubjectBefore(s - 1, ps, depth + 1) : null
        if (!isCapitalized(this.t, this.text, s) || /^(?:the|a|an)$/.test(this.keys[s]!)) return before
        if (this.entities.length > 0) {
          if (this.hasPerson(appo)) return appo
          if (before !== null && this.hasPerson(before)) return before
        }
        // a capitalized apposition with lower-case words in it is a title (`Minister for Defence Procurement`)
        return before !== null && !this.allCapitalized(appo) ? before : appo
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
    // `Mr Blair on Sunday dismissed`: a time phrase between the subject and its verb
    if (s < e && e - s <= 2 && EN_TIME.test(this.keys[e - 1]!) && s - 1 > ps && EN_TIME_LEAD.has(this.keys[s - 1]!) && depth < 2) return this.englishSubjectBefore(s - 1, ps, depth + 1)
    // `Jack Straw, who argues`: the relative pronoun stands for the name before its comma
    if (s < e && this.keys[s] === "who" && s - 1 > ps && this.isPunct(s - 1, COMMAS) && depth < 2) return this.englishSubjectBefore(s - 1, ps, depth + 1)
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
    // وتبنت الحركة الهجوم. وقالت: …: a verb with no subject that opens its sentence, after a sentence whose subject
    // has not spoken (a verb that goes on with the last speaker's words, وأضاف, keeps the chain)
    // (not `يذكر أن`, the writer's formula: a present verb that is also a noun)
    if (cue.kind === "verb" && cue.speaker === null && speech && !cue.continues && !(cue.alsoNoun && cue.verb.startsWith("\u064a")) && this.sentenceStart(cue.at) === cue.at) {
      const subject = this.previousSubject(cue.at, cue.gender)
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
    const s = this.clauseStart(at)
    // a speaker named earlier in the same sentence is the subject
    if (chained && this.lastPushAt >= s) return this.chain[this.chain.length - 1] ?? null
    const from = this.orig(this.t.starts[s]!, this.t.ends[s]!).start
    const last = Math.min(at, s + SUBJECT_WINDOW) - 1
    if (last < s) return null
    const to = this.orig(this.t.starts[last]!, this.t.ends[last]!).end
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= to) break
      if (e.type === "PERSON" || e.type === "ORGANIZATION") return this.push({ text: e.canonical, entityId: e.entityId, gender, person: e.type === "PERSON" }, s)
    }
    return null
  }

  /**
   * The first token of the clause of token `at`: its sentence's start, or the word after a comma and a
   * conjunction that opens a clause with its own subject (`ولم يصدر X تصريحا، ولكن Y دافع عن الموقف قائلا …` → `Y …`;
   * `clauseBreaks` in the lexicon).
   */
  private clauseStart(at: number): number {
    const s = this.sentenceStart(at)
    for (let k = at - 1; k > s; k--) {
      if (this.t.kinds[k] !== WORD || !this.isPunct(k - 1, COMMAS)) continue
      if (this.lex.clauseBreaks.has(this.keys[k]!)) return k + 1
    }
    return s
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
      if (k > b && this.verbStartsAt(k, this.pe)) return null
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
    const pronoun = b - a === 1 ? lex.enPronouns.get(first) : undefined
    if (pronoun !== undefined) return (pronoun !== "p" ? this.recentSubject(a, pronoun) : null) ?? this.fromChain(pronoun, pronoun !== "p")
    if (b - a === 1 && lex.arPronouns.has(first)) return this.fromChain(gender)
    // `…, which suggests`: a relative pronoun names nobody
    if (EN_RELATIVE.has(first)) return this.fromChain(gender)
    const span = this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)
    const english = /[a-z]/.test(first)
    let entity = this.entityIn(span)
    // وقال ساخرا إن …: an adverb of manner (an indefinite accusative) where the subject would stand names nobody
    if (!english && b - a === 1 && entity === null && this.mannerAdverb(a, span)) return this.fromChain(gender)
    if (!english && (entity === null || entity.type !== "PERSON")) entity = this.appositionPerson(b) ?? entity
    // `Sky Networks' Sophie Turner Laing`, `Tennis Australia's Geoff Pollard`: the name the body's possessive owns
    if (english && entity !== null && this.ownedName(a, b)) {
      const [n] = this.englishName(a, b)
      entity = this.personAt(n) ?? (entity.type === "PERSON" && entity.start >= this.orig(this.t.starts[n]!, this.t.ends[n]!).start ? entity : null)
    }
    // وانتقد الرئيس الأمريكي إدارة الرئيس السابق X: the phrase opens with the role of a person named before, and the
    // person further in it is the object
    if (!english) entity = this.byRolePrefix(a, b, entity) ?? entity
    // a place inside a phrase that opens with another noun names no speaker (جماعة "ولاية الساحل" is not الساحل)
    if (entity !== null && entity.type !== "PERSON" && entity.type !== "ORGANIZATION" && entity.start > span.start) entity = null
    let speaker: Speaker
    const owner = entity !== null && !english ? this.possessorBefore(entity, a, b) : -1
    if (owner >= 0) {
      // والد أحمد سعيد: the speaker is the father, not the person the phrase names
      const o = this.orig(this.t.starts[owner]!, this.t.ends[owner]!)
      speaker = { text: this.text.slice(o.start, entity!.end), entityId: null, gender, person: true }
    } else if (entity !== null) speaker = { text: entity.canonical, entityId: entity.entityId, gender, person: entity.type === "PERSON" || (english && this.hasTitle(a, b)) }
    else {
      let [s, e] = [a, b]
      if (english) [s, e] = this.englishName(a, b)
      const o = this.orig(this.t.starts[s]!, this.t.ends[e - 1]!)
      const text = this.text.slice(o.start, o.end)
      const byRole = this.entityByRole(text) ?? (!english && b - a === 1 ? this.namedBefore(a) : null)
      speaker =
        byRole !== null
          ? { text: byRole.canonical, entityId: byRole.entityId, gender, person: byRole.type === "PERSON" }
          : { text, entityId: null, gender, person: english && this.hasTitle(a, b) }
    }
    if (push) this.push(speaker, a)
    return speaker
  }

  /**
   * An adverb of manner where a subject would stand, one word with no entity on it: the accusative alif with the
   * tanween written (`مبتسماً`), or, when entities ran, a participle's shape (`ساخرا`, `متهكما`) or a preposition
   * and a noun of manner (`باستخفاف`, `بالتأكيد`, `بسرعة`).
   */
  private mannerAdverb(a: number, span: Range): boolean {
    const key = this.keys[a]!
    // وقتها، إحداها: a time word or a word with an attached pronoun is no subject either
    if (this.lex.clauseOpeners.has(key) || (key.length >= 4 && key.endsWith("\u0647\u0627"))) return true
    if (key.length < 5) return false
    // باستخفاف, بالتأكيد, بسرعة: a preposition and a noun of manner (a definite noun, a tenth-form masdar, or a
    // feminine noun), when entities ran (names are entities); not بعضهم, not a name such as بينهام
    const word = this.text.slice(span.start, span.end)
    if (key.charCodeAt(0) === 0x0628) return this.entities.length > 0 && (key.startsWith("\u0628\u0627\u0644") || key.startsWith("\u0628\u0627\u0633\u062a") || word.endsWith("\u0629"))
    if (!key.endsWith("\u0627")) return false
    if (word.includes("\u064b")) return true
    // without the tanween: the shapes of participles of manner (ساخرا، مبتسما، متهكما), never أوباما or روسيا
    return this.entities.length > 0 && ((key.length === 5 && key[1] === "\u0627") || key[0] === "\u0645")
  }

  /**
   * The person whose role (as the entity stage read it: `الرئيس الأمريكي`) opens the phrase `[a, b)`, when no
   * other person is named within two words after the role (`الرئيس الأمريكي السابق X` is X).
   */
  private byRolePrefix(a: number, b: number, found: Entity | null): Entity | null {
    const roles = this.roles
    if (roles.size === 0 || b - a < 3) return null
    for (let n = Math.min(4, b - a - 1); n >= 2; n--) {
      const o = this.orig(this.t.starts[a]!, this.t.ends[a + n - 1]!)
      const e = roles.get(this.text.slice(o.start, o.end))
      if (e === undefined) continue
      if (found === null || found.entityId === e.entityId) return e
      if (found.type !== "PERSON") return e
      const near = Math.min(b, a + n + 2) - 1
      return found.start > this.orig(this.t.starts[near]!, this.t.ends[near]!).end ? e : null
    }
    return null
  }

  /** Token of a kinship or representation noun right before `entity` inside the phrase `[a, b)` (`والد أحمد`), or -1. */
  private possessorBefore(entity: Entity, a: number, b: number): number {
    // والد أحمد, and والد الشهيد الطالب أحمد: the relative is named before the person
    let owner = -1
    for (let k = a; k < b; k++) {
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      if (o.start >= entity.start) return o.start === entity.start ? owner : -1
      if (this.t.kinds[k] === WORD && this.lex.arPossessors.has(this.keys[k]!)) owner = k
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
    while (s > a && (isCapitalized(this.t, this.text, s - 1) || (this.t.kinds[s - 1] === WORD && NAME_PARTICLES.test(this.keys[s - 1]!)))) s--
    // a sentence-initial article is no name: "The company" stays whole
    if (e - s === 1 && /^(?:the|a|an)$/.test(this.keys[s]!)) return [a, b]
    return [s, e]
  }

  /**
   * `he`/`she` after a sentence whose subject is a person who has not spoken yet (`Dr Fox refused to discuss it.
   * "We repay loans when due," he said.`): that person, named in the first words of the sentence before, not
   * after a quotation mark. With a speaker named in that sentence or this one, the chain decides.
   */
  private recentSubject(a: number, gender: Gender): Speaker | null {
    if (this.entities.length === 0) return null
    let lo = this.ps
    let s = this.sentenceStartIn(this.sentenceFrom >= 0 && this.sentenceFrom < a ? this.sentenceFrom : a, lo)
    // up to three sentences back: one that opens with `he`/`she` refers to the one before it
    for (let back = 0; back < 3; back++) {
      // the sentence before: in this paragraph, or the last one of the paragraph before (scrapes split paragraphs freely)
      let end = s - 1
      if (s <= lo + 1) {
        if (lo !== this.ps || this.lastPe <= this.lastPs) return null
        lo = this.lastPs
        end = this.lastPe
      }
      const p = this.sentenceStartIn(end - 1, lo)
      if (this.lastPushAt >= p) return null
      let k = p
      // the closing mark of the quote before, glued to its full stop (`… with him." Wilkinson, who …`)
      if (k > lo && this.t.spaced[k] === 0 && this.markChar(k) !== null) k++
      while (k < end && this.t.kinds[k] === WORD && EN_CONJUNCTIONS.has(this.keys[k]!)) k++
      if (k < end && this.t.kinds[k] === WORD && (this.keys[k] === "he" || this.keys[k] === "she")) {
        s = p
        continue
      }
      for (; k < Math.min(end, p + 6); k++) {
        if (this.t.kinds[k] === PUNCT && MARKS.has(this.keys[k]!)) return null
        if (this.t.kinds[k] !== WORD) continue
        const e = this.personAt(k)
        if (e === null) continue
        const title = k > p ? this.keys[k - 1]! : ""
        if ((gender === "m" && /^(?:ms|mrs|miss)$/.test(title)) || (gender === "f" && title === "mr")) return null
        // English speakers carry no gender: `he` and `she` look for the last person
        return this.push({ text: e.canonical, entityId: e.entityId, gender: null, person: true }, k)
      }
      return null
    }
    return null
  }

  /**
   * The subject of the sentence before an Arabic verb that opens its own sentence with no subject (`وتبنت الحركة
   * الهجوم … . وقالت: …`, `وكانت المصممة X تعيش … . وكتبت: …`): the first entity within four words after the
   * word that opens the sentence before (in this paragraph, or the last sentence of the paragraph before), when it
   * is a person or an organisation, nobody was named as a speaker in that sentence, and the opening word agrees
   * with the verb (a feminine verb after `…ت`/`ت…`; a masculine one not after `…ت`). Else null: the chain decides.
   */
  private previousSubject(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0 || gender === "p") return null
    let lo = this.ps
    let end = at - 1
    if (at <= this.ps) {
      if (this.lastPe <= this.lastPs) return null
      lo = this.lastPs
      end = this.lastPe
    }
    if (end <= lo) return null
    const p = this.sentenceStartIn(end - 1, lo)
    if (this.lastPushAt >= p || p + 1 >= end || this.t.kinds[p] !== WORD) return null
    let open = this.keys[p]!
    if (open.length > 3 && (open[0] === WAW || open[0] === FA)) open = open.slice(1)
    // a sentence that opens with a preposition, a time word or a conjunction (وفي …, ويأتي ذلك …) has no subject there
    const lex = this.lex
    if (open.startsWith("\u0627\u0644") || lex.arStops.has(open) || lex.clauseOpeners.has(open) || lex.complementizers.has(open)) return null
    // a sentence that opens with a speech verb or a participle put its named subject on the chain already
    if (lex.verbForms.has(open) || lex.verbForms.has(this.keys[p]!)) return null
    const feminine = open.endsWith("\u062a") || open.startsWith("\u062a")
    if ((gender === "f" && !feminine) || (gender === "m" && open.endsWith("\u062a"))) return null
    // the subject right after the verb: an organisation there or after titles; a person after a role (all words
    // definite: الرئيس الأمريكي X) or after a description (no word definite: مصممة فوطة X); what stands after
    // a definite noun and an indefinite one is an object (ولام الرئيس الحزب …, انتقد الوزير إدارة الرئيس X)
    let definite = 0
    let indefinite = 0
    for (let k = p + 1; k < Math.min(end, p + 5); k++) {
      if (this.t.kinds[k] !== WORD) return null
      const e = this.entityStartingAt(k)
      if (e !== null) {
        if (e.type === "ORGANIZATION" ? definite + indefinite > 0 : e.type !== "PERSON" || (definite > 0 && indefinite > 0)) return null
        return this.push({ text: e.canonical, entityId: e.entityId, gender, person: e.type === "PERSON" }, at)
      }
      const key = this.keys[k]!
      if (lex.arTitles.has(key)) continue
      if (key.startsWith("\u0627\u0644")) definite++
      else indefinite++
    }
    return null
  }

  /** The entity that starts at token `k` (at its first letter, or after a one-letter proclitic such as و or لـ), if any. */
  private entityStartingAt(k: number): Entity | null {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entities[this.firstEntityFrom(o.start)]
    return e !== undefined && e.start <= o.start + 1 && e.start < o.end ? e : null
  }

  /** {@link sentenceStart} with a lower bound of the caller's choosing (the start of the paragraph before). */
  private sentenceStartIn(at: number, lo: number): number {
    let s = at
    while (s > lo && at - s < 60 && !this.isSentenceEnd(s - 1)) s--
    return s
  }

  private fromChain(gender: Gender | null, person = false): Speaker | null {
    const c = this.chain
    if (c.length === 0) {
      // nobody named yet (استقبل الأمير فيصل … المهنئين. وقال سموه: «…»): the first person of the text before here
      // (bounded: the first 64 entities, so a text with many entities and no person stays linear)
      const n = Math.min(this.entities.length, 64)
      for (let i = 0; i < n && this.entities[i]!.start < this.cursor; i++) {
        const x = this.entities[i]!
        if (x.type === "PERSON") return this.push({ text: x.canonical, entityId: x.entityId, gender: null, person: true }, -1)
      }
      return null
    }
    // `he`, `she`: the last person (not a country or a company named since), when entities tell them apart
    if (person && this.entities.length > 0) {
      for (let i = c.length - 1; i >= Math.max(0, c.length - 8); i--) if (c[i]!.person) return c[i]!
    }
    if (gender !== null) {
      for (let i = c.length - 1; i >= Math.max(0, c.length - 8); i--) if (c[i]!.gender === gender) return c[i]!
    }
    return c[c.length - 1] ?? null
  }

  /** Does the English phrase `[a, b)` hold a person's title (`spokeswoman`, `minister`, `Mr`)? */
  private hasTitle(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.lex.enTitles.has(this.keys[k]!)) return true
    return false
  }

  /**
   * The person (else organisation, else any) entity inside an original span:
   * the first of its kind, since the subject comes right after the verb and an
   * object may follow it (وصف ساذرلاند تصريحات كاميرون).
   */
  private entityIn(span: Range): Entity | null {
    let best: Entity | null = null
    // from the first entity that can reach the span (binary search on the running maximum of the ends): no rescan
    // of the whole list per phrase
    for (let i = lowerBound(this.entityEndsMax, span.start + 1); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= span.end) break
      if (e.end <= span.start) continue
      if (best === null || speakerRank(e) > speakerRank(best)) best = e
    }
    return best
  }

  /**
   * The person a one-word definite subject stands for (`وقالت المتحدثة: …` after `وقالت المتحدثة باسم الوزارة، هدى
   * …`): the person named within six tokens after the nearest earlier use of the same word, in its sentence (at most
   * {@link ANAPHOR_WINDOW} tokens back), or null.
   */
  private namedBefore(a: number): Entity | null {
    const key = this.keys[a]!
    if (this.entities.length === 0 || !key.startsWith("\u0627\u0644") || key.length < 5) return null
    const span = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const word = this.text.slice(span.start, span.end)
    // a word that opens the name of an organisation named in the window (المرصد السوري …) is that body, not a person
    const from = this.orig(this.t.starts[Math.max(0, a - ANAPHOR_WINDOW)]!, this.t.ends[Math.max(0, a - ANAPHOR_WINDOW)]!).start
    for (let i = this.firstEntityFrom(from); i < this.entities.length && this.entities[i]!.start < span.start; i++) {
      const e = this.entities[i]!
      if (e.type === "ORGANIZATION" && (e.text.startsWith(word) || e.canonical.startsWith(word))) return null
    }
    // the person found must be the one the word describes, not a member of the body it names (مدير المرصد X)
    const described = (e: Entity | null): Entity | null => (e !== null && e.role !== null && e.role.includes(word) && !e.role.trim().startsWith(word) ? null : e)
    for (let k = a - 1; k >= Math.max(0, a - ANAPHOR_WINDOW); k--) {
      if (this.keys[k] !== key || this.t.kinds[k] !== WORD) continue
      // the nearest earlier use decides: the name right after it (المحامية ليلى …, after titles), or after a
      // comma that ends its description (المتحدثة باسم الشرطة، ليلى …: words with the article, or باسم)
      for (let j = k + 1; j < Math.min(this.t.count, k + 7); j++) {
        const kind = this.t.kinds[j]
        if (kind === PUNCT && COMMAS.has(this.keys[j]!)) {
          return j + 1 < this.t.count ? described(this.personAt(j + 1)) : null
        }
        if (kind !== WORD) return null
        const e = this.personAt(j)
        if (e !== null) return described(e)
        const w = this.keys[j]!
        if (!this.lex.arTitles.has(w) && !w.startsWith("\u0627\u0644") && w !== "\u0628\u0627\u0633\u0645") return null
      }
      return null
    }
    return null
  }

  /** An entity whose role is exactly the phrase (`الرئيس الفرنسي` → the person entity with that role). */
  private entityByRole(text: string): Entity | null {
    return this.byRole.get(text.trim()) ?? null
  }
}
