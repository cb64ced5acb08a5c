/**
 * A person's name the tagger ran one word too far (thirty-second session, helper): `فينجر قصارى`, `نتنياهو القول`,
 * `محمد بن سلمان بعلاج`, `رامبو سيقاتل`, `فيصل رحمهما`, `زويد هي`, `دونالد ترامب الملياردير`. Linking takes the longest
 * mention as the entity's canonical form, so one such mention renamed every mention of the person. The document says
 * which word is too many: the rest of the mention is written alone as a person elsewhere in the document, and the last
 * word is a word of no other name there. The word's form says it is no name: a verb, a preposition glued to a common
 * word, a pronoun suffix, a particle or a description (see {@link readsAsNoName}). Read by `correctMentions` (link.ts),
 * which cuts the word from the mention's span.
 *
 * @module
 */
import afterNameWords from "../../lexicons/gazetteers/after-name-words.json" with { type: "json" }
import { isArabicMark } from "../../lexicons/key.js"
import { isAdjectiveName, isGluedFunctionWord, isCommonNoun, isCommonNounWord, isEastAsianSurname, isListedVerb, isListedVerbWord, isNameEnding, isObjectNoun, isSurnameEnd } from "./evidence.js"
import { decodeGazetteer, foldedSet, isGivenName, searchKey, wordListFile } from "./gazetteer.js"
import { AR_FUNCTION, COMPOUND_OPENER_WORDS, isFunctionWordAfterClitics, NASAB, written, type Mention } from "./mentions.js"
import { unitFinder, type Unit, type UnitFinder } from "./text.js"
import { isArabicBaseLetter } from "../../internal/letters.js"

/** Words that follow a person's name without being part of it (`gazetteers/after-name-words.json`). */
export const AfterNameWordsFile = wordListFile("after-name-words")
export type AfterNameWordsFile = typeof AfterNameWordsFile.Type

/** Validates a raw after-name-words file (parsed JSON). Throws `GazetteerError` naming the file and the field. */
export const validateAfterNameWords = (raw: unknown): AfterNameWordsFile => decodeGazetteer(AfterNameWordsFile)(raw)

/** The words of `gazetteers/after-name-words.json`, validated and folded on first use. */
const afterName = foldedSet(() => validateAfterNameWords(afterNameWords).ar)

const isArabicWord = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c < 0x0621 || c > 0x064a) return false
  }
  return w.length > 0
}

/**
 * Whether unit `u`, written `w` ({@link written}), is a word the tests below judge at all: Arabic letters only, no given
 * name nor name ending of the lists, and not `فان` (the Dutch `van` of `إدوين فان دير سار`, not `ف` + `أن`) nor `ما` (a
 * Chinese family name, `جاك ما`).
 */
const isJudged = (u: Unit, w: string): boolean =>
  isArabicWord(w) && !isGivenName(u.core) && !isGivenName(u.norm) && !isNameEnding(u.core) && w !== "\u0641\u0627\u0646" && w !== "\u0645\u0627"

/** Letters of long vowels (and `ى`, `آ`): a verb's stem has few, a foreign name many. */
const LONG = new Set(["\u0627", "\u0648", "\u064a", "\u0649", "\u0622"])
const isLong = (ch: string | undefined): boolean => ch !== undefined && LONG.has(ch)

/**
 * Whether `s`, the letters after an imperfect's prefix (`قاتل` of `سيقاتل`, `رسم` of `سترسم`, `تنحى` of `يتنحى`), reads as
 * a verb's stem: three letters or more (a dual's `ان` left out after `ي` alone, `يغنيان`; not after `س` or `ل`,
 * `ليبرمان`), a Form V or VI `ت` left out when a consonant follows,
 * and no long vowel but a final `ي` or `ى` (a defective verb: `يعزي`, `سيحظى`) or, with no such ending, an `ا` or `و` as
 * the second of four letters or more (`قاتل`, `ناول` of `سيتناول`, `عودن`). Foreign names have more (`ستريب`, `سيلفا`,
 * `يلين`, `يماني`, `ليبرمان`).
 */
const isVerbStem = (s0: string, dual: boolean): boolean => {
  let s = s0
  if (dual && s.length >= 5 && s.endsWith("\u0627\u0646")) s = s.slice(0, -2)
  if (s.length >= 4 && s[0] === "\u062a" && !isLong(s[1])) s = s.slice(1)
  if (s.length < 3) return false
  const finalLong = s[s.length - 1] === "\u064a" || s[s.length - 1] === "\u0649"
  for (let i = 0; i < s.length; i++) {
    if (!isLong(s[i])) continue
    if (i === s.length - 1 && finalLong) continue
    if (i === 1 && !finalLong && s.length >= 4 && (s[i] === "\u0627" || s[i] === "\u0648")) continue
    return false
  }
  return true
}

/**
 * Whether a word as written is an imperfect or future verb: `س` and a person's prefix (`سيقاتل`, `سترسم`, `ستؤخر`), `ل`
 * of purpose and one (`ليتولى`, `لينضم`), or the prefix `ي` (`يعزي`, `يتنحى`, `يغنيان`) or `ت` (`تأتي`, `تعلنان`: no
 * long vowel but a final `ي` after it, `ترامب`, `تيري`), its stem read by {@link isVerbStem}.
 */
const isVerbForm = (w: string): boolean => {
  if (w.length < 4) return false
  const a = w[0]
  const b = w[1]
  if (a === "\u0633" && (b === "\u064a" || b === "\u062a" || b === "\u0646" || b === "\u0623")) return isVerbStem(w.slice(2), false)
  if (a === "\u0644" && (b === "\u064a" || b === "\u062a" || b === "\u0646")) return isVerbStem(w.slice(2), false)
  if (a === "\u064a") return isVerbStem(w.slice(1), true)
  if (a === "\u062a") {
    const s = w.endsWith("\u0627\u0646") && w.length >= 6 ? w.slice(1, -2) : w.slice(1)
    if (s.length < 3) return false
    for (let i = 0; i < s.length; i++) if (isLong(s[i]) && !(i === s.length - 1 && s[i] === "\u064a")) return false
    return true
  }
  return false
}

/**
 * Whether a word as written reads as a verb only as `ل` of purpose and an imperfect (`لينضم`, `ليكبر`, `لتذهب`; {@link
 * isVerbForm}), not as a preposition glued to a common word: such a verb has a word after it, a family name that reads
 * so (`ليدنك`, Lidnk) may not.
 */
const isPurposeVerb = (w: string): boolean =>
  w.length >= 4 && w[0] === "\u0644" && (w[1] === "\u064a" || w[1] === "\u062a" || w[1] === "\u0646") && isVerbStem(w.slice(2), false) && !isPrepositionWord(w)

/** Pronoun suffixes of a noun or a verb, longest first (`هما` before `ها` and `ه`). */
const SUFFIXES = ["\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647\u0646", "\u0643\u0645", "\u0646\u0627", "\u0647"]

/**
 * The length of the pronoun suffix a word as written ends with after three letters or more and a consonant (`برأسه`,
 * `لرجاله`, `بحقدنا`, `رحمهما`), or 0: not after a long vowel (`بيكيه`, `كريستينا`, `كاهانا`: foreign names).
 */
export const pronounSuffix = (w: string): number => {
  for (const p of SUFFIXES) {
    if (w.length - p.length < 3 || !w.endsWith(p)) continue
    return isLong(w[w.length - p.length - 1]) ? 0 : p.length
  }
  return 0
}

/**
 * Whether `r`, a word after a glued preposition, has the shape of a derived verbal noun: `تفعيل` (`بتفعيل`, `بتكليف`,
 * `لتطوير`), `استفعال` (`باستشارة`, `باستخدامه`), `انفعال` (`لانعقاد`, `بانتقاله`) or `افتعال` (`لاكتشاف`); not
 * `بترجي`, `باستوري` (family names).
 */
const isMasdarShape = (r: string): boolean =>
  /^\u062a[^\u0627\u0648\u064a\u0649][^\u0627\u0648\u064a\u0649]\u064a[^\u0627\u0648\u064a\u0649]/.test(r) ||
  /^\u0627\u0633\u062a[^\u0627\u0648\u064a\u0649](?:[^\u0627\u0648\u064a\u0649]\u0627|\u0627)[^\u0627\u0648\u064a\u0649]/.test(r) ||
  /^\u0627\u0646[^\u0627\u0648\u064a\u0649][^\u0627\u0648\u064a\u0649]\u0627[^\u0627\u0648\u064a\u0649]/.test(r) ||
  /^\u0627[^\u0627\u0648\u064a\u0649][\u062a\u0637\u062f][^\u0627\u0648\u064a\u0649]\u0627[^\u0627\u0648\u064a\u0649]/.test(r)

/**
 * Whether a word as written is a preposition `ب`, `ل` or `ك` (after `و` or `ف` or not) glued to a common word: the
 * article (`بالكامل`, `للإغاثة`, `للقرآن`), a hamza (`بأنها`, `بأيام`, `لأنه`), a pronoun suffix (`برأسه`, `لرجاله`), a
 * derived verbal noun ({@link isMasdarShape}) or a function word (`بذلك`, `كهذه`); not a given name of the lists after it
 * (`لأحمد`, `بالقاسم`, `كآدم`).
 */
const isPrepositionWord = (w0: string): boolean => {
  let w = w0
  if (w.length >= 5 && (w[0] === "\u0648" || w[0] === "\u0641")) w = w.slice(1)
  const p = w[0]
  if (p !== "\u0628" && p !== "\u0644" && p !== "\u0643") return false
  // (للإغاثة: `ل` and the article whose alef it swallows)
  const r = p === "\u0644" && w[1] === "\u0644" ? "\u0627" + w.slice(1) : w.slice(1)
  if (r.length < 3) return false
  const key = searchKey(r)
  if (isGivenName(key)) return false
  if (r.startsWith("\u0627\u0644")) return r.length >= 5 && !isGivenName(key.slice(2))
  if (r[0] === "\u0623" || r[0] === "\u0625" || r[0] === "\u0622") return true
  if (isMasdarShape(r)) return true
  if (AR_FUNCTION.has(r) || isCommonNounWord(key)) return true
  const s = pronounSuffix(r)
  // (a family name of the Hadramawt opens with `با`, `باسلمه`, `باناجه`: with `ا` first, only a verbal noun's shape)
  return s > 0 && r[0] !== "\u0627" && !r.endsWith("\u0627\u0644\u0644\u0647")
}

/**
 * Whether unit `u`, the last word of a person's mention, reads as no name: a verb, a noun or a word of the lists
 * (`isListedVerb`, `isCommonNoun`, `isObjectNoun`, a function word; `gazetteers/after-name-words.json`), an imperfect or
 * future verb ({@link isVerbForm}), a preposition glued to a common word ({@link isPrepositionWord}), or a word without
 * the article ending in the pronoun `هما` or `هم` (`رحمهما`, `شكرهما`, `معتقدهم`). Never a given name of the lists nor
 * a word that may end a name (`الابن`, `الثاني`: `notAlone`), nor a family name with the article (`القحطاني`,
 * `اليوسف`), which only the list names.
 */
export const readsAsNoName = (u: Unit): boolean => noNameLevel(u) > 0

/** Whether unit `u` reads as no name by a word list ({@link noNameLevel} 2: a verb, common noun or function word of the lists), not by its form only. */
export const listedAsNoName = (u: Unit): boolean => noNameLevel(u) === 2

/**
 * How unit `u` reads as no name ({@link readsAsNoName}): 2 by a word list (after-name-words.json, the listed verbs,
 * common and object nouns, function words), 1 by its form only, 0 not at all.
 */
const noNameLevel = (u: Unit): 0 | 1 | 2 => {
  if (u.kind !== "word" || u.text.includes("-")) return 0
  const w = written(u.text)
  // (سمير لـ«الوطن»: a preposition written alone with a tatweel before the paper's name)
  if (w === "\u0644" && u.text !== w) return 2
  if (!isJudged(u, w)) return 0
  if (afterName().has(u.norm) || afterName().has(u.core)) return 2
  if (isListedVerb(u) || isCommonNoun(u) || isObjectNoun(u) || isFunctionWordAfterClitics(u)) return 2
  if (u.article && !u.proclitic) return 0
  if (isVerbForm(w) || isPrepositionWord(w)) return 1
  if (u.article) return 0
  const s = pronounSuffix(w)
  return (s === 3 && w.endsWith("\u0647\u0645\u0627")) || (s === 2 && w.endsWith("\u0647\u0645")) ? 1 : 0
}

/**
 * Whether a person's mention of two words or more (`keys`: its words' keys) ran one word too far: the rest, word for
 * word, is a person's mention of the document of its own (`people`: keys joined by a space), its last word is a word of
 * no mention with other keys (`usedElsewhere`, counting the names found again by propagation unless the word reads as
 * no name by a list), and the word reads as no name ({@link readsAsNoName}) or is a common word the document writes
 * outside its names ({@link isSeenCommonWord}, with `seen`). Not after a kunya's or a compound's first word alone
 * (`أبو نضال`), nor in an East Asian name (`ري يونغ هو`); a particle that is a family name too only before a word
 * (`روبرت كان، …`).
 */
export const ranIntoGluedWord = (
  text: string,
  m: Mention,
  keys: ReadonlyArray<string>,
  people: ReadonlySet<string>,
  usedElsewhere: (core: string, found: boolean) => boolean,
  seen?: (word: string) => boolean
): boolean => {
  if (m.type !== "PERSON" || keys.length < 2 || m.units.length < 2) return false
  const last = m.units[m.units.length - 1]!
  if (last.kind !== "word" || !people.has(keys.slice(0, -1).join(" "))) return false
  for (let i = 0; i < keys.length - 1; i++) if (isEastAsianSurname(keys[i]!)) return false
  // (أبو نضال, أم كلثوم: a kunya or a compound's first word alone is no name the second word ran from)
  if (keys.length === 2 && OPENERS().has(keys[0]!)) return false
  const level = noNameLevel(last)
  // (a word of the lists found again alone by propagation, as the long mention's "surname", `الملا منصور خلفا` and
  // then `خلفا`, is no evidence; a word read by its form only, `ترمب`, `لالامي`, keeps its name when found so)
  if (usedElsewhere(last.core, level < 2)) return false
  if (level === 0 && !(seen !== undefined && isSeenCommonWord(last, seen))) return false
  // (عاد وليد سليمان ليهدر فرصة: `ل` of purpose and a verb takes a word after it; `"توماس ليدنك" احتفظ`, a family name
  // that reads so, ends at a mark)
  if (level === 1 && isPurposeVerb(written(last.text)) && !wordFollows(text, m.end)) return false
  // (ويقول روبرت كان، وهو زميل: a function word that is a family name too, Kahn, Emam, Lee, is the particle or the verb
  // only when a word follows it, `زويد هي التي`, `سعود كان يرى`)
  return !SURNAME_PARTICLES.has(written(last.text)) || wordFollows(text, m.end)
}

/** The first words of a kunya or a compound name (search form): `أبو نضال` is one name, not `أبو` and a word. */
const OPENERS = foldedSet(() => [...COMPOUND_OPENER_WORDS, "أبي", "أبا", "أم"])

/** Function words that are written like a family name too (`كان`, Kahn; `هو`, `هي`, Ho, He; `أمام`, Emam; `غير`, Gere). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["\u0643\u0627\u0646", "\u0647\u0648", "\u0647\u064a", "\u0623\u0645\u0627\u0645", "\u0627\u0645\u0627\u0645", "\u063a\u064a\u0631", "\u0644\u064a", "\u0644\u0643", "\u064a\u0648\u0645", "\u0646\u062d\u0648", "\u0645\u0646"])

/** Whether an Arabic letter follows offset `at` of `text` after spaces only. */
const wordFollows = (text: string, at: number): boolean => {
  let i = at
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++
  const c = text.charCodeAt(i)
  return i > at && c >= 0x0621 && c <= 0x064a
}

/**
 * Whether unit `u`, the last word of a person's mention, is a common word the document writes outside its names:
 * without the article, it is (`فريق`) or has after a preposition `ب`, `ل` or `ك` (`بعلاج`: `علاج`) a word that `seen`
 * finds outside every mention of the document, as a word of its own or behind clitics (`العلاج`, `وعلاج`). A family name
 * that is also a common word with the article (`الصباح`, `الجمعة`) is left: only words without it are read so.
 */
export const isSeenCommonWord = (u: Unit, seen: (word: string) => boolean): boolean => {
  if (u.kind !== "word" || u.article || u.text.includes("-")) return false
  const w = written(u.text)
  if (w.length < 3 || !isJudged(u, w)) return false
  let v = w
  if (v.length >= 5 && (v[0] === "\u0648" || v[0] === "\u0641")) v = v.slice(1)
  const p = v[0]
  if ((p === "\u0628" || p === "\u0644" || p === "\u0643") && v.length >= 4) {
    const r = p === "\u0644" && v[1] === "\u0644" ? "\u0627" + v.slice(1) : v.slice(1)
    if (!isGivenName(searchKey(r)) && (seen(r) || (!r.startsWith("\u0627\u0644") && seen("\u0627\u0644" + r)))) return true
  }
  // (a word of its own only with the article elsewhere, `القرار`, `التمديد`: a foreign name or a family name the tagger
  // missed alone, `وهبي`, `مداح`, `موريرا`, is never written so)
  return seen("\u0627\u0644" + w)
}

/** Clitics written before a word that {@link wordSeenOutside} accepts: conjunctions, prepositions, the article. */
const CLITICS: ReadonlySet<string> = new Set(
  ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "فب", "ول", "فل", "وبال", "فبال", "وك"]
)

const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x064b && c <= 0x0652) || c === 0x0640
}

/**
 * The mentions' spans of a document, for {@link wordSeenOutside}: starts sorted, and for each the largest end among it
 * and the spans before it, so that whether a span covers an offset is one binary search.
 */
export interface Spans {
  readonly starts: ReadonlyArray<number>
  readonly maxEnds: ReadonlyArray<number>
}

/** The {@link Spans} of `[start, end)` pairs. */
export const spansOf = (pairs: ReadonlyArray<readonly [number, number]>): Spans => {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0])
  const starts: Array<number> = []
  const maxEnds: Array<number> = []
  let max = -1
  for (const [a, b] of sorted) {
    max = Math.max(max, b)
    starts.push(a)
    maxEnds.push(max)
  }
  return { starts, maxEnds }
}

/** Whether a span of `spans` covers offset `at`. */
const covers = (spans: Spans, at: number): boolean => {
  let lo = 0
  let hi = spans.starts.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (spans.starts[mid]! <= at) lo = mid + 1
    else hi = mid
  }
  return lo > 0 && spans.maxEnds[lo - 1]! > at
}

/**
 * Whether `word` (as written) stands in `text` as a word of its own, behind clitics or not ({@link CLITICS}), at a place
 * no span of `spans` covers.
 */
export const wordSeenOutside = (text: string, spans: Spans, word: string): boolean => {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isLetterAt(text, at + word.length)) continue
    let s = at
    while (s > 0 && isLetterAt(text, s - 1) && at - s < 5) s--
    if (s > 0 && isLetterAt(text, s - 1)) continue
    if (CLITICS.has(text.slice(s, at)) && !covers(spans, at)) return true
  }
  return false
}

/**
 * A unit of the first `letters` letters of `u` (as written, diacritics and tatweel skipped; `u` has no clitic): the
 * name in a word a dropped space glued to the next (`أوغلو` of `أوغلوخلال`).
 */
const namePart = (u: Unit, letters: number): Unit => {
  let at = 0
  let seen = 0
  while (at < u.text.length && seen < letters) {
    at++
    seen++
    while (at < u.text.length && isArabicMark(u.text.charCodeAt(at))) at++
  }
  const text = u.text.slice(0, at)
  const core = searchKey(text)
  return { ...u, text, end: u.start + at, norm: core, core, bare: u.article ? core.slice(2) : core }
}

/**
 * The letters of the name in `u` when `u` is a name glued to a function word ({@link isGluedFunctionWord}: `بلاترأمس`,
 * `شتاينمايرعن`, `أوغلوخلال`) or to a verb of the lists (`الراشدقال`), whose rest the document shows to be a name
 * (`named`: a word of another person's mention), or a given name of the lists, or the second word of a family name
 * (`أوغلو`; before a verb, only the document's evidence); else 0. The rest has three letters or more; the longest rest wins. `own` tells whether the word itself is
 * a word of another person's mention the tagger found (a name that may end so, written so twice): then only the
 * document's evidence counts, not the lists'.
 */
const gluedNameLetters = (u: Unit, named: (core: string) => boolean, own: boolean): number => {
  if (u.kind !== "word" || u.nameStart !== u.start || u.text.length > MAX_GLUED_WORD) return 0
  const w = written(u.text)
  if (!isArabicWord(w)) return 0
  for (let k = w.length - 2; k >= Math.max(3, w.length - MAX_GLUED_TAIL); k--) {
    const tail = w.slice(k)
    const functionWord = isGluedFunctionWord(tail)
    if (!functionWord && !(tail.length >= 3 && isListedVerbWord(tail))) continue
    const rest = searchKey(w.slice(0, k))
    // (after a verb, the document's evidence only: `بيليجريني`, `كريستوفر` read as `بيل`, `كريس` and a verb)
    if (named(rest) || (functionWord && !own && (isGivenName(rest) || isSurnameEnd(rest)))) return k
  }
  return 0
}

/**
 * A person's name glued to the function word after it, where the scraper dropped a space (thirty-fourth session): the
 * span stops at the name. Inside the mention (`[جوزيف بلاترأمس]`, `[شتاينمايرعن]`, `[ريستوأنه]`: the tagger took the
 * glued word) the last word is cut to its name; after it (`[مولود جاويش] أوغلوخلال`: the tagger stopped before the
 * glued word) the name joins the mention. Read on the whole document's mentions, the words of its people the
 * evidence ({@link gluedNameLetters}). Linear: a look at each person's last word and at the word after it.
 */
export const splitGluedFunctionWords = (text: string, sentences: ReadonlyArray<{ readonly units: ReadonlyArray<Unit> }>, mentions: Array<Mention>): Array<Mention> => {
  // the words of the document's people, and how many of their mentions the tagger found hold each
  let words: Set<string> | undefined
  let tagged: Map<string, number> | undefined
  const personWords = (): Set<string> => {
    if (words === undefined) {
      words = new Set()
      tagged = new Map()
      for (const m of mentions) {
        if (m.type !== "PERSON") continue
        for (const u of m.units) {
          if (u.kind !== "word") continue
          words.add(u.core)
          if (m.again !== true) tagged.set(u.core, (tagged.get(u.core) ?? 0) + 1)
        }
      }
    }
    return words
  }
  const named = (core: string): boolean => personWords().has(core)
  let out: Array<Mention> | undefined
  let find: UnitFinder | undefined
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (m.type !== "PERSON") continue
    const last = m.units[m.units.length - 1]!
    // (the word itself in two mentions the tagger found may be a name that ends so; a copy found again by propagation
    // is not counted)
    personWords()
    const inside = last.kind === "word" ? gluedNameLetters(last, named, (tagged!.get(last.core) ?? 0) > 1) : 0
    if (inside > 0) {
      ;(out ??= mentions.slice())[i] = { ...m, end: namePart(last, inside).end, units: [...m.units.slice(0, -1), namePart(last, inside)] }
      continue
    }
    // the word after the mention, one space between, in no mention
    if (text.charCodeAt(m.end) !== 0x20 || !isArabicBaseLetter(text.charCodeAt(m.end + 1))) continue
    const next = mentions[i + 1]
    if (next !== undefined && next.start <= m.end + 1) continue
    let e = m.end + 1
    while (e < text.length && e - m.end <= MAX_GLUED_WORD && (isArabicBaseLetter(text.charCodeAt(e)) || isArabicMark(text.charCodeAt(e)))) e++
    if (e - m.end > MAX_GLUED_WORD) continue
    const w = written(text.slice(m.end + 1, e))
    // (a look at the word's ends before the sentence's units are searched)
    let glued = false
    for (let k = w.length - 2; k >= Math.max(3, w.length - MAX_GLUED_TAIL) && !glued; k--) glued = isGluedFunctionWord(w.slice(k)) || (w.length - k >= 3 && isListedVerbWord(w.slice(k)))
    if (!glued) continue
    const at = (find ??= unitFinder(sentences))(m.end + 1)
    if (at === null) continue
    const u = at.units[at.k]!
    if (u.end !== e) continue
    const letters = gluedNameLetters(u, named, personWords().has(u.core))
    if (letters === 0) continue
    const part = namePart(u, letters)
    ;(out ??= mentions.slice())[i] = { ...m, end: part.end, units: [...m.units, part] }
  }
  return out ?? mentions
}

/**
 * The longest word read for a glued name (a name and a function word or verb, in code units with its marks: longer is
 * no such word, and the tails below are never read from it), and the longest tail tried as the function word or the
 * verb (`وسيستقبلونه` has eleven letters): the look at a word stays linear whatever its length.
 */
const MAX_GLUED_WORD = 64
const MAX_GLUED_TAIL = 12


/**
 * Whether a word as written has the shape of a perfect verb of Form IV, `أفعل` (`أبلغ`, `أرسل`, `أكد` is listed) or
 * its feminine `أفعلت` (`أبقت`): `أ`, three letters with no long vowel, and `ت` or nothing. Given names of that shape
 * (`أحمد`, `أسعد`, `أكرم`) are on the lists and never judged ({@link isJudged}).
 */
const isFormFourPerfect = (w: string): boolean => /^\u0623[^\u0627\u0648\u064a\u0649\u0622\u0623\u0625]{3}\u062a?$/.test(w)

/**
 * Whether a person's mention whose third word from the end is `بن`, `ابن` or `بنت` (`X بن Y [Z]`: `فيصل بن تركي
 * [أبلغ]`, `خالد بن سعد [أرسل]`; thirty-ninth session) ran one word too far past the father's name: the last word reads
 * as no name by a list (a verb, a noun or a function word of the lists, `after-name-words.json`), is an imperfect or
 * future verb (`ستنهي`), or has the shape of a Form IV perfect with a word or a quotation mark after it
 * ({@link isFormFourPerfect}). Unlike {@link ranIntoGluedWord}, no shorter mention of the person is needed: the nasab
 * is the evidence that the name is whole; a word read so by its form alone (a glued preposition, a pronoun suffix) is
 * left, as family names are written so too (`زينب بنت محمد لباد`). Family names after a nasab (`إياد بن أمين مدني`,
 * `هاني بن محمد أبوراس`) read as none of these and stay.
 */
export const ranPastNasab = (text: string, m: Mention, keys: ReadonlyArray<string>): boolean => {
  if (m.type !== "PERSON" || keys.length < 3 || !NASAB().has(keys[keys.length - 3]!)) return false
  const last = m.units[m.units.length - 1]!
  if (last.kind !== "word" || last.article) return false
  const w = written(last.text)
  if (!isJudged(last, w)) return false
  // (a particle that is a family name too, `كان`, `هو`, is the particle only before a word, as in ranIntoGluedWord)
  if (SURNAME_PARTICLES.has(w) && !wordFollows(text, m.end)) return false
  // (a preposition glued to a word, a pronoun suffix: family names read so too, `لباد`; only lists and verbs here)
  if (noNameLevel(last) === 2 || isVerbForm(w)) return true
  return isFormFourPerfect(w) && verbObjectFollows(text, m.end)
}

/**
 * Whether a person's mention that opens its line (a headline, a paragraph's first words) ran into a predicate adjective
 * (sixty-first session, helper arquote17, after the A119 reading): `محمد صلاح [سعيد] بالظهور الأول له مع روما`, "Salah
 * happy with his first appearance". The last word is an adjective that is a given name too (`adjectiveNames`: `سعيد`,
 * `سليم`, `كريم`), written with no article or clitic; a word glued to `بال` follows it (its complement, "happy with");
 * and the rest is a person's mention of the document of its own (`people`: keys joined by a space; the body's `أعرب
 * المصري الدولي محمد صلاح`). Only at a line's start, where the name is a nominal sentence's subject: after a verb `التقى
 * محمد أحمد سعيد بالرئيس` is a full name and its object.
 */
export const ranIntoAdjective = (text: string, m: Mention, keys: ReadonlyArray<string>, people: ReadonlySet<string>): boolean => {
  if (m.type !== "PERSON" || keys.length < 2 || m.units.length !== keys.length) return false
  const last = m.units[m.units.length - 1]!
  if (last.kind !== "word" || last.article || last.proclitic || !isAdjectiveName(last.core)) return false
  if (!people.has(keys.slice(0, -1).join(" "))) return false
  let i = m.start
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0 || text.charCodeAt(i - 1) === 0x09)) i--
  if (i > 0 && text.charCodeAt(i - 1) !== 0x0a && text.charCodeAt(i - 1) !== 0x0d) return false
  // (not arabicWordAfter of evidence.ts, session 62: only the first three letters of the word after are read, whatever
  // its length, where the twin gives no word past 16 code units, `بالاستخباراتيين` with a mark or two)
  let j = m.end
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++
  return j > m.end && text.startsWith("\u0628\u0627\u0644", j)
}

/** Whether an Arabic letter or an opening quotation mark (`"`, `«`, `“`) follows offset `at` of `text` after spaces only. */
const verbObjectFollows = (text: string, at: number): boolean => {
  let i = at
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++
  const c = text.charCodeAt(i)
  return i > at && ((c >= 0x0621 && c <= 0x064a) || c === 0x22 || c === 0xab || c === 0x201c)
}
