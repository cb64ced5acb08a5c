/**
 * Where an Arabic phrase found by its words opens, with the proclitic letters glued before it (`وبعيد`, `لعيد`).
 *
 * The feasts' regex (`feasts.ts`) opened with `(?<![\u0621-\u064a])(?:[وفبل]{1,2})?`, which V8 tries at every position
 * of the text; without that opening it skips to where a feast's words may start, and runs twice as fast over news. So
 * it finds the words, and the opening is read back here ({@link execOpened}). That gives the same matches as the regex
 * with the opening when no phrase starts with one of the proclitic letters it allows before it (then there is one way
 * at most to read the letters before the phrase).
 *
 * @module
 * @internal
 */
import { isArabicBaseLetter } from "../../internal/letters.js"

/**
 * The start of a phrase whose words start at `at`: before them at most `most` letters for which `proclitic` is true
 * (as many as there are), and before those no Arabic letter. -1 when an Arabic letter stands before them, or when the
 * start would be before `from` (the regex's `lastIndex`, where the search started).
 */
export const openingBefore = (text: string, at: number, proclitic: (c: number) => boolean, most: number, from: number): number => {
  let start = at
  while (start > 0 && at - start < most && proclitic(text.charCodeAt(start - 1))) start--
  if (start > 0 && isArabicBaseLetter(text.charCodeAt(start - 1))) return -1
  return start >= from ? start : -1
}

/**
 * The next match of `re` (a global regex of a phrase's words, without its opening) whose opening is good
 * ({@link openingBefore}), searched from `re.lastIndex` on as `re.exec` searches, and the opening's start; else null.
 */
export const execOpened = (
  re: RegExp,
  text: string,
  proclitic: (c: number) => boolean,
  most: number
): readonly [match: RegExpExecArray, open: number] | null => {
  const from = re.lastIndex
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const open = openingBefore(text, m.index, proclitic, most, from)
    if (open >= 0) return [m, open]
    re.lastIndex = m.index + 1
  }
  return null
}
