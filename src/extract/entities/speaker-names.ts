/**
 * Arabic names that quotes take as their speakers, set right where the tagger garbles them (thirty-eighth session):
 *
 * - {@link roleTailsOfNames}: a role noun the tagger ran into the end of a body's or a person's name (`لجنة الحكام
 *   الرئيسية لكرة القدم [المحاضر]`, `عبدالله بن حمد [نائب]`) is left out of the span;
 * - {@link bismAsByName}: `باسم` after a word of being known or a spokesman's noun (`يعرف هذا المقاتل باسم أحمد`,
 *   `المتحدث الرسمي باسم ترامب`) is "by the name of", not the given name Basim: the person starts after it;
 * - {@link shortHeadlineNames}: a two-letter name the headline tags (`الإنجليزي ري:`), which propagation never looks for
 *   (keys of one or two letters are no names it trusts), found again in the body when the body writes it whole after a
 *   given name the tagger did not know (`المحاضر الإنجليزي واليفر ري`).
 *
 * @module
 */
import { isArabicLetter, isBismCue, isClergyTitle, isPlaceNisba, isCommonNounWord, isKinNoun, isLateTitle, isListedVerb, isNisbaAdjective, isPersonNoun, isTimeWord, isTitleNoun, isWeekdayWord, isWriterVerb, isMilitaryRank, isNameConstruct, isRankTail } from "./evidence.js"
import { isUnknownNameWord, PER_BITS, type Sentence } from "./name-words.js"
import { listedAsNoName } from "./glued-next.js"
import { CATEGORIES, foldedSet, gazetteer, isGivenName, searchKey } from "./gazetteer.js"
import { isFunctionWordAfterClitics, KUNYA_WORDS, NASAB_WORDS, overlapsAny, roleOfFound, type Mention } from "./mentions.js"
import { spacesOnly, unitFinder, type Unit, type UnitFinder } from "./text.js"

const TITLE_TRIE = CATEGORIES.indexOf("TITLE")
const HONORIFIC_TRIE = CATEGORIES.indexOf("HONORIFIC")

/** A space. */
const SPACE = 0x20

/** `آل` in search form (the same string as the article `ال`: see `AL_FAMILY` in extract.ts). */
const AAL = "\u0627\u0644"

/** Whether an Arabic word (its `core`) is a one-word title or honorific of the lists (`المحاضر`, `نائب`, `سمو`). */
const isTitleWord = (core: string): boolean => {
  const tries = gazetteer("ar").tries
  return tries[TITLE_TRIE]!.one(core) !== undefined || tries[HONORIFIC_TRIE]!.one(core) !== undefined
}

/**
 * The mention `m` without its last word when that word is a role the tagger ran into the name: an organisation of three
 * words or more that ends in a title with the article (`لجنة الحكام الرئيسية لكرة القدم [المحاضر] الإنجليزي`: the role
 * of the person named next), or a person of two words or more that ends in a title without the article that is no given
 * name of the lists (`بندر بن فيصل [نائب]`; `خالد بن سلطان` stays, and so do the family names with the article that are
 * titles too, `محمد المخرج`, `زياد القاضي`). Not after `آل` (`آل الشيخ`). A role the entity stage read right after the
 * word cut is that word's complement: the word opens it (`نائب` + `أمير دولة قطر`). Null when nothing is cut.
 */
const withoutRoleTail = (text: string, m: Mention): Mention | null => {
  if (m.type !== "ORGANIZATION" && m.type !== "PERSON") return null
  let last = -1
  let before = -1
  let words = 0
  for (let k = 0; k < m.units.length; k++) {
    if (m.units[k]!.kind !== "word") continue
    words++
    before = last
    last = k
  }
  if (before < 0) return null
  const u = m.units[last]!
  if (u.proclitic || !isTitleWord(u.core) || m.units[before]!.core === AAL) return null
  if (m.type === "ORGANIZATION" ? words < 3 || !u.article : u.article || isGivenName(u.core)) return null
  // (عدنان [مفتي] القيادي في …: a relational adjective of a person's role right after the word, `nisbaAdjectives`,
  // takes no title in construct: the word is the family name; sixty-first session, helper arquote17)
  if (m.type === "PERSON" && nisbaFollows(text, u.end)) return null
  const units = m.units.slice(0, before + 1)
  // (بن حمد [نائب] أمير دولة قطر: the role read after the word cut is that word's complement, and the word opens it)
  let at = u.end
  while (at < text.length && text.charCodeAt(at) === SPACE) at++
  // (not an honorific: `سمو` before `ولي العهد` is no part of the office)
  const opens = m.role !== null && at > u.end && text.startsWith(m.role, at) && gazetteer("ar").tries[TITLE_TRIE]!.one(u.core) !== undefined
  const role = opens ? `${text.slice(u.start, u.end)} ${m.role}` : m.role
  return { ...m, units, end: units[units.length - 1]!.end, role }
}

/** Whether the word right after offset `at` of `text`, after spaces only, is a relational adjective of `nisbaAdjectives` with the article (`القيادي`). */
const nisbaFollows = (text: string, at: number): boolean => {
  // (not arabicWordAfter of evidence.ts, session 62: this scan takes the word with no space before it too, skips U+0020
  // only, not U+00A0, and reads the first 24 code units of a longer word, where the twin wants a space and gives none
  // past 16; kept as the rule was written and measured)
  let i = at
  while (i < text.length && text.charCodeAt(i) === SPACE) i++
  let j = i
  while (j < text.length && j - i < 24 && isArabicLetter(text.charCodeAt(j))) j++
  return j > i && isNisbaAdjective(searchKey(text.slice(i, j)))
}

/** A sentence's mentions with the role nouns run into the end of a name left out ({@link withoutRoleTail}). */
export const roleTailsOfNames = (text: string, own: Array<Mention>): Array<Mention> => {
  for (let k = 0; k < own.length; k++) {
    const cut = withoutRoleTail(text, own[k]!)
    if (cut !== null) own[k] = cut
  }
  return own
}

/** `باسم` (search form): "by the name of", "on behalf of", and the given name Basim. */
const BISM = "\u0628\u0627\u0633\u0645"

/** The most words between a cue of {@link isBismCue} and `باسم` (`يعرف هذا المقاتل باسم`, `المتحدث الرسمي باسم`). */
const BISM_CUE_WINDOW = 3

/**
 * A sentence's person mentions that open with `باسم` right after a cue of being known or of a spokesman (`isBismCue`,
 * within three words before it), started after `باسم`: `ويعرف هذا المقاتل باسم [أحمد]`, `المتحدث الرسمي باسم [ترامب]`
 * (the name the document then finds again alone). `وباسم بن عبدالفتاح منقل أمينا عاما` (no cue) stays, and so does
 * `باسم` alone.
 */
export const bismAsByName = (units: ReadonlyArray<Unit>, own: Array<Mention>): Array<Mention> => {
  let at = 0
  let kept = 0
  for (let k = 0; k < own.length; k++) {
    const m = own[k]!
    own[kept++] = m
    const first = m.units[0]!
    if (m.type !== "PERSON" || first.core !== BISM || first.proclitic) continue
    // (own is in text order: the unit index moves forward only)
    while (at < units.length && units[at]!.start < first.start) at++
    if (units[at] !== first) continue
    let cue = false
    for (let j = at - 1; j >= 0 && j >= at - BISM_CUE_WINDOW && !cue; j--) cue = units[j]!.kind === "word" && isBismCue(units[j]!.core)
    if (!cue) continue
    const rest = m.units.slice(1)
    if (rest.length === 0 || rest[0]!.kind !== "word") continue
    // (the role read before `باسم` is the spokesman's or the one known so, not the name's after it)
    own[kept - 1] = { ...m, units: rest, start: rest[0]!.nameStart, role: null }
  }
  own.length = kept
  return own
}

/** Whether unit `u` may be a two-letter name found in a headline: an Arabic word of two letters, no clitic, article or function word. */
const isShortName = (u: Unit): boolean =>
  u.kind === "word" && u.core.length === 2 && !u.article && !u.proclitic && u.core.charCodeAt(0) >= 0x0621 && u.core.charCodeAt(0) <= 0x064a && !isFunctionWordAfterClitics(u)

/** `وال` as written: a foreign given name that opens so (`واليفر`, `والتر`, `والاس`) reads to the tokenizer as `و` and the article. */
const WAL = "\u0648\u0627\u0644"

/** `ي`: the ending of a nisba (`الإنجليزي`). */
const YA = "\u064a"

/** Unit `u` read as one word with no clitic or article (`واليفر`, not `و` and `اليفر`). */
const wholeWord = (u: Unit): Unit => ({ ...u, core: u.norm, bare: u.norm, article: false, proclitic: false, nameStart: u.start })

/**
 * Whether unit `k` is a foreign given name that opens with `وال` (`واليفر`, `والتر`) right after a nisba with the article
 * (`المحاضر الإنجليزي [واليفر] ري`): untagged, on no list, five letters or more as written. The tokenizer splits it as
 * the conjunction and the article, which {@link isUnknownNameWord} turns away; after a nisba (a nationality) a name is
 * what follows, and "and the …" would join a second noun to no first one.
 */
const isForeignWalName = (units: ReadonlyArray<Unit>, tagged: Pick<Sentence, "tags" | "gaz">, k: number): boolean => {
  const u = units[k]!
  const p = units[k - 1]
  if (u.kind !== "word" || tagged.tags[k] !== 0 || tagged.gaz[k] !== 0 || !u.text.startsWith(WAL) || u.text.length < 5) return false
  return p !== undefined && p.kind === "word" && p.article && !p.proclitic && p.core.endsWith(YA)
}

/**
 * The body's mentions of a two-letter person's name the headline tags (`الإنجليزي [ري]: …`), which propagation never
 * looks for: wherever the body writes the word untagged, with no clitic, after a word that may be a name the tagger
 * did not know (`isUnknownNameWord` of extract.ts: `المحاضر الإنجليزي [واليفر ري]`) the two words are the name whole;
 * when the body writes it so once or more, its bare uses are the person too (`وأبدى [ري] سعادته`). A body that never
 * writes the full form adds nothing: a two-letter word alone is too often a common word (`ري`, irrigation). The names
 * found have confidence 0.5, as names found again.
 */
export const shortHeadlineNames = (
  text: string,
  sentences: ReadonlyArray<Sentence>,
  found: ReadonlyArray<Mention>,
  again: ReadonlyArray<Mention>,
  headline: { readonly start: number; readonly end: number } | undefined
): Array<Mention> => {
  if (headline === undefined) return []
  const names = new Set<string>()
  for (const m of found) {
    if (m.type !== "PERSON" || m.start < headline.start || m.end > headline.end || m.units.length !== 1) continue
    if (isShortName(m.units[0]!)) names.add(m.units[0]!.core)
  }
  if (names.size === 0) return []
  const whole: Array<Mention> = []
  const bare: Array<Mention> = []
  for (const s of sentences) {
    const units = s.units
    if (units.length === 0 || units[0]!.start < headline.end) continue
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!
      if (!names.has(u.core) || u.kind !== "word" || u.article || u.proclitic || s.tags[i] !== 0) continue
      const full = i > 0 && (isUnknownNameWord(units, s, i - 1) || isForeignWalName(units, s, i - 1))
      const start = full ? units[i - 1]!.start : u.start
      // (found: the tagger's mentions; again: the names propagation found again)
      if (overlapsAny(found, start, u.end) || overlapsAny(again, start, u.end)) continue
      const span = units.slice(full ? i - 1 : i, i + 1)
      // (واليفر: the whole word as written is the name's, no conjunction or article in it)
      if (full && units[i - 1]!.proclitic) span[0] = wholeWord(units[i - 1]!)
      if (full) whole.push({ type: "PERSON", start, end: u.end, units: span, role: roleOfFound(text, units, s, i - 1, i, "ar"), confidence: 0.5 })
      else bare.push({ type: "PERSON", start, end: u.end, units: span, role: null, confidence: 0.5, again: true })
    }
  }
  if (whole.length === 0) return []
  return [...whole, ...bare].sort((a, b) => a.start - b.start)
}

/** Whether `text` between offsets `a` and `b` is one space or more (no line break, mark or other text). */
const spaced = (text: string, a: number, b: number): boolean => b > a && spacesOnly(text, a, b)

/**
 * Whether one of the mentions from index `k` on (in text order) is a person's or an organisation's that starts at unit
 * `u` (forty-second session: the name a title with no article is in construct with).
 */
const nameStartsAt = (own: ReadonlyArray<Mention>, k: number, u: Unit | undefined): boolean => {
  if (u === undefined) return false
  for (let i = k; i < own.length && own[i]!.start <= u.start; i++) if (own[i]!.start === u.start && (own[i]!.type === "PERSON" || own[i]!.type === "ORGANIZATION")) return true
  return false
}

/** `units` with unit `k` replaced by `u` (a copy). */
const withUnit = (units: ReadonlyArray<Unit>, k: number, u: Unit): Array<Unit> => {
  const copy = units.slice()
  copy[k] = u
  return copy
}

/** Whether unit `u` is a verb of saying or writing of `writerVerbs` (`قال`, `وقالت`), with no article. */
const isWriterVerbUnit = (u: Unit): boolean => u.kind === "word" && !u.article && isWriterVerb(u.core)

/**
 * A one-word person's mention of the tagger that a surname the tagger did not know follows, and then a one-word title
 * with the article (thirty-ninth session): `وقال توم [هاريسون] المتحدث باسم …`, `وأفاد كيفن [مالوري] المحلل لدى …`. The
 * title opens the apposition after the whole name, so the word between is the name's: untagged, no mention's, and a word
 * that may be a name the tagger did not know ({@link isUnknownNameWord}: no verb, common noun, time word or function
 * word; `وصل صباح أمس مدرب الفريق` stays). Spaces only between the three words. The mention takes the word and the role
 * read for the whole name (`roleOfFound`), or keeps its own. Since the forty-second session (after the A79 reading) the
 * title may have no article, or be a kin noun (`kinNouns`: `محامي`), when a person or an organisation the tagger named
 * follows it, in construct (`وقال خايمي تابيا محامي [X]:`); a function word as written is no surname (`على`).
 * Since the forty-seventh session (helper arents) a title with no article also counts right after a verb of saying
 * (`writerVerbs`: `وقالت ديبورا [والش] نائبة رئيس قسم …`): the verb, its subject's name and the apposition; there a
 * surname that opens with `وال`, which the tokenizer splits as `و` and the article, is read whole.
 */
export const surnamesBeforeTitles = (text: string, units: ReadonlyArray<Unit>, tagged: Pick<Sentence, "tags" | "gaz">, own: Array<Mention>): Array<Mention> => {
  const titles = gazetteer("ar").tries[TITLE_TRIE]!
  let at = 0
  for (let k = 0; k < own.length; k++) {
    const m = own[k]!
    if (m.type !== "PERSON" || m.units.length !== 1 || m.again === true) continue
    const first = m.units[0]!
    // (own is in text order: the unit index moves forward only)
    while (at < units.length && units[at]!.start < first.start) at++
    if (units[at] !== first || at + 2 >= units.length || first.kind !== "word") continue
    const next = units[at + 1]!
    const title = units[at + 2]!
    if (title.kind !== "word" || title.proclitic) continue
    // (a title or a kin noun with no article heads a construct with the name after it: `وقال خايمي تابيا محامي [X]`,
    // the lawyer of X, tagged; with no name after it the noun may be a common noun's genitive: left; forty-second session)
    // (and the given name with no article: `مقتل [الأسد] X شقيق [الأسد] Y`, the lion, is no given name)
    // (or right after a verb of saying, `وقالت ديبورا والش نائبة رئيس قسم …`: the given name is the verb's subject, and
    // the title its apposition; forty-seventh session, helper arents)
    const told = at >= 1 && isWriterVerbUnit(units[at - 1]!) && spaced(text, units[at - 1]!.end, first.start)
    if (title.article ? titles.one(title.core) === undefined : first.article || !(titles.one(title.core) !== undefined || isKinNoun(title.core)) || !(told || nameStartsAt(own, k + 1, units[at + 3]))) continue
    // (after a verb of saying, a surname that opens with `وال` is read whole, not as `و` and the article: `وقالت ديبورا
    // [والش] نائبة`; forty-seventh session)
    const walName = told && next.proclitic && next.text.startsWith(WAL) && next.text.length >= 4 && tagged.tags[at + 1] === 0 && tagged.gaz[at + 1] === 0
    const word = walName ? wholeWord(next) : next
    // (a title noun is the apposition's head, no surname: `وأكد باهير [مساعد] حاكم الولاية`, the governor's assistant)
    // (only where the verb alone let the title in: a named construct after it keeps the reading of the rule before)
    if (told && !title.article && (isTitleWord(word.core) || isTitleNoun(word.core)) && !nameStartsAt(own, k + 1, units[at + 3])) continue
    if (!(walName ? isUnknownNameWord(withUnit(units, at + 1, word), tagged, at + 1) : isUnknownNameWord(units, tagged, at + 1)) || !spaced(text, first.end, next.start) || !spaced(text, next.end, title.start)) continue
    // (a function word as written, `على` folded like the name `علي`: `زواج ابنه عبدالله على ابنة [X]`)
    if (overlapsAny(own, next.start, next.end) || isFunctionWordAfterClitics(word)) continue
    const role = roleOfFound(text, units, tagged, at, at + 1, "ar") ?? m.role
    own[k] = { ...m, units: [first, word], end: next.end, role }
  }
  return own
}

/**
 * A person's mention of the tagger made only of given names of the lists, two or more (`[محمد أحمد]`, a father's and a
 * grandfather's names), right after an untagged word that may be a name the tagger did not know ({@link isUnknownNameWord})
 * right after a verb of saying or writing (`writerVerbs` of name-cues.json; forty-second session, after the A78 reading:
 * `يقول مكرم [محمد أحمد] في …`, `كشف حميد [رضا محمدي]`): the word is
 * the person's own given name, the first of the name, as Egyptian and Levantine names are written (given name, father,
 * grandfather). Spaces only between the three; a name with a family name (`[محمد الحربي]`) or a word of another reading
 * (`قال أمس [محمد علي]`, a time word; `قال الوزير [محمد علي]`, the article) is left, and so is a word after another
 * verb (`وقع اختيار [X Y]`, `يصل لاعبوه [ليونيل ميسي]`: a noun, the subject). The mention keeps its role.
 */
export const givenNameBeforeFathers = (text: string, units: ReadonlyArray<Unit>, tagged: Pick<Sentence, "tags" | "gaz">, own: Array<Mention>): Array<Mention> => {
  let at = 0
  for (let k = 0; k < own.length; k++) {
    const m = own[k]!
    if (m.type !== "PERSON" || m.units.length < 2 || m.again === true) continue
    if (!m.units.every((u) => u.kind === "word" && !u.article && !u.proclitic && isGivenName(u.core))) continue
    const first = m.units[0]!
    while (at < units.length && units[at]!.start < first.start) at++
    if (units[at] !== first || at < 2) continue
    const prev = units[at - 1]!
    const verb = units[at - 2]!
    if (verb.kind !== "word" || verb.article || !isWriterVerb(verb.core) || !isUnknownNameWord(units, tagged, at - 1) || isGivenName(prev.core) || isFunctionWordAfterClitics(prev)) continue
    if (!spaced(text, verb.end, prev.start) || !spaced(text, prev.end, first.start) || overlapsAny(own, prev.start, prev.end)) continue
    own[k] = { ...m, units: [prev, ...m.units], start: prev.start }
  }
  return own
}

/** `«`, `»`, `"`, `“`, `”`: marks around a body's other name between the body and a person (`«الجوهرة»`). */
const BODY_NAME_MARKS = /^[\s\u00a0]*(?:[\u00ab"\u201c][^\u00ab\u00bb"\u201c\u201d\n]{1,40}[\u00bb"\u201d][\s\u00a0]*)?$/

/** `،`, `,`: the comma that closes a name before the clause after it. */
const NAME_COMMAS: ReadonlySet<string> = new Set(["\u060c", ","])

/**
 * A family name with the article the tagger left out after a lone given name of the lists that follows a body it
 * tagged (sixty-third session, helper arquote24, after the A122 reading: `أوضح مدير مدينة الملك فهد الرياضية
 * «الجوهرة» [إبراهيم] القوبع، أن` gave the person «إبراهيم», and every quote of his): the body's mention ends right
 * before the given name (spaces only, or a name of one to forty letters in marks between), and the untagged word after
 * the given name has the article, no clitic, no list's category but a person's, is no common noun, time word, person's
 * noun, place nisba (`السعودي`), feminine plural or word with `ة`, and a comma follows it (spaces only between the
 * three). The mention takes the word and keeps its role.
 */
export const surnamesAfterBodies = (text: string, units: ReadonlyArray<Unit>, tagged: Pick<Sentence, "tags" | "gaz">, own: Array<Mention>): Array<Mention> => {
  let at = 0
  for (let k = 1; k < own.length; k++) {
    const m = own[k]!
    const body = own[k - 1]!
    if (m.type !== "PERSON" || m.units.length !== 1 || m.again === true || body.type !== "ORGANIZATION") continue
    const first = m.units[0]!
    if (first.kind !== "word" || first.article || first.proclitic || !isGivenName(first.core)) continue
    while (at < units.length && units[at]!.start < first.start) at++
    if (units[at] !== first || at + 2 >= units.length) continue
    if (body.end > first.start || !BODY_NAME_MARKS.test(text.slice(body.end, first.start))) continue
    const next = units[at + 1]!
    const comma = units[at + 2]!
    if (next.kind !== "word" || !next.article || next.proclitic || tagged.tags[at + 1] !== 0 || (tagged.gaz[at + 1]! & ~PER_BITS) !== 0) continue
    if (comma.kind !== "punct" || !NAME_COMMAS.has(comma.text) || !spaced(text, first.end, next.start) || !spacesOnly(text, next.end, comma.start)) continue
    if (next.core.length < 3 || next.text.endsWith("\u0629") || next.core.endsWith("\u0627\u062a") || isCommonNounWord(next.core) || isTimeWord(next.core) || isWeekdayWord(next.core) || isPersonNoun(next.bare) || isPlaceNisba(next) || isTitleWord(next.core)) continue
    if (overlapsAny(own, next.start, next.end)) continue
    own[k] = { ...m, units: [first, next], end: next.end }
  }
  return own
}

/**
 * A place's nisba with the article that opens a person's mention of the tagger is the person's nationality, a role, never
 * a word of the name (fifty-eighth session, helper arnames, after the A113 reading): `وقال [الاريتري] بيبي البالغ …` →
 * `بيبي`, `إن [الكولومبي] رادامل فالكاو زميله` → `رادامل فالكاو`, `[الاريتري بيبي] تسفاي` → `بيبي`, `[الكولومبي كارلوس باكا]` → `كارلوس باكا`. With words after it, the mention
 * keeps them when the first has no article and no clitic (`[السعودي السادس]` stays); alone, it passes to the untagged
 * word right after it (spaces only) that may be a name the tagger did not know ({@link isUnknownNameWord}: `وقال التركي
 * إن`, `قال السوداني خلال` stay, the man's family name). The role is the one read for the name (`roleOfFound`), or the
 * nisba itself.
 */
/** Words at most of the name an untagged foreign name after a lone nisba is read to ({@link namesAfterNationality}). */
const NATIONALITY_NAME_WORDS = 3

export const namesAfterNationality = (text: string, units: ReadonlyArray<Unit>, tagged: Pick<Sentence, "tags" | "gaz">, own: Array<Mention>): Array<Mention> => {
  let at = 0
  for (let k = 0; k < own.length; k++) {
    const m = own[k]!
    if (m.type !== "PERSON" || m.again === true) continue
    const nisba = m.units[0]!
    if (nisba.kind !== "word" || nisba.proclitic || !isPlaceNisba(nisba)) continue
    while (at < units.length && units[at]!.start < nisba.start) at++
    if (units[at] !== nisba || at + 1 >= units.length) continue
    const next = units[at + 1]!
    if (!spaced(text, nisba.end, next.start) || next.kind !== "word" || next.article || next.proclitic) continue
    let last = at + 1
    if (m.units.length > 1) {
      if (m.units[1] !== next) continue
      last = at + m.units.length - 1
    } else {
      if (!isUnknownNameWord(units, tagged, at + 1) || overlapsAny(own, next.start, next.end) || isFunctionWordAfterClitics(next)) continue
      // (الكولومبي رادامل فالكاو: up to two more such words, the foreign name's family name)
      while (last < at + NATIONALITY_NAME_WORDS && last + 1 < units.length && spaced(text, units[last]!.end, units[last + 1]!.start) && isUnknownNameWord(units, tagged, last + 1) && !overlapsAny(own, units[last + 1]!.start, units[last + 1]!.end) && !isFunctionWordAfterClitics(units[last + 1]!)) last++
    }
    const role = roleOfFound(text, units, tagged, at + 1, last, "ar") ?? m.role ?? text.slice(nisba.start, nisba.end)
    own[k] = { ...m, units: units.slice(at + 1, last + 1), start: next.start, end: units[last]!.end, role }
  }
  return own
}

/** `بن`, `ابن`, `بنت`, `أبو` in search form: a nasab or a kunya opens a name with the word after it, no given name alone. */
const nasabOrKunya = foldedSet(() => [...NASAB_WORDS, ...KUNYA_WORDS])

/** `باسم` in search form ("on behalf of" after a spokesman's title, `المتحدث باسم`: see {@link bismAsByName}). */
const BISM_SEARCH = "\u0628\u0627\u0633\u0645"

/**
 * A one-word person's mention of the tagger (a surname: `عسيري`) right after an untagged word that may be a name the
 * tagger did not know ({@link isUnknownNameWord}) right after a one-word title or honorific with the article, of the
 * lists or a title of the dead (`الشهيد`, `الراحل`, `المرحوم`: `isLateTitle`), spaces only between (forty-seventh
 * session, helper arents): `ودع [الشهيد] مفرح [عسيري] اثنين من اقربائه` → `مفرح عسيري`. The title closes the role before
 * the name, so the word between is the given name. Without it the surname alone linked to a namesake (`جابر عسيري`, who
 * speaks in the article). Not `باسم` (`المتحدث باسم [X]`, "on behalf of"), a nasab or kunya word, or a function word
 * as written; the mention takes the role read for the whole name, or keeps its own.
 */
/** The most words of a person's mention before which {@link givenNameAfterTitles} reads a given name (session 63). */
const TITLED_NAME_MAX = 3

export const givenNameAfterTitles = (text: string, sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  const titles = gazetteer("ar").tries[TITLE_TRIE]!
  const honorifics = gazetteer("ar").tries[HONORIFIC_TRIE]!
  let out: Array<Mention> | undefined
  let find: UnitFinder | undefined
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    // (a name of two or three words too: القاضي اوميد [محسن حمدامين]; session 63)
    if (m.type !== "PERSON" || m.units.length > TITLED_NAME_MAX || m.units[0]!.kind !== "word") continue
    const first = m.units[0]!
    const found = (find ??= unitFinder(sentences))(first.start)
    if (found === null || found.k < 2 || found.units[found.k] !== first) continue
    const { units, k, row } = found
    const tagged = sentences[row]!
    const prev = units[k - 1]!
    const title = units[k - 2]!
    if (title.kind !== "word" || !title.article) continue
    const clergy = isClergyTitle(title.core)
    if (!clergy && !isLateTitle(title.core) && titles.one(title.core) === undefined && honorifics.one(title.core) === undefined) continue
    // (an Arabic surname only, `الفريق لملعب Ciudad`; a word that opens with `ل` may be the preposition the tokenizer
    // left on it, `لملعب`, "to the stadium of")
    if (!isArabicLetter(first.text.charCodeAt(0)) || prev.text.charCodeAt(0) === 0x0644) continue
    // (after a clergy title, a saint's name that ends as a pronoun or reads as an imperfect verb: `المطران يوحنا X`,
    // `الأسقف يترون X`; fifty-seventh session)
    if (clergy ? !isClergyGivenName(units, tagged, k - 1) : !isUnknownNameWord(units, tagged, k - 1) || isFunctionWordAfterClitics(prev)) continue
    if (prev.core === BISM_SEARCH || nasabOrKunya().has(prev.core)) continue
    // (before a longer name, no rank or rank's tail, no noun that takes a name in construct, no kin: `العميد [بحري] X Y`,
    // `الوكيل [رقيب] X Y`, `اللواء [دكتور] X Y`, `الشاعر [والدي] X بن Y`; session 63)
    if (m.units.length > 1 && (isRankTail(prev.bare) || isMilitaryRank(prev.bare) || isNameConstruct(prev.core) || isKinNoun(prev.core) || isKinNoun(prev.core.slice(0, -1)))) continue
    // (a verb or a rank's qualifier, no given name: `لقاء الرائد ظل X`, `الزعيم يفاوض X`, `الفريق استطاع X`, `العقيد ركن X`)
    if (clergy ? isListedVerb(prev) : readsAsVerbOrQualifier(prev)) continue
    if (!spaced(text, title.end, prev.start) || !spaced(text, prev.end, first.start)) continue
    // (no other mention on the word: mentions are in text order)
    if (i > 0 && mentions[i - 1]!.end > prev.start) continue
    const last = k + m.units.length - 1
    const role = roleOfFound(text, units, tagged, k - 1, last, "ar") ?? m.role
    ;(out ??= mentions.slice())[i] = { ...m, units: units.slice(k - 1, last + 1), start: prev.start, role, titled: true }
  }
  return out ?? mentions
}

/** Saints' names that fold as a function word (`متى`, Matthew, also "when"), taken right after a clergy title. */
const saintsAsFunctionWords = foldedSet(() => ["متى"])

/**
 * Whether unit `k`, right after a clergy title (`المطران`, `الأسقف`: `clergyTitles`), may be a given name the tagger
 * did not know: untagged, a plain Arabic word with no article, clitic or other list's mark, no common noun or time word,
 * and no function word unless a saint's name that folds as one (`متى`); unlike {@link isUnknownNameWord} a pronoun's
 * ending (`يوحنا`) or a taa marbuta does not bar it (fifty-seventh session, helper arclergy).
 */
const isClergyGivenName = (units: ReadonlyArray<Unit>, tagged: Pick<Sentence, "tags" | "gaz">, k: number): boolean => {
  const u = units[k]!
  if (u.kind !== "word" || tagged.tags[k] !== 0 || u.article || u.proclitic || (tagged.gaz[k]! & ~PER_BITS) !== 0) return false
  if (!isArabicLetter(u.core.charCodeAt(0)) || u.text.includes("-") || u.core.length < 3) return false
  if (saintsAsFunctionWords().has(u.core)) return true
  return !listedAsNoName(u) && !isFunctionWordAfterClitics(u) && !isCommonNounWord(u.core) && !isTimeWord(u.core) && !isPersonNoun(u.bare)
}

/**
 * A person's name of two untagged words right after a clergy title (`clergyTitles`) whose second word is the surname
 * of a person the document tags elsewhere (fifty-seventh session, helper arclergy, after the A109 reading): `وقال
 * المطران متى الخوري سكرتير …` … `وأشار الخوري إلى …` → `متى الخوري`, which the model left untagged (`متى` folds as
 * "when"). The first word passes {@link isClergyGivenName}; the second is untagged, plain, and the only or last word of
 * a person's mention of the document (search form); spaces only between; no other mention on the words. The mention
 * takes the role read before it.
 */
export const clergyNames = (text: string, sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  let surnames: Set<string> | undefined
  let added: Array<Mention> | undefined
  for (const tagged of sentences) {
    const units = tagged.units
    for (let k = 0; k + 2 < units.length; k++) {
      const title = units[k]!
      if (title.kind !== "word" || !title.article || !isClergyTitle(title.core)) continue
      const given = units[k + 1]!
      const last = units[k + 2]!
      if (last.kind !== "word" || tagged.tags[k + 2] !== 0 || last.proclitic || !isArabicLetter(last.core.charCodeAt(0))) continue
      if (!spaced(text, title.end, given.start) || !spaced(text, given.end, last.start)) continue
      if (!isClergyGivenName(units, tagged, k + 1) || isListedVerb(given)) continue
      surnames ??= personSurnames(mentions)
      if (!surnames.has(last.core) || overlapsAny(mentions, given.start, last.end)) continue
      const role = roleOfFound(text, units, tagged, k + 1, k + 2, "ar")
      ;(added ??= []).push({ type: "PERSON", start: given.start, end: last.end, units: [given, last], role, confidence: 1, titled: true })
    }
  }
  return added === undefined ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start)
}

/** The only or last word (`core`, search form) of each person's mention of two letters or more. */
const personSurnames = (mentions: ReadonlyArray<Mention>): Set<string> => {
  const out = new Set<string>()
  for (const m of mentions) {
    const u = m.units[m.units.length - 1]
    if (m.type === "PERSON" && u !== undefined && u.kind === "word" && u.core.length > 2) out.add(u.core)
  }
  return out
}

/** Words after a rank that qualify it (`العقيد ركن`, "staff colonel"; `العميد متقاعد`, "retired"), or verbs the lists miss. */
const rankQualifiers = foldedSet(() => ["ركن", "متقاعد", "ظل", "صار", "كان"])

/** Letters that follow the prefix `ي` of an imperfect verb in names too (`يوسف`, `يهودا`, `ياسر`): `و`, `ا`, `ه`, `ى`. */
const NAME_AFTER_YA = /^\u064a[\u0648\u0627\u0647\u0649]/

/**
 * Whether a word between a title and a surname reads as a verb or a rank's qualifier rather than a given name: a verb
 * of the lists, a word of {@link rankQualifiers}, a Form X perfect (`استطاع`), or an imperfect's shape (`يفاوض`, `يعير`:
 * `ي` and a consonant) that is no given name of the lists. (A bound: one word, a few string tests.)
 */
const readsAsVerbOrQualifier = (u: Unit): boolean => {
  if (isListedVerb(u) || rankQualifiers().has(u.core)) return true
  if (u.core.startsWith("\u0627\u0633\u062a") && u.core.length >= 5) return true
  return u.core.charCodeAt(0) === 0x064a && !NAME_AFTER_YA.test(u.core) && !isGivenName(u.core)
}

/** Kin nouns with the pronoun "my" (search forms): `يا أبي`, "O my father", is an address, no name. */
const myKin = foldedSet(() => ["أبي", "ابي", "أمي", "امي", "أخي", "اخي", "أختي", "اختي", "ابني", "ابنتي", "بني", "عمي", "خالي", "جدي", "جدتي", "والدي", "والدتي", "ولدي", "حبيبي", "صديقي", "أبتي", "أماه"])

/** The vocative particle `يا` as written. */
const YA_VOCATIVE = "\u064a\u0627"

/**
 * A one-word person's mention of the tagger that is a kin noun with "my" (`أبي`, `أمي`, `أخي`) right after the vocative
 * `يا` (forty-seventh session, helper arents): `لماذا هذه الدماء يا [ابي]` is "O my father", an address, no person's
 * name (`أبي` is also a rare given name; written elsewhere it stays).
 */
export const withoutVocativeKin = (units: ReadonlyArray<Unit>, own: Array<Mention>): Array<Mention> => {
  let at = 0
  let out: Array<Mention> | null = null
  for (let k = 0; k < own.length; k++) {
    const m = own[k]!
    if (m.type === "PERSON" && m.units.length === 1 && m.units[0]!.kind === "word" && !m.units[0]!.proclitic && myKin().has(m.units[0]!.norm)) {
      const u = m.units[0]!
      while (at < units.length && units[at]!.start < u.start) at++
      if (units[at] === u && at >= 1 && units[at - 1]!.kind === "word" && units[at - 1]!.text === YA_VOCATIVE) {
        out ??= own.slice(0, k)
        continue
      }
    }
    if (out !== null) out.push(m)
  }
  return out ?? own
}
