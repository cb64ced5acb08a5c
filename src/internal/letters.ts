/**
 * Character tests shared by the stages.
 *
 * @module
 * @internal
 */

/**
 * Whether the code unit `c` is an Arabic base letter, `ء` … `ي` (U+0621–U+064A): no diacritics, no Persian or Urdu
 * letters. The tatweel (U+0640) lies inside the range: a test that must refuse it says so where it is written
 * (`latinGlue` in `parse/tail.ts`), as do the tests that must also pass diacritics.
 */
export const isArabicBaseLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a
