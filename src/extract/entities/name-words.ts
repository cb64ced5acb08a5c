/**
 * Arabic words that may belong to a name the tagger did not know, shared by the entity stage's document steps
 * (`extract.ts`) and the speaker-name rules (`speaker-names.ts`), which both read them; kept apart so that neither
 * module imports the other.
 *
 * @module
 */
import { isArabicLetter, isCommonNounWord, isPersonNoun, isTimeWord } from "./evidence.js"
import { CATEGORIES } from "./gazetteer.js"
import { pronounSuffix, readsAsNoName } from "./glued-next.js"
import type { Tagged } from "./tagger.js"
import type { Unit } from "./text.js"

/** Gazetteer mask bits of the person lists (given names); a word of a list item may carry them and no other. */
export const PER_BITS = 0b11 << (2 * CATEGORIES.indexOf("PER"))

/** The taa marbuta, which ends feminine nouns (`رسالة`, `نيابة`) and Arab given names (of the lists), rarely a foreign name. */
const TAA_MARBUTA = "\u0629"

/** A tagged sentence, kept for propagation: its units, tags and gazetteer categories. */
export interface Sentence {
  readonly units: ReadonlyArray<Unit>
  readonly tags: Int8Array
  readonly gaz: Uint16Array
}

/**
 * Whether unit `k` may be a word of a name the tagger did not know: an untagged Arabic word without clitic or article,
 * on no list but the given names, that reads as no verb, common noun, function word or time word ({@link readsAsNoName}),
 * with no pronoun suffix and no taa marbuta unless it is a given name of the lists (`حمزة`).
 */
export const isUnknownNameWord = (units: ReadonlyArray<Unit>, tagged: Pick<Tagged, "tags" | "gaz">, k: number): boolean => {
  const u = units[k]!
  if (u.kind !== "word" || tagged.tags[k] !== 0 || u.article || u.proclitic || (tagged.gaz[k]! & ~PER_BITS) !== 0) return false
  if (!isArabicLetter(u.core.charCodeAt(0)) || u.text.includes("-")) return false
  if (readsAsNoName(u) || isCommonNounWord(u.core) || isTimeWord(u.core) || isPersonNoun(u.bare)) return false
  if ((tagged.gaz[k]! & PER_BITS) !== 0) return true
  return !u.text.endsWith(TAA_MARBUTA) && pronounSuffix(u.text) === 0
}
