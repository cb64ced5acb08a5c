/**
 * Layer 2 of the quote scanner ({@link TokenScanner} first): the document's entities, indexed once per document
 * for the look-ups a speaker needs — the entity inside a phrase, the person starting at a token, the person whose
 * role a phrase names.
 *
 * @module
 */
import { lowerBound, lowerBoundBy } from "../../internal/search.js"
import type { Entity } from "../../schema/record.js"
import type { Range, RangeFilter } from "../internal/ranges.js"
import { WORD, foldKey, type Tokens } from "../internal/tokens.js"
import { isParticleText } from "../entities/mentions.js"
import { endsWithPostQualifier } from "./english-holders.js"
import { TextMemo, TokenScanner } from "./scanner.js"

/** A role that ends in a word calling for its body (`المتحدث باسم`, `المدير الفني لـ`). */
const INCOMPLETE_ROLE = /(?:^|\s)(?:\u0628\u0627\u0633\u0645|\u0644|\u0644\u0640|\u0641\u064a|\u0644\u062f\u0649)$/

/** A sentence's end between a role and a name (`entityByRole`): a full stop, `!`, `?` or `؟` before a space, or a line break. */
const SENTENCE_GAP = /[.!?\u061f][\s\u00a0]|\n/
/** How far (characters) after a role a name may stand in the same sentence (`entityByRole`): bounds the slice read. */
const SAME_SENTENCE = 400

const byStart = (a: Entity, b: Entity): number => a.start - b.start
const sortedByStart = (entities: ReadonlyArray<Entity>): boolean => {
  for (let i = 1; i < entities.length; i++) if (entities[i]!.start < entities[i - 1]!.start) return false
  return true
}
/** Rank of an entity type as a speaker ({@link QuoteScanner.entityIn}): a person, else an organisation, else any. */
const speakerRank = (e: Entity): number => (e.type === "PERSON" ? 3 : e.type === "ORGANIZATION" ? 2 : 1)

/**
 * Posts that one word after `the` names (`the minister`, `the mayor`): read as the one person the document names with a
 * role ending in that word, as two words or more are ({@link EntityIndex.personByRoleTail}; fiftieth session, helper
 * enpassive).
 */
const EN_ONE_WORD_POSTS = new Set(["minister", "mayor", "chancellor"])
/**
 * Words anywhere in a role ending in `chancellor` that make it another post than the one `the chancellor` names
 * (`ex-Conservative chancellor`, `Lord Chancellor`, `shadow chancellor`, `vice chancellor`; fifty-first session). Not
 * `postQualifiers` ({@link endsWithPostQualifier}): a word anywhere in the role, not only right before the
 * tail, and its own words (`lord`, `pro`, `then`, `late`; not `assistant`, `junior`, `interim`).
 */
const CHANCELLOR_QUALIFIERS = /(?:^|[\s-])(?:shadow|former|ex|lord|vice|deputy|acting|pro|then|late)(?:$|[\s-])/

/**
 * The edge of a token that a walk over an entity mention's tokens compares with an original offset
 * ({@link EntityIndex.walkPast}, {@link EntityIndex.walkBack}): the token's original start, or its original end. The
 * two differ only for a token the offset falls inside (a mention that starts or ends within a token).
 */
export type TokenEdge = "start" | "end"

/** A code unit from the Arabic block (U+0600) on: what any key of an Arabic word list needs in the text it folds from. */
const BEYOND_HEBREW = /[^\u0000-\u05ff]/

/** A newsroom's nouns for its own reporters after `our` (`our correspondent`; {@link EntityIndex.personByRoleTail}). */
const OWN_REPORTERS: ReadonlySet<string> = new Set(["correspondent", "reporter", "editor"])

/** How far before a quote the blessed mention of its speaker may stand ({@link EntityIndex.blessedBefore}). */
const BLESSED_REACH = 400
/** A dash or an opening parenthesis, as token keys, that may stand between a name and the blessing after it ({@link EntityIndex.blessedBefore}). */
const BEFORE_BLESSING: ReadonlySet<string> = new Set(["-", "\u2013", "("])

/** {@link EntityIndex.scrapPerson} by a person's text. */
const scrapTexts = new TextMemo<boolean>()

/** The entities of the document, with the indexes the speaker look-ups binary-search. */
export abstract class EntityIndex extends TokenScanner {
  protected readonly entities: ReadonlyArray<Entity>
  /** Original start offsets of {@link entities}, ascending (binary-searched). */
  protected readonly entityStarts: Array<number>
  /** The running maximum of the entities' ends (ascending: binary-searched for the first entity that can reach a span). */
  protected readonly entityEndsMax: Array<number>
  /** The first entity with each role, whatever its type (`entityByRole`). */
  protected readonly byRole = new Map<string, Entity>()
  /** Person entities by their role (`الرئيس الأمريكي` → the entity), for phrases that open with a role. */
  protected readonly roles = new Map<string, Entity>()
  /** The original start of the first mention of each entity id (`entityByRole` with `namedBefore`). */
  private readonly firstById = new Map<string, number>()

  constructor(t: Tokens, text: string, entities: ReadonlyArray<Entity>, exclude: RangeFilter) {
    super(t, text, exclude)
    // the entity stage hands its entities over in text order: copy and sort only when they are not (the sort is
    // stable, so a sorted list is the same either way)
    // (a particle typed as a one-word name, `وأفاد الوزير بأن "…"` → an entity `بأن`, is never a speaker: the entity
    // stage drops it itself; entities given by the caller may still hold one. Not `بان`, Ban Ki-moon's name too.)
    // (nor is a word of manner after ب the entity stage typed a one-word person, `وأشار باستخفاف إلى …`, `باستنكار`,
    // `بغيظ`: the subject is the chain's, or the person later in the phrase; thirty-fourth session)
    // (nor a verbal noun of motive in the accusative and من with a pronoun the entity stage typed a person, `وإيمانا مني
    // بأن …` read as a given name and a surname: a column's first sentence would speak for every unnamed voice after it;
    // fifty-sixth session, helper arscrap)
    // (each entity judged once: `scrapPerson` folds a person's text, and `some` then `filter` folded it twice for every
    // entity up to the first one dropped; fifty-seventh session, helper tidy2)
    const dropped = (e: Entity): boolean => isParticleText(e.text) || this.mannerPerson(e) || this.scrapPerson(e)
    let named: ReadonlyArray<Entity> = entities
    const first = entities.findIndex(dropped)
    if (first >= 0) {
      const kept = entities.slice(0, first)
      for (let i = first + 1; i < entities.length; i++) if (!dropped(entities[i]!)) kept.push(entities[i]!)
      named = kept
    }
    this.entities = sortedByStart(named) ? named : [...named].sort(byStart)
    const n = this.entities.length
    // (plain arrays, filled in order: a typed array of more than a few entries is made outside the heap, which cost more
    // per document than the rest of this loop; fifty-third session, helper qspeed2)
    this.entityStarts = []
    this.entityEndsMax = []
    let maxEnd = 0
    // one plain loop (this runs per document): starts, running maximum of the ends, and the role maps
    for (let i = 0; i < n; i++) {
      const e = this.entities[i]!
      this.entityStarts.push(e.start)
      maxEnd = Math.max(maxEnd, e.end)
      this.entityEndsMax.push(maxEnd)
      if (e.entityId != null && !this.firstById.has(e.entityId)) this.firstById.set(e.entityId, e.start)
      const role = e.role?.trim()
      if (role === undefined) continue
      if (!this.byRole.has(role)) this.byRole.set(role, e)
      // roles of two words or more, first person entity for each: a role that names a post by itself (not
      // `المتحدث باسم`, which needs its body after it)
      if (e.type === "PERSON" && role.includes(" ") && !INCOMPLETE_ROLE.test(role) && !this.roles.has(role)) this.roles.set(role, e)
    }
  }

  /** The persons the text writes the Prophet's blessing after, as [entity id, original end of the mention] in text order ({@link blessedBefore}); built on first use. */
  private blessed: ReadonlyArray<readonly [string, number]> | null = null

  /**
   * Is `id` a person the text names with the Prophet's blessing right after a mention (`أمر محمد صلى الله عليه وسلم
   * (القائد العام للجيش) …`, `موسى عليه السلام`; a dash or a parenthesis may open before it) at most
   * {@link BLESSED_REACH} characters before `start`, the quote's? Words given to that person there are a hadith, no news
   * quote, as those given to one of his titles are (fifty-ninth session, helper arpiece, after the A115 reading: a
   * column's two hadiths went to `محمد`). Only near the quote: the entity stage may give the name's id to another
   * person of the same first name, and a speaker the chain carried far is no sign of a hadith.
   */
  protected blessedBefore(id: string | null, start: number): boolean {
    if (id === null) return false
    if (this.blessed === null) {
      // (the scanner's own reading of the blessing, `blessingStartAt`, at every word that ends one, once a document; the
      // person ending on the word before it, up to three dashes or parentheses between)
      // (only at the tokens a blessing after a person with an id can end on, `blessingEnds`: not at every token of the
      // document; sixty-second session, helper perf8)
      const found: Array<readonly [string, number]> = []
      for (const k of this.blessingEnds()) {
        let j = this.blessingStartAt(k) - 1
        if (j < 0) continue
        for (let n = 0; n < 3 && j >= 0 && this.t.kinds[j] !== WORD && BEFORE_BLESSING.has(this.keys[j]!); n++) j--
        if (j < 0 || this.t.kinds[j] !== WORD) continue
        const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
        const e = this.entities[this.firstEntityFrom(o.end) - 1]
        if (e !== undefined && e.end === o.end && e.type === "PERSON" && e.entityId != null) found.push([e.entityId, e.end])
      }
      this.blessed = found
    }
    // (the mentions in reach only, by a binary search of their ends: the entities are in text order, and their ends too)
    const list = this.blessed
    for (let i = lowerBoundBy(list, start + 1, (x) => x[1]) - 1; i >= 0 && start - list[i]![1] <= BLESSED_REACH; i--) if (list[i]![0] === id) return true
    return false
  }

  /**
   * The tokens, ascending, where {@link blessedBefore}'s reading of a blessing can find a person with an id: `k` in
   * `[j + 2, j + 7]` (and from 3 on) for each token `j` whose original end is the end of a person entity with an id.
   * The blessing read at `k` starts at most three tokens before it (`blessingStartAt`: `k - 3`, `k - 2` or `k - 1`),
   * and up to three dashes or parentheses stand between the person's last word `j` and the blessing, so no other `k`
   * finds one. The tokens ending at a person's end are found by a binary search of the tokens' original ends (they
   * ascend with the tokens: {@link TokenScanner.firstTokenEndingFrom}). Sixty-second session, helper perf8: the document's every token was read before.
   */
  private blessingEnds(): Array<number> {
    const count = this.t.count
    const windows: Array<number> = []
    for (const e of this.entities) {
      if (e.type !== "PERSON" || e.entityId == null) continue
      for (let j = this.firstTokenEndingFrom(e.end, count); j < count && this.orig(this.t.starts[j]!, this.t.ends[j]!).end === e.end; j++) windows.push(j + 2)
    }
    windows.sort((a, b) => a - b)
    const ks: Array<number> = []
    let next = 3
    for (const from of windows) {
      for (let k = Math.max(from, next); k <= from + 5 && k < count; k++) ks.push(k)
      next = Math.max(next, from + 6)
    }
    return ks
  }

  /**
   * Is the entity a one-word person that is a word of manner after ب: a head of a manner phrase (`mannerHeads`:
   * `بغيظ`, `بصوت`) or ب and a tenth-form masdar (`باستخفاف`, `باستنكار`: باست, two letters, alif, one letter; not
   * `باستيان`)?
   */
  protected mannerPerson(e: Entity): boolean {
    if (e.type !== "PERSON" || e.text.length < 3 || e.text.charCodeAt(0) !== 0x0628 || /\s/.test(e.text.trim())) return false
    const keys = foldKey(e.text)
    if (keys.length !== 1) return false
    return this.lex.mannerHeads.has(keys[0]!) || /^\u0628\u0627\u0633\u062a[^\u0627]{2}\u0627[^\u0627]$/.test(keys[0]!)
  }

  /**
   * Is the entity a person of two words or more whose first word is an accusative verbal noun (four letters or more
   * ending in the alif of the accusative, with or without its tanween) and whose second is من with a pronoun
   * (`motivePronouns`): `إيمانا مني`, `حرصا منه`, a phrase of motive, no name; or whose first word is a hashtag's noun
   * (`hashtagNouns`: `هاشتاق كاذب`) (fifty-sixth session, helper arscrap)?
   */
  protected scrapPerson(e: Entity): boolean {
    // (a name with no code unit from the Arabic block on, `Gordon Brown`, has no key of those Arabic lists and no alif:
    // not folded at all; English documents' persons are all such; session 59, helper perfen)
    if (e.type !== "PERSON" || !BEYOND_HEBREW.test(e.text) || !/\s/.test(e.text.trim())) return false
    // (kept by text for the process, as `divine` is: the names of the news come back from article to article, and each
    // was folded once per document; fifty-ninth session, helper perf5)
    const kept = scrapTexts.get(this.lex, e.text)
    if (kept !== undefined) return kept
    const scrap = this.scrapKeys(foldKey(e.text))
    scrapTexts.set(this.lex, e.text, scrap)
    return scrap
  }

  /** {@link scrapPerson} on the folded keys of a person's text. */
  private scrapKeys(keys: ReadonlyArray<string>): boolean {
    // (and a hashtag's noun and its adjective, `هاشتاق كاذب`: `hashtagNouns`)
    if (this.lex.hashtagNouns.has(keys[0] ?? "")) return true
    return keys.length >= 2 && keys[0]!.length >= 4 && keys[0]!.endsWith("\u0627") && this.lex.motivePronouns.has(keys[1]!)
  }

  /** Index of the first entity starting at or after original offset `offset` (binary search). */
  protected firstEntityFrom(offset: number): number {
    return lowerBound(this.entityStarts, offset)
  }

  /** The person entity that starts at token `k`, if any. */
  protected personAt(k: number): Entity | null {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!).start
    const i = this.firstEntityFrom(o)
    const e = this.entities[i]
    return e !== undefined && e.start === o && e.type === "PERSON" ? e : null
  }

  /** The person entity that ends with token `k`, if any (thirty-seventh session). */
  protected personBeforeRelative(k: number): Entity | null {
    if (k < this.ps || this.t.kinds[k] !== WORD) return null
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entities[this.firstEntityFrom(o.end) - 1]
    return e !== undefined && e.end === o.end && e.type === "PERSON" ? e : null
  }

  /** The entity that starts at token `k` (at its first letter, or after a one-letter proclitic such as و or لـ), if any. */
  protected entityStartingAt(k: number): Entity | null {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entities[this.firstEntityFrom(o.start)]
    return e !== undefined && e.start <= o.start + 1 && e.start < o.end ? e : null
  }

  /**
   * Is the span one name: a person, an organisation or a place entity that starts at or before it and ends at or
   * after it (`«مجلس صيانة الدستور»`, `"أبو زياد الدمشقي"`)?
   */
  protected nameCovers(span: Range): boolean {
    // (at most 16 entities read: names do not nest deeper, and a text of many entities stays linear)
    const from = lowerBound(this.entityEndsMax, span.end)
    for (let i = from; i < Math.min(this.entities.length, from + 16); i++) {
      const e = this.entities[i]!
      if (e.start > span.start) break
      if (e.end >= span.end && (e.type === "PERSON" || e.type === "ORGANIZATION" || e.type === "LOCATION")) return true
    }
    return false
  }

  /**
   * The person (else organisation, else any) entity inside an original span:
   * the first of its kind, since the subject comes right after the verb and an
   * object may follow it (وصف ساذرلاند تصريحات كاميرون).
   */
  protected entityIn(span: Range): Entity | null {
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
   * An entity whose role is exactly the phrase (`الرئيس الفرنسي` → the person entity with that role); with
   * `namedBefore` (an original offset), only one the text names before it, with that role or not, or later in the
   * same sentence (thirtieth session, second round).
   */
  protected entityByRole(text: string, namedBefore = -1): Entity | null {
    const e = this.byRole.get(text.trim()) ?? null
    if (e === null || namedBefore < 0) return e
    // (with `namedBefore`, an original offset: the entity must be named before it, with that role or not, or later in
    // the same sentence, `بحسب الباحث في معهد …، X`; else none)
    const first = e.entityId != null ? (this.firstById.get(e.entityId) ?? e.start) : e.start
    return first < namedBefore || (first - namedBefore <= SAME_SENTENCE && !SENTENCE_GAP.test(this.text.slice(namedBefore, first))) ? e : null
  }

  /**
   * English: the person whose role ends with the phrase's words after `the`, two words or more (`the Lions coach` →
   * the person named `British and Irish Lions coach …` before), when one person alone has such a role; else null. (One
   * word is too little: `the chancellor` would find the shadow chancellor; but `the minister`, `the mayor`, of {@link
   * EN_ONE_WORD_POSTS}, through a role of two words or more, `Justice Minister Cathy Jamieson`; fiftieth session; and
   * `the chancellor`, `German Chancellor Gerhard Schroeder`, with no qualifier anywhere in the role, fifty-first.)
   * `our` and one word of a newsroom's own reporter (`our correspondent` → the person named `BBC correspondent James
   * Hardy` before; forty-ninth session).
   */
  protected personByRoleTail(text: string): Entity | null {
    const words = text.trim().toLowerCase().split(/\s+/)
    if (!(words[0] === "the" && (words.length >= 3 || (words.length === 2 && EN_ONE_WORD_POSTS.has(words[1]!)))) && !(words[0] === "our" && words.length >= 2 && OWN_REPORTERS.has(words[words.length - 1]!))) return null
    const tail = words.slice(1).join(" ")
    let found: Entity | null = null
    for (const [role, e] of this.byRole) {
      if (e.type !== "PERSON") continue
      const r = role.toLowerCase()
      if (r !== tail && !(r.endsWith(` ${tail}`) && !endsWithPostQualifier(r.slice(0, r.length - tail.length - 1)))) continue
      // (one word only through a role of two words or more, `Justice Minister`, `London mayor`: a role of that word
      // alone may be one the entity stage cut from its qualifier, `shadow chancellor X` read as `chancellor`)
      if (words.length === 2 && words[0] === "the" && r === tail) continue
      // (`the chancellor`: no qualifier anywhere in the role, `ex-Conservative chancellor`, `Lord Chancellor`, `Tory
      // shadow chancellor` are other posts; fifty-first session, helper enquotes)
      if (tail === "chancellor" && CHANCELLOR_QUALIFIERS.test(r)) continue
      if (found !== null && found.entityId !== e.entityId) return null
      found = e
    }
    return found
  }

  /**
   * Walks forwards from token `k` past the tokens that stand before the original offset `offset` and returns the first
   * token that does not (`limit` when every token up to `limit`, exclusive, does; `k` itself when it does not). With
   * `edge` `"end"`, a token stands before the offset when it ends at or before it (a token the offset falls inside
   * stops the walk); with `"start"`, when it starts before it (such a token is walked past). With `words`, a token
   * that is no word stops the walk too.
   *
   * The idiom of the speaker rules: the token right after an entity mention (`offset` its end: `الوزير X قال` → the
   * token of `قال`), or a mention's first token (`offset` its start, `"end"`) read from the start of a phrase. A bound
   * in tokens is a smaller `limit` (`Math.min(pe, k + 8)`). Reads at most `limit - k` tokens.
   */
  protected walkPast(k: number, limit: number, offset: number, edge: TokenEdge, words = false): number {
    const t = this.t
    if (edge === "end") {
      while (k < limit && (!words || t.kinds[k] === WORD) && this.orig(t.starts[k]!, t.ends[k]!).end <= offset) k++
    } else {
      while (k < limit && (!words || t.kinds[k] === WORD) && this.orig(t.starts[k]!, t.ends[k]!).start < offset) k++
    }
    return k
  }

  /**
   * Walks backwards from token `k` over the tokens before it that stand at or after the original offset `offset` and
   * returns the first token of that run (`k` itself when the token before it does not; never below `lo`). With `edge`
   * `"start"`, a token stands after the offset when it starts at or after it (a token the offset falls inside stops the
   * walk); with `"end"`, when it ends after it (such a token is walked over). With `words`, a token that is no word
   * stops the walk too.
   *
   * The idiom of the speaker rules: the first token of the entity mention that ends with token `k` (`offset` the
   * mention's start). A bound in tokens is a larger `lo` (`Math.max(ps, k - 8)`). Reads at most `k - lo` tokens.
   */
  protected walkBack(k: number, lo: number, offset: number, edge: TokenEdge, words = false): number {
    const t = this.t
    if (edge === "start") {
      while (k > lo && (!words || t.kinds[k - 1] === WORD) && this.orig(t.starts[k - 1]!, t.ends[k - 1]!).start >= offset) k--
    } else {
      while (k > lo && (!words || t.kinds[k - 1] === WORD) && this.orig(t.starts[k - 1]!, t.ends[k - 1]!).end > offset) k--
    }
    return k
  }

  /** Does the token range hold a person entity? */
  protected hasPerson(r: readonly [number, number]): boolean {
    const e = this.entityIn(this.orig(this.t.starts[r[0]]!, this.t.ends[r[1] - 1]!))
    return e !== null && e.type === "PERSON"
  }

  /** Does the token range hold a person or an organisation entity (one that may speak)? */
  protected hasSpeakerEntity(r: readonly [number, number]): boolean {
    if (this.entities.length === 0) return false
    const e = this.entityIn(this.orig(this.t.starts[r[0]]!, this.t.ends[r[1] - 1]!))
    return e !== null && (e.type === "PERSON" || e.type === "ORGANIZATION")
  }
}
