/**
 * In-document linking: which mentions name the same entity.
 *
 * Mentions are compared by their keys: the search-normalized words of the
 * name without conjunction and preposition (`وبوتين` → `بوتين`), so spelling
 * variants that the `search` view folds (`أ/ا`, `ة/ه`, diacritics, case)
 * meet.
 *
 * 1. Mentions with the same key are the same entity, whatever type the
 *    tagger gave each; the entity takes the type most of its mentions have
 *    (by confidence), and every mention gets that type.
 * 2. A person's mention whose words all stand, in order, in a longer
 *    person's name (`بوتين` in `فلاديمير بوتين`, `Putin` in `Vladimir
 *    Putin`) joins that person; when two people fit (`الأسد`: `بشار الأسد`,
 *    `حافظ الأسد`), the nearest one before it wins, else the nearest after.
 * 3. An Arabic organisation named without its head noun joins the one named
 *    with it (`حماس` → `حركة حماس`, `أرامكو` → `شركة أرامكو`).
 * 4. An entity typed as a person (or a place) that the lists or the words
 *    around its mentions show to be an organisation is one (`Yukos`,
 *    `Chelsea`, `تشيلسي`, `games maker X`, `X boss`; see `organisations`
 *    and `evidence.ts`), an Arabic place followed by a masculine
 *    nationality is the club named after it (`روما الإيطالي`), and an Arabic
 *    name in guillemets after `لـ` in most of its mentions is the paper a
 *    source spoke to (`قال لـ«الشرق الأوسط»`).
 * 5. An Arabic entity typed as an organisation or a place with a definite
 *    title of a person right before a mention (`الرئيس ترامب`) is a person
 *    (see `titledPeople`).
 *
 * Between 1 and 2, a lone word that the tagger took for a place, an
 * organisation or other, but that is the last word of a person named in full
 * in the same document, is that person (`Lehmann` after `Jens Lehmann`,
 * `أوباميانج` after `بيير إيمريك أوباميانج`): a reader who met the full name
 * reads the surname as the person. Not when the word is a place, an
 * organisation, a nationality or other name of the lists (`French` after
 * `Philip French`), and only after a "full name" that looks like one: in
 * English, a capitalized first word that is no stop word (not `The
 * Observer`, `3.55m Euros`); in Arabic, a first word that is a given name of
 * the lists, no compound name's last word (`عبد الله`: `الله` alone is God)
 * or formula (`رحمه الله`), and no word glued to the preposition `ل` inside
 * (`خليفة لسيارة بوغاتي`). The tagger's wrong "people" are what the rule
 * would otherwise spread (docs/entities.md).
 *
 * Before linking, the mentions are corrected with what the whole document
 * says:
 *
 * - a proclitic the tokenizer left glued to a name it did not know is left
 *   out when the rest is a word of another mention (`لكلينتون` after
 *   `هيلاري كلينتون` → `كلينتون`, `فروحاني` → `روحاني`);
 * - a person's name that runs into another person's glued to a preposition
 *   is cut there (`علي خامنئي برفسنجاني` → `علي خامنئي` and `رفسنجاني`); a
 *   single word left before the cut that is no given name of the lists is
 *   dropped (`معاكس لراموس` → `راموس`);
 * - two mentions of the same type with only spaces between them are one
 *   when the document names them joined elsewhere (`[طلال] [مداح]`), and a
 *   place's head noun typed alone joins the place after it (`[ريف] [إدلب]`);
 * - a two-word Arabic "person" that opens with the surname of a person
 *   named in full before, no given name, ran it into the next word and is
 *   cut to it (`تيلرسون بيانا` → `تيلرسون`);
 * - an Arabic person's mention whose last word reads as no name (a verb, a
 *   preposition glued to a common word, a particle, a description) and is a
 *   word of no other name, while the rest is a person's mention of its own,
 *   loses that word (`فينجر قصارى` → `فينجر`; glued-next.ts);
 * - a lone function word found again by its folded form is no name (`على`,
 *   `وعلى`, which the search view folds with the name `علي`), nor is a
 *   particle typed as a one-word person or organisation (`بأن`; `بان`
 *   unless the document names `بان كي مون`): one check,
 *   `isFunctionWordName` (mentions.ts);
 * - a fixed expression of `gazetteers/not-names.json` is no name (`حسن
 *   الجوار`, "good neighbourliness");
 * - an English one-word "person" that only opens sentences and that the
 *   text writes in lower case elsewhere is a common word (`Music`, `Well`).
 *
 * Every mention gets the entity's `canonical` (its longest mention, display
 * normalized; an article merged into a preposition is restored: `للأمم
 * المتحدة` → `الأمم المتحدة`) and `entityId` (`e1`, `e2`, … in order of first
 * mention).
 *
 * @module
 */
import { normalizeText } from "../../normalize/index.js"
import type { Entity, EntityType } from "../../schema/record.js"
import { stopwords } from "../internal/stopwords.js"
import { arabicFixtureTeam, isClubNationality, arabicPersonTitleBefore, paperHeadBefore, arabicWordBefore, isWriterVerb, englishOrgCue, toPublication, honorificBefore, locativeBefore, isBodyWord, isCompanyLastWord, isFatherKunya, isLateTitle, isListedVerbWord, isMotherKunya, isRoyalTitle, isGenerational, isKnownOrganization, isNameEnding, isProductName } from "./evidence.js"
import { isNisba } from "./features.js"
import { arabicCountries, CATEGORIES, foldedSet, gazetteer, isGivenName, loadNotNames, searchKey } from "./gazetteer.js"
import { COMPOUND_OPENER_WORDS, couldBeSurname, NASAB, gluedProclitic, isFoundSurnameOf, isFunctionWordName, isInstitutionHeadWord, isListedPhrase, isNameHeadWord, isOrgHead, nameHeadBefore, namesBanKiMoon, withoutGlued, type Mention } from "./mentions.js"
import { ranIntoAdjective, ranIntoGluedWord, ranPastNasab, spansOf, wordSeenOutside, type Spans } from "./glued-next.js"
import { spacesOnly, type Unit } from "./text.js"

const ALEF_LAM = "\u0627\u0644"

const keyWords = (m: Mention): Array<string> => {
  const words: Array<string> = []
  for (const u of m.units) if (u.kind !== "punct") words.push(u.core)
  return words
}

/** Whether `short` occurs in order (not necessarily next to each other) in `long`. */
const within = (short: ReadonlyArray<string>, long: ReadonlyArray<string>): boolean => {
  if (short.length >= long.length) return false
  let k = 0
  for (const w of long) if (k < short.length && w === short[k]) k++
  return k === short.length
}

/**
 * Whether a mention's role holds a royal's title (`royalTitles` of name-cues.json, {@link isRoyalTitle}): `الملك`,
 * `خادم الحرمين الشريفين الملك`.
 */
const royalRole = (m: Mention): boolean => m.role !== null && m.role.split(" ").some((w) => isRoyalTitle(searchKey(w)))

/**
 * `سلمان بن عبد العزيز` beside `محمد بن سلمان بن عبد العزيز`: whether `short`, a name with `بن`, `ابن` or `بنت` for its
 * second word, stands in `long` word for word right after a `بن` of it: the name of the longer name's father, another
 * man (the longer name is his son's, or his grandson's).
 */
const fathersNasabIn = (short: ReadonlyArray<string>, long: ReadonlyArray<string>): boolean => {
  if (short.length < 3 || !NASAB().has(short[1]!)) return false
  for (let k = 2; k + short.length <= long.length; k++) {
    if (!NASAB().has(long[k - 1]!)) continue
    let same = true
    for (let t = 0; t < short.length && same; t++) same = long[k + t] === short[t]
    if (same) return true
  }
  return false
}

/** Whether the text right before `start` (its eight characters) ends as `before` reads: a word that opens a name's part. */
const endsBefore = (before: RegExp) => (text: string, start: number): boolean => before.test(text.slice(Math.max(0, start - 8), start))

/**
 * Whether `word` stands in `long`, and each time at index `from` or later right after a word `opens` accepts: the word
 * of a longer name that only ever names someone else there (a father after `بن`, a child in a parent's kunya).
 */
const onlyAfter = (word: string, long: ReadonlyArray<string>, from: number, opens: (w: string) => boolean): boolean => {
  let seen = false
  for (let k = 0; k < long.length; k++) {
    if (long[k] !== word) continue
    if (k < from || !opens(long[k - 1]!)) return false
    seen = true
  }
  return seen
}

/** `ابن [تيمية]`, `لابن [لعبون]`: whether `بن`, `ابن` or `بنت` (with `و`, `ف`, `ل` or not) stands right before `start`. */
const afterNasab = endsBefore(/(?:^|[^\u0621-\u064a])[\u0648\u0641\u0644]?\u0627?\u0628\u0646\u062a?\s+$/)

/**
 * `الملك [عبدالعزيز]` beside `سلمان بن عبدالعزيز`: whether `word` stands in `long` and only right after `بن`, `ابن`,
 * `بنت` after a name, as the name of the man's father or forefather, another man (`بن رودس` opening a name is Ben).
 */
const onlyAsFather = (word: string, long: ReadonlyArray<string>): boolean => onlyAfter(word, long, 2, (w) => NASAB().has(w))

/** `أبي`, `ابي` (search form): a father's kunya in the genitive, beside the lexicon's `fatherKunyas` and `motherKunyas`. */
const kunyaGenitive = foldedSet(() => ["أبي", "ابي"])

/** Whether a word (search form) opens a kunya: `أبو`, `أبي`, `أم` (forty-ninth session). */
const opensKunya = (w: string): boolean => isFatherKunya(w) || isMotherKunya(w) || kunyaGenitive().has(w)

/** `أم [محمد]`, `لأم [علي]`, `أبو [خالد]`: whether `أبو`, `أبي` or `أم` (with `و`, `ف`, `ل` or `ب` or not) stands right before `start`. */
const afterKunya = endsBefore(/(?:^|[^\u0621-\u064a])[\u0648\u0641\u0644\u0628]?(?:[\u0623\u0627]\u0628[\u0648\u064a]|[\u0623\u0627]\u0645)\s+$/)

/**
 * `[فهد]` beside `أبو فهد`: whether a one-word name stands in `long` only right after `أبو`/`أم` (a kunya: the father
 * or mother named by that child, another person). The boy `فهد` of a story does not join his father `أبو فهد`
 * (forty-ninth session, helper arsubject).
 */
const onlyInKunya = (word: string, long: ReadonlyArray<string>): boolean => onlyAfter(word, long, 1, opensKunya)

/**
 * Whitespace that `.replace(/\s+/g, " ").trim()` changes: any but a space, two spaces, a space at either end (`trim`
 * removes what `\s` matches). A string without any is left as it is by both. Linear.
 */
const SPACING_TO_TIDY = /[^\S ]| {2}|^ | $/

/** The mention's display form: its text, display-normalized, with a merged article restored. */
const displayOf = (text: string, m: Mention): string => {
  const raw = text.slice(m.start, m.end)
  const first = m.units[0]!
  const normalized = normalizeText(raw, "display")
  // (most names have single spaces between words and none at the ends, which the replace and trim leave as they are:
  // the test saves both their new strings)
  const display = SPACING_TO_TIDY.test(normalized) ? normalized.replace(/\s+/g, " ").trim() : normalized
  // للأمم: the span starts after the merged article; the canonical form has it back
  return first.article && !normalizeText(raw, "search").startsWith(ALEF_LAM) ? ALEF_LAM + display : display
}

const isArabic = (u: Unit): boolean => {
  const c = u.text.charCodeAt(0)
  return c >= 0x0600 && c <= 0x06ff
}

/** A word the tokenizer split as `و` + a stem but kept whole as a foreign name's W (`وانغ`; `foreignWaw` in text.ts). */
const keepsForeignW = (u: Unit): boolean => u.proclitic && u.nameStart === u.start && u.text.charCodeAt(0) === 0x0648

/** Letters of a proclitic glued to `u` whose rest is one of `known` (given on first need), or 0. */
const gluedBefore = (u: Unit, known: () => ReadonlySet<string>, person: boolean): number => {
  const p = gluedProclitic(u, (rest) => known().has(rest))
  return person && p === 1 && isKafOfName(u) ? 0 : p
}

/**
 * `بيونغ يانغ` where the document also names `كيم يونغ أون`: whether an Arabic mention of two words or more is, word for
 * word as the tokenizer left them, a place, an organisation or another name of the lists (`isListedPhrase`). Its first
 * letter is then the name's own, not a proclitic glued to a word of another name (`ب` + `يونغ`); the tokenizer already
 * keeps a word the lists know alone whole (fifty-ninth session, helper arplace).
 */
const isListedWhole = (m: Mention): boolean => m.units.length >= 2 && isArabic(m.units[0]!) && isListedPhrase(m.units, 0, m.units.length - 1)

/** First letters of a proclitic: و ف ب ل ك. */
const PROCLITIC_LETTERS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643])

/**
 * `[وتل أبيب]`, `[ودي ميستورا]`, `[بأم القرى]`, `[بري يونغ]` where the document also names `تل أبيب`, `دي ميستورا`,
 * `أم القرى`, `ري يونغ`: a proclitic glued to a name's first word of two letters (too short for `gluedBefore`, which
 * wants three after it) when the rest is another name of the document or its end, word for word. Returns the proclitic's letters (1) or 0.
 */
const gluedBeforeShort = (m: Mention, names: () => ReadonlySet<string>): number => {
  if (m.units.length < 2) return 0
  const u = m.units[0]!
  if (u.kind !== "word" || u.proclitic || u.article || u.norm.length !== 3 || !PROCLITIC_LETTERS.has(u.norm.charCodeAt(0))) return 0
  if (m.type === "PERSON" && isKafOfName(u)) return 0
  const rest = keyWords(m)
  rest[0] = u.norm.slice(1)
  return names().has(rest.join(" ")) ? 1 : 0
}

/**
 * A `ك` that opens a person's word and is no preposition: before a letter other than a hamza on alef, a name of the
 * document after it (`كيونغ` after `ري يونغ`, `كريس` after `ريس`, `كاري` after `اري`) is rarely "like X" in news,
 * where foreign names opening with `ك` are many (`كانغ كيونغ هوا`, `كريس`, `كارت`); `كأرسطو` stays a `ك` glued.
 */
const isKafOfName = (u: Unit): boolean => {
  const after = u.text.charCodeAt(1)
  return u.text.charCodeAt(0) === 0x0643 && after !== 0x0623 && after !== 0x0625 && after !== 0x0622
}

const PER_TRIE = CATEGORIES.indexOf("PER")


const LISTED = ["LOC", "ORG", "MISC"].map((c) => CATEGORIES.indexOf(c as (typeof CATEGORIES)[number]))

/** Whether a word is, on its own, a place, an organisation or another name (a nationality) of the gazetteer lists. */
const isListedName = (u: Unit): boolean => {
  const tries = gazetteer(isArabic(u) ? "ar" : "en").tries
  for (const c of LISTED) if (tries[c]!.one(u.core) !== undefined) return true
  return false
}

/** Words that open a compound name with the next word (`عبد الله`, `أبو مازن`, `بن سلمان`, `آل ثاني`, `نصر الله`, `عز الدين`): its last word is no surname alone. */
const compoundFirst = foldedSet(() => [...COMPOUND_OPENER_WORDS, "أبي", "نصر", "حمد", "عز", "نور", "سيف", "شمس", "صلاح", "جمال", "علاء", "نجم", "فتح", "ذو"])

/**
 * Particles of foreign names that open a surname of two words (`دي ميستورا`, `ماك آرثر`, `فان خال`), and the Arabic
 * words that open a family name (`أبو`, `بن`, `ابن`, `آل`: `بن لادن`, `آل ثاني`); not all of `lineageWords`
 * (name-cues.json): `بنت` and `أبي` open no family name.
 */
const surnameParticles = foldedSet(() => ["دي", "دا", "دو", "ديل", "فان", "فون", "ماك", "مك", "لا", "لو", "سان", "أبو", "ابو", "بن", "ابن", "آل"])

/**
 * Whether a two-word Arabic "person" ran a surname into the word after it (`تيلرسون بيانا`, `مورينيو ضاحكا`,
 * `الوهيبي إيجازاً`): its first word is the last word of a person named in full earlier in the document (`surnames`)
 * and no given name (`محمد الرميحي` after `تركي بن سعود بن محمد` is another person), no particle of a two-word
 * surname (`ماك آرثر`) nor a word of two letters (`فان جال` cut as `ف` + `ان`), and its second word is no name
 * ending (`ترامب جونيور`).
 */
const ranIntoNextWord = (m: Mention, surnames: ReadonlySet<string>): boolean => {
  if (m.type !== "PERSON" || m.units.length !== 2) return false
  const [a, b] = m.units as [Unit, Unit]
  return (
    a.kind === "word" &&
    b.kind === "word" &&
    isArabic(a) &&
    isArabic(b) &&
    a.core.length >= 3 &&
    surnames.has(a.core) &&
    !isGivenName(a.core) &&
    !surnameParticles().has(a.core) &&
    !isNameEnding(b.core)
  )
}

/** Words that end a "name" the tagger ran into a formula (`محمد بن نايف حفظه الله`, `موسى رضي الله عنه`): never a surname alone. */
export const noSurname = foldedSet(() => ["الله", "رضي", "حفظه", "حفظها", "رحمه", "رحمها", "رحمهم"])

const LAM = 0x0644

/**
 * Whether an Arabic mention of two words or more (`k`: its keys) looks like
 * a person's full name: it opens with a given name of the lists, and it is
 * not a compound name or a formula the tagger ran into, nor a phrase.
 */
const opensArabicName = (m: Mention, k: ReadonlyArray<string>): boolean => {
  const u = m.units[0]!
  if (!isArabic(u) || !isGivenName(u.core) || compoundFirst().has(k[k.length - 2]!) || noSurname().has(k[k.length - 1]!)) return false
  // خليفة لسيارة بوغاتي: a word glued to the preposition ل inside the "name" shows it is a phrase
  for (let j = 1; j < m.units.length; j++) if (m.units[j]!.norm.length >= 4 && m.units[j]!.norm.charCodeAt(0) === LAM) return false
  return true
}

/** Whether a mention opens like an English person's name: a capitalized Latin word that is no stop word. */
const opensAName = (m: Mention): boolean => {
  const u = m.units[0]!
  const c = u.text.charCodeAt(0)
  return c >= 0x41 && c <= 0x5a && !stopwords().has(u.norm)
}

const rebuilt = (m: Mention, units: ReadonlyArray<Unit>): Mention => ({ ...m, start: units[0]!.nameStart, end: units[units.length - 1]!.end, units })

/** The fixed expressions of `gazetteers/not-names.json`, validated and folded on first use. */
const notNames = foldedSet(() => {
  const f = loadNotNames()
  return [...f.ar, ...f.en]
})

/** `لي` (search form, `لى` folded to it): the preposition with a pronoun, "to me", and Lee's family name. */
const LI = "\u0644\u064a"

/** `بي` (search form): the preposition with a pronoun, "with me" (`اتصل بي`), and a letter name (`بي بي سي`). */
const BI = "\u0628\u064a"

/**
 * Whether a mention's first unit is `لي` or `بي` as a word of its own, with no clitic (not `ولي` of `ولي العهد`): a
 * preposition with the pronoun "me" that the tagger may run into the name after it.
 */
const opensWithMe = (m: Mention): boolean => {
  const u = m.units[0]!
  return u.kind === "word" && !u.proclitic && (u.norm === LI || u.norm === BI)
}

/**
 * `قال [لي يوسف]`, `فقال [لي عز] بهدوء`, `فأكد [لي العيدان]`: whether a person's mention of two words or more opens
 * with `لي` ("to me") right after a verb of the list (`قال`, `تقول`, `وقال`, `فأكد`: {@link isListedVerbWord}), only
 * spaces between, and the word after `لي` is the name: a given name of the lists, a word with the article, or a word
 * of another name of the document that does not open with `لي` and that the tagger found (`otherWords`; not one found
 * again by propagation from the mention itself: `قالت [لي كيف]` and `كيف` found again). Lee's family name after a verb (`قال
 * [لي كون- هي]`, `وقال [لي كيشيانغ]`) keeps its place: the word after it is no given name of the lists and the
 * document names no one by it without `لي`; nor is `لي` cut after anything but a listed verb (`الصيني [لي باو
 * دونغ]`, `عن [لي تشونغ]`). `بي` ("with me", `اتصل [بي يوسف]`) is cut the same way, before a given name or
 * another name's word with no article only.
 */
const liAfterVerb = (text: string, m: Mention, otherWords: () => ReadonlySet<string>): boolean => {
  if (m.type !== "PERSON" || m.units.length < 2 || !opensWithMe(m)) return false
  const before = arabicWordBefore(text, m.start)
  if (before === null || !isListedVerbWord(text.slice(before[0], before[1]))) return false
  const next = m.units[1]!
  if (next.kind !== "word" || !isArabic(next)) return false
  // (`اتصل [بي يوسف]`: after `بي` only a given name or another name's word; `بي` + a word with the article after a verb
  // is a common noun, `عادت بي الذكرى`, and a letter name before a letter name stays, `قال بي كي`)
  if (m.units[0]!.norm === BI) return isGivenName(next.core) || (!next.article && otherWords().has(next.core))
  return isGivenName(next.core) || next.article || otherWords().has(next.core)
}

/**
 * `تقول [لي والدتي]`, `قالت [لي صديقتي]`, `بالنسبة [لي كبرازيلي]`: whether a person's mention is `لي` or `بي` ("to me",
 * "with me") and one word of five letters or more, no article, written with a final `تي` (a feminine noun and the
 * pronoun "my") or opening with `ك` ("as") and ending in `ي` (a nisba, six letters or more), that is no given name of
 * the lists and no word of another name of the document (`otherWords`): no name at all. Lee's names keep their place:
 * one short word (`لي جاي`, `لي ياكي`), a surname ending in `ي` otherwise (`لي ريغبي`, `لي ولوسكي`), anything longer.
 * (`لي زميلي`, `لي راتبي`, a masculine noun and "my", stay: no list tells them from such surnames.)
 */
const liBeforeOwnWord = (m: Mention, otherWords: () => ReadonlySet<string>): boolean => {
  if (m.type !== "PERSON" || m.units.length !== 2 || !opensWithMe(m)) return false
  const next = m.units[1]!
  if (next.kind !== "word" || next.article || !isArabic(next) || next.core.length < 5) return false
  const w = next.text
  if (w.charCodeAt(w.length - 1) !== 0x064a) return false
  // (a feminine noun and "my", `والدتي`, `صورتي`; or `ك` "as" and a nisba, `كبرازيلي`, `كصحافي`: a foreign surname
  // that ends in `ي` is neither, `لي ريغبي`, `لي ولوسكي`)
  const feminineMy = w.charCodeAt(w.length - 2) === 0x062a
  const asNisba = w.charCodeAt(0) === 0x0643 && next.core.length >= 6
  if (!feminineMy && !asNisba) return false
  return !isGivenName(next.core) && !otherWords().has(next.core)
}

/**
 * `يعن [لي الطيران]`, `رسمها [لي النصراويون]`, `فتبين [لي التالي]`: whether a person's mention is `لي` ("to me") and
 * one Arabic word with the article that is no word of another name of the document (`otherWords`): no name at all.
 * Lee's name keeps its place after a title or an honorific (`السيدة [لي الطويل]`: the mention has a role), and the cut
 * of `لي` after a verb of the lists before another name's word (`فأكد [لي العيدان]`) comes first. (`بي` + such a word,
 * `عادت [بي الذكرى]`, is as wrong, but the twenty-eighth session's tests keep it as it is: left.)
 */
const meBeforeDefinite = (m: Mention, otherWords: () => ReadonlySet<string>): boolean => {
  if (m.type !== "PERSON" || m.units.length !== 2 || m.role !== null || !opensWithMe(m) || m.units[0]!.norm !== LI) return false
  const next = m.units[1]!
  return next.kind === "word" && next.article && !next.proclitic && isArabic(next) && !otherWords().has(next.core)
}

/**
 * The document-level corrections of the mentions (see the module notes), in text order; `text` is the document's
 * (read for the word before a mention).
 */
export const correctMentions = (found: ReadonlyArray<Mention>, text: string): Array<Mention> => {
  // a proclitic left out of the span by the sentence's rules (لبرنامج) leaves the unit's keys too
  const mentions = found.map((m) => (m.glued !== undefined && m.glued > 0 ? { ...m, units: [withoutGlued(m.units[0]!, m.glued), ...m.units.slice(1)] } : m))
  // the words of the document's names, gathered on first use: only an Arabic unit with no clitic can have a glued
  // proclitic (`gluedBefore`), so an English document never needs them
  let wordSet: Set<string> | undefined
  const words = (): ReadonlySet<string> => {
    if (wordSet === undefined) {
      wordSet = new Set<string>()
      // (a name whose `و` is a foreign W, `وانغ`, is its whole word here: its `core` without the W, `انغ`, would make
      // `كانغ` a `ك` glued to it)
      for (const m of mentions) for (const u of m.units) if (u.kind === "word") wordSet.add(keepsForeignW(u) ? u.norm : u.core)
    }
    return wordSet
  }
  // the document's names of two words or more as the keys of their words, and their ends of two words or more
  // (`دي ميستورا` of `ستيفان دي ميستورا`), gathered on first use (`gluedBeforeShort`)
  let nameSet: Set<string> | undefined
  const names = (): ReadonlySet<string> => {
    if (nameSet === undefined) {
      nameSet = new Set<string>()
      for (const m of mentions) {
        const k = keyWords(m)
        for (let i = 0; i + 2 <= k.length; i++) nameSet.add(k.slice(i).join(" "))
      }
    }
    return nameSet
  }
  const out: Array<Mention> = []
  // the last words of the Arabic people named in full so far
  const surnames = new Set<string>()
  const remember = (m: Mention): void => {
    out.push(m)
    const last = m.units[m.units.length - 1]!
    if (m.type === "PERSON" && m.units.length >= 2 && last.kind === "word" && isArabic(last)) surnames.add(last.core)
  }
  // the last words of the document's people named in full from a given name of the lists (`ترامب` of `دونالد ترامب`),
  // gathered on first use: a word run into a surname that is one of them is a person itself (ranIntoNextWord; not
  // `الكروي`, `شارة`, `سوف`, words the tagger also typed a person of one word elsewhere)
  let personKeys: Set<string> | undefined
  const isPersonKey = (core: string): boolean => {
    if (personKeys === undefined) {
      personKeys = new Set<string>()
      for (const x of mentions) {
        if (x.type !== "PERSON" || !isArabic(x.units[0]!)) continue
        const k = keyWords(x)
        if (k.length >= 2 && opensArabicName(x, k)) personKeys.add(k[k.length - 1]!)
      }
    }
    return personKeys.has(core)
  }
  // the words of the document's names that do not open with `لي`, gathered on first use (liAfterVerb)
  let otherSet: Set<string> | undefined
  const otherWords = (): ReadonlySet<string> => {
    if (otherSet === undefined) {
      otherSet = new Set<string>()
      for (const m of mentions) if (!opensWithMe(m) && m.again !== true) for (const u of m.units) if (u.kind === "word") otherSet.add(u.core)
    }
    return otherSet
  }
  // the document's people as keys, and which words stand in names of other keys, gathered on first use (ranIntoGluedWord)
  let gluedEvidence: GluedEvidence | undefined
  const glued = (): GluedEvidence => (gluedEvidence ??= gluedEvidenceOf(mentions, text))
  // the last words cut so (ranIntoGluedWord)
  let cutWords: Set<string> | undefined
  // بان كي مون named in full: `بان` alone is his name there, not the particle `بأن` written without its hamza
  const banNamed = namesBanKiMoon(mentions)
  for (const m0 of mentions) {
    let m = m0
    // قال [لي يوسف]: `لي` ("to me") after a verb of saying, run into the name after it, is no part of it
    if (liAfterVerb(text, m, otherWords)) m = rebuilt(m, m.units.slice(1))
    // قالت [لي والدتي]: "to me" and a noun with "my" is no name
    else if (liBeforeOwnWord(m, otherWords)) continue
    // يعن [لي الطيران]: "to me" and a common noun with the article is no name either
    else if (meBeforeDefinite(m, otherWords)) continue
    // وأضاف [بأن]: a particle the tagger typed as a one-word person or organisation is no name, nor is a lone function
    // word found again by its folded form (على, وعلى for the name علي, found again after زين العابدين بن علي)
    if (isFunctionWordName(m, banNamed)) continue
    // حسن الجوار ("good neighbourliness"): a fixed expression that reads like a name is none
    if (m.units.length >= 2 && m.units.length <= 3 && notNames().has(keyWords(m).join(" "))) continue
    // ([بيونغ يانغ] beside كيم يونغ أون: a name the lists hold whole, its first letter and all, keeps it)
    const g = isListedWhole(m) ? 0 : gluedBefore(m.units[0]!, words, m.type === "PERSON") || gluedBeforeShort(m, names)
    if (g > 0) m = rebuilt(m, [withoutGlued(m.units[0]!, g), ...m.units.slice(1)])
    if (m.type === "PERSON") {
      let cut = -1
      for (let k = 1; k < m.units.length && cut < 0; k++) if (gluedBefore(m.units[k]!, words, true) > 0) cut = k
      if (cut > 0) {
        // معاكس لراموس: a lone word before the cut that is no given name is no name
        const left = m.units.slice(0, cut)
        if (left.length > 1 || isGivenName(left[0]!.core)) remember(rebuilt(m, left))
        const u = m.units[cut]!
        m = rebuilt({ ...m, role: null }, [withoutGlued(u, gluedBefore(u, words, true)), ...m.units.slice(cut + 1)])
      }
      if (ranIntoNextWord(m, surnames)) {
        const next = m.units[1]!
        m = rebuilt(m, [m.units[0]!])
        // (ويشارك [فلين ترامب] كثيرا: the word run into is itself a person of the document, the verb's object; session 59)
        if (isPersonKey(next.core)) {
          remember(m)
          m = rebuilt({ ...m, role: null, confidence: 0.5 }, [next])
        }
      }
      // فينجر قصارى, محمد بن سلمان بعلاج, زويد هي: a last word that reads as no name and that no other name of the
      // document has, after a name the document writes alone (glued-next.ts)
      else if (m.units.length >= 2 && isArabic(m.units[m.units.length - 1]!) && ranIntoGluedWord(text, m, keyWords(m), glued().people, glued().usedElsewhere, glued().seen)) {
        ;(cutWords ??= new Set<string>()).add(m.units[m.units.length - 1]!.core)
        m = rebuilt(m, withoutLastWord(m.units))
      }
      // محمد صلاح [سعيد] بالظهور: a headline's name run into the predicate adjective after it (glued-next.ts)
      else if (m.units.length >= 2 && ranIntoAdjective(text, m, keyWords(m), glued().people)) {
        ;(cutWords ??= new Set<string>()).add(m.units[m.units.length - 1]!.core)
        m = rebuilt(m, withoutLastWord(m.units))
      }
      // فيصل بن تركي [أبلغ]: a word past a father's name that reads as no name (glued-next.ts)
      else if (m.units.length >= 3 && isArabic(m.units[m.units.length - 1]!) && ranPastNasab(text, m, keyWords(m))) {
        ;(cutWords ??= new Set<string>()).add(m.units[m.units.length - 1]!.core)
        m = rebuilt(m, withoutLastWord(m.units))
      }
    }
    remember(m)
  }
  // (الملا منصور خلفا: the cut word found again alone by propagation, as the "surname" of the long mention, goes too)
  return cutWords === undefined ? out : out.filter((m) => !(m.again === true && m.units.length === 1 && cutWords!.has(m.units[0]!.core)))
}

/** What {@link ranIntoGluedWord} reads of the document: its people's keys, and whether a word stands in names of two keys or more. */
interface GluedEvidence {
  readonly people: ReadonlySet<string>
  /** Whether a word stands in names of two keys or more, counting the names found again by propagation when `found`. */
  readonly usedElsewhere: (core: string, found: boolean) => boolean
  readonly seen: (word: string) => boolean
}

/** The {@link GluedEvidence} of a document's mentions. */
const gluedEvidenceOf = (mentions: ReadonlyArray<Mention>, text: string): GluedEvidence => {
  const people = new Set<string>()
  // a word's first key, or "" once a second key has it: among the tagger's mentions, and among all
  const keyOf = new Map<string, string>()
  const keyOfAll = new Map<string, string>()
  const add = (map: Map<string, string>, w: string, key: string): void => {
    const seen = map.get(w)
    if (seen === undefined) map.set(w, key)
    else if (seen !== key) map.set(w, "")
  }
  for (const m of mentions) {
    const k = keyWords(m)
    const key = k.join(" ")
    if (m.type === "PERSON") people.add(key)
    for (const w of k) {
      add(keyOfAll, w, key)
      // (a word found again by propagation may be the glued word itself, found as the long mention's "surname")
      if (m.again !== true) add(keyOf, w, key)
    }
  }
  // (each word read once: a document may repeat one glued mention many times)
  let spans: Spans | undefined
  const known = new Map<string, boolean>()
  const seen = (word: string): boolean => {
    let r = known.get(word)
    if (r === undefined) known.set(word, (r = wordSeenOutside(text, (spans ??= spansOf(mentions.map((m) => [m.start, m.end] as const))), word)))
    return r
  }
  return { people, usedElsewhere: (core, found) => (found ? keyOfAll : keyOf).get(core) === "", seen }
}

/** A mention's units without the last word and the marks before it. */
const withoutLastWord = (units: ReadonlyArray<Unit>): ReadonlyArray<Unit> => {
  let n = units.length - 1
  while (n > 1 && units[n - 1]!.kind === "punct") n--
  return units.slice(0, n)
}

/** Head nouns of place names that name another place than the name after them (`ريف دمشق`, `كورنيش جدة`, `قناة السويس`, `شبه جزيرة سيناء`). */
const placeHeads = foldedSet(() => ["ريف", "كورنيش", "قناة", "شبه"])

/**
 * Two mentions of the same type with only spaces between them whose words, joined, are a name of the same document:
 * one name the tagger cut in two (`[طلال] [مداح]` where `طلال مداح` is named elsewhere; `[المدينة] [المنورة]`), or
 * a word it tagged alone next to a name found again by propagation. Joined into one mention; so is a head noun
 * of a place's name typed as a place of its own before the name (`[ريف] [إدلب]`, `[قناة] [السويس]`), and a family name
 * found again right after a person's first name (`أعرب [شايلش] [ياداف]`: {@link isFoundSurnameOf}).
 * Not when the second opens with a clitic (`طلال ومداح` are two) or the gap holds anything but spaces (a comma, a
 * line break).
 */
const joinSplitNames = (text: string, found: ReadonlyArray<Mention>): ReadonlyArray<Mention> => {
  let names: Set<string> | undefined
  let out: Array<Mention> | undefined
  for (let i = 1; i < found.length; i++) {
    const prev = out === undefined ? found[i - 1]! : out[out.length - 1]!
    const m = found[i]!
    let joined = false
    let surname = false
    if (prev.type === m.type && m.start > prev.end && spacesOnly(text, prev.end, m.start) && !m.units[0]!.proclitic && m.glued === undefined) {
      // [ريف] [إدلب], [قناة] [السويس]: the head noun of a place's name typed as a place of its own
      surname = isFoundSurnameOf(prev, m)
      // (قال [كرمانج] [عزت سليمان]، قائمقام …: a speaker's name cut in two keeps the role written after it, as a surname does)
      surname ||= speakerCutInTwo(text, prev, m)
      joined = surname || (m.type === "LOCATION" && prev.units.length === 1 && placeHeads().has(prev.units[0]!.core))
      if (!joined) {
        if (names === undefined) {
          names = new Set<string>()
          for (const f of found) if (f.units.length >= 2) names.add(keyWords(f).join(" "))
        }
        joined = names.has([...keyWords(prev), ...keyWords(m)].join(" "))
      }
    }
    if (joined) {
      // the halves' type: linking then votes over all mentions of the name (the type of the name's first full
      // mention alone is often the tagger's error: `[خان شيخون]` a person once, a place five times)
      out ??= found.slice(0, i)
      // (a family name found again keeps the role written next to it: `[هادي] [البحرة]، الرئيس السابق …`)
      out[out.length - 1] = { ...prev, end: m.end, units: [...prev.units, ...m.units], role: surname ? prev.role ?? m.role : prev.role, confidence: Math.max(prev.confidence, m.confidence) }
    } else if (out !== undefined) out.push(m)
  }
  return out ?? found
}

/**
 * `بدوره قال [كرمانج] [عزت سليمان]، قائمقام …`: a person of one word with no article right after a verb of saying or
 * writing (`writerVerbs`, with `و` or `ف`; not a title the tagger typed a person, `وقال [الكولونيل] [ستيف وارن]،`) and a person of one or two words right after it, which a comma or a colon ends, are
 * one name the tagger cut in two: a verb's subject is one person, and two names side by side with no `و` are none
 * (sixty-first session, helper arquote17, after the A119 reading: the speaker was `كرمانج`). Read by
 * {@link joinSplitNames}, which has checked the types and the spaces between.
 */
const speakerCutInTwo = (text: string, prev: Mention, m: Mention): boolean => {
  // (not a word with the article, a title the tagger typed a person: `وقال [الكولونيل] [ستيف وارن]،`)
  if (prev.type !== "PERSON" || prev.units.length !== 1 || m.units.length > 2 || !isArabic(prev.units[0]!) || prev.units[0]!.article) return false
  const v = arabicWordBefore(text, prev.start)
  if (v === null) return false
  const w = searchKey(text.slice(v[0], v[1]))
  if (!isWriterVerb(w) && !(w.length > 3 && (w.charCodeAt(0) === 0x0648 || w.charCodeAt(0) === 0x0641) && isWriterVerb(w.slice(1)))) return false
  let i = m.end
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++
  const c = text.charCodeAt(i)
  return c === 0x060c || c === 0x2c || c === 0x3a
}

/** Whether the mention at `start` opens a sentence: nothing but spaces and quotation marks after a sentence end, a line break or the start of the text. */
const opensSentence = (text: string, start: number): boolean => {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0xa0) continue
    return c === 0x0a || c === 0x0d || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a
  }
  return true
}

const isLatin = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)

/**
 * Which of `words` (lower-case Latin) the text writes in lower case as a whole word: one pass, slicing only the
 * runs of lower-case letters as long as one of the words.
 */
const writtenLower = (text: string, words: ReadonlySet<string>): ReadonlySet<string> => {
  const lengths = new Set<number>()
  for (const w of words) lengths.add(w.length)
  const out = new Set<string>()
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isLatin(text.charCodeAt(i))) {
      i++
      continue
    }
    // a run of Latin letters: a whole word when it is all lower case
    let j = i
    let lower = true
    while (j < n) {
      const d = text.charCodeAt(j)
      if (d >= 0x41 && d <= 0x5a) lower = false
      else if (!(d >= 0x61 && d <= 0x7a)) break
      j++
    }
    // (after an apostrophe it is the end of a word: `o'clock`'s `clock`, `don't`'s `t`)
    if (lower && j > i && lengths.has(j - i) && text.charCodeAt(i - 1) !== 0x27) {
      const w = text.slice(i, j)
      if (words.has(w)) out.add(w)
    }
    i = j > i ? j : i + 1
  }
  return out
}

/**
 * English "people" that are a common word capitalized because it opens a sentence (`Well`, `Music`, `Children`):
 * a one-word person, every mention of which opens a sentence, written in lower case elsewhere in the same text.
 * Names of people are not written in lower case (`Madonna`); the few that are common words too (`Brown`) are
 * rarely only at the start of sentences. Not for organisations and places: `Labour` and `the Conservatives` are
 * common words too.
 */
const withoutCommonWords = (text: string, mentions: ReadonlyArray<Mention>): ReadonlyArray<Mention> => {
  const candidates = new Map<string, boolean>()
  for (const m of mentions) {
    const u = m.units[0]!
    // people only: parties and bodies are common words too (`Labour`, `the Conservatives`)
    if (m.type !== "PERSON" || m.units.length !== 1 || u.kind !== "word" || isArabic(u)) continue
    const c = u.text.charCodeAt(0)
    // capitalized, not in capitals (`US` is no `us`)
    if (c < 0x41 || c > 0x5a || u.text === u.text.toUpperCase()) continue
    candidates.set(u.norm, (candidates.get(u.norm) ?? true) && opensSentence(text, m.start))
  }
  const open = new Set<string>()
  for (const [w, allOpen] of candidates) if (allOpen) open.add(w)
  if (open.size === 0) return mentions
  const drop = writtenLower(text, open)
  if (drop.size === 0) return mentions
  return mentions.filter((m) => !(m.type === "PERSON" && m.units.length === 1 && drop.has(m.units[0]!.norm) && !isArabic(m.units[0]!)))
}

/**
 * Whether the word right after `end` (spaces between, no line break) is a masculine nationality of `clubNationalities`
 * (name-cues.json, {@link isClubNationality}) that does not open a person's description (`وصل إلى الدوحة البرتغالي [روبن أموريم]`: the
 * adjective is the player's).
 */
const clubAdjectiveAfter = (text: string, end: number, mentions: ReadonlyArray<Mention>): boolean => {
  let i = end
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++
  if (i === end) return false
  // (not arabicWordAfter of evidence.ts, session 62: the word's first 16 code units are read even when it runs on,
  // where the twin gives none; the letters are the same)
  let j = i
  while (j < text.length && j - i < 16) {
    const c = text.charCodeAt(j)
    if (!((c >= 0x0621 && c <= 0x065f) || c === 0x0670)) break
    j++
  }
  if (j === i || !isClubNationality(normalizeText(text.slice(i, j), "search"))) return false
  let k = j
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k++
  return !mentions.some((m) => m.type === "PERSON" && m.start === k)
}

const ORG_TRIE = CATEGORIES.indexOf("ORG")
const LOC_TRIE = CATEGORIES.indexOf("LOC")

/**
 * Whether a name (its keys) is an organisation of the lists: the post-processing list of well-known organisations
 * (`gazetteers/known-organizations.json`), or, in English, an organisation of the tagger's lists that is no person
 * of them. `place`: the tagger typed it as a place; then only the post-processing list counts (the tagger's list
 * has universities named after their city: `Cambridge`), and not when the lists have it as a place too.
 */
const isOrganizationName = (lang: "ar" | "en", k: ReadonlyArray<string>, place: boolean): boolean => {
  const tries = gazetteer(lang).tries
  if (place) return tries[LOC_TRIE]!.exact(k, 0, k.length) === undefined && isKnownOrganization(lang, k.join(" "))
  if (isKnownOrganization(lang, k.join(" "))) return true
  return lang === "en" && tries[ORG_TRIE]!.exact(k, 0, k.length) !== undefined && tries[PER_TRIE]!.exact(k, 0, k.length) === undefined
}

/**
 * Whether more than half of an entity's mention keys are one well-known organisation of the post-processing list
 * written alone, and every other mention holds one of those names among its words (`تشيلسي`, `هداف تشيلسي`).
 */
const listedInAll = (ks: ReadonlyArray<ReadonlyArray<string>>): boolean => {
  const names = new Set<string>()
  let alone = 0
  for (const k of ks) {
    const key = k.join(" ")
    if (isKnownOrganization("ar", key)) {
      names.add(key)
      alone++
    }
  }
  if (2 * alone <= ks.length) return false
  return ks.every((k) => {
    const padded = ` ${k.join(" ")} `
    for (const n of names) if (padded.includes(` ${n} `)) return true
    return false
  })
}

/**
 * The entities (by root cluster) that are organisations although the tagger typed them as people or places:
 *
 * - its longest mention is an organisation of the lists (`Yukos`, `Nintendo`, `Chelsea`, `تشيلسي`): people or places;
 * - English people only: a name of two words or more ending in a company's word (`Cairn Energy`), or the words
 *   around one of its mentions show an organisation (`oil firm X`, `shares in X`; for a one-word name, `X boss`,
 *   `X's chief executive`, `X striker`: see `englishOrgCue`).
 *
 * Never when a mention shows a person: a role (a title next to the name) or an English honorific before it (`Mr
 * Fox`). A given name alone that is also a club (`Chelsea`) joins the full name it is part of (`Chelsea Clinton`)
 * by step 2, so its longest mention is the full name and it stays a person.
 */
const organisations = (
  text: string,
  mentions: ReadonlyArray<Mention>,
  keys: ReadonlyArray<ReadonlyArray<string>>,
  root: (i: number) => number,
  longest: ReadonlyMap<number, number>,
  typeOf: ReadonlyArray<EntityType>
): ReadonlyMap<number, EntityType> => {
  const members = new Map<number, Array<number>>()
  for (let i = 0; i < mentions.length; i++) {
    const r = root(i)
    const t = typeOf[r]!
    if (t !== "PERSON" && t !== "LOCATION") continue
    const ms = members.get(r)
    if (ms === undefined) members.set(r, [i])
    else ms.push(i)
  }
  const out = new Map<number, EntityType>()
  for (const [r, ms] of members) {
    const best = longest.get(r)!
    const lm = mentions[best]!
    const k = keys[best]!
    if (k.length === 0) continue
    const lang = isArabic(lm.units[0]!) ? "ar" : "en"
    // مدرب [تشيلسي], لاعب [تشيلسي]: before a club or company of the post-processing list, an Arabic title is in construct
    // with it ("the coach of Chelsea"): someone else's title, not a sign that the name is a person's
    // [تشيلسي] seven times and once [تشيلسي دييغو كوستا], a wrong span linked to it: an Arabic person whose mentions are
    // more than half a listed organisation written alone, and all hold it, is that organisation too (not a player's
    // name linked to his club's, [رجب] and [رجب الهلال])
    const person = typeOf[r] === "PERSON"
    const listedAlone = lang === "ar" && person && listedInAll(ms.map((i) => keys[i]!))
    const listed = lang === "ar" && (listedAlone || isKnownOrganization(lang, k.join(" ")))
    if (ms.some((i) => (mentions[i]!.role !== null && !listed) || (lang === "en" && honorificBefore(text, mentions[i]!.start)))) continue
    // (a place's name after `in`, `at`, `near` is the place there: `MP for West Ham`, `indoors in Fulham`)
    // (Arabic: only people; `حي تشيلسي`, `منطقة فولهام` are the districts)
    // [روما] الإيطالي, [مرسيليا] الفرنسي: a city is feminine in Arabic (روما الإيطالية); a masculine nationality after
    // it agrees with the club (النادي) the name stands for
    // [ليون] 2-1, مضيفه [كوبنهاغن]: a city where fixtures name a team, in more than half its mentions, is the club (a
    // country is its national team, which ANERcorp and CoNLL-2003 tag as the place; a place named once beside a part
    // number, `بين الدوحة والأحساء 1-2`, among other mentions, stays the place)
    const fixture =
      !person &&
      lang === "ar" &&
      !arabicCountries().has(k.join(" ")) &&
      2 * ms.filter((i) => arabicFixtureTeam(text, mentions[i]!.start, mentions[i]!.end)).length > ms.length
    if (fixture || (!person && lang === "ar" && ms.some((i) => clubAdjectiveAfter(text, mentions[i]!.end, mentions)))) {
      out.set(r, "ORGANIZATION")
      continue
    }
    // صحيفة [القدس], جريدة «[الرياض]»: a place after a paper's head noun in more than half its mentions is the paper
    // (`صحيفة «مكة»` and `محاكم مكة` in one article: the city stays)
    if (lang === "ar" && typeOf[r] === "LOCATION" && 2 * ms.filter((i) => paperHeadBefore(text, mentions[i]!.start)).length > ms.length) {
      out.set(r, "ORGANIZATION")
      continue
    }
    // قال لـ«[الشرق الأوسط]»: the paper a source spoke to (when at least half the mentions say so: a paper's own
    // article may also name the region)
    if (lang === "ar" && 2 * ms.filter((i) => toPublication(text, mentions[i]!.start, mentions[i]!.end)).length >= ms.length) {
      out.set(r, "ORGANIZATION")
      continue
    }
    if (!person && (lang === "ar" || ms.some((i) => locativeBefore(text, mentions[i]!.start)))) continue
    if (listedAlone || isOrganizationName(lang, k, !person)) out.set(r, "ORGANIZATION")
    else if (person && lang === "en") {
      const company = k.length >= 2 && opensAName(lm) && isCompanyLastWord(k[k.length - 1]!)
      if (company || ms.some((i) => englishOrgCue(text, mentions[i]!.start, mentions[i]!.end, k.length === 1))) out.set(r, "ORGANIZATION")
    }
  }
  return out
}

/**
 * The Arabic entities that the tagger typed as organisations or places although a definite title of a person stands
 * right before one of their mentions (`الرئيس ترامب`, `والأمير خالد`): people. Not when the title follows an
 * institution's head noun (`جامعة الأمير سطام`), nor for a name of the lists' places or organisations, a
 * well-known organisation or a lone nisba adjective (`كأس الملك الأهلي`).
 */
const titledPeople = (
  text: string,
  mentions: ReadonlyArray<Mention>,
  keys: ReadonlyArray<ReadonlyArray<string>>,
  root: (i: number) => number,
  longest: ReadonlyMap<number, number>,
  typeOf: ReadonlyArray<EntityType>,
  retype: Map<number, EntityType>
): void => {
  const titled = new Set<number>()
  for (let i = 0; i < mentions.length; i++) {
    const r = root(i)
    const t = retype.get(r) ?? typeOf[r]!
    if ((t !== "ORGANIZATION" && t !== "LOCATION") || !isArabic(mentions[i]!.units[0]!)) continue
    const title = arabicPersonTitleBefore(text, mentions[i]!.start)
    if (title < 0) continue
    // جامعة الأمير [سطام]: a title in construct with an institution's head noun opens the institution's name
    const head = arabicWordBefore(text, title)
    if (head === null || !isInstitutionHeadWord(text.slice(head[0], head[1]))) titled.add(r)
  }
  if (titled.size === 0) return
  const tries = gazetteer("ar").tries
  for (const r of titled) {
    const lm = mentions[longest.get(r)!]!
    const k = keys[longest.get(r)!]!
    if (k.length === 0 || isKnownOrganization("ar", k.join(" "))) continue
    // كأس الملك [الأهلي]: a nisba adjective alone (a club, a party) is no person's name
    if (lm.units.length === 1 && isNisba(lm.units[0]!)) continue
    if (tries[LOC_TRIE]!.exact(k, 0, k.length) !== undefined || tries[ORG_TRIE]!.exact(k, 0, k.length) !== undefined) continue
    retype.set(r, "PERSON")
  }
}

/**
 * Whether an Arabic person's mention of two words or more opens with a first name: its second word may be a family
 * name (`couldBeSurname`) and is no given name of the lists or opener of a compound name (`[أبوعريش سعد الغامدي]`,
 * `[ميسان فهد الكعبي]`, `[قندوز عبد الرحيم]`: a place the tagger ran into the person after it), and has the article
 * only after a given name of the lists (`معمر القذافي`; `[سوسيا الشمالي]`, `[جيرسون البرازيلي]`: a nisba adjective after a
 * place's or a club's name).
 */
const opensWithFirstName = (m: Mention): boolean => {
  if (m.units.length < 2) return false
  const u = m.units[0]!
  const v = m.units[1]!
  if (u.kind !== "word" || v.kind !== "word" || !isArabic(u) || !isArabic(v) || u.article) return false
  if (isGivenName(v.core) || compoundFirst().has(v.core) || (v.article && !isGivenName(u.core))) return false
  return couldBeSurname(m.units, 1)
}

/**
 * `اقترحتها [دوناتيلا]`, `وأضافت [فيرنا] قائلة`, `سيسافر [تشونج]`: a one-word Arabic entity the vote typed as a place or
 * an organisation whose word opens a person of the document named in two words or more (`دوناتيلا فرساتشي`, typed a
 * person there; {@link opensWithFirstName}) is that person's first name alone: a person, so that linking joins it to
 * the full name. Not a word with the article, a word that opens a compound name (`أبو`, `الله` of `فتح الله`), a head
 * noun of a name itself (`كورنيش`), a place's, organisation's or nationality's name of the lists, a body's (`أوبك`) or a
 * product's name; not for a person's "name" that is a well-known organisation (`فولكس فاجن`); nor when any of its
 * mentions stands right after the head noun of a place's or a body's name (`مدينة [يوجين]`, `نادي [هجر]`, `لشركة
 * "[ميلينيوم]"`: see `nameHeadBefore`) or where sports news puts a team.
 */
const firstNamesAsPeople = (
  text: string,
  mentions: ReadonlyArray<Mention>,
  keys: ReadonlyArray<ReadonlyArray<string>>,
  cluster: Int32Array,
  typeOf: Array<EntityType>
): void => {
  let firsts: Set<string> | undefined
  for (let i = 0; i < mentions.length; i++) {
    // ([فولكس فاجن], [فوكس نيوز]: a well-known organisation the tagger typed as a person names no one)
    if (typeOf[cluster[i]!] !== "PERSON" || keys[i]!.length < 2 || !opensWithFirstName(mentions[i]!)) continue
    if (!isKnownOrganization("ar", keys[i]!.join(" "))) (firsts ??= new Set()).add(keys[i]![0]!)
  }
  if (firsts === undefined) return
  const found = new Set<number>()
  const blocked = new Set<number>()
  for (let i = 0; i < mentions.length; i++) {
    const c = cluster[i]!
    const t = typeOf[c]!
    if ((t !== "LOCATION" && t !== "ORGANIZATION") || keys[i]!.length !== 1 || !firsts.has(keys[i]![0]!)) continue
    const m = mentions[i]!
    const u = m.units[0]!
    // ([الله] غولن, [أبو] العلاء: a word of a compound name; [كورنيش] محافظة كوكالي: a head noun itself)
    const named = u.kind === "word" && isArabic(u) && !u.article && !u.text.startsWith(ALEF_LAM) && !compoundFirst().has(u.core)
    if (!named || isNameHeadWord(u.core) || placeHeads().has(u.core) || isListedName(u) || isBodyWord(u.core) || isProductName(u.core)) {
      blocked.add(c)
      continue
    }
    if (nameHeadBefore(text, m.start) || arabicFixtureTeam(text, m.start, m.end)) blocked.add(c)
    else found.add(c)
  }
  for (const c of found) if (!blocked.has(c)) typeOf[c] = "PERSON"
}

/**
 * `[أم سياف]` beside `[أبو سياف]`: an Arabic entity of two words, `أم` (`motherKunyas` of name-cues.json; `أبو`,
 * `ابو` are its `fatherKunyas`) and a word without the article, that the vote
 * typed as a place or an organisation, is a woman's kunya, a person, when the document names a person `أبو` and the
 * same word (her husband's or son's: the kunya of a couple). Places (`أم درمان`, `أم قصر`) have no such father in the
 * document; `أم القرى` has the article.
 */
const mothersKunyaAsPeople = (mentions: ReadonlyArray<Mention>, keys: ReadonlyArray<ReadonlyArray<string>>, cluster: Int32Array, typeOf: Array<EntityType>): void => {
  let fathers: Set<string> | undefined
  for (let i = 0; i < mentions.length; i++) {
    const k = keys[i]!
    if (k.length === 2 && typeOf[cluster[i]!] === "PERSON" && isFatherKunya(k[0]!)) (fathers ??= new Set()).add(k[1]!)
  }
  if (fathers === undefined) return
  for (let i = 0; i < mentions.length; i++) {
    const k = keys[i]!
    const c = cluster[i]!
    if (k.length !== 2 || (typeOf[c] !== "ORGANIZATION" && typeOf[c] !== "LOCATION") || !isMotherKunya(k[0]!) || !fathers.has(k[1]!)) continue
    const v = mentions[i]!.units[1]!
    if (v.kind === "word" && !v.article && isArabic(v)) typeOf[c] = "PERSON"
  }
}

/** Whether the word that starts after offset `end` (spaces only between) opens with the article `ال`: `صلاح الدين [المنجد]`. */
const articleWordAfter = (text: string, end: number): boolean => {
  let k = end
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k++
  return text.startsWith(ALEF_LAM, k)
}

/**
 * `[بيونغ يانغ]`, `[لوس أنجليس]`, `[غازي عنتاب]`, `[بور سعيد]` typed a person: an Arabic entity the vote typed a person
 * whose words are, exactly, a place of the lists of two words or more is that place. Not when one of its mentions has a
 * role (`طريق [صلاح الدين] الرئيس`: a title was read beside it), nor when one that opens with a given name of the lists
 * runs on into a word with the article (`[صلاح الدين] المنجد`, a man's name the tagger cut). One-word places stay as
 * the vote typed them: many are given names too (`بدر`, `منى`, `عمران`, `صوفيا`). Fifty-ninth session, helper arplace.
 */
const listedPlacesAsPlaces = (text: string, mentions: ReadonlyArray<Mention>, keys: ReadonlyArray<ReadonlyArray<string>>, cluster: Int32Array, typeOf: Array<EntityType>): void => {
  const places = gazetteer("ar").tries[LOC_TRIE]!
  let found: Set<number> | undefined
  const blocked = new Set<number>()
  for (let i = 0; i < mentions.length; i++) {
    const c = cluster[i]!
    const k = keys[i]!
    const m = mentions[i]!
    if (typeOf[c] !== "PERSON" || k.length < 2 || !isArabic(m.units[0]!) || places.exact(k, 0, k.length) === undefined) continue
    if (m.role !== null || (isGivenName(k[0]!) && articleWordAfter(text, m.end))) blocked.add(c)
    else (found ??= new Set()).add(c)
  }
  if (found !== undefined) for (const c of found) if (!blocked.has(c)) typeOf[c] = "LOCATION"
}

const TYPES: ReadonlyArray<EntityType> = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"]
const TYPE_COUNT = 4
const TYPE_INDEX: Readonly<Record<EntityType, number>> = { PERSON: 0, LOCATION: 1, ORGANIZATION: 2, MISC: 3 }

/** Whether type `t` is among a cluster's voted types (`order[at, at + TYPE_COUNT)`, -1 after the last). */
const voted = (order: Int8Array, at: number, t: number): boolean => {
  for (let k = 0; k < TYPE_COUNT && order[at + k] !== -1; k++) if (order[at + k] === t) return true
  return false
}

/**
 * Whether the Arabic word right before offset `start` is a title of the dead ({@link isLateTitle}), alone or with a
 * conjunction or preposition glued to it (`والشهيد`, `بالراحل`; `للشهيد` writes one alef less), or is one word with the
 * article (a rank, an adjective: `الشهيد العريف X`, `الشهيد البطل X`) right after such a title.
 */
export const lateTitleBefore = (text: string, start: number): boolean => {
  const word = arabicWordBefore(text, start)
  if (word === null) return false
  if (isLateTitleWord(text.slice(word[0], word[1]))) return true
  const w = searchKey(text.slice(word[0], word[1]))
  if (!w.startsWith(ALEF_LAM) || isLateTitle(w)) return false
  const before = arabicWordBefore(text, word[0])
  return before !== null && isLateTitleWord(text.slice(before[0], before[1]))
}

/** Whether an Arabic word as written is a title of the dead, with a conjunction or a preposition glued to it or not. */
const isLateTitleWord = (word: string): boolean => {
  const w = searchKey(word)
  if (isLateTitle(w)) return true
  const c = w.charCodeAt(0)
  if ((c === 0x0648 || c === 0x0641 || c === 0x0628) && isLateTitle(w.slice(1))) return true
  return w.startsWith("\u0644\u0644") && isLateTitle("\u0627" + w.slice(1))
}

/**
 * Whether the Arabic word right before offset `start` is a verb of the lists (`وأضاف`, `واوضح`, `ويروي`): the mention
 * after it is the verb's subject, the one who tells.
 */
const speechVerbBefore = (text: string, start: number): boolean => {
  const word = arabicWordBefore(text, start)
  return word !== null && isListedVerbWord(text.slice(word[0], word[1]))
}

/**
 * Namesakes (forty-seventh session, helper arents): the last words of Arabic people named in full under two keys or more
 * in the document (`ممدوح الحارثي` and `فايز الحارثي` give `الحارثي`), one of them after a title of the dead (`late`:
 * `الشهيد ممدوح الحارثي`), whose lone mentions may be either person.
 */
const sharedSurnames = (mentions: ReadonlyArray<Mention>, keys: ReadonlyArray<ReadonlyArray<string>>, late: Uint8Array): Set<string> => {
  const first = new Map<string, string>()
  const shared = new Set<string>()
  const mourned = new Set<string>()
  for (let i = 0; i < mentions.length; i++) {
    const k = keys[i]!
    const m = mentions[i]!
    if (m.type !== "PERSON" || k.length < 2 || !isArabic(m.units[m.units.length - 1]!)) continue
    const last = k[k.length - 1]!
    const whole = k.join(" ")
    const seen = first.get(last)
    if (seen === undefined) first.set(last, whole)
    else if (seen !== whole) shared.add(last)
    if (late[i] === 1) mourned.add(last)
  }
  for (const w of shared) if (!mourned.has(w)) shared.delete(w)
  return shared
}

/** Links the mentions of one document (in text order) and gives them canonical forms and ids. */
export const linkMentions = (text: string, all: ReadonlyArray<Mention>): Array<Entity> => {
  // (the credits' mentions are linked after the others, see `withCredits`)
  const credits = all.some((m) => m.credit === true) ? all.filter((m) => m.credit === true) : null
  const found = credits === null ? all : all.filter((m) => m.credit !== true)
  const mentions = withoutCommonWords(text, correctMentions(joinSplitNames(text, found), text))
  const n = mentions.length
  const keys = mentions.map(keyWords)
  const joined = keys.map((k) => k.join(" "))
  // 1. same key → same cluster; a lone surname of namesakes written after a title of the dead (`والد الشهيد [الحارثي]`)
  // is a cluster of its own, the person mourned, apart from the same surname elsewhere (see `sharedSurnames`)
  const late = new Uint8Array(n)
  for (let i = 0; i < n; i++) if (mentions[i]!.type === "PERSON" && isArabic(mentions[i]!.units[0]!) && lateTitleBefore(text, mentions[i]!.start)) late[i] = 1
  const shared = n > 2 ? sharedSurnames(mentions, keys, late) : new Set<string>()
  const cluster = new Int32Array(n).fill(-1)
  const byKey = new Map<string, number>()
  let clusters = 0
  for (let i = 0; i < n; i++) {
    const key = late[i] === 1 && keys[i]!.length === 1 && shared.has(joined[i]!) ? joined[i]! + "\u0000" : joined[i]!
    const c = byKey.get(key)
    if (c !== undefined) cluster[i] = c
    else {
      byKey.set(key, clusters)
      cluster[i] = clusters++
    }
  }
  // types by confidence-weighted vote: the highest sum wins, a tie goes to the type voted for first. (Flat arrays
  // instead of a `Map` per cluster, which cost more than the vote itself: `order` keeps, per cluster, the types in
  // the order of their first vote, as a `Map`'s iteration would, and the sums are added in the same order.)
  const sums = new Float64Array(clusters * TYPE_COUNT)
  const order = new Int8Array(clusters * TYPE_COUNT).fill(-1)
  for (let i = 0; i < n; i++) {
    const c = cluster[i]!
    const t = TYPE_INDEX[mentions[i]!.type]
    const at = c * TYPE_COUNT
    if (sums[at + t] === 0 && !voted(order, at, t)) {
      let k = 0
      while (order[at + k] !== -1) k++
      order[at + k] = t
    }
    sums[at + t] = sums[at + t]! + 0.5 + mentions[i]!.confidence
  }
  const typeOf: Array<EntityType> = new Array(clusters)
  for (let c = 0; c < clusters; c++) {
    const at = c * TYPE_COUNT
    let best: EntityType = "MISC"
    let score = -1
    for (let k = 0; k < TYPE_COUNT && order[at + k] !== -1; k++) {
      const t = order[at + k]!
      if (sums[at + t]! > score) {
        best = TYPES[t]!
        score = sums[at + t]!
      }
    }
    typeOf[c] = best
  }
  // 1a. a place of the lists of two words or more typed a person is the place (see `listedPlacesAsPlaces`)
  if (n > 0) listedPlacesAsPlaces(text, mentions, keys, cluster, typeOf)
  // 1b. a lone surname typed as something else (no place or organisation of the lists) is the person named in full
  const surnames = new Set<string>()
  for (let i = 0; i < n; i++) {
    const k = keys[i]!
    if (typeOf[cluster[i]!] === "PERSON" && k.length >= 2 && (opensAName(mentions[i]!) || opensArabicName(mentions[i]!, k) || mentions[i]!.titled === true)) surnames.add(k[k.length - 1]!)
  }
  if (surnames.size > 0) {
    for (let i = 0; i < n; i++) {
      const c = cluster[i]!
      if (typeOf[c] === "PERSON" || keys[i]!.length !== 1 || !surnames.has(joined[i]!)) continue
      const u = mentions[i]!.units[0]!
      if (!isListedName(u)) typeOf[c] = "PERSON"
    }
  }
  // 1c. a lone first name typed as a place or an organisation is the person it opens (see `firstNamesAsPeople`)
  if (n > 1) firstNamesAsPeople(text, mentions, keys, cluster, typeOf)
  // 1d. `أم سياف` beside `أبو سياف`: a mother's kunya typed as a place or a body is a person (see `mothersKunyaAsPeople`)
  if (n > 1) mothersKunyaAsPeople(mentions, keys, cluster, typeOf)
  // 2. short person names join the longer person they are part of
  const parent = new Int32Array(clusters)
  for (let c = 0; c < clusters; c++) parent[c] = c
  const find = (c: number): number => {
    let r = c
    while (parent[r] !== r) r = parent[r]!
    return r
  }
  const firstOf = new Int32Array(clusters).fill(-1)
  for (let i = 0; i < n; i++) if (firstOf[cluster[i]!] === -1) firstOf[cluster[i]!] = i
  const count = new Int32Array(clusters)
  for (let i = 0; i < n; i++) count[cluster[i]!]!++
  /** Whether a person's name of two words or more opening with `word` is written at least `times` times. */
  const opensLongerAsOften = (word: string, times: number): boolean => {
    for (let j = 0; j < n; j++) {
      const d = cluster[j]!
      if (firstOf[d] === j && typeOf[d] === "PERSON" && keys[j]!.length >= 2 && keys[j]![0] === word && count[d]! >= times) return true
    }
    return false
  }
  // (a cluster of which a mention has a royal's title for its role: `الملك [سلمان]`)
  const royalCluster = new Uint8Array(clusters)
  for (let i = 0; i < n; i++) if (keys[i]!.length === 1 && royalRole(mentions[i]!)) royalCluster[cluster[i]!] = 1
  // the mentions of people, in order: the only ones a person's name joins (the types do not change in this step, so
  // the loop below reads this list instead of every mention once per person)
  const people: Array<number> = []
  for (let j = 0; j < n; j++) if (typeOf[cluster[j]!] === "PERSON") people.push(j)
  // (namesakes: the clusters of which a mention follows a title of the dead, `الشهيد ممدوح الحارثي`, and those of which
  // a mention follows a verb of telling, `وأضاف الحارثي`; a lone surname of two namesakes that a verb of telling takes
  // for its subject is the living one who tells, one written after a title of the dead is the dead one)
  const lateCluster = new Uint8Array(clusters)
  const toldCluster = new Uint8Array(clusters)
  if (shared.size > 0) {
    for (let i = 0; i < n; i++) {
      if (late[i] === 1) lateCluster[cluster[i]!] = 1
      if (keys[i]!.length === 1 && shared.has(joined[i]!) && speechVerbBefore(text, mentions[i]!.start)) toldCluster[cluster[i]!] = 1
    }
  }
  for (let i = 0; i < n; i++) {
    const c = cluster[i]!
    if (typeOf[c] !== "PERSON" || firstOf[c] !== i) continue
    const short = keys[i]!
    // [Yahoo] ×23 and once [Yahoo Messenger] (a product the tagger typed as a person): an English well-known
    // organisation written alone more often than any longer name it opens is not that name's given name (step 4
    // then types it; it may still be the surname of one: `Liam Fox`); `Chelsea` once beside `Chelsea Clinton` still
    // joins her
    const orgOpener = short.length === 1 && !isArabic(mentions[i]!.units[0]!) && isKnownOrganization("en", joined[i]!) && !opensLongerAsOften(short[0]!, count[c]!)
    // `دونالد ترامب` and `ترامب` beside `دونالد ترامب الابن` (Donald Trump Jr.): a longer name with a generational word
    // the shorter lacks (`الابن`, `جونيور`, `Jr`) is another person, the son; a one-word name joins him only when no
    // other full name fits (`ترامب` is the father where `دونالد ترامب` is named too)
    const shortGeneration = short.some((w) => isGenerational(w))
    // `الملك [عبدالعزيز]` beside `سلمان بن عبدالعزيز آل سعود`: a royal's one-word Arabic name joins no longer name
    // where its word is only a father's name, after `بن` (see `onlyAsFather`); a commoner's family name (`وقال
    // [ربيق]` beside `عبدالله بن ربيق`) and a name written after `ابن` itself (`ابن [تيمية]`) still join it
    const fatherless = short.length === 1 && isArabic(mentions[i]!.units[0]!) && royalCluster[c] === 1 && !afterNasab(text, mentions[i]!.start)
    const fathersNasab = short.length >= 3 && isArabic(mentions[i]!.units[0]!)
    let best = -1
    let bestDistance = Number.POSITIVE_INFINITY
    let son = -1
    let sonDistance = Number.POSITIVE_INFINITY
    for (let p = 0; p < people.length; p++) {
      const j = people[p]!
      const d = cluster[j]!
      if (d === c || !within(short, keys[j]!) || (orgOpener && keys[j]![0] === short[0])) continue
      if (fatherless && onlyAsFather(short[0]!, keys[j]!)) continue
      // (not a name the tagger cut from its own kunya, `لأم [محمد]`: that mention is the parent's)
      if (short.length === 1 && onlyInKunya(short[0]!, keys[j]!) && isArabic(mentions[i]!.units[0]!) && !afterKunya(text, mentions[i]!.start)) continue
      // (سلمان بن عبد العزيز beside محمد بن سلمان بن عبد العزيز: the son's name holds the father's whole; see fathersNasabIn)
      if (fathersNasab && fathersNasabIn(short, keys[j]!)) continue
      // the nearest mention before (distance ≥ 0) beats any after; between namesakes, a lone surname after a title of
      // the dead takes the dead one, and one after a verb of telling the living one, whenever the other kind fits
      let distance = j < i ? i - j : n + (j - i)
      // (`عمر أبوشوشة` after `الشهيد العريف` is the martyr `عمر أحمد أبوشوشة`, not his father `أحمد عمر أبوشوشة`)
      if (shared.has(short[short.length - 1]!) && (lateCluster[c] === 1 ? lateCluster[d] === 0 : toldCluster[c] === 1 && lateCluster[d] === 1)) distance += 2 * n
      if (!shortGeneration && keys[j]!.some((w) => isGenerational(w))) {
        if (short.length === 1 && distance < sonDistance) {
          sonDistance = distance
          son = d
        }
        continue
      }
      if (distance < bestDistance) {
        bestDistance = distance
        best = d
      }
    }
    if (best >= 0) parent[c] = best
    else if (son >= 0) parent[c] = son
  }
  // 3. an Arabic organisation named without its head noun is the one named with it (حماس → حركة حماس)
  const headed = new Map<string, number>()
  for (let j = 0; j < n; j++) {
    const m = mentions[j]!
    if (typeOf[cluster[j]!] === "ORGANIZATION" && keys[j]!.length >= 2 && isOrgHead(m.units[0]!) && !headed.has(keys[j]!.slice(1).join(" "))) headed.set(keys[j]!.slice(1).join(" "), cluster[j]!)
  }
  if (headed.size > 0) {
    for (let i = 0; i < n; i++) {
      const c = cluster[i]!
      const d = headed.get(joined[i]!)
      if (d !== undefined && d !== c && firstOf[c] === i && typeOf[c] === "ORGANIZATION" && parent[c] === c) parent[c] = d
    }
  }
  // roots may chain (a → b → c); resolve, then number the entities in order of first mention
  const root = (i: number) => find(cluster[i]!)
  const longest = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    const r = root(i)
    const cur = longest.get(r)
    const better =
      cur === undefined ||
      keys[i]!.length > keys[cur]!.length ||
      (keys[i]!.length === keys[cur]!.length && mentions[i]!.end - mentions[i]!.start > mentions[cur]!.end - mentions[cur]!.start)
    if (better) longest.set(r, i)
  }
  // 4. an entity the tagger typed as a person (or a place) that the lists or the words around it show to be an
  // organisation (Yukos, Chelsea, تشيلسي; games maker X, X boss): see `organisations`
  const retype = new Map(organisations(text, mentions, keys, root, longest, typeOf))
  // 5. an Arabic "organisation" or "place" with a person's title right before it is a person (الرئيس ترامب)
  titledPeople(text, mentions, keys, root, longest, typeOf, retype)
  const ids = new Map<number, { readonly id: string; readonly canonical: string }>()
  const out: Array<Entity> = []
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!
    const r = root(i)
    let entity = ids.get(r)
    if (entity === undefined) {
      entity = { id: `e${ids.size + 1}`, canonical: displayOf(text, mentions[longest.get(r)!]!) }
      ids.set(r, entity)
    }
    out.push({
      text: text.slice(m.start, m.end),
      type: retype.get(r) ?? typeOf[r]!,
      canonical: entity.canonical,
      entityId: entity.id,
      // (an organisation has no role: a title in construct with it is someone else's, see `organisations`)
      role: retype.get(r) === "ORGANIZATION" ? null : m.role,
      confidence: m.confidence,
      start: m.start,
      end: m.end
    })
  }
  return credits === null ? out : withCredits(text, out, joined, credits)
}

/**
 * The entities of the other mentions (`out`, whose keys are `joined`) with the credits' mentions (`creditMentions`,
 * credits.ts: a dateline's `الرياض`, a byline's `محمد الغامدي`, `واس`), in text order and numbered again in order of
 * first mention. A credit's mention keeps its type and joins the entity of a mention of the same words and the same
 * type (`الرياض` of the dateline and of the body); another (the paper `الشرق الأوسط` of a dateline beside the region of
 * the body) is an entity of its own. A byline's name takes no shorter name of the body (`الغامدي` alone is more often
 * a source of the same tribe than the reporter), and the other mentions are linked as without the credits.
 */
const withCredits = (text: string, out: ReadonlyArray<Entity>, joined: ReadonlyArray<string>, credits: ReadonlyArray<Mention>): Array<Entity> => {
  const byKey = new Map<string, { readonly id: string; readonly canonical: string }>()
  for (let i = 0; i < out.length; i++) {
    const key = `${joined[i]!}\u0000${out[i]!.type}`
    if (!byKey.has(key)) byKey.set(key, { id: out[i]!.entityId, canonical: out[i]!.canonical })
  }
  const merged: Array<Entity> = []
  let k = 0
  for (let c = 0; c < credits.length; c++) {
    const m = credits[c]!
    while (k < out.length && out[k]!.start < m.start) merged.push(out[k++]!)
    const key = `${keyWords(m).join(" ")}\u0000${m.type}`
    let entity = byKey.get(key)
    if (entity === undefined) {
      entity = { id: `c${c}`, canonical: displayOf(text, m) }
      byKey.set(key, entity)
    }
    merged.push({ text: text.slice(m.start, m.end), type: m.type, canonical: entity.canonical, entityId: entity.id, role: null, confidence: m.confidence, start: m.start, end: m.end })
  }
  while (k < out.length) merged.push(out[k++]!)
  // numbered again in order of first mention
  const ids = new Map<string, string>()
  for (let i = 0; i < merged.length; i++) {
    const e = merged[i]!
    let id = ids.get(e.entityId)
    if (id === undefined) {
      id = `e${ids.size + 1}`
      ids.set(e.entityId, id)
    }
    if (id !== e.entityId) merged[i] = { ...e, entityId: id }
  }
  return merged
}
