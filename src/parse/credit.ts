/**
 * Credit lines: the short strings that name where a story was filed, who sent
 * it and who wrote it — `عواصم ـ وكالات`, `واشنطن : (أ ف ب)`,
 * `عبدالله سالم- سبق- الرياض:`, `«الاقتصادية» من جدة`, `LONDON, Nov 21 (Reuters) -`,
 * `By Jane Doe`, `الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس`.
 *
 * A credit is read in three steps, all linear in its length:
 * 1. a character scanner cuts the region into parts at separators (dashes,
 *    tatweel used as a dash, colons, commas, bars, slashes, `..`) and
 *    brackets or quotes (`(…)`, `«…»`, `"…"`);
 * 2. each part is classified with the lexicons — agency or outlet, place,
 *    date, role word (`بقلم`, `By`), or a person's name — splitting parts that
 *    hold several things without a separator (`الرياض 25 شوال … واس`,
 *    `عادل سالم من الرياض`, `حوار: … تصوير: …`);
 * 3. the parts are grouped into a dateline run (places, agencies, date) and a
 *    byline run (names), which get adjoining, non-overlapping spans.
 *
 * @module
 */
import { foldClass, isAnyDigit, isArabicMark, tokenize, type Tokens } from "../lexicons/key.js"
import type { CompiledLexicons } from "../lexicons/lexicon.js"
import { dateStarters, readDateRun } from "./dates.js"
import { trimSpan } from "./lines.js"

export type Sep = "colon" | "dash" | "comma" | "bar" | "slash" | "dots" | "other"

export type ItemClass = "place" | "agency" | "date" | "person" | "role" | "unknown"

/** One classified piece of a credit line. */
export interface CreditItem {
  readonly cls: ItemClass
  /** Span of the words (without surrounding brackets or quotes). */
  readonly start: number
  readonly end: number
  /** Start including an opening bracket or quote. */
  readonly outerStart: number
  readonly bracketed: boolean
  readonly tokens: number
  /** For dates: `YYYY-MM-DD` when the date is complete. */
  readonly ymd?: string | null
  /** For agencies: true for unnamed sources (`وكالات`, `Agencies`). */
  readonly generic?: boolean
}

export interface Credit {
  readonly start: number
  readonly end: number
  readonly items: ReadonlyArray<CreditItem>
  readonly places: ReadonlyArray<string>
  readonly agencies: ReadonlyArray<string>
  readonly persons: ReadonlyArray<string>
  readonly date: { readonly start: number; readonly end: number; readonly ymd: string | null } | null
  /** Span of the dateline part (places, agencies, date), or null when there is none. */
  readonly dateline: { readonly start: number; readonly end: number } | null
  /** Span of the byline part (names and role words), or null when there is none. */
  readonly byline: { readonly start: number; readonly end: number } | null
  /** When dateline and byline runs interleave, what follows the first two runs (cut as a credit). */
  readonly rest: { readonly start: number; readonly end: number } | null
  readonly unknown: number
  readonly tokenCount: number
  /** Places found in the lexicons or written in capitals (not merely guessed from the layout). */
  readonly knownPlaces: number
  /** Places found in the lexicons. */
  readonly lexiconPlaces: number
  readonly hasRole: boolean
}

interface RawPart {
  start: number
  end: number
  outerStart: number
  bracketed: boolean
  /** The bracket was a quote (`«»`, `""`, `“”`) rather than a parenthesis. */
  quoted: boolean
  sepAfter: Sep | null
}

const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x7e])
const OPEN = new Set([0x28, 0x5b, 0x7b, 0xab, 0x201c, 0x201e, 0x2039, 0x300c, 0xfd3e])
const CLOSE = new Set([0x29, 0x5d, 0x7d, 0xbb, 0x201d, 0x203a, 0x300d, 0xfd3f])
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)

const strength: Record<Sep, number> = { colon: 6, dash: 5, bar: 4, slash: 3, dots: 2, comma: 1, other: 0 }

const ENTITY = /^&(#\d{2,5}|#x[0-9a-f]{2,4}|[a-z]{2,7});/i

/** What an HTML entity inside a credit stands for. */
const entityRole = (name: string): "dash" | "quote" | "blank" | "other" => {
  const n = name.toLowerCase()
  if (n === "ndash" || n === "mdash" || n === "#8211" || n === "#8212" || n === "#x2013" || n === "#x2014") return "dash"
  if (n === "quot" || n === "laquo" || n === "raquo" || n === "#34" || n === "#171" || n === "#187") return "quote"
  if (n === "nbsp" || n === "#160") return "blank"
  return "other"
}

/**
 * Cuts `text[start, end)` into parts. Returns null when the region holds
 * sentence punctuation (`!`, `?`, `؟`, a full stop after a word of three or
 * more letters): a credit line is never a sentence.
 */
const scanParts = (text: string, start: number, end: number): Array<RawPart> | null => {
  const parts: Array<RawPart> = []
  let partStart = -1
  let outerStart = -1
  let lastWordEnd = -1
  let bracketed = false
  let quoted = false
  let inBracket = false
  let straightQuoteOpen = false
  const close = (sep: Sep | null) => {
    if (partStart >= 0) {
      parts.push({ start: partStart, end: lastWordEnd, outerStart: outerStart >= 0 ? outerStart : partStart, bracketed, quoted, sepAfter: sep })
      partStart = -1
      outerStart = -1
      bracketed = inBracket
      if (!inBracket) quoted = false
    } else if (sep !== null && parts.length > 0) {
      const last = parts[parts.length - 1]!
      if (last.sepAfter === null || strength[sep] > strength[last.sepAfter]) last.sepAfter = sep
    }
  }
  let lastNonTatweel = -1
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (i > start && text.charCodeAt(i - 1) !== 0x0640) lastNonTatweel = text.charCodeAt(i - 1)
    if (c === 0x26) {
      const m = ENTITY.exec(text.slice(i, Math.min(end, i + 10)))
      if (m !== null) {
        const role = entityRole(m[1]!)
        if (role === "dash") close("dash")
        else if (role === "quote") {
          if (partStart >= 0) close(null)
          else if (outerStart < 0) outerStart = i
          bracketed = true
          quoted = true
        } else if (role === "other") close("other")
        i += m[0].length - 1
        continue
      }
      close("other")
      continue
    }
    const f = foldClass(c)
    if (f === 1) {
      if (partStart < 0) partStart = i
      lastWordEnd = i + 1
      continue
    }
    if (c === 0x0640) {
      // tatweel: a dash when no letter stands right before it (`عواصم ـ وكالات`);
      // after a letter it lengthens the word (`هـ`, `مناقصـة`)
      const prev = lastNonTatweel >= 0 ? foldClass(lastNonTatweel) : -1
      if (prev === -1) close("dash")
      else if (partStart >= 0) lastWordEnd = i + 1
      continue
    }
    if (f === 0) {
      if (partStart >= 0 && lastWordEnd === i) lastWordEnd = i + 1
      continue
    }
    if (c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) continue
    if (c === 0x2e) {
      // a full stop: part of an abbreviation (أ.ف.ب, د. سالم, Nov.) unless doubled (..)
      if (i + 1 < end && text.charCodeAt(i + 1) === 0x2e) {
        while (i + 1 < end && text.charCodeAt(i + 1) === 0x2e) i++
        close("dots")
        continue
      }
      if (partStart >= 0) {
        // a long word followed by a full stop and more text is a sentence end
        // (not a dot between two words, as in an outlet's domain: `العربية.نت`)
        let w = i
        while (w > partStart && foldClass(text.charCodeAt(w - 1)) !== -1) w--
        const next = trimSpan(text, i + 1, end)
        const glued = i + 1 < end && foldClass(text.charCodeAt(i + 1)) !== -1
        if (i - w >= 4 && next !== null && !glued && !isLatin(text.charCodeAt(w))) return null
        lastWordEnd = i + 1
      }
      continue
    }
    if (c === 0x2026) {
      close("dots")
      continue
    }
    if (c === 0x2d && partStart >= 0 && i + 1 < end && isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1))) {
      lastWordEnd = i + 1 // a hyphen inside a Latin word: France-Presse
      continue
    }
    if (c === 0x27 || c === 0x2019) {
      if (partStart >= 0 && i + 1 < end && isLatin(text.charCodeAt(i + 1))) {
        lastWordEnd = i + 1 // O'Neil
        continue
      }
      continue
    }
    if ((c === 0x2d || c === 0x3a || c === 0x2f) && partStart >= 0 && i + 1 < end && isAnyDigit(text.charCodeAt(i - 1)) && isAnyDigit(text.charCodeAt(i + 1))) {
      lastWordEnd = i + 1 // between two digits: a date or a clock (`30-11-2026`, `10:15`, `30/11/2026`)
      continue
    }
    if (DASHES.has(c)) {
      close("dash")
      continue
    }
    if (c === 0x3a || c === 0xff1a || c === 0xfe55) {
      close("colon")
      continue
    }
    if (c === 0x2c || c === 0x060c || c === 0x3b || c === 0x061b) {
      close("comma")
      continue
    }
    if (c === 0x7c || c === 0xff5c || c === 0xa6) {
      close("bar")
      continue
    }
    if (c === 0x2f || c === 0x5c) {
      close("slash")
      continue
    }
    if (c === 0x22) {
      if (straightQuoteOpen) {
        close(null)
        inBracket = false
        bracketed = false
      } else {
        close(null)
        inBracket = true
        bracketed = true
        quoted = true
        outerStart = i
      }
      straightQuoteOpen = !straightQuoteOpen
      continue
    }
    if (OPEN.has(c)) {
      close(null)
      inBracket = true
      bracketed = true
      quoted = c !== 0x28 && c !== 0x5b && c !== 0x7b && c !== 0xfd3e
      outerStart = i
      continue
    }
    if (CLOSE.has(c)) {
      close(null)
      inBracket = false
      bracketed = false
      quoted = false
      continue
    }
    if (c === 0x21 || c === 0x3f || c === 0x061f) return null
    // anything else (*, •, #, @, …) separates without meaning
    close("other")
  }
  close(null)
  return parts
}

/** Token range `[from, to)` of `tokens` that lies inside `[start, end)`. */
const tokenRange = (tokens: Tokens, start: number, end: number): [number, number] => {
  let a = 0
  while (a < tokens.keys.length && tokens.starts[a]! < start) a++
  let b = a
  while (b < tokens.keys.length && tokens.ends[b]! <= end) b++
  return [a, b]
}

const isAllCapsLatin = (text: string, start: number, end: number): boolean => {
  let letters = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x61 && c <= 0x7a) return false
    if (c >= 0x41 && c <= 0x5a) letters++
    else if (foldClass(c) !== -1 && !(c >= 0x30 && c <= 0x39)) return false
  }
  return letters >= 2
}

const NAME_PARTICLES = new Set(["de", "da", "di", "van", "von", "der", "den", "al", "el", "bin", "ibn", "bint", "la", "le", "du", "del", "dos", "y", "and"])

/** Could tokens `[a, b)` be a person's name? */
const nameLike = (lex: CompiledLexicons, text: string, tokens: Tokens, a: number, b: number): boolean => {
  const n = b - a
  if (n < 1 || n > 6) return false
  for (let k = a; k < b; k++) {
    const key = tokens.keys[k]!
    if (/\d/.test(key)) return false
    if (lex.nonNameWords.has(key)) return false
    const c = text.charCodeAt(tokens.starts[k]!)
    if (isLatin(c) && !(c >= 0x41 && c <= 0x5a) && !NAME_PARTICLES.has(key)) return false
  }
  return true
}

interface Classified {
  cls: ItemClass
  start: number
  end: number
  outerStart: number
  bracketed: boolean
  quoted: boolean
  tokens: number
  ymd: string | null | undefined
  generic: boolean | undefined
  knownPlace: boolean | undefined
  lexiconPlace: boolean | undefined
  /** A name candidate that the layout may yet turn into a place. */
  guess: boolean | undefined
  /** A name in capitals read as a person after a role word (`By JANE ROE`). */
  capsName?: boolean
  /** Index of the part the item came from. */
  part: number
  sepAfter: Sep | null
}

const creditStartersOf = new WeakMap<CompiledLexicons, ReadonlySet<string>>()

/** Every token that can start a source, place, generic place or role phrase, or a date token other than a number. */
const creditStarters = (lex: CompiledLexicons): ReadonlySet<string> => {
  let s = creditStartersOf.get(lex)
  if (s === undefined) {
    const all = new Set<string>(dateStarters(lex))
    for (const t of [lex.sources, lex.places, lex.genericPlaces, lex.roles]) for (const k of t.firstKeys()) all.add(k)
    s = all
    creditStartersOf.set(lex, s)
  }
  return s
}

/** The part being classified, with what every item made from it shares. */
interface PartReading {
  readonly lex: CompiledLexicons
  readonly text: string
  readonly tokens: Tokens
  readonly p: RawPart
  readonly partIndex: number
  /** First token of the part. */
  readonly a: number
  readonly out: Array<Classified>
  /** The token whose conjunction `و` opens a second name: the item that starts there leaves it out. */
  gluedAt?: number
}

/**
 * The item for tokens `[x, y)` of the part. Every item is made with all its
 * fields (one object shape; no object spread, which is slow).
 */
const itemOf = (r: PartReading, x: number, y: number, first: boolean, last: boolean, cls: ItemClass): Classified => ({
  cls,
  start: r.tokens.starts[x]!,
  end: r.tokens.ends[y - 1]!,
  outerStart: first ? r.p.outerStart : r.tokens.starts[x]!,
  bracketed: r.p.bracketed,
  quoted: r.p.quoted,
  tokens: y - x,
  ymd: undefined,
  generic: undefined,
  knownPlace: undefined,
  lexiconPlace: undefined,
  guess: undefined,
  part: r.partIndex,
  sepAfter: last ? r.p.sepAfter : null
})

/** Classifies the stretch `[from, to)` of the part that no lexicon phrase, date or role word took. */
const flushWords = (r: PartReading, from: number, to: number, last: boolean, beforeDate = false, fullDate = false): void => {
  if (from >= to) return
  const { lex, text, tokens, a } = r
  // the words right before a date in the same part head the dateline: `سول 25 شوال 1436 هـ … واس`,
  // also with a word of `beforeDate` before the date, which is left out (`نواذيبو في 30 نوفمبر`)
  if (beforeDate && from === a && to - from >= 2 && lex.beforeDateWords.has(tokens.keys[to - 1]!)) to--
  // (not after a role word: `كتب: <name> الاثنين 30 نوفمبر 2026` is a byline over a stamp)
  // (nor a writer's name over a full date without a role word: `سارة محمود 30 نوفمبر 2026`, `Jane Roe Nov 30, 2026`)
  if (beforeDate && from === a && to - from <= 3 && r.out[r.out.length - 1]?.cls !== "role" && nameLike(lex, text, tokens, from, to) && !(fullDate && writerName(lex, text, tokens, from, to))) {
    const it = itemOf(r, from, to, true, last, "place")
    it.knownPlace = true
    r.out.push(it)
  } else {
    const w = classifyWords(lex, text, tokens, from, to)
    const it = itemOf(r, from, to, from === a, last, w.cls)
    if (w.knownPlace !== undefined) it.knownPlace = w.knownPlace
    if (w.guess !== undefined) it.guess = w.guess
    if (r.gluedAt === from) it.start = afterConjunction(text, it.start, it.end)
    // titles before the name are left out of it: `بقلم د. سالم أحمد`, `By Dr Jane Roe` (the name stays whole)
    if (w.cls === "person") {
      const f = afterHonorifics(lex, tokens, from, to)
      if (f > from) it.start = tokens.starts[f]!
    }
    r.out.push(it)
  }
}

/**
 * The first token of `[from, to)` after the titles that open it (`د.`, `أ.د.`, `الدكتور`, `Dr`), leaving at least one
 * token: `from` when there is none.
 */
const afterHonorifics = (lex: CompiledLexicons, tokens: Tokens, from: number, to: number): number => {
  let f = from
  for (let h = lex.honorifics.longestAt(tokens.keys, f, to); h !== null && f + h.length < to; h = lex.honorifics.longestAt(tokens.keys, f, to)) f += h.length
  return f
}

/**
 * Are tokens `[from, to)`, before a date, a writer's name rather than the
 * dateline's place: two or three words (after titles, `د.`, `Dr`), an Arabic
 * name opening with a given name of the gazetteer, or Latin words each
 * written with a capital and small letters (a wire's place is in capitals)?
 */
const writerName = (lex: CompiledLexicons, text: string, tokens: Tokens, from: number, to: number): boolean => {
  const f = afterHonorifics(lex, tokens, from, to)
  if (to - f < 2 || to - f > 3) return false
  if (lex.givenNames.has(tokens.keys[f]!)) return true
  for (let k = f; k < to; k++) {
    const s = tokens.starts[k]!
    const c0 = text.charCodeAt(s)
    const c1 = text.charCodeAt(s + 1)
    if (c0 < 0x41 || c0 > 0x5a || c1 < 0x61 || c1 > 0x7a) return false
  }
  return true
}

/** Where a word glued to its conjunction `و` (at `start`) starts: past the `و` and its marks. */
const afterConjunction = (text: string, start: number, end: number): number => {
  let at = start + 1
  while (at < end && isArabicMark(text.charCodeAt(at))) at++
  return at
}

/**
 * Classifies one part, splitting it when it holds several things. (The
 * helpers take the part as an argument rather than being closures made for
 * each part: credits are read on every header line.)
 */
const classifyPart = (lex: CompiledLexicons, text: string, tokens: Tokens, p: RawPart, partIndex: number, out: Array<Classified>): void => {
  const [a, b] = tokenRange(tokens, p.start, p.end)
  if (a >= b) return
  const keys = tokens.keys
  const r: PartReading = { lex, text, tokens, p, partIndex, a, out }
  // Walk the part left to right: lexicon phrases, dates and role words split it.
  let i = a
  let pending = a // start of a stretch not yet classified
  const starters = creditStarters(lex)
  while (i < b) {
    const whole = i === a
    // a token that starts no phrase of these lexicons and no date: none of them is looked up
    const k0 = keys[i]!
    const d0 = k0.charCodeAt(0)
    const maybe = (d0 >= 0x30 && d0 <= 0x39) || starters.has(k0)
    const src = maybe ? lex.sources.longestAt(keys, i, b) : null
    const place = maybe ? lex.places.longestAt(keys, i, b) : null
    const gplace = maybe ? lex.genericPlaces.longestAt(keys, i, b) : null
    const role = maybe ? lex.roles.longestAt(keys, i, b) : null
    // Lexicon phrases only split a part at its edges or next to a date, so a
    // name that contains a place word (عبدالله الرياض) stays a name.
    const plLen = Math.max(place?.length ?? 0, gplace?.length ?? 0)
    if (src !== null && (whole || i + src.length === b) && src.length >= plLen) {
      flushWords(r, pending, i, false)
      const it = itemOf(r, i, i + src.length, i === a, i + src.length === b, "agency")
      it.generic = src.value.generic
      out.push(it)
      i += src.length
      pending = i
      continue
    }
    // a second source glued to its conjunction, the whole part: `«القدس العربي» ووكالات`
    if (src === null && whole && k0.length > 2 && k0.charCodeAt(0) === 0x0648 && out[out.length - 1]?.cls === "agency") {
      const glued = [k0.slice(1), ...keys.slice(i + 1, b)]
      const m = lex.sources.exact(glued, 0, glued.length)
      if (m !== undefined) {
        const it = itemOf(r, i, b, true, true, "agency")
        // the span leaves the conjunction (and its marks) out
        it.start = afterConjunction(text, it.start, it.end)
        it.generic = m.generic
        out.push(it)
        i = b
        pending = i
        continue
      }
    }
    const pl = place !== null && gplace !== null ? (place.length >= gplace.length ? place : gplace) : (place ?? gplace)
    // a place starts its part: alone, before a date (SPA), before an agency
    // (`الرياض واس`) or before a reporter's name with no separator (`جدة  وليد سالم`)
    // (`القاهرة في 30 نوفمبر`: a word of `beforeDate` may stand between the place and the date, and is skipped)
    const skip = pl !== null && i + pl.length + 1 < b && lex.beforeDateWords.has(keys[i + pl.length]!) && isDateAt(lex, tokens, text, i + pl.length + 1, b) ? 1 : 0
    if (
      pl !== null &&
      whole &&
      (pl.length === b - i ||
        skip === 1 ||
        isDateAt(lex, tokens, text, i + pl.length, b) ||
        sourceToEnd(lex, keys, i + pl.length, b) ||
        // (not right after a role word: `تقرير: منى عبد الله` is a name that starts with a place's word)
        (b - i - pl.length >= 2 && b - i - pl.length <= 4 && out[out.length - 1]?.cls !== "role" && nameLike(lex, text, tokens, i + pl.length, b)))
    ) {
      flushWords(r, pending, i, false)
      const it = itemOf(r, i, i + pl.length, i === a, i + pl.length === b, "place")
      it.knownPlace = true
      it.lexiconPlace = true
      out.push(it)
      i += pl.length + skip
      pending = i
      continue
    }
    if (role !== null) {
      flushWords(r, pending, i, false)
      out.push(itemOf(r, i, i + role.length, i === a, i + role.length === b, "role"))
      i += role.length
      pending = i
      continue
    }
    const run = maybe ? readDateRun(lex, tokens, text, i, b) : null
    // (a full date in digits alone is one too: `منى علي - 30/11/2026`)
    if (run !== null && (run.anchored || run.ymd !== null)) {
      // (the words before it are a writer's name only over a day and a month: `محمد حسن شعبان` is a name)
      flushWords(r, pending, i, false, true, run.ymd !== null || run.to - i >= 2)
      const it = itemOf(r, i, run.to, i === a, run.to === b, "date")
      it.ymd = run.ymd
      out.push(it)
      i = run.to
      pending = i
      continue
    }
    // `بيروت ـ «القدس العربي» ـ من سعد الياس:`: "from" and the reporter's name (a given name first), in a part
    // after the outlet (`«الاقتصادية» من لوس أنجلوس` is the place it writes from)
    if (
      whole &&
      lex.fromWords.has(keys[i]!) &&
      out[out.length - 1]?.cls === "agency" &&
      b - i - 1 >= 2 &&
      b - i - 1 <= 4 &&
      lex.givenNames.has(keys[i + 1]!) &&
      nameLike(lex, text, tokens, i + 1, b)
    ) {
      i++
      pending = i
      continue
    }
    // `عادل سالم من الرياض`: "from" followed by a known place
    if (lex.fromWords.has(keys[i]!) && (i > a || out.length > 0) && i + 1 < b) {
      const after = lex.places.longestAt(keys, i + 1, b)
      if (after !== null && after.length === b - i - 1) {
        flushWords(r, pending, i, false)
        const it = itemOf(r, i + 1, b, false, true, "place")
        it.knownPlace = true
        it.lexiconPlace = true
        out.push(it)
        i = b
        pending = i
        continue
      }
    }
    // `كتب: أحمد سالم ومنى علي`: after a role word, a second name of two words or more glued to its
    // conjunction, when the word after `و` is a given name (and the first name has two words or more); with no role
    // word too when the names open the part or follow such a split (an author field: `ناصر الحقباني وفهد الذيابي
    // ونايف الرشيد`; sixtieth session)
    if (
      i - pending >= 2 &&
      b - i >= 2 &&
      keys[i]!.length >= 4 &&
      keys[i]!.charCodeAt(0) === 0x0648 &&
      lex.givenNames.has(keys[i]!.slice(1)) &&
      !lex.givenNames.has(keys[i]!) &&
      (out.some((x) => x.cls === "role") || pending === a || r.gluedAt === pending)
    ) {
      flushWords(r, pending, i, false)
      r.gluedAt = i
      pending = i
      i++
      continue
    }
    // `By Jane Doe and John Roe`: "and" between two names
    if ((keys[i] === "and" || keys[i] === "&") && i > a && i + 1 < b && pending < i) {
      flushWords(r, pending, i, false)
      i++
      pending = i
      continue
    }
    // `مكتب الجزيرة`: a bureau of an outlet
    if (lex.bureau.has(keys[i]!) && i + 1 < b) {
      const s2 = lex.sources.longestAt(keys, i + 1, b)
      if (s2 !== null && i + 1 + s2.length === b) {
        flushWords(r, pending, i, false)
        const it = itemOf(r, i, b, i === a, true, "agency")
        it.generic = false
        out.push(it)
        i = b
        pending = i
        continue
      }
    }
    i++
  }
  flushWords(r, pending, b, true)
}

const sourceToEnd = (lex: CompiledLexicons, keys: ReadonlyArray<string>, i: number, b: number): boolean =>
  i < b && lex.sources.exact(keys, i, b) !== undefined

const isDateAt = (lex: CompiledLexicons, tokens: Tokens, text: string, i: number, b: number): boolean => {
  if (i >= b) return false
  const r = readDateRun(lex, tokens, text, i, b)
  return r !== null && r.anchored
}

/** The number written with one or two ASCII digits in `[start, end)`, or -1. */
const smallNumber = (text: string, start: number, end: number): number => {
  if (end - start < 1 || end - start > 2) return -1
  let n = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return -1
    n = n * 10 + c - 0x30
  }
  return n
}

/** Words with no lexicon hit: an English place in capitals, a name, or unknown. */
const classifyWords = (
  lex: CompiledLexicons,
  text: string,
  tokens: Tokens,
  a: number,
  b: number
): { cls: ItemClass; knownPlace?: boolean; guess?: boolean } => {
  const s = tokens.starts[a]!
  const e = tokens.ends[b - 1]!
  if (isLatin(text.charCodeAt(s)) && b - a <= 4 && isAllCapsLatin(text, s, e)) return { cls: "place", knownPlace: true }
  // an agency the lexicon does not list, by its head noun: `وكالة الأنباء الموريتانية`
  if (b - a >= 2 && b - a <= 5 && lex.agencyHeads.has(tokens.keys[a]!)) return { cls: "agency" }
  if (nameLike(lex, text, tokens, a, b)) return placeOpened(lex, tokens, a, b) ? { cls: "place" } : { cls: "person", guess: true }
  return { cls: "unknown" }
}

/**
 * Whether tokens `[a, b)`, a name by their look, are a foreign place the lexicon does not list: two or three words
 * opening with a place's first word of `placeOpeners` (`سان`, `كيب`, `بورت`: San, Cape, Port) that is no given name
 * (`رويترز - سان بطرسبرج`, `كيب كنافيرال: رويترز`, any spelling). A place guessed so is no evidence of a credit
 * (`knownPlace` is not set): it only keeps a credit read for other reasons from naming a place as its reporter.
 */
const placeOpened = (lex: CompiledLexicons, tokens: Tokens, a: number, b: number): boolean =>
  b - a >= 2 && b - a <= 3 && lex.placeOpeners.has(tokens.keys[a]!) && !lex.givenNames.has(tokens.keys[a]!)

/** Resolves name candidates the layout shows to be places. */
const resolveGuesses = (items: Array<Classified>): void => {
  const guesses = items.filter((x) => x.guess === true && x.cls === "person")
  if (guesses.length === 0) return
  // «an outlet» in quotes next to a place or an agency, never a reporter: `الرباط - «المساء»:`
  for (const x of guesses) {
    if (x.quoted && x.tokens <= 4 && items.some((y) => y !== x && (y.cls === "place" || y.cls === "agency"))) x.cls = "agency"
  }
  // a region in brackets after a place: `برمنغهام (بريطانيا):`
  for (let k = 1; k < items.length; k++) {
    const x = items[k]!
    if (x.guess === true && x.cls === "person" && x.bracketed && !x.quoted && x.tokens <= 3 && items[k - 1]!.cls === "place") x.cls = "place"
  }
  const hasKnownPlace = items.some((x) => x.cls === "place")
  const hasSource = items.some((x) => x.cls === "agency")
  const hasRole = items.some((x) => x.cls === "role")
  if (hasKnownPlace || hasRole) return
  for (let k = 0; k < items.length; k++) {
    const x = items[k]!
    if (!(x.guess === true && x.cls === "person")) continue
    const prev = items[k - 1]
    const next = items[k + 1]
    // name (place), or «outlet» (place)
    if (x.bracketed && prev !== undefined && prev.cls !== "role") {
      x.cls = "place"
      return
    }
    if (hasSource) {
      // one-word name candidates next to an agency are places: `واس - نجران`, `تبوك - الوطن`
      const beside = (y: Classified | undefined) => y !== undefined && y.cls === "agency" && y.part !== x.part
      if (x.tokens === 1 && (beside(prev) || beside(next))) {
        x.cls = "place"
      }
      continue
    }
  }
  if (hasSource) return
  const cands = items.filter((x) => x.guess === true && x.cls === "person")
  if (cands.length !== 2) return
  const [p, q] = cands as [Classified, Classified]
  // place: reporter (the colon form of «الشرق الأوسط», «الوطن»)
  if (p.sepAfter === "colon") {
    p.cls = "place"
    return
  }
  if (p.sepAfter === "dash" || p.sepAfter === "comma") {
    if (p.tokens < q.tokens) p.cls = "place"
    else if (q.tokens < p.tokens) q.cls = "place"
    else p.cls = "place"
  }
}

/** Reads a credit in `text[start, end)`. Returns null when the region is not shaped like one. */
/** A tatweel standing for a dash at either end of a value (`الزويدـ`) is not part of it. */
const stripTatweel = (s: string): string => {
  let a = 0
  let b = s.length
  while (a < b && s.charCodeAt(a) === 0x0640) a++
  while (b > a && s.charCodeAt(b - 1) === 0x0640) b--
  return s.slice(a, b)
}

/** Credits are short: a longer region is never read as one (this also bounds the work per call). */
export const MAX_CREDIT_LENGTH = 400

// Credits read in the text parsed last (the head asks for the same region more
// than once: a header line is checked as a repeated credit, then as a credit line).
let memoText: string | null = null
let memoLex: CompiledLexicons | null = null
const memo = new Map<number, Credit | null>()
/** start · 2^25 + end: exact for texts up to 2^25 code units (inputs are capped far below). */
const memoKey = (start: number, end: number): number => start * 33554432 + end

const memoFor = (lex: CompiledLexicons, text: string): Map<number, Credit | null> => {
  if (memoText !== text || memoLex !== lex) {
    memo.clear()
    memoText = text
    memoLex = lex
  }
  return memo
}

export const readCredit = (lex: CompiledLexicons, text: string, start: number, end: number): Credit | null =>
  readCreditCapped(lex, text, start, end, Number.POSITIVE_INFINITY)

/**
 * {@link readCredit}, or null when the region holds more than `maxTokens`
 * tokens (a credit that long would be turned away anyway): the region is then
 * not read further than its first `maxTokens + 1` tokens. `all`, when given,
 * is the whole tokenization of the region (not truncated).
 */
export const readCreditCapped = (
  lex: CompiledLexicons,
  text: string,
  start: number,
  end: number,
  maxTokens: number,
  all?: Tokens
): Credit | null => {
  if (end - start > MAX_CREDIT_LENGTH) return null
  const cached = start < end && end - start <= MAX_CREDIT_LENGTH && text.length < 33554432 ? memoFor(lex, text) : null
  const key = memoKey(start, end)
  if (cached !== null) {
    const hit = cached.get(key)
    if (hit !== undefined) return hit !== null && hit.tokenCount > maxTokens ? null : hit
  }
  // `all`: the whole tokenization of the region, when the caller has it
  const tokens = all !== undefined && !all.truncated ? all : tokenize(text, start, end, maxTokens)
  if (tokens.truncated || tokens.keys.length > maxTokens) return null
  const c = readCreditWith(lex, text, start, end, tokens)
  if (cached !== null) cached.set(key, c)
  return c
}

const readCreditWith = (lex: CompiledLexicons, text: string, start: number, end: number, tokens: Tokens): Credit | null => {
  const raw = scanParts(text, start, end)
  if (raw === null || raw.length === 0) return null
  const items: Array<Classified> = []
  for (let k = 0; k < raw.length; k++) classifyPart(lex, text, tokens, raw[k]!, k, items)
  if (items.length === 0) return null
  // a day and a month in digits, each a part of its own, after the place: `الكويت - 30 - 11 (كونا) --`
  for (let k = 1; k + 1 < items.length; k++) {
    const x = items[k]!
    const y = items[k + 1]!
    if (items[k - 1]!.cls !== "place" || x.cls !== "unknown" || y.cls !== "unknown" || x.tokens !== 1 || y.tokens !== 1) continue
    const d = smallNumber(text, x.start, x.end)
    const m = smallNumber(text, y.start, y.end)
    if (d < 1 || d > 31 || m < 1 || m > 12) continue
    items.splice(k, 2, { ...x, cls: "date", end: y.end, ymd: null, sepAfter: y.sepAfter, tokens: 2 })
  }
  // the year of an English date in a part of its own: `CAIRO, Nov. 30, 2026 (AP) —`, also with the clock
  // after it (`November 30, 2026 10:15 GMT`, read as a date of its own)
  for (let k = 1; k < items.length; k++) {
    const x = items[k]!
    const prev = items[k - 1]!
    if (prev.cls !== "date" || prev.ymd != null || prev.sepAfter !== "comma") continue
    if (!((x.cls === "unknown" && x.tokens === 1 && x.end - x.start === 4) || (x.cls === "date" && x.ymd == null))) continue
    if (x.end - x.start > 4 && isAnyDigit(text.charCodeAt(x.start + 4))) continue
    const y = smallNumber(text, x.start, x.start + 2) * 100 + smallNumber(text, x.start + 2, x.start + 4)
    if (y < 1900 || y > 2099) continue
    // (the date is read again with its year: `Nov. 30, 2026` states a day)
    const [ta, tb] = tokenRange(tokens, prev.start, x.end)
    const ymd = readDateRun(lex, tokens, text, ta, tb)?.ymd ?? null
    items.splice(k - 1, 2, { ...prev, end: x.end, sepAfter: x.sepAfter, tokens: prev.tokens + x.tokens, ymd })
  }
  // names in capitals after a role word are the reporters, not places: `By JANE ROE and JOHN DOE` (wire bylines)
  for (let k = 1; k < items.length; k++) {
    const x = items[k]!
    const prev = items[k - 1]!
    if (x.cls !== "place" || x.lexiconPlace === true || !isLatin(text.charCodeAt(x.start))) continue
    if (prev.cls === "role" || (prev.cls === "person" && prev.capsName === true)) {
      x.cls = "person"
      x.knownPlace = undefined
      x.capsName = true
    }
  }
  resolveGuesses(items)
  // an English region or country after a place in capitals: CAIRO, Egypt (AP)
  for (let k = 1; k < items.length; k++) {
    const x = items[k]!
    const prev = items[k - 1]!
    if (x.cls === "person" && x.guess === true && prev.cls === "place" && prev.sepAfter === "comma" && isLatin(text.charCodeAt(x.start)) && x.tokens <= 3) {
      x.cls = "place"
    }
  }
  const { dateline, byline, rest } = assignSpans(text, start, end, items)
  const places: Array<string> = []
  const agencies: Array<string> = []
  const persons: Array<string> = []
  let date: Credit["date"] = null
  let unknown = 0
  let knownPlaces = 0
  let lexiconPlaces = 0
  for (const x of items) {
    // when runs interleave (`صنعاء: أ.. باريس: ب`), what falls outside a span is not reported for it
    if (isDatelineClass(x.cls) && !inside(x, dateline)) continue
    const t = stripTatweel(text.slice(x.start, x.end))
    if (x.cls === "place") {
      places.push(t)
      if (x.knownPlace === true) knownPlaces++
      if (x.lexiconPlace === true) lexiconPlaces++
    } else if (x.cls === "agency") agencies.push(t)
    else if (x.cls === "person") persons.push(t)
    else if (x.cls === "date" && date === null) date = { start: x.start, end: x.end, ymd: x.ymd ?? null }
    else if (x.cls === "unknown") unknown++
  }
  return {
    start,
    end,
    items: items.map(toItem),
    places,
    agencies,
    persons,
    date,
    dateline,
    byline,
    rest,
    unknown,
    tokenCount: tokens.keys.length,
    knownPlaces,
    lexiconPlaces,
    hasRole: items.some((x) => x.cls === "role")
  }
}

/** The public item of a classified one (`ymd` and `generic` only when set). */
const toItem = (x: Classified): CreditItem => {
  const o: { -readonly [K in keyof CreditItem]: CreditItem[K] } = {
    cls: x.cls,
    start: x.start,
    end: x.end,
    outerStart: x.outerStart,
    bracketed: x.bracketed,
    tokens: x.tokens
  }
  if (x.ymd !== undefined) o.ymd = x.ymd
  if (x.generic !== undefined) o.generic = x.generic
  return o
}

/** Does the item lie inside the span? */
const inside = (x: Classified, s: { readonly start: number; readonly end: number } | null): boolean => s !== null && x.start >= s.start && x.end <= s.end

const isDatelineClass = (c: ItemClass) => c === "place" || c === "agency" || c === "date"

/**
 * Splits `[start, end)` into a dateline span and a byline span that adjoin and
 * do not overlap. When the runs interleave (`صنعاء: أ.. باريس: ب`,
 * `سالم ـ الرياض ـ تصوير فهد`), the first two runs get the spans and what
 * follows them is the `rest`.
 */
const assignSpans = (
  text: string,
  start: number,
  end: number,
  items: ReadonlyArray<Classified>
): { dateline: Credit["dateline"]; byline: Credit["byline"]; rest: Credit["rest"] } => {
  const kinds = items.filter((x) => x.cls !== "unknown").map((x) => ({ dl: isDatelineClass(x.cls), x }))
  if (kinds.length === 0) return { dateline: null, byline: null, rest: null }
  // the first item of each run
  const runs: Array<{ dl: boolean; x: Classified }> = []
  for (const k of kinds) if (runs.length === 0 || runs[runs.length - 1]!.dl !== k.dl) runs.push(k)
  const first = runs[0]!
  if (runs.length === 1) {
    const all = trimSpan(text, start, end)
    return first.dl ? { dateline: all, byline: null, rest: null } : { dateline: null, byline: all, rest: null }
  }
  const b1 = runs[1]!.x.outerStart
  const b2 = runs.length > 2 ? runs[2]!.x.outerStart : end
  const a = trimSpan(text, start, b1)
  const b = trimSpan(text, b1, b2)
  const rest = runs.length > 2 ? trimSpan(text, b2, end) : null
  return first.dl ? { dateline: a, byline: b, rest } : { dateline: b, byline: a, rest }
}
