/**
 * Is this line page chrome? Lexicon rules first (whole line, short line that
 * starts with a phrase, bars of buttons), then shape heuristics (separators,
 * contact lines, links, time stamps, a lone agency credit, the copyright
 * sign). Each answer names its rule, which the record keeps as the reason.
 *
 * Everything here looks at one line's tokens (at most a few dozen), so the
 * cost per line is bounded whatever the text.
 *
 * @module
 */
import { keyOf, tokenize, type Tokens } from "../lexicons/key.js"
import type { BoilerplateRule, CompiledLexicons, Zone } from "../lexicons/lexicon.js"
import type { TrieMatch } from "../lexicons/trie.js"
import type { BoilerplateKind } from "../schema/record.js"
import { readDateRun, type DateRun } from "./dates.js"
import { wordSieve } from "./sieve.js"

/** A line judged to be chrome: its kind, the rule, and whether it opens a block. */
export interface Verdict {
  readonly kind: BoilerplateKind
  readonly rule: string
  readonly opensBlock: boolean
}

const zoneOk = (z: Zone, where: ReadonlySet<Zone>) => z === "any" || where.has(z)

const fromRule = (r: BoilerplateRule): Verdict => ({ kind: r.kind, rule: r.rule, opensBlock: r.opensBlock })

/** Lexicon verdict for a whole line (tokens must cover the line: not truncated). */
export const lexiconVerdict = (lex: CompiledLexicons, text: string, tokens: Tokens, where: ReadonlySet<Zone>): Verdict | null => {
  const keys = tokens.keys
  if (keys.length === 0) return null
  // (the key of the whole line is only made when its first word starts a line phrase)
  if (!tokens.truncated && lineStarters(lex).has(keys[0]!)) {
    const whole = lex.lines.get(keys.join(" "))
    if (whole !== undefined && zoneOk(whole.zone, where)) return fromRule(whole)
  }
  if (!tokens.truncated && keys.length <= 12) {
    // a bar of buttons: every token belongs to bar words (فيسبوك تويتر واتساب …)
    let i = 0
    let first: BoilerplateRule | null = null
    while (i < keys.length) {
      const m = lex.barWords.longestAt(keys, i)
      if (m === null) break
      first ??= m.value
      i += m.length
    }
    if (i === keys.length && first !== null) {
      return { kind: first.kind, rule: `lexicon:${first.rule.split(":")[1]}:bar`, opensBlock: false }
    }
  }
  if (tokens.truncated) return null
  const br = bracketedAt(lex, text, tokens, where)
  if (br !== null && keys.length <= br.maxTokens) return fromRule(br)
  const pre = lex.linePrefixes.longestAt(keys, 0)
  if (pre !== null && zoneOk(pre.value.zone, where)) {
    if (keys.length <= pre.value.maxTokens && (!pre.value.dated || datedRest(lex, text, tokens, pre.length))) return fromRule(pre.value)
    // in the head, a stamp's label over a full date is a stamp line however long it runs
    // (`نشر في: 30 نوفمبر ,2026: 02:15 م GST آخر تحديث: 30 نوفمبر ,2026: 03:40 م GST`); a label that
    // also opens text (`dated`: `التاريخ: 22 سبتمبر 2014 إلى …`) only over a date to the end of the line
    if (pre.value.kind === "timestamp" && !pre.value.dated && where.has("head") && datedStart(lex, text, tokens, pre.length)) return fromRule(pre.value)
  }
  const suf = suffixAt(lex, keys, 0)
  if (suf !== null && keys.length <= suf.value.maxTokens && zoneOk(suf.value.zone, where)) return fromRule(suf.value)
  return null
}

/**
 * The `bracketed` rule whose phrase opens `tokens` right after a round
 * bracket (`(إعداد …`), or null. The line's closing bracket is checked by the
 * caller on the whole line's tokens (see {@link closesBracket}).
 */
const bracketedAt = (lex: CompiledLexicons, text: string, tokens: Tokens, where: ReadonlySet<Zone>): BoilerplateRule | null => {
  if (lex.bracketedPrefixes.maxLength === 0 || tokens.keys.length === 0 || text.charCodeAt(tokens.starts[0]! - 1) !== 0x28) return null
  const m = lex.bracketedPrefixes.longestAt(tokens.keys, 0)
  if (m === null || !zoneOk(m.value.zone, where) || !closesBracket(text, tokens)) return null
  return m.value
}

/** Does a round bracket close right after the last of `tokens` (`… - تحرير سها جادو)`)? Only for whole lines. */
const closesBracket = (text: string, tokens: Tokens): boolean => !tokens.truncated && text.charCodeAt(tokens.ends[tokens.keys.length - 1]!) === 0x29

/**
 * The run of date words that opens the tokens after the first `from`, or null:
 * anchored (a month, weekday or clock in it), or a full date in digits with
 * its separators (`30.11.2026`, `2026/11/30`; digits alone are no stamp).
 */
const stampRun = (lex: CompiledLexicons, text: string, tokens: Tokens, from: number): DateRun | null => {
  if (from >= tokens.keys.length) return null
  const run = readDateRun(lex, tokens, text, from, tokens.keys.length)
  return run !== null && (run.anchored || run.ymd !== null) ? run : null
}

/** Do the tokens after the first `from` read as a date or a time stamp to the end of the line (`dated` rules)? */
const datedRest = (lex: CompiledLexicons, text: string, tokens: Tokens, from: number): boolean =>
  stampRun(lex, text, tokens, from)?.to === tokens.keys.length

/** Does a full date (day, month, year) open the tokens after the first `from`? */
const datedStart = (lex: CompiledLexicons, text: string, tokens: Tokens, from: number): boolean => (stampRun(lex, text, tokens, from)?.ymd ?? null) !== null

const lineStartersOf = new WeakMap<CompiledLexicons, ReadonlySet<string>>()

/** The first word of every whole-line phrase. */
const lineStarters = (lex: CompiledLexicons): ReadonlySet<string> => {
  let s = lineStartersOf.get(lex)
  if (s === undefined) {
    s = new Set([...lex.lines.keys()].map((k) => k.split(" ")[0]!))
    lineStartersOf.set(lex, s)
  }
  return s
}

const suffixSieves = new WeakMap<CompiledLexicons, RegExp>()

/** The sieve for the last words of the line-suffix phrases. */
const suffixSieve = (lex: CompiledLexicons): RegExp => {
  let re = suffixSieves.get(lex)
  if (re === undefined) {
    re = wordSieve(lex.lineSuffixesReversed.firstKeys())
    suffixSieves.set(lex, re)
  }
  return re
}

/**
 * The longest line-suffix phrase that ends `keys` (read back to `keys[first]`),
 * or null. The reversed words are only gathered when the last word ends some
 * suffix phrase.
 */
const suffixAt = (lex: CompiledLexicons, keys: ReadonlyArray<string>, first: number): TrieMatch<BoilerplateRule> | null => {
  const trie = lex.lineSuffixesReversed
  if (trie.maxLength === 0 || keys.length <= first || !trie.startsWith(keys[keys.length - 1]!)) return null
  const reversed: Array<string> = []
  for (let k = keys.length - 1; k >= first && reversed.length < trie.maxLength; k--) reversed.push(keys[k]!)
  return trie.longestAt(reversed, 0)
}

/**
 * The verdict for a body line, tokenizing only as far as some rule could
 * need: whole-line and bar rules need at most 12 words; a longer line can
 * only match a prefix or suffix rule that allows it, which is checked on the
 * first words (and a short window at the end) before reading more.
 */
export const lineVerdict = (
  lex: CompiledLexicons,
  text: string,
  start: number,
  end: number,
  line: LineTokens,
  where: ReadonlySet<Zone>
): Verdict | null => {
  const t13 = line.tokens(13)
  if (!t13.truncated) return lexiconVerdict(lex, text, t13, where) ?? shapeVerdict(lex, text, start, end, t13)
  // a wire's closing credit in brackets runs longer: `(تغطية صحفية … - إعداد … للنشرة العربية - تحرير …)`
  if (lex.bracketedPrefixes.maxLength > 0 && text.charCodeAt(t13.starts[0]! - 1) === 0x28) {
    const m = lex.bracketedPrefixes.longestAt(t13.keys, 0)
    if (m !== null && m.value.maxTokens > 13 && zoneOk(m.value.zone, where)) {
      const all = line.tokens(m.value.maxTokens + 1)
      if (closesBracket(text, all)) return fromRule(m.value)
    }
  }
  const pre = lex.linePrefixes.longestAt(t13.keys, 0)
  if (pre !== null && pre.value.maxTokens > 13 && zoneOk(pre.value.zone, where)) {
    const all = line.tokens(pre.value.maxTokens + 1)
    if (!all.truncated && (!pre.value.dated || datedRest(lex, text, all, pre.length))) return fromRule(pre.value)
  }
  if (end - start <= 400 && lex.lineSuffixesReversed.maxLength > 0) {
    const from = Math.max(start, end - 80)
    // a suffix phrase needs its last word at the end of the line: windows
    // without that word anywhere (almost all) are not tokenized (see sieve.ts)
    if (!suffixSieve(lex).test(text.slice(from, end))) return shapeVerdict(lex, text, start, end, line)
    // the words of the last 80 units (the first dropped when the window cuts a word)
    const suf = suffixAt(lex, tokenize(text, from, end).keys, from > start ? 1 : 0)
    if (suf !== null && zoneOk(suf.value.zone, where) && !line.tokens(suf.value.maxTokens + 1).truncated) return fromRule(suf.value)
  }
  return shapeVerdict(lex, text, start, end, line)
}

const EDITOR_INITIALS = /^[A-Za-z]{1,5}(?:\/[A-Za-z]{1,5}){1,5}$/
/** The signature under an embedded post: `— <name> (@handle) November 30, 2026` (bounded: linear). */
const EMBED_SIGNATURE = /^[—–-]\s?[^\n()]{1,80}\(@[A-Za-z0-9_]{1,30}\)/
/** A wire photo credit: `REUTERS/Jane Doe`, `AFP/Getty Images` (bounded: linear). */
const PHOTO_CREDIT = /^[A-Z][A-Z-]{1,15}\/[A-Z][A-Za-z .'-]{1,40}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i
const URL_LIKE = /^(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+$/i
const HANDLE = /^@[A-Za-z0-9_]{2,}$/

/**
 * A line that gives its tokens, at most `max` (`truncated` when there are
 * more): a `LineState`, which tokenizes only as far as asked (an object with
 * a method, not a closure made per line).
 */
export interface LineTokens {
  tokens(max: number): Tokens
  /** `tokens(max).keys.length`, without copying tokens. */
  tokenCount(max: number): number
}

/** All the tokens of the line, or a line that gives them as far as asked. */
export type TokenSource = Tokens | LineTokens

const tokensUpTo = (src: TokenSource, max: number): Tokens => ("keys" in src ? src : src.tokens(max))

/** Shape heuristics for a whole line. `text[start, end)` is the trimmed line. */
export const shapeVerdict = (
  lex: CompiledLexicons,
  text: string,
  start: number,
  end: number,
  source: TokenSource
): Verdict | null => {
  const none = "keys" in source ? source.keys.length === 0 : source.tokenCount(1) === 0
  if (none) return { kind: "other", rule: "heuristic:separator", opensBlock: false }
  const len = end - start
  // wire desk initials: `cd/jmb/gd`, `AB/CD`
  if (len <= 40 && EDITOR_INITIALS.test(text.slice(start, end))) return { kind: "credit", rule: "heuristic:editor-initials", opensBlock: false }
  if (len <= 60 && PHOTO_CREDIT.test(text.slice(start, end))) return { kind: "caption", rule: "heuristic:photo-credit", opensBlock: false }
  if (len <= 200 && EMBED_SIGNATURE.test(text.slice(start, end))) return { kind: "credit", rule: "heuristic:embed-signature", opensBlock: false }
  let at = false
  let copyright = false
  let link = false
  if (len <= 300) {
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i)
      if (c === 0x40) at = true
      else if (c === 0xa9) copyright = true
      else if (c === 0x2f && text.charCodeAt(i - 1) === 0x2f) link = true
      else if (c === 0x2e && (text.charCodeAt(i - 1) === 0x77 || text.charCodeAt(i - 1) === 0x57)) link = true
      else if (c === 0x2e && text.startsWith("pic.twitter.com/", i - 3)) link = true
    }
  }
  if (copyright && !tokensUpTo(source, 26).truncated) return { kind: "copyright", rule: "heuristic:copyright-sign", opensBlock: false }
  if (at || link) {
    const line = text.slice(start, end)
    const chunks = line.split(/\s+/)
    let links = 0
    let contacts = 0
    let labels = 0
    for (const ch of chunks) {
      const c = ch.replace(/^[(«"'“]+|[)»"'”.,،;:]+$/g, "")
      if (c.length === 0) continue
      if (URL_LIKE.test(c)) links++
      else if (EMAIL.test(c) || HANDLE.test(c) || /^[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(c)) contacts++
      else labels++
    }
    if (links + contacts > 0 && labels <= 3 && labels < links + contacts + 2) {
      return contacts > 0
        ? { kind: "credit", rule: "heuristic:contact", opensBlock: false }
        : { kind: "source-link", rule: "heuristic:link", opensBlock: false }
    }
  }
  const tokens = len <= 200 ? tokensUpTo(source, 17) : null
  if (tokens !== null && !tokens.truncated && tokens.keys.length <= 16) {
    // a time stamp in the body: a date-time line with a clock time (`16:44 ت م`);
    // a bare date or `2000 GMT` is left alone (match previews print them as text)
    const dt = dateTimeLine(lex, text, tokens)
    if (dt !== null && (clockTimeIn(text, start, end) || (dt.ymd !== null && dottedClockIn(text, start, end)))) {
      return { kind: "timestamp", rule: "heuristic:date-time-line", opensBlock: false }
    }
    const src = lex.sources.longestAt(tokens.keys, 0)
    if (src !== null && src.length === tokens.keys.length && src.value.kind === "agency" && !src.value.generic) {
      return { kind: "credit", rule: "heuristic:agency-credit", opensBlock: false }
    }
  }
  return null
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/** `hh:mm` somewhere in `[start, end)`. */
export const clockTimeIn = (text: string, start: number, end: number): boolean => {
  const digit = (k: number) => isAsciiDigit(text.charCodeAt(k)) || (text.charCodeAt(k) >= 0x0660 && text.charCodeAt(k) <= 0x0669)
  for (let i = start + 1; i + 2 < end; i++) {
    if (text.charCodeAt(i) === 0x3a && digit(i - 1) && digit(i + 1) && digit(i + 2)) return true
  }
  return false
}

/**
 * `hh.mm` before a time zone or `am`/`pm` somewhere in `[start, end)`: the
 * clock of British pages (`Mon 30 Nov 2026 07.00 GMT`), which a decimal
 * number (`2.5 million`) never is.
 */
export const dottedClockIn = (text: string, start: number, end: number): boolean => {
  const digit = (k: number) => isAsciiDigit(text.charCodeAt(k))
  for (let i = start + 1; i + 4 < end; i++) {
    if (text.charCodeAt(i) !== 0x2e || !digit(i - 1) || !digit(i + 1) || !digit(i + 2) || text.charCodeAt(i + 3) !== 0x20) continue
    const c = text.charCodeAt(i + 4)
    // an upper-case zone (`GMT`, `BST`, `EST`) or `am`/`pm`
    if ((c >= 0x41 && c <= 0x5a) || ((c === 0x61 || c === 0x70) && text.charCodeAt(i + 5) === 0x6d)) return true
  }
  return false
}

/** True when the line is a date-time line (a time stamp or crawl time). */
export const dateTimeLine = (lex: CompiledLexicons, text: string, tokens: Tokens): { readonly ymd: string | null } | null => {
  const n = tokens.keys.length
  if (tokens.truncated || n > 2 * STAMP_TOKENS) return null
  const run = stampRun(lex, text, tokens, 0)
  if (run === null) return null
  if (run.to === n) return n <= STAMP_TOKENS ? { ymd: run.ymd } : null
  // a full date, then a second stamp under its label: the line states when the article was first published
  // (`Sun 29 Nov 2026 22.01 GMT Last modified on Mon 30 Nov 2026 08.12 GMT`), or a print edition's number
  // (`… 30 نوفمبر 2026 مـ رقم العدد [ 17000]`)
  // (a relative stamp over a section's name: `منذ ساعتين | سياسة`, `2 hours ago | Politics`)
  if (run.ymd === null) return n - run.to <= STAMP_LABEL_TOKENS && relativeRun(tokens.keys, run.from, run.to) && stampLabel(lex, text, tokens, run.to) ? { ymd: null } : null
  const label = lex.linePrefixes.longestAt(tokens.keys, run.to) ?? gluedLabel(lex, tokens.keys, run.to)
  if (label === null || label.value.kind !== "timestamp") return n - run.to <= STAMP_LABEL_TOKENS && stampLabel(lex, text, tokens, run.to) ? { ymd: run.ymd } : null
  const rest = run.to + label.length
  const number = rest === n - 1 && isAsciiDigit(tokens.keys[rest]!.charCodeAt(0))
  return number || datedRest(lex, text, tokens, rest) ? { ymd: run.ymd } : null
}

/**
 * A stamp's label glued to the zone's digits before it (`… 10:15 GMT+3Updated 2 hours ago`: the token
 * `3updated`): the label phrase read from the word after the digits, or null.
 */
const gluedLabel = (lex: CompiledLexicons, keys: ReadonlyArray<string>, at: number): TrieMatch<BoilerplateRule> | null => {
  const k = keys[at]!
  let d = 0
  while (d < k.length && d < 2 && isAsciiDigit(k.charCodeAt(d))) d++
  if (d === 0 || d === k.length || isAsciiDigit(k.charCodeAt(d))) return null
  const glued = keys.slice(at, at + 4)
  glued[0] = k.slice(d)
  return lex.linePrefixes.longestAt(glued, 0)
}

/** Words that make a run of date words a relative stamp (`منذ ساعتين`, `قبل 5 دقائق`, `2 hours ago`). */
const RELATIVE: ReadonlySet<string> = new Set(["منذ", "قبل", "ago"].map(keyOf))

/** Does the run `[from, to)` open with `منذ` / `قبل` or end with `ago`? */
const relativeRun = (keys: ReadonlyArray<string>, from: number, to: number): boolean => to > from && (RELATIVE.has(keys[from]!) || RELATIVE.has(keys[to - 1]!))

/** Words of a section's name or a country after a stamp (`Nov 30, 2026 - Politics`, `… 10:15, UK`). */
const STAMP_LABEL_TOKENS = 3

/**
 * Do the tokens from `from` to the end of the line name a section or a
 * country after a stamp and a dash, a bar or a comma (`30 نوفمبر 2026 -
 * سياسة`, `Nov 30, 2026 - Politics`, `… 10:15, UK`): words without digits,
 * none an agency, a role word or a given name (`… - أحمد سالم` is a writer)?
 */
const stampLabel = (lex: CompiledLexicons, text: string, tokens: Tokens, from: number): boolean => {
  const keys = tokens.keys
  let sep = false
  for (let i = tokens.ends[from - 1]!; i < tokens.starts[from]!; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7c || c === 0x2c || c === 0x060c) sep = true
    else if (c !== 0x20 && c !== 0xa0) return false
  }
  if (!sep || lex.givenNames.has(keys[from]!)) return false
  for (let k = from; k < keys.length; k++) {
    const w = keys[k]!
    for (let j = 0; j < w.length; j++) if (isAsciiDigit(w.charCodeAt(j))) return false
    if (lex.sources.longestAt(keys, k) !== null || lex.roles.longestAt(keys, k) !== null) return false
  }
  return true
}

/** Most tokens of a line that is one stamp (a date with its weekday, clock and zone). */
const STAMP_TOKENS = 16
