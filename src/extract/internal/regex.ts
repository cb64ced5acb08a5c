/**
 * Building regexes from lexicon words.
 *
 * @module
 */

/** `s` with every character that means something in a regex escaped: a word of a lexicon, matched as written. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
