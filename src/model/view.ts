/**
 * A view of the original text under some normalization, with the way back.
 *
 * The normalize stage builds views (`display`, `search`); later stages match
 * on `view.text` and report spans in the original through `toOriginal`.
 *
 * @module
 */
export interface TextView {
  /** The normalized text. */
  readonly text: string
  /**
   * Maps a half-open range `[start, end)` of `text` to the smallest range of the
   * original text whose normalization produced it. Normalization keeps the
   * order of the text, so that range runs from the original start of the
   * range's first character to the original end of its last: a non-empty
   * range's start and end can be mapped apart (the quote stage memoizes them
   * so). A view of one's own must keep that promise.
   */
  readonly toOriginal: (start: number, end: number) => { readonly start: number; readonly end: number }
}
