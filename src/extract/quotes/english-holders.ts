/**
 * English role phrases and the one person the document ties to them in so many words (forty-ninth session, helper
 * enholder): `Private care homes were criticised by Ofsted chief, Alan Pryce, …` ⏎ `The Ofsted chief said his
 * next yearly review …` — `the Ofsted chief` is Alan Pryce. The entity stage reads a role right before a name
 * (`Tory leader Michael Howard`) but not one cut from it by a comma, nor one in an apposition after it (`Jo Hill, the
 * Ofsted chief,`); these pure functions index both shapes once per document for the speaker resolver.
 *
 * @module
 */
import type { Entity } from "../../schema/record.js"
import { quoteLexicons } from "./lexicon.js"

/**
 * Whether a word (lower case) is a head noun of a post that a definite phrase names (`the Ofsted chief`, `the Arsenal
 * boss`, `the prime minister`, `the club's manager`: `heldHeads` of the lexicon): only these are looked up ({@link
 * heldRoleKey}). Not a spokesman or an official (who speak for a body), nor a player's or a performer's epithet (read
 * through the person named before). A head after `co-` is one too.
 */
const isHeldHead = (word: string): boolean => {
  const heads = quoteLexicons().enHeldHeads
  // (a head shared by two, `co-chairman`, `co-director`, is a post as its head is: `Tory co-chairman Liam Fox …. The
  // Tory co-chairman attacked …`; fifty-fourth session, helper enquote4)
  return heads.has(word) || (word.startsWith("co-") && heads.has(word.slice(3)))
}

/**
 * Whether an English word, in any case, is one before a role's words that makes it another post (`postQualifiers` of
 * quotes/en.json: `deputy prime minister`, `shadow foreign secretary`, `former Ofsted chief`). Read by the held-role
 * index here and by the entity index's `the <role>` phrases ({@link endsWithPostQualifier}).
 */
export const isPostQualifier = (word: string): boolean => quoteLexicons().enPostQualifiers.has(word.toLowerCase())

/** A space or a hyphen: what parts the words of a role ({@link endsWithPostQualifier}). */
const WORD_GAP = /[\s-]/

/**
 * Whether the last word of `text` (after its last space or hyphen) is one of {@link isPostQualifier}'s (`shadow` in
 * `tory shadow`, a role's words before the tail `foreign secretary`). One pass back from the end.
 */
export const endsWithPostQualifier = (text: string): boolean => {
  let i = text.length
  while (i > 0 && !WORD_GAP.test(text[i - 1]!)) i--
  return isPostQualifier(text.slice(i))
}

/**
 * Words before a role's words that make it another post for the held-role index: {@link isPostQualifier}'s and three
 * words of a time of holding it (`new Ofsted chief`, `then party leader`, `the late editor`), which only this index
 * reads as such.
 */
const HELD_TIMES = /^(?:new|then|late)$/i
const isHeldQualifier = (word: string): boolean => isPostQualifier(word) || HELD_TIMES.test(word)

/** A title of address right before a name (`Sir Alex Ferguson`), read past between a role and the name. */
const TITLE_BEFORE = /(?:^|\s)(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Professor)\.?\s*$/
/** A word of a role: letters and inner hyphens only (no glued punctuation). */
const ROLE_WORD = /^[A-Za-z][A-Za-z-]*$/
/** How far (characters) before or after a name a role is read. */
const ROLE_REACH = 80
/** At most this many words of a role (the head and the words before it). */
const ROLE_WORDS = 5
/** `, the <role words>` right after a name, up to a comma, a full stop, a semicolon, a closing bracket or a dash. */
const ROLE_AFTER = /^,\s+the\s+((?:[A-Za-z][A-Za-z-]*\s+){0,4}[A-Za-z][A-Za-z-]*)\s*(?:[,.;)]|\s-\s)/

/**
 * The roles the text ties to a named person, by their lower-case words: `Ofsted chief, David Bell` and `Arsenal boss
 * Arsene Wenger` (the role right before the name, a comma or a title of address between at most; each run of the
 * role's last words whose word before is neither capitalized, a qualifier nor a hyphenated word, so `Irish Prime
 * Minister X` ties no `prime minister`), and `David Bell, the Ofsted chief,` (an apposition after the name's comma). A
 * role tied to two persons maps to null. Reads at most {@link ROLE_REACH} characters on each side of each person.
 */
export const heldRoleIndex = (text: string, entities: ReadonlyArray<Entity>): Map<string, Entity | null> => {
  const out = new Map<string, Entity | null>()
  const add = (key: string, e: Entity): void => {
    const had = out.get(key)
    if (had === undefined) out.set(key, e)
    else if (had !== null && had.entityId !== e.entityId) out.set(key, null)
  }
  for (const e of entities) {
    if (e.type !== "PERSON") continue
    // (the role before the name: its comma and a title of address read past)
    let before = text.slice(Math.max(0, e.start - ROLE_REACH), e.start).replace(/\s+$/, "")
    before = before.replace(TITLE_BEFORE, "").replace(/\s+$/, "")
    if (before.endsWith(",")) before = before.slice(0, -1)
    const words = before.split(/\s+/)
    const last = words[words.length - 1] ?? ""
    if (isHeldHead(last.toLowerCase()) && ROLE_WORD.test(last)) {
      for (let i = words.length - 1; i >= 0 && words.length - i <= ROLE_WORDS; i--) {
        if (!ROLE_WORD.test(words[i]!)) break
        const prev = i > 0 ? words[i - 1]! : ""
        // (the word before: none at the text's start, a word in lower case or one that ends a clause; not a qualifier,
        // not a capitalized word, which makes the run part of a longer post)
        if (i === 0 && e.start - ROLE_REACH > 0) break
        const open = prev === "" || /[.,;:!?"'\u201d\u2019)]$/.test(prev)
        if (open || (/^[a-z]/.test(prev) && !isHeldQualifier(prev) && !prev.includes("-"))) add(words.slice(i).join(" ").toLowerCase(), e)
      }
    }
    // (an apposition after the name: `David Bell, the Ofsted chief, said`)
    const role = appositionRole(text, e.end)
    if (role !== null) {
      const run = role.split(/\s+/)
      if (isHeldHead(run[run.length - 1]!.toLowerCase()) && !isHeldQualifier(run[0]!)) add(run.join(" ").toLowerCase(), e)
    }
  }
  return out
}

/**
 * The role words of an apposition right after a name that ends at `end` (`David Bell, the Ofsted chief, said` →
 * `Ofsted chief`: `, the` and one to five words up to a comma, a full stop, a semicolon, a closing bracket or a dash),
 * or null. Read by {@link heldRoleIndex} and by the role-link step (role-link.ts).
 */
export const appositionRole = (text: string, end: number): string | null => ROLE_AFTER.exec(text.slice(end, end + ROLE_REACH))?.[1] ?? null

/**
 * The key a definite English phrase looks up in {@link heldRoleIndex}: its words after `the`, two to five, lower case,
 * the last a head of `heldHeads` ({@link isHeldHead}: `the Ofsted chief` → `ofsted chief`); null for any other phrase.
 */
export const heldRoleKey = (words: ReadonlyArray<string>): string | null => {
  if (words.length < 3 || words.length > ROLE_WORDS + 1 || words[0]!.toLowerCase() !== "the") return null
  const rest = words.slice(1)
  if (!rest.every((w) => ROLE_WORD.test(w)) || !isHeldHead(rest[rest.length - 1]!.toLowerCase()) || isHeldQualifier(rest[0]!)) return null
  return rest.join(" ").toLowerCase()
}
