/**
 * English names of more than one part: two mentions the tagger cut at `of`,
 * `for` or `on` (`[Royal Society] of [Edinburgh]`, `[Institute] for [Public
 * Policy Research]`, `[Eternal Sunshine] of the [Spotless Mind]`) joined into
 * one, where the words say so:
 *
 * - {@link joinsBody}: the first part ends with the head noun of a body of
 *   `gazetteers/english-name-parts.json` (`Institute`, `Society`, `Bank`,
 *   `Commission`) or holds one before an `of` or `for` of its own (`[Court of
 *   Arbitration] for [Sport]`), and the second part is capitalised: one
 *   organisation, CoNLL-2003's convention (`Bishop of Durham`, `Smith of
 *   Leeds`, `Shell for Australia` stay two). A treaty's or summit's head
 *   (`Convention`, `Summit`) makes one MISC name, and a place's head before
 *   `of` and a place one place (`[Gulf] of [Mexico]`, `[Republic] of
 *   [Congo]`). A body's name that ends with a place goes on with `and` and a
 *   place (`[Police Federation of England] and [Wales]`).
 * - {@link workTitles}: a title of a film, book or song (`Pirates of the
 *   Caribbean`): the same two parts with the same words between (`of`, `of
 *   the`, `on the`), written somewhere in the document right after a noun that
 *   names a work (`the film …`, `the drama …`, `her role in …`) or right before
 *   one (`the … trilogy`), are one MISC name everywhere in the document.
 * - {@link headType}, {@link joinsHead}: a name that ends with the head noun
 *   of an event (`Academy Awards`: MISC) or of an ensemble (`Scissor
 *   Sisters`: an organisation) takes that type, and a short name right before
 *   such a part typed as a person joins it (`[American] [Music Awards]`).
 *
 * Read after the tagger, over a document's mentions in text order; linear in
 * the mentions (each look at the text is a bounded window next to a mention).
 *
 * @module
 */
import { Schema } from "effect"
import parts from "../../lexicons/gazetteers/english-name-parts.json" with { type: "json" }
import { CATEGORIES, decodeGazetteer, Entry, envelope, gazetteer } from "./gazetteer.js"
import type { Mention } from "./mentions.js"
import { segment, type Unit } from "./text.js"

/** The words of `gazetteers/english-name-parts.json`. */
export const EnglishNamePartsFile = Schema.Struct({
  ...envelope,
  category: Schema.Literal("english-name-parts"),
  /** Head nouns of organisations whose names go on with `of`, `for` or `on` (`Institute`, `Society`, `Bank`). */
  bodies: Schema.Array(Entry),
  /** Head nouns of treaties and summits, which make a MISC name (`Convention`, `Treaty`, `Summit`). */
  instruments: Schema.Array(Entry),
  /** Head nouns of places whose names go on with `of` and a place (`Gulf`, `Republic`, `Isle`). */
  places: Schema.Array(Entry),
  /** Nouns after which a capitalised phrase is a work's title (`film`, `novel`, `album`). */
  workCuesBefore: Schema.Array(Entry),
  /** Nouns before which a capitalised phrase is a work's title (`trilogy`, `franchise`). */
  workCuesAfter: Schema.Array(Entry),
  /** Head nouns that end the names of prizes, festivals and contests, which make a MISC name (`Awards`, `Festival`). */
  events: Schema.Array(Entry),
  /** Head nouns that end the names of orchestras, choirs and bands, which make an organisation (`Orchestra`, `Sisters`). */
  ensembles: Schema.Array(Entry),
  /** Whole names of prizes written without a head noun, MISC (`Oscar`, `Grammys`, `Golden Globe`). */
  prizes: Schema.Array(Entry),
  /** Adjectives of a party or a movement that no nationality list holds (`Tory`): MISC, not a person, when alone. */
  affiliations: Schema.Array(Entry),
  /** Titles of the peerage written before a peer's name (`Baroness`, `Lord`, `Lady`): such a name is a person (forty-ninth session). */
  peerTitles: Schema.Array(Entry),
  /** Words after a peer's title that make an office, no name (`Lord Chancellor`, `Lord Mayor`; forty-ninth session). */
  peerOffices: Schema.Array(Entry),
  /** Lower-case words before a role's title that make another post (`shadow`, `former`, `deputy`; fifty-ninth session). */
  roleQualifiers: Schema.Array(Entry),
  /** Lower-case words of a portfolio or a field before a role's title (`education`, `home affairs`; fifty-ninth session). */
  roleFields: Schema.Array(Entry)
})
export type EnglishNamePartsFile = typeof EnglishNamePartsFile.Type

/** Validates a raw english-name-parts file (parsed JSON). Throws `GazetteerError` naming the file and the field. */
export const validateEnglishNameParts = (raw: unknown): EnglishNamePartsFile => decodeGazetteer(EnglishNamePartsFile)(raw)

/** The bundled english-name-parts file, validated (on each call: callers keep what they build). */
export const loadEnglishNameParts = (): EnglishNamePartsFile => validateEnglishNameParts(parts)

let sets:
  | {
      readonly bodies: ReadonlySet<string>
      readonly instruments: ReadonlySet<string>
      readonly places: ReadonlySet<string>
      readonly before: ReadonlySet<string>
      readonly after: ReadonlySet<string>
      readonly events: ReadonlySet<string>
      readonly ensembles: ReadonlySet<string>
      readonly prizes: ReadonlySet<string>
      readonly affiliations: ReadonlySet<string>
      readonly peerTitles: ReadonlySet<string>
      readonly peerOffices: ReadonlySet<string>
      readonly roleQualifiers: ReadonlySet<string>
      readonly roleFields: ReadonlySet<string>
    }
  | undefined

const words = () => {
  if (sets === undefined) {
    const f = loadEnglishNameParts()
    const lower = (xs: ReadonlyArray<string>) => new Set(xs.map((x) => x.toLowerCase()))
    sets = {
      bodies: lower(f.bodies),
      instruments: lower(f.instruments),
      places: lower(f.places),
      before: lower(f.workCuesBefore),
      after: lower(f.workCuesAfter),
      events: lower(f.events),
      ensembles: lower(f.ensembles),
      prizes: lower(f.prizes),
      affiliations: lower(f.affiliations),
      peerTitles: lower(f.peerTitles),
      peerOffices: lower(f.peerOffices),
      roleQualifiers: lower(f.roleQualifiers),
      roleFields: lower(f.roleFields)
    }
  }
  return sets
}

/**
 * Whether a lower-case English word (as `Unit.norm`) is read into a role before a name once a title was read after it
 * (fifty-ninth session, helper enfix): a qualifier that makes another post (`roleQualifiers`: `shadow chancellor`,
 * `former Yukos boss`) or a word of a portfolio or a field (`roleFields`: `shadow education secretary`, `home affairs
 * spokesman`). Before, the role stopped at the first lower-case word that was no title (`Tory shadow chancellor X` →
 * `chancellor`, `shadow education secretary X` → `secretary`).
 */
export const isRoleWordBeforeTitle = (norm: string): boolean => words().roleQualifiers.has(norm) || words().roleFields.has(norm)

/**
 * The lower-case words of `roleQualifiers` (`shadow`, `former`, `deputy`): words that make a role another post than
 * the bare noun. Read by the quote stage's role-link step too (quotes/role-link.ts, with its own `linkQualifiers`).
 */
export const roleQualifierWords = (): ReadonlySet<string> => words().roleQualifiers

/** The words between two parts of a body's name. */
const BODY_GAPS = new Set([" of ", " for ", " on ", " of the ", " for the ", " on the "])
/** The words between two parts of a work's title. */
const TITLE_GAPS = new Set([" of ", " of the ", " on the "])

/** The longest of the gaps above (` for the `), in characters. */
const MAX_GAP = 9

/** Parts of a title longer than this (in words) are no title's parts. */
const MAX_TITLE_PART = 4
/** A second part of a body's name longer than this (in words) is left alone. */
const MAX_BODY_PART = 6

const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

const wordsOf = (m: Mention): Array<Unit> => m.units.filter((u) => u.kind === "word" || u.kind === "number")

/** Whether the first and the last word of a mention are capitalised (or numbers: `21 Grams`). */
const capitalised = (ws: ReadonlyArray<Unit>): boolean => {
  if (ws.length === 0) return false
  const a = ws[0]!.text.charCodeAt(0)
  const b = ws[ws.length - 1]!.text.charCodeAt(0)
  return (isUpperAscii(a) || isDigit(a)) && (isUpperAscii(b) || isDigit(b))
}

/**
 * The type of the name that mention `a` opens when a body's name goes on after it: `ORGANIZATION` when its last word
 * is a body's head noun (`Royal Society`) or a head noun stands before an `of` or `for` inside it (`Court of
 * Arbitration`), `MISC` for a treaty's or a summit's head (`European Convention`); else undefined.
 */
export const bodyHead = (a: Mention): Mention["type"] | undefined => {
  const { bodies, instruments } = words()
  const ws = wordsOf(a)
  if (ws.length === 0) return undefined
  const last = ws[ws.length - 1]!
  if (isUpperAscii(last.text.charCodeAt(0))) {
    if (bodies.has(last.core)) return "ORGANIZATION"
    if (instruments.has(last.core)) return "MISC"
  }
  for (let k = 0; k + 1 < ws.length; k++) {
    const w = ws[k]!
    const next = ws[k + 1]!.core
    if (!isUpperAscii(w.text.charCodeAt(0)) || (next !== "of" && next !== "for")) continue
    if (bodies.has(w.core)) return "ORGANIZATION"
    if (instruments.has(w.core)) return "MISC"
  }
  return undefined
}

/**
 * The type a name takes from its words, else undefined: MISC for a prize's name (`Oscar`, `Golden Globes`) and for an
 * adjective of nationality, religion or party that the tagger typed a person (`Muslim`, `Tory`); for a name of two
 * words or more, the type its last word gives when that is the head noun, written with a capital, of an event
 * (`Academy Awards`, `Venice Film Festival`: MISC) or of an ensemble (`English Chamber Orchestra`, `Scissor Sisters`:
 * ORGANIZATION).
 */
export const headType = (m: Mention): Mention["type"] | undefined => {
  const ws = wordsOf(m)
  if (ws.length === 0) return undefined
  const last = ws[ws.length - 1]!
  if (!isUpperAscii(last.text.charCodeAt(0))) return undefined
  const { events, ensembles, prizes, affiliations } = words()
  if (ws.length <= 2 && prizes.has(ws.map((w) => w.core).join(" "))) return "MISC"
  // [Muslim] traditions, a [Tory] government: an adjective of nationality, religion or party alone is no person
  if (ws.length === 1 && m.type === "PERSON" && (affiliations.has(last.core) || isListedAdjective(last.core))) return "MISC"
  if (ws.length < 2) return undefined
  return events.has(last.core) ? "MISC" : ensembles.has(last.core) ? "ORGANIZATION" : undefined
}

/**
 * PERSON for a peer the tagger typed as a place or an organisation (session 49): a name of two or three capitalised
 * words that opens with a title of the peerage (`peerTitles` of `gazetteers/english-name-parts.json`: `[Baroness Kennedy]`,
 * `[Lord Woolf]`), where the word after the title is no office (`peerOffices`: `Lord Chancellor`, `Lord Mayor`) and no `of` stands inside
 * (`Lady of the Lake`, `Lord of the Rings`); else undefined.
 */
export const peerType = (m: Mention): Mention["type"] | undefined => {
  if (m.type === "PERSON") return undefined
  const ws = wordsOf(m)
  if (ws.length < 2 || ws.length > 3 || m.units.some((u) => u.kind === "punct")) return undefined
  if (!ws.every((w) => isUpperAscii(w.text.charCodeAt(0)))) return undefined
  const { peerTitles, peerOffices } = words()
  if (!peerTitles.has(ws[0]!.core) || peerOffices.has(ws[1]!.core)) return undefined
  return "PERSON"
}

/** Whether an English word (lower case) is one of the gazetteer's MISC phrases of one word (`gazetteers/nationalities`: `Muslim`, `Jewish`). */
export const isListedAdjective = (core: string): boolean => gazetteer("en").tries[CATEGORIES.indexOf("MISC")]!.one(core) !== undefined

/** The longest first part (in words) that a name with an event's or an ensemble's head joins (`[American] [Music Awards]`). */
const MAX_HEAD_PART = 3

/**
 * The type of the one name that mention `a` and mention `b` right after it (one space between) make when `b`, typed
 * as a person, ends with an event's or an ensemble's head ({@link headType}) and `a` is a short capitalised name
 * (`[American] [Music Awards]`, `[Sundance] [Film Festival]`, `[English] [Chamber Orchestra]`), else undefined.
 */
const joinsHead = (a: Mention, b: Mention, gap: string): Mention["type"] | undefined => {
  // (only a part the tagger took for a person, whose words before the head are then common words: `[Music Awards]`;
  // a part it typed right keeps its own name apart, `[British] [Davis Cup] team`)
  if (gap !== " " || b.type !== "PERSON") return undefined
  const aw = wordsOf(a)
  if (aw.length > MAX_HEAD_PART || !capitalised(aw)) return undefined
  return headType(b)
}

/** Whether mention `a` ends with a place's head noun (`Gulf`, `Republic`) written with a capital. */
const isPlaceHead = (a: Mention): boolean => {
  const ws = wordsOf(a)
  const last = ws[ws.length - 1]
  return last !== undefined && isUpperAscii(last.text.charCodeAt(0)) && words().places.has(last.core)
}

/**
 * The type of the one name that mentions `a` and `b` (next to each other, `gap` the text between) make when they are
 * the parts of a body's name (see the module), else undefined.
 */
export const joinsBody = (a: Mention, b: Mention, gap: string): Mention["type"] | undefined => {
  if (!BODY_GAPS.has(gap)) return undefined
  const bw = wordsOf(b)
  if (bw.length > MAX_BODY_PART || !capitalised(bw)) return undefined
  // [Bank] of [American]: a nationality or another adjective alone is no part of a name
  if (b.type === "MISC" && bw.length === 1) return undefined
  // [Gulf] of [Mexico], [Republic] of the [Congo]: a place's head and a place after `of`
  if (gap.startsWith(" of") && b.type === "LOCATION" && isPlaceHead(a)) return "LOCATION"
  const type = bodyHead(a)
  // [Foreign Office] on [Iraq], [Labour Party] on [Tony Blair]: after `on`, a place or a person is what a body speaks
  // of; a treaty's subject the tagger typed as a person stays (`[European Convention] on [Human Rights]`)
  if (type !== undefined && gap.startsWith(" on") && (b.type === "LOCATION" || (b.type === "PERSON" && type === "ORGANIZATION"))) return undefined
  return type
}

/** The words between two places that a body's name joins (`England and Wales`, `Latin America and the Caribbean`). */
const AND_GAPS = new Set([" and ", " and the "])

/**
 * Whether place `b` after `gap` goes on a body's name that ends with a place (`[Police Federation of England] and
 * [Wales]`, `[University of the Highlands] and [Islands]`): a place of at most three capitalised words after `and`.
 */
const joinsPlaces = (b: Mention, gap: string): boolean => {
  if (!AND_GAPS.has(gap) || b.type !== "LOCATION") return false
  const bw = wordsOf(b)
  return bw.length <= 3 && capitalised(bw)
}

/** The lower-case words of `text[from, to)` (Latin letters), in order. */
const latinWords = (text: string, from: number, to: number): Array<string> => text.slice(from, to).toLowerCase().match(/[a-z]+/g) ?? []

/** A stretch before or after a title that cue words are looked for in (characters). */
const CUE_WINDOW = 30

/** Whether a noun that names a work stands right before `start` (one or two words before, no sentence mark between) or right after `end`. */
const workCue = (text: string, start: number, end: number): boolean => {
  const { before, after } = words()
  let from = Math.max(0, start - CUE_WINDOW)
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i)
    // . ! ? ; : ( " and line ends end the look back
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x22 || c === 0x0a) {
      from = i + 1
      break
    }
  }
  const back = latinWords(text, from, start)
  for (let k = Math.max(0, back.length - 2); k < back.length; k++) if (before.has(back[k]!)) return true
  // her role in …, their roles in …
  const n = back.length
  if (n >= 2 && back[n - 1] === "in" && (back[n - 2] === "role" || back[n - 2] === "roles")) return true
  const next = /^ ([a-z]+)/.exec(text.slice(end, end + CUE_WINDOW))
  return next !== null && after.has(next[1]!)
}

/** Whether mentions `a` and `b` with `gap` between may be the two parts of a work's title (both short and capitalised). */
const titleParts = (a: Mention, b: Mention, gap: string): boolean => {
  if (!TITLE_GAPS.has(gap)) return false
  const aw = wordsOf(a)
  const bw = wordsOf(b)
  return aw.length <= MAX_TITLE_PART && bw.length <= MAX_TITLE_PART && capitalised(aw) && capitalised(bw)
}

/**
 * The titles of works in a document cut in two: the texts `a of the b` whose parts {@link titleParts} allows and that
 * a work's noun stands next to somewhere in the document ({@link workCue}).
 */
export const workTitles = (text: string, mentions: ReadonlyArray<Mention>): Set<string> => {
  const out = new Set<string>()
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!
    const b = mentions[i + 1]!
    if (b.start - a.end > MAX_GAP || b.start < a.end) continue
    const gap = text.slice(a.end, b.start)
    if (titleParts(a, b, gap) && workCue(text, a.start, b.end)) out.add(text.slice(a.start, b.end))
  }
  return out
}

/** The longest name (in words) read as a work's title after a work's noun. */
const MAX_WORK_TITLE = 6

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
/**
 * The two to five words right before `start`, each followed by one space, read back within the 60 code units before
 * it (the last of them cut off by anything but a space, or by the window's start, counted whole), as
 * `/(?:^|[^A-Za-z'])((?:[A-Za-z]+(?:'s)? ){2,5})$/` over that window finds them; null when fewer than two.
 */
const wordsBefore = (text: string, start: number): Array<string> | null => {
  const lo = Math.max(0, start - 60)
  const starts: Array<number> = []
  let end = start
  // each turn reads one word and its space back from `end`
  while (starts.length < 5) {
    if (end - 1 < lo || text.charCodeAt(end - 1) !== 0x20) break
    let q = end - 1
    if (q - 2 >= lo && text.charCodeAt(q - 1) === 0x73 && text.charCodeAt(q - 2) === 0x27) q -= 2
    let p = q
    while (p - 1 >= lo && isAsciiLetter(text.charCodeAt(p - 1))) p--
    if (p === q) {
      // no letters: the "'s" was none; read again without it
      if (q === end - 1) break
      q = end - 1
      p = q
      while (p - 1 >= lo && isAsciiLetter(text.charCodeAt(p - 1))) p--
      if (p === q) break
    }
    // the word must start at the window's start or after a character that is no letter nor apostrophe
    if (p > lo && text.charCodeAt(p - 1) === 0x27) break
    starts.push(p)
    end = p
  }
  // the leftmost start that qualifies: one at the window's start or after a non-letter, non-apostrophe character
  if (starts.length < 2) return null
  const first = starts[starts.length - 1]!
  return text.slice(first, start).trimEnd().split(" ")
}

/**
 * Whether a noun that names a work stands right before `start`: the last word before it, or the one before an
 * article (`the film Vera Drake`, `the film The Aviator`, `his album Confessions`), with nothing but spaces and words
 * between and nothing else of the sentence (not `film director [Mike Leigh]`: the word before is `director`); up to
 * two lower-case words (adjectives) may stand between the determiner and the noun (`Arnold's gritty drama Wasp`,
 * `her acclaimed new film Vera Drake`).
 */
const workNounBefore = (text: string, start: number): boolean => {
  // the words right before the name, separated by single spaces (the last one cut off by anything else is dropped)
  const ws = wordsBefore(text, start)
  if (ws === null) return false
  let noun = ws.length - 1
  if (noun > 1 && /^(?:the|a|an)$/i.test(ws[noun]!)) noun--
  const n = ws[noun]!
  if (AMBIGUOUS_WORK_NOUNS.has(n) || !words().before.has(n)) return false
  // a determiner, a possessive or a name before the noun (`the film`, `his album`, `Leigh's film`, `BBC drama`), not a
  // verb's object (`to play England`), with up to two lower-case words between (`Arnold's gritty drama`)
  for (let k = noun - 1; k >= 0 && noun - k <= 3; k--) {
    const w = ws[k]!
    if (WORK_NOUN_DETERMINERS.has(w.toLowerCase()) || w.endsWith("'s") || (w.charCodeAt(0) >= 0x41 && w.charCodeAt(0) <= 0x5a)) return true
    if (!/^[a-z]+$/.test(w)) return false
  }
  return false
}

/** Nouns of works that are also verbs or sports words (`to play England`, `after the game Wenger said`): not cues here. */
const AMBIGUOUS_WORK_NOUNS: ReadonlySet<string> = new Set(["game", "play", "series", "single", "book"])
/** Words before a work's noun that make it a noun phrase (`the film`, `her new album`). */
const WORK_NOUN_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "my", "our", "new", "latest", "hit", "debut", "last", "first", "next"])

/**
 * The texts of the names that follow a work's noun somewhere in the document (`the film [Vera Drake]`), typed as
 * people, places or organisations by the tagger: each is a work's title, MISC everywhere in the document.
 */
const titlesAfterWorkNouns = (text: string, mentions: ReadonlyArray<Mention>): Set<string> => {
  const out = new Set<string>()
  for (const m of mentions) {
    if (m.type === "MISC") continue
    const ws = wordsOf(m)
    if (ws.length > MAX_WORK_TITLE || !capitalised(ws)) continue
    if (workNounBefore(text, m.start)) out.add(text.slice(m.start, m.end))
  }
  return out
}

/** `Head of `, `Head for ` (and `the`) right before a name: a capitalised word of five to fifteen letters and the gap. */
const HEAD_BEFORE = /(?:^|[^A-Za-z'\-])([A-Z][a-z]{4,14}) (of|for)(?: the)? $/
/** Determiners before a body's head noun that open its name's phrase (`A Department for …`, `the Office for …`). */
const HEAD_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the"])

/**
 * Where a body's name the tagger cut after its head noun starts (session 49): a place, an organisation or a MISC
 * name right after an untagged head noun of `bodies` written with a capital and `of` or `for` (`A Department for
 * [Constitutional Affairs] spokeswoman`, `the Office for [National Statistics]`, `the University of [London]`) is the
 * body's name from that head on (not a MISC name of one word: `in the Centre of the [World]`, a film's title); null where the word before the head is capitalised and no determiner (`National
 * Bank of [Egypt]`: the name may start further back) or the head stands inside the mention before (`prevEnd`).
 */
export const headStartBefore = (text: string, m: Mention, prevEnd: number): number | null => {
  const ws = wordsOf(m)
  // (not a person, and not an adjective or a word of a title alone: `in the Centre of the [World]`, a film's)
  if (m.type === "PERSON" || (m.type === "MISC" && ws.length === 1) || !capitalised(ws)) return null
  const from = Math.max(prevEnd, m.start - 25)
  const hit = HEAD_BEFORE.exec(text.slice(from, m.start))
  if (hit === null || !words().bodies.has(hit[1]!.toLowerCase())) return null
  const start = m.start - hit[0].length + hit[0].indexOf(hit[1]!)
  if (start < prevEnd) return null
  // (the word before the head: none, a determiner, or a lower-case word; a capitalised one may open the name)
  const before = /([A-Za-z]+)[^A-Za-z]*$/.exec(text.slice(Math.max(0, start - 20), start))
  if (before !== null && /^[A-Z]/.test(before[1]!) && !HEAD_DETERMINERS.has(before[1]!.toLowerCase()) && !/[.!?:"\n]\s*$/.test(text.slice(Math.max(0, start - 20), start))) return null
  return start
}

/** One mention of `type` over `a`, the words between and `b`. */
const joined = (text: string, a: Mention, b: Mention, type: Mention["type"]): Mention => {
  const between = segment(text, a.end, b.start, { lang: "en" }).flat()
  return { type, start: a.start, end: b.end, units: [...a.units, ...between, ...b.units], role: null, confidence: Math.min(a.confidence, b.confidence) }
}

/**
 * The English mentions of a document (text order) with the names cut at `of`, `for` or `on` joined: a body's name
 * ({@link joinsBody}) and a work's title ({@link workTitles}); and the names of events and ensembles typed and joined
 * by their head noun ({@link headType}, {@link joinsHead}). Returns `mentions` itself when nothing changes.
 */
export const joinEnglishNames = (text: string, mentions: Array<Mention>): Array<Mention> => {
  let titles: Set<string> | undefined
  let out: Array<Mention> | undefined
  for (let i = 0; i < mentions.length; i++) {
    let cur = mentions[i]!
    let j = i + 1
    // the type of the last part joined to a body's name (`England` of `[Police Federation] of [England]`)
    let lastPart: Mention["type"] | undefined
    for (; j < mentions.length; j++) {
      const b = mentions[j]!
      // the words between are `of`, `for` or `on` and `the`, or `and` and `the`
      if (b.start < cur.end || b.start - cur.end > MAX_GAP) break
      const gap = text.slice(cur.end, b.start)
      let type = joinsBody(cur, b, gap) ?? joinsHead(cur, b, gap)
      if (type === undefined && lastPart === "LOCATION" && cur.type === "ORGANIZATION" && joinsPlaces(b, gap)) type = cur.type
      if (type === undefined && titleParts(cur, b, gap)) {
        titles ??= workTitles(text, mentions)
        if (titles.has(text.slice(cur.start, b.end))) type = "MISC"
      }
      if (type === undefined) break
      // (one place after `and`: `[University of the Highlands] and [Islands]`, not `… and [Islands] and [Southampton]`)
      lastPart = gap.startsWith(" and") ? undefined : b.type
      cur = joined(text, cur, b, type)
    }
    // [Academy Awards] typed as a person, [Sundance Film Festival] as a place: the head noun gives the type
    const head = headType(cur) ?? peerType(cur)
    if (head !== undefined && head !== cur.type) cur = { ...cur, type: head, role: null }
    if (j > i + 1 || cur !== mentions[i]) {
      out ??= mentions.slice(0, i)
      out.push(cur)
      i = j - 1
    } else if (out !== undefined) out.push(cur)
  }
  let result = out ?? mentions
  // A Department for [Constitutional Affairs] spokeswoman: the untagged head noun before the name is the body's
  for (let i = 0; i < result.length; i++) {
    const m = result[i]!
    const start = headStartBefore(text, m, i > 0 ? result[i - 1]!.end : 0)
    if (start === null) continue
    if (result === mentions) result = mentions.slice()
    result[i] = { ...m, type: "ORGANIZATION", start, units: [...segment(text, start, m.start, { lang: "en" }).flat(), ...m.units], role: null }
  }
  // the film [Vera Drake] … [Vera Drake] won: a title after a work's noun is a work everywhere in the document
  const works = titlesAfterWorkNouns(text, result)
  if (works.size === 0) return result
  return result.map((m) => (m.type !== "MISC" && works.has(text.slice(m.start, m.end)) ? { ...m, type: "MISC", role: null } : m))
}
