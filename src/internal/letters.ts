/**
 * Character tests shared by the stages.
 *
 * @module
 * @internal
 */

/**
 * Whether the code unit `c` is an Arabic base letter, `ء` … `ي` (U+0621–U+064A): no diacritics, no tatweel, no
 * Persian or Urdu letters. The tests that must also pass marks or tatweel say so where they are written.
 */
export const isArabicBaseLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a
