/**
 * Sieves: regexes that rule a window of text out before it is tokenized.
 *
 * A few rules look for rare words in windows that are read for every article
 * (the last lines, the end of body lines). Tokenizing such a window makes a
 * string per word; a native regex search for the words' letters, each letter
 * written as any code unit that folds to it (`foldChar`, as the tokenizer
 * folds), answers "no such word here" for almost every window without
 * making any. A sieve may match where the tokens hold no such word (the word
 * inside a longer one, a letter it cannot fold alone); it must never fail to
 * match where they hold one. Tests check each sieve against the tokens.
 *
 * @module
 */
import { foldChar } from "../lexicons/key.js"

/** Folds that are not one letter: a separator, a mark skipped inside words, a letter that folds into more than one unit. */
export const F_SEP = 0
export const F_SKIP = 1
export const F_MULTI = 2

/**
 * The fold of each code unit below U+0800, as the tokenizer folds it
 * (`foldChar`): the folded unit, or F_SEP, F_SKIP or F_MULTI (folded units
 * are letters and digits, all above these codes). `&` separates (an HTML
 * entity it opens is skipped whole by the tokenizer).
 */
export const FOLD = /* @__PURE__ */ (() => {
  const t = new Uint16Array(0x800)
  for (let c = 0; c < 0x800; c++) {
    const f = foldChar(c)
    t[c] = f === null ? F_SEP : f.length === 0 ? F_SKIP : f.length > 1 ? F_MULTI : f.charCodeAt(0)
  }
  return t
})()

/** F_SEP, F_SKIP or F_MULTI for a code unit from U+0800 up, by its `foldClass` (-1, 0, 1) plus one. */
export const ABOVE_TABLE: ReadonlyArray<number> = [F_SEP, F_SKIP, F_MULTI]

/** A character class of the code units, all below U+0800, whose fold in {@link FOLD} passes `keep`. */
export const foldClassOf = (keep: (f: number) => boolean): string => {
  let out = ""
  for (let c = 0; c < 0x800; c++) if (keep(FOLD[c]!)) out += `\\u${c.toString(16).padStart(4, "0")}`
  return out
}

/**
 * Marks skipped inside words: those below U+0800, and every format mark from
 * U+2000 to U+206F and U+FEFF (a superset of the ones skipped there; from
 * U+0800 up only these and presentation forms fold to nothing).
 */
export const SKIPPED = (): string => `[${foldClassOf((f) => f === F_SKIP)}\\u2000-\\u206f\\ufeff]*`

/**
 * Units that cannot be folded alone: one below U+0800 that folds into several
 * units (`İ`), and every Arabic presentation form (the only letters from U+0800 up).
 */
export const UNFOLDABLE = (): string => `[${foldClassOf((f) => f === F_MULTI)}\\ufb50-\\ufdff\\ufe70-\\ufefc]`

/**
 * A pattern for a folded word (a key): each letter written as any unit below
 * U+0800 that folds to it, with skipped marks between letters. A word written
 * with a unit that cannot be folded alone is left to {@link UNFOLDABLE}.
 * Linear: each run of marks is followed by a letter class disjoint from it.
 */
export const foldedWord = (units: ArrayLike<number>): string =>
  Array.from(units, (u) => `[${foldClassOf((f) => f === u)}]`).join(SKIPPED())

/**
 * A regex that matches every text in which some token's key holds one of
 * `words` (folded keys), whole or as part of it: any unfoldable unit, or the
 * letters of a word.
 */
export const wordSieve = (words: Iterable<string>): RegExp =>
  new RegExp([UNFOLDABLE(), ...Array.from(words, (w) => foldedWord(Array.from(w, (ch) => ch.charCodeAt(0))))].join("|"))
