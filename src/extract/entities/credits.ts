/**
 * Mentions of the lines the parse stage reads as credits: the dateline's places and agencies, the byline's names, and
 * the names of a credit or a source line it cut as boilerplate (session 58). The tagger reads the title and the
 * paragraphs only; a reader lists these too (`الرياض - محمد الغامدي`, `جدة - واس`, `(أ ف ب)`, `رابط الخبر بصحيفة
 * الوئام`). The parse stage has already told the places, the agencies and the names apart: their spans are found
 * again in the credit's span (each name as the parse stage wrote it, tatweel left out), and they are not tagged again;
 * the tagger is only asked where the parse stage guessed a name from the layout alone.
 *
 * @module
 */
import type { Boilerplate, Dateline } from "../../schema/record.js"
import { tokenize } from "../../lexicons/key.js"
import { lexicons } from "../../lexicons/lexicon.js"
import { readCredit } from "../../parse/credit.js"
import { tagType } from "./decode.js"
import { isCommonNounWord } from "./evidence.js"
import { CATEGORIES, gazetteerMasks, isGivenName, type Gazetteer } from "./gazetteer.js"
import { COMPOUND_OPENER_WORDS, type Mention } from "./mentions.js"
import { tagUnits, type Tagger } from "./tagger.js"
import { segment, type Unit } from "./text.js"

/** The parse stage's fields a document's credit mentions come from (the `KhabarDocument`'s). */
export interface CreditFields {
  readonly dateline: Dateline | null
  readonly byline: { readonly names: ReadonlyArray<string>; readonly start: number; readonly end: number } | null
  readonly boilerplate: ReadonlyArray<Boilerplate>
}

/** Boilerplate the parse stage cut as a credit that its credit reader reads again (a repeat, a second credit, a signature). */
const REREAD_RULES = new Set(["heuristic:repeated-credit", "heuristic:credit-rest", "heuristic:second-credit", "heuristic:second-byline", "heuristic:trailing-name", "heuristic:signature"])

const TATWEEL = 0x0640

const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0620 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x0671 && c <= 0x06d3)

/**
 * Whether a lone conjunction `و` is glued right before `s` (`… وفهد العبيد`: the parse stage gives the second of joined
 * reporters without it; sixtieth session). Read for a byline's names only (`glued` of {@link creditSpanOf}): `وجدة`
 * is Oujda.
 */
const gluedWawBefore = (text: string, s: number): boolean =>
  text.charCodeAt(s - 1) === 0x0648 && (s - 1 === 0 || !isWordChar(text.charCodeAt(s - 2)))

/**
 * Where `name` (a credit's part as the parse stage wrote it: the original without tatweel) stands in `text[from, to)`
 * on word edges, at or after `from`, not over a span of `taken`; null when it does not. One pass over the region per
 * start (credits are at most 400 characters: `MAX_CREDIT_LENGTH`). With `glued`, also right after a lone `و`
 * ({@link gluedWawBefore}).
 */
export const creditSpanOf = (
  text: string,
  from: number,
  to: number,
  name: string,
  taken: ReadonlyArray<readonly [number, number]>,
  glued = false
): [number, number] | null => {
  if (name.length === 0) return null
  for (let s = from; s < to; s++) {
    if (text.charCodeAt(s) !== name.charCodeAt(0) || (s > 0 && isWordChar(text.charCodeAt(s - 1)) && !(glued && gluedWawBefore(text, s)))) continue
    let i = s
    let k = 0
    while (i < to && k < name.length) {
      const c = text.charCodeAt(i)
      if (c === name.charCodeAt(k)) k++
      else if (c !== TATWEEL) break
      i++
    }
    if (k < name.length || (i < text.length && isWordChar(text.charCodeAt(i)))) continue
    if (taken.some(([a, b]) => a < i && b > s)) continue
    return [s, i]
  }
  return null
}

type CreditType = "PERSON" | "LOCATION" | "ORGANIZATION"

const TYPE_OF_TAG: Record<number, CreditType | undefined> = { 0: "PERSON", 1: "LOCATION", 2: "ORGANIZATION" }

const TITLE = CATEGORIES.indexOf("TITLE")
const HONORIFIC = CATEGORIES.indexOf("HONORIFIC")
const LOC = CATEGORIES.indexOf("LOC")

/** The word units of `text[start, end)`. */
const wordsOf = (text: string, start: number, end: number, tagger: Tagger): Array<Unit> => {
  const out: Array<Unit> = []
  for (const s of segment(text, start, end, { lang: tagger.lang, isKnown: tagger.gazetteer.isKnown })) for (const u of s) if (u.kind === "word") out.push(u)
  return out
}

/** The tagger's type of every unit of `units` read alone, or null when they are not all one name of one type. */
const taggedAs = (units: ReadonlyArray<Unit>, tagger: Tagger): CreditType | null => {
  const tags = tagUnits(tagger, units).tags
  let type: CreditType | null = null
  for (let k = 0; k < units.length; k++) {
    const t = TYPE_OF_TAG[tagType(tags[k]!)]
    if (t === undefined || (type !== null && t !== type)) return null
    type = t
  }
  return type
}

/** Categories of the gazetteer no word of a person's name is (a place, a body, a title, a place's or a body's head noun). */
const NOT_IN_NAMES = ["LOC", "ORG", "TITLE", "ORGWORD", "LOCWORD"].map((c) => 0b11 << (2 * CATEGORIES.indexOf(c as (typeof CATEGORIES)[number])))

/**
 * Whether a byline's name (after its titles) reads as a person's: two words or more, no digit, none of them in a place,
 * a body, a title or a head noun of the lists (`قناة السويس`, `مكتب الرياض`, `رئيس محكمة …`), and not one place's or
 * body's name to the tagger unless it opens with a given name of the lists (`سان بطرسبورغ`, `بوكا جونيورز`; `بندر
 * العتيبي`, which the tagger reads alone as a body, stays). The tagger alone misses most reporters' names (`رنيم حنوش`,
 * `صادق الحرز`): the parse stage's reading is kept unless something tells against it.
 */
const readsAsName = (units: ReadonlyArray<Unit>, tagger: Tagger): boolean => {
  if (units.length < 2) return false
  const masks = gazetteerMasks(tagger.gazetteer, units.map((u) => u.core))
  for (let k = 0; k < units.length; k++) {
    if (/[0-9\u0660-\u0669]/.test(units[k]!.text)) return false
    for (const m of NOT_IN_NAMES) if ((masks[k]! & m) !== 0) return false
  }
  const given = tagger.lang === "ar" && isGivenName(units[0]!.core)
  const tags = tagUnits(tagger, units).tags
  for (let k = 0; k < units.length; k++) {
    // (`استشاري طب الأطفال`: a common noun of the lists; `سان بطرسبرج`, `دوفر نيوهامبشير`: a word the tagger reads as a place)
    if (isCommonNounWord(units[k]!.core)) return false
    if (!given && TYPE_OF_TAG[tagType(tags[k]!)] === "LOCATION") return false
  }
  const whole = taggedAs(units, tagger)
  return whole === "PERSON" || whole === null || given
}

/**
 * Whether the units are, exactly, a place of the entity gazetteer `gaz`, or their words (from the first one's name start)
 * a place of the parse stage's lexicon (`ar/places.json`: `محايل`, which the entity gazetteer lists only in `محايل عسير`).
 */
export const isPlaceOfLists = (text: string, units: ReadonlyArray<Unit>, gaz: Gazetteer): boolean => {
  const cores = units.map((u) => u.core)
  if (gaz.tries[LOC]!.exact(cores, 0, cores.length) !== undefined) return true
  const first = units[0]!
  const keys = tokenize(text, first.nameStart, units[units.length - 1]!.end).keys
  return lexicons().places.exact(keys, 0, keys.length) !== undefined
}

/**
 * The mention of a credit's part `[start, end)` the parse stage read as `cls`, or null when it is none a reader lists:
 * - an agency or outlet is an organisation, but an unnamed source (`وكالات`, `متابعات`, `Agencies`);
 * - a place is a location when the lists know it (`الرياض`, `محايل`) or the tagger reads it as one alone (`زوريخ`), but
 *   a generic place (`عواصم`);
 * - a name is a person after the titles before it (`العميد الركن`), of two words or more, the tagger reading its words
 *   as one person's name alone (not `سان أنطونيو`, `مركز دراسات التطرف`, a phrase the layout took for a name).
 */
const creditMention = (text: string, start: number, end: number, cls: "place" | "agency" | "person", tagger: Tagger, listedOnly = false, limit = end, wired = false): Mention | null => {
  // (`محمد أبو شعر- سبق:` read as the name `محمد أبو`: a name does not end with `أبو`, `بن`, `آل`, `عبد`)
  if (cls === "person") end = wholeLastName(text, start, end, limit)
  if (end < 0) return null
  let units = wordsOf(text, start, end, tagger)
  if (units.length === 0) return null
  const lex = lexicons()
  const keys = tokenize(text, start, end).keys
  let type: CreditType
  if (cls === "agency") {
    if (lex.sources.exact(keys, 0, keys.length)?.generic === true) return null
    type = "ORGANIZATION"
  } else if (cls === "place") {
    if (lex.genericPlaces.exact(keys, 0, keys.length) !== undefined) return null
    if (!isPlaceOfLists(text, units, tagger.gazetteer) && (listedOnly || (taggedAs(units, tagger) !== "LOCATION" && !(wired && isWiredTown(units, tagger))))) return null
    type = "LOCATION"
  } else {
    const tries = tagger.gazetteer.tries
    let k = 0
    while (k < units.length - 1 && (tries[TITLE]!.one(units[k]!.core) !== undefined || tries[HONORIFIC]!.one(units[k]!.core) !== undefined)) k++
    units = units.slice(k)
    if (!readsAsName(units, tagger)) return null
    type = "PERSON"
  }
  return { type, start: nameStartOf(units[0]!, start), end: units[units.length - 1]!.end, units, role: null, confidence: 1, credit: true }
}

/**
 * `كانبيرا - واس`, `شتوتجارت - د ب أ`, `رويترز - شيكاجو`: whether a dateline's place beside a named agency is a town the
 * lists lack (`wired`: the dateline names an agency that is no unnamed source). The parse stage read the word as the
 * place of a wire's credit; a town there is written alone, without the article. So it is kept when it is one Arabic
 * word without the article or a clitic, no digit, no common noun of the lists (`فن`, `مناطق`: sections), and the
 * tagger, reading it alone, does not take it for an organisation (`الوئام - سكاي`: a channel). Fifty-ninth session,
 * helper arplace.
 */
const isWiredTown = (units: ReadonlyArray<Unit>, tagger: Tagger): boolean => {
  if (units.length !== 1 || tagger.lang !== "ar") return false
  const u = units[0]!
  if (u.article || u.proclitic || !/^[\u0621-\u064a]+$/.test(u.text) || isCommonNounWord(u.core)) return false
  return taggedAs(units, tagger) !== "ORGANIZATION"
}

/**
 * Where a credit's mention opening with unit `u` starts (`start`: where the parse stage's part starts): after a glued
 * `و` or `ل` only where the rest is a given name of the lists and the word is none (`لحسن مقنع` → `حسن مقنع`, `وفهد …`);
 * else at the part's start, as the parse stage read it (`وهيب الوهيبي`, `وسمي الفزيع`, `وردة عبدالرزاق`, `فاليري
 * شتراوس`: names whose first letter the tokenizer takes for a proclitic).
 */
const nameStartOf = (u: Unit, start: number): number =>
  u.proclitic && u.start >= start && isGivenName(u.core) && !isGivenName(u.norm) ? u.nameStart : Math.max(start, u.start)

/**
 * The words that never end a person's name, as written: a kunya's, a father's, a family's, a servant's (`عبد`): the
 * mention rules' {@link COMPOUND_OPENER_WORDS} (`أبو`, `ابو`, `بن`, `ابن`, `بنت`, `آل`, `عبد`).
 */
let nameLinks: ReadonlySet<string> | undefined
const NAME_LINKS = (): ReadonlySet<string> => (nameLinks ??= new Set(COMPOUND_OPENER_WORDS))

/**
 * The end of a byline's name `[start, end)` whose last word is one of {@link NAME_LINKS}: the end of the next word when
 * spaces alone stand before it and it ends before `limit` (`محمد أبو` of `محمد أبو شعر- سبق:` → `محمد أبو شعر`), else -1;
 * `end` for any other name.
 */
const wholeLastName = (text: string, start: number, end: number, limit: number): number => {
  let a = end
  while (a > start && isWordChar(text.charCodeAt(a - 1))) a--
  if (!NAME_LINKS().has(text.slice(a, end))) return end
  let b = end
  while (b < limit && text.charCodeAt(b) === 0x20) b++
  if (b === end || b >= limit || !isWordChar(text.charCodeAt(b))) return -1
  while (b < limit && isWordChar(text.charCodeAt(b))) b++
  return b
}

/** The credit's parts `names`, of class `cls`, found in `text[from, to)` in order (see {@link creditSpanOf}). */
const partsIn = (text: string, from: number, to: number, names: ReadonlyArray<string>, cls: "place" | "agency" | "person", taken: Array<readonly [number, number]>, tagger: Tagger, out: Array<Mention>, wired = false): void => {
  let at = from
  for (const whole of names) {
    // (`عبد الله مصطفى  واشنطن`: a name and a place the parse stage read as one across a gap of spaces or a tab)
    for (const name of cls === "person" ? whole.split(GAP) : [whole]) {
      // (a reporter's name glued to a lone `و` only when it stands nowhere on its own: `وجدة` is Oujda, no `جدة`)
      const span =
        creditSpanOf(text, at, to, name, taken) ??
        creditSpanOf(text, from, to, name, taken) ??
        (cls === "person" ? creditSpanOf(text, at, to, name, taken, true) : null)
      if (span === null) continue
      taken.push(span)
      at = span[1]
      const place = cls === "person" && name !== whole ? creditMention(text, span[0], span[1], "place", tagger, true) : null
      const m = place ?? creditMention(text, span[0], span[1], cls, tagger, false, to, wired)
      if (m !== null) out.push(m)
    }
  }
}

/** A gap inside a byline's name: two spaces or more, or a tab (`عبدالرحيم الحدادي \t المدينة المنورة`). */
const GAP = /\s*\t\s*|\s{2,}/

/**
 * `رابط الخبر بصحيفة الوئام: <title>`: the agencies and outlets of the lexicons in a source line the parse stage cut, up
 * to its first colon (the headline after it is the linked story's).
 */
const sourcesOfLink = (text: string, b: Boilerplate, tagger: Tagger, out: Array<Mention>): void => {
  const colon = text.indexOf(":", b.start)
  const end = colon >= 0 && colon < b.end ? colon : b.end
  const t = tokenize(text, b.start, end)
  const sources = lexicons().sources
  for (let k = 0; k < t.keys.length; k++) {
    const s = sources.longestAt(t.keys, k)
    if (s === null) continue
    const m = s.value.generic ? null : creditMention(text, t.starts[k]!, t.ends[k + s.length - 1]!, "agency", tagger)
    if (m !== null) out.push(m)
    k += s.length - 1
  }
}

/**
 * The mentions of a document's credits, in text order: the dateline's places and agencies, the byline's names, and the
 * names of the credits and source lines the parse stage cut as boilerplate. Each has `credit: true`: linking keeps its
 * type and joins it to the mentions of the same words only where they are of that type.
 */
export const creditMentions = (text: string, fields: CreditFields, tagger: Tagger): Array<Mention> => {
  const out: Array<Mention> = []
  const taken: Array<readonly [number, number]> = []
  const d = fields.dateline
  if (d !== null) {
    const before = out.length
    partsIn(text, d.start, d.end, d.agencies, "agency", taken, tagger, out)
    // (a named agency of the dateline, an organisation kept: its place is a wire's town, see isWiredTown)
    partsIn(text, d.start, d.end, d.places, "place", taken, tagger, out, out.length > before)
  }
  const b = fields.byline
  if (b !== null) partsIn(text, b.start, b.end, b.names, "person", taken, tagger, out)
  for (const piece of fields.boilerplate) {
    if (piece.kind === "source-link") sourcesOfLink(text, piece, tagger, out)
    else if (piece.kind === "credit" && REREAD_RULES.has(piece.rule)) {
      const c = readCredit(lexicons(), text, piece.start, piece.end)
      if (c === null) continue
      for (const x of c.items) if (x.cls === "place" || x.cls === "agency" || x.cls === "person") {
        const m = x.cls === "agency" && x.generic === true ? null : creditMention(text, x.start, x.end, x.cls, tagger, false, piece.end)
        if (m !== null) out.push(m)
      }
    }
  }
  out.sort((x, y) => x.start - y.start)
  return out
}
