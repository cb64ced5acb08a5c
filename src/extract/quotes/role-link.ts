/**
 * A post-step over the quotes the scanner found: a speaker that is a role noun phrase with no entity behind it (`the
 * chancellor`, `a judge`, `الوزير اللبناني`) becomes the one person the document ties to that role (fifty-eighth
 * session, helper rolelink).
 *
 * The scanner resolves roles the entity stage read (`personByRoleTail`, `describedPersonBefore` …); this step reads the
 * role the text itself writes next to a person's name where the entity stage gave none (`Chancellor Gordon Brown`,
 * `وزير الزراعة اللبناني أكرم شهيب`), and the title's role of the lead (`Chancellor rallies Labour voters` ⏎ `Gordon
 * Brown has issued …`). It runs once over the finished list, so the cue rules stay untouched.
 *
 * @module
 */
import type { Entity, Quote } from "../../schema/record.js"
import type { Range } from "../internal/ranges.js"
import { lowerBoundBy } from "../../internal/search.js"
import { foldKey } from "../internal/tokens.js"
import { roleQualifierWords } from "../entities/english.js"
import { appositionRole } from "./english-holders.js"
import { quoteLexicons } from "./lexicon.js"
import { ALEF_LAM, WAW, roleKey } from "./scanner.js"

/** How far (characters) before a mention its written role may start (`Lib Dem shadow chancellor Vince Cable`). */
const ROLE_REACH = 60
/** At most this many words of a written role before a name. */
const ROLE_WORDS = 5
/** How far (characters) around a quote its speaker phrase is looked for, to see what follows it. */
const PHRASE_REACH = 300
/** How far (characters) after an indefinite speaker (`a judge`) the person it introduces may be named. */
const INDEFINITE_REACH = 400
/** At most this many words with the article between an Arabic post's noun and the name (`وزير الزراعة اللبناني`). */
const ARABIC_ROLE_TAIL = 3
/** At most this many persons of one post's noun read for a phrase (a document names a few ministers, not dozens). */
const HOLDERS_READ = 64
/** At most this many words in a definite role phrase (`the Scottish first minister`, `الوزير اللبناني`). */
const PHRASE_WORDS = 4

/** {@link qualifiers}, built once. */
let qualifierSet: ReadonlySet<string> | null = null

/**
 * Words in a role that make it another post than the bare noun (`shadow chancellor`, `former minister`, `Prime
 * Minister` is not `the minister`; `السابق`, `الأسبق`: a former holder), unless the speaker's phrase has them too: the
 * entity stage's `roleQualifiers` (english-name-parts.json: `shadow`, `former`, `deputy`), the quote lexicons'
 * `formerWords` (`السابق`, `الأسبق`) and the step's own `linkQualifiers` (`prime`, `late`, `then`; `المخلوع`,
 * `الراحل`). Keys; built on first use.
 */
const qualifiers = (): ReadonlySet<string> => {
  if (qualifierSet === null) {
    const lex = quoteLexicons()
    qualifierSet = new Set([...roleQualifierWords(), ...lex.enLinkQualifiers, ...lex.formerWords, ...lex.linkQualifiers])
  }
  return qualifierSet
}

/** Nouns of a voice an indefinite phrase leaves unnamed (`a spokesman`, `an official`): never linked forwards. */
const UNNAMED_VOICES: ReadonlySet<string> = new Set(["spokesman", "spokeswoman", "spokesperson", "source", "official", "aide", "insider"])

/** An Arabic letter: the phrase or the role is read the Arabic way. */
const ARABIC = /[\u0600-\u06ff]/

/** Punctuation that ends a written role before a name: a name after it stands in another clause. */
const ROLE_BREAK = /[.,;:!?"“”«»()\n\u060c\u061b\u061f]/g

/** A phrase `the`/`a`/`an` and words (English), or a definite Arabic word and words, that may name a post. */
interface RolePhrase {
  readonly definite: boolean
  readonly arabic: boolean
  /** The post's noun: the last word in English, the first in Arabic (without its article). */
  readonly head: string
  /** The other words (folded; Arabic without the article). */
  readonly modifiers: ReadonlyArray<string>
}

/** A person of the document: name, id, first mention and the roles written for him. */
interface Holder {
  readonly name: string
  readonly id: string
  readonly first: number
  /** Each role the entity stage or the text gave a mention, its folded words, with the mention's start. */
  readonly roles: Array<{ readonly words: ReadonlyArray<string>; readonly at: number }>
}

/**
 * Reads a speaker as a role phrase: `the chancellor`, `The Pakistani president`, `a judge` (English, all words but
 * the article in lower case or a nationality's capital, no possessive, no digit), `الوزير`, `الوزير اللبناني` (Arabic:
 * every word with the article). Null for anything else (a name, `a spokesman for the club`, `Mr Brown`).
 */
export const rolePhrase = (speaker: string): RolePhrase | null => {
  const words = foldKey(speaker)
  if (words.length < 1 || words.length > PHRASE_WORDS + 1) return null
  if (ARABIC.test(speaker)) {
    // (a post's noun, `roleHeads`: `المرصد`, `المصدر`, `البيان`, a surname with the article are no posts)
    if (!words.every((w) => w.startsWith(ALEF_LAM) && w.length > 3) || !quoteLexicons().roleHeads.has(words[0]!)) return null
    return { definite: true, arabic: true, head: roleKey(words[0]!), modifiers: words.slice(1).map(roleKey) }
  }
  const article = words[0]!
  if (words.length < 2 || !(article === "the" || article === "a" || article === "an")) return null
  if (/['’\d]|\b(?:of|for|at|and|or|to|in|from|with|on|by)\b/i.test(speaker)) return null
  // the head in lower case: `the Chancellor` is a post too, but `the BBC` is no role
  const last = speaker.trim().split(/\s+/).pop()!
  if (last !== last.toLowerCase() && !/^[A-Z][a-z]+$/.test(last)) return null
  const head = words[words.length - 1]!
  // (`a spokesman said …` is an unnamed voice: the spokesman named next is often another party's)
  if (article !== "the" && UNNAMED_VOICES.has(head)) return null
  return { definite: article === "the", arabic: false, head, modifiers: words.slice(1, -1) }
}

/**
 * The words of the role written right before a mention (`shadow chancellor` in `… accused shadow chancellor Oliver
 * Letwin`, `وزير الخارجية` in `وقال وزير الخارجية عادل الجبير`): up to five words back from the name, not across
 * punctuation but a comma that sets the name off ({@link commaSetName}: `by regulator chief, Ann Carver, for …`).
 */
const writtenRole = (text: string, start: number, end: number): Array<string> => {
  const from = Math.max(0, start - ROLE_REACH)
  let before = text.slice(from, start)
  let cut = -1
  let last = -1
  for (const m of before.matchAll(ROLE_BREAK)) (last = cut), (cut = m.index)
  // (a comma right before a name set off by commas: the role stands before that comma)
  if (cut >= 0 && before[cut] === "," && before.slice(cut + 1).trim() === "" && commaSetName(text, end)) {
    before = before.slice(0, cut)
    cut = last
  }
  if (cut >= 0) before = before.slice(cut + 1)
  else if (from > 0) before = before.replace(/^\S*\s/, "")
  return foldKey(before).slice(-ROLE_WORDS)
}

/**
 * Is the mention that ends at `end` closed as an apposition is (`regulator chief, Ann Carver, for …`, `… chief, Ann
 * Carver.`): a comma, a full stop, a semicolon or a closing bracket right after the name. A name the clause goes on
 * from (`Asked about the chief, Ann Carver said …`) is the subject of its own clause, not the role's holder.
 */
const commaSetName = (text: string, end: number): boolean => /^\s*[,.;)]/.test(text.slice(end, end + 4))

/**
 * Does a role's words hold the phrase's post: English, the role ends with the head and holds every modifier;
 * Arabic, a word of the role (without its article or one clitic) is the head, and every modifier stands after it. No
 * qualifier ({@link qualifiers}) the phrase lacks.
 */
const holdsPost = (words: ReadonlyArray<string>, p: RolePhrase): boolean => {
  let from: number
  if (p.arabic) {
    // the head, then only words with the article up to the name (`وزير الزراعة اللبناني X`): not a head that is the
    // body of another post (`مدير المرصد X` for `المرصد`) nor one further back in the clause
    from = words.findIndex((w) => roleKey(w) === p.head || (w.length > 4 && w[0] === WAW && roleKey(w.slice(1)) === p.head))
    // (nor a post in construct with another post the name holds, `مستشارة الرئيس X`: X is the president)
    const heads = quoteLexicons().roleHeads
    if (from < 0 || words.length - from - 1 > ARABIC_ROLE_TAIL || !words.slice(from + 1).every((w) => w.startsWith(ALEF_LAM) && !heads.has(w))) return false
    // (a bare noun right before the name is in construct with it, `مستشارة أوباما`: Obama's adviser; `الوزير X` is X)
    if (from === words.length - 1 && roleKey(words[from]!) === words[from]) return false
  } else {
    if (words[words.length - 1] !== p.head) return false
    from = 0
  }
  const rest = words.slice(from).map((w) => (p.arabic ? roleKey(w) : w))
  if (!p.modifiers.every((m) => rest.includes(m))) return false
  const q = qualifiers()
  return !words.slice(p.arabic ? 0 : from).some((w) => q.has(w) && !p.modifiers.includes(w) && w !== p.head)
}

/** The persons of the document with their written roles (the entity stage's, the text's before each mention). */
const holdersOf = (text: string, entities: ReadonlyArray<Entity>, title: Range | null): Map<string, Holder> => {
  const holders = new Map<string, Holder>()
  for (const e of entities) {
    if (e.type !== "PERSON" || e.entityId == null) continue
    let h = holders.get(e.entityId)
    if (h === undefined) holders.set(e.entityId, (h = { name: e.canonical, id: e.entityId, first: e.start, roles: [] }))
    const written = writtenRole(text, e.start, e.end)
    if (written.length > 0) h.roles.push({ words: written, at: e.start })
    // (an apposition after the name, `Ann Carver, the regulator chief, said`)
    const after = appositionRole(text, e.end)
    if (after !== null) h.roles.push({ words: foldKey(after), at: e.start })
    // (the entity stage's role after the words written before the name: it may have cut a qualifier off, `shadow
    // chancellor Oliver Letwin` read as `chancellor`, which then still counts; an Arabic role is read alone: its head
    // opens it, `وزير الخارجية`)
    if (e.role != null && e.role.trim() !== "") h.roles.push({ words: ARABIC.test(e.role) ? foldKey(e.role) : [...written, ...foldKey(e.role)], at: e.start })
  }
  const lead = titleLead(text, entities, title)
  if (lead !== null) holders.get(lead.person.entityId!)?.roles.push({ words: lead.words, at: lead.person.start })
  return holders
}

/**
 * The holders by the post's noun their roles may hold (the last word of an English role, each word of an Arabic one
 * without its article or `و`), each list in the order of the first mentions: a phrase reads only the persons of its
 * noun.
 */
const byHead = (holders: Map<string, Holder>): Map<string, Array<Holder>> => {
  const index = new Map<string, Array<Holder>>()
  for (const h of holders.values()) {
    const heads = new Set<string>()
    for (const r of h.roles) {
      if (r.words.length === 0) continue
      if (!ARABIC.test(r.words[0]!)) heads.add(r.words[r.words.length - 1]!)
      else for (const w of r.words) heads.add(roleKey(w.length > 4 && w[0] === WAW ? w.slice(1) : w)).add(roleKey(w))
    }
    for (const k of heads) {
      const list = index.get(k)
      if (list === undefined) index.set(k, [h])
      else list.push(h)
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.first - b.first)
  return index
}

/**
 * A title that opens with a post in one or two words, capitalized, before a verb (`Chancellor rallies Labour voters`),
 * over a body whose first sentence opens with a person (`Gordon Brown has issued a rallying cry …`): the title's role
 * is that person's. Null otherwise.
 */
const titleLead = (text: string, entities: ReadonlyArray<Entity>, title: Range | null): { person: Entity; words: Array<string> } | null => {
  if (title === null) return null
  const m = /^([A-Z][a-z]+(?: [A-Z][a-z]+)?) [a-z]+s\b/.exec(text.slice(title.start, title.end))
  if (m === null) return null
  const first = entities.find((e) => e.start >= title.end)
  if (first === undefined || first.type !== "PERSON" || first.entityId == null) return null
  // the person opens the first sentence of the body: nothing but white space between the title and him
  if (text.slice(title.end, first.start).trim() !== "") return null
  // the title's words are no name (`Brown shrugs …` names the person: no role)
  if (entities.some((e) => e.start < title.end && e.end > title.start && e.start < title.start + m[1]!.length)) return null
  return { person: first, words: foldKey(m[1]!) }
}

/** Where the speaker phrase stands nearest the quote (within {@link PHRASE_REACH}), or -1. */
const phraseAt = (text: string, q: Quote, speaker: string): number => {
  const from = Math.max(0, q.start - PHRASE_REACH)
  const window = text.slice(from, Math.min(text.length, q.end + PHRASE_REACH))
  let best = -1
  let bestGap = Infinity
  for (let i = window.indexOf(speaker); i >= 0; i = window.indexOf(speaker, i + 1)) {
    const at = from + i
    const gap = at < q.start ? q.start - at : at >= q.end ? at - q.end : Infinity
    if (gap < bestGap) (best = at), (bestGap = gap)
  }
  return best
}

/**
 * Does a name follow the phrase after a comma (`the chancellor, Alistair Darling,`, `الوزير، X،`): the name gives the
 * speaker, not the role.
 */
const nameFollows = (text: string, at: number, entities: ReadonlyArray<Entity>): boolean => {
  const m = /^\s*[,\u060c]\s*/.exec(text.slice(at, at + 8))
  if (m === null) return false
  const next = at + m[0].length
  return /^[A-Z]/.test(text.slice(next, next + 1)) || entities.some((e) => e.type === "PERSON" && e.start === next)
}

/** The end of the sentence after the one `at` stands in (two sentence stops on), within {@link INDEFINITE_REACH}. */
const nextSentenceEnd = (text: string, at: number): number => {
  const limit = Math.min(text.length, at + INDEFINITE_REACH)
  // (on the bounded slice only: a regex run on the whole text from `at` would read to its end for every quote)
  const stop = /[.!?\u061f]["'”’]?\s/g
  const slice = text.slice(at, limit)
  let end = limit
  for (let n = 0; n < 2; n++) {
    const m = stop.exec(slice)
    if (m === null) return limit
    end = at + m.index + 1
  }
  return end
}

/**
 * The one person the phrase stands for: definite, a person named before the phrase (`at`) with a role written before
 * it that holds the post; indefinite (`a judge`), a person first named after it in the same or the next sentence with
 * such a role (`Judge Charles Harris QC made his remarks …`). Null when none or two persons fit.
 */
const holderOf = (p: RolePhrase, at: number, end: number, index: Map<string, Array<Holder>>, text: string): Holder | null => {
  const list = index.get(p.head)
  if (list === undefined) return null
  let found: Holder | null = null
  const until = p.definite ? at : nextSentenceEnd(text, end)
  // (definite: the persons first named before the phrase; indefinite: those first named from it to `until`; at most
  // HOLDERS_READ of them, so that many quotes of a document of many such persons stay linear)
  const from = p.definite ? 0 : lowerBoundBy(list, at, (h) => h.first)
  for (let i = from; i < Math.min(list.length, from + HOLDERS_READ); i++) {
    const h = list[i]!
    if (h.first >= until) break
    // (an indefinite phrase only through the role written at the person's first mention: he is new to the story)
    if (!h.roles.some((r) => r.at < until && (p.definite || r.at === h.first) && holdsPost(r.words, p))) continue
    if (found !== null) return null
    found = h
  }
  return found
}

/**
 * Gives each quote whose speaker is a role phrase with no entity ({@link rolePhrase}) the one person the document ties
 * to that role ({@link holderOf}): `speaker` the person's canonical name, `speakerEntityId` his id. A phrase a name
 * follows after a comma is left alone, as is every phrase two persons or none fit.
 */
export const linkRoleSpeakers = (text: string, quotes: Array<Quote>, entities: ReadonlyArray<Entity>, title: Range | null): Array<Quote> => {
  let index: Map<string, Array<Holder>> | null = null
  let out: Array<Quote> | null = null
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!
    if (q.speakerEntityId != null || q.speaker == null) continue
    const p = rolePhrase(q.speaker)
    if (p === null) continue
    const at = phraseAt(text, q, q.speaker)
    if (at >= 0 && nameFollows(text, at + q.speaker.length, entities)) continue
    index ??= byHead(holdersOf(text, entities, title))
    const h = holderOf(p, at >= 0 ? at : q.start, at >= 0 ? at + q.speaker.length : q.end, index, text)
    if (h === null) continue
    out ??= [...quotes]
    out[i] = { ...q, speaker: h.name, speakerEntityId: h.id }
  }
  return out ?? quotes
}
