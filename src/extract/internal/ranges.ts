/**
 * Ranges of the original text the extract stages leave alone (boilerplate,
 * dates for the numbers stage), and a filter that answers "does this span
 * touch one of them?" in one forward pass.
 *
 * @module
 */
import type { Range } from "../../normalize/index.js"

export type { Range }

/** A sorted list of ranges with a cursor, for "does this span touch an excluded range?" in one forward pass. */
export class RangeFilter {
  private readonly ranges: ReadonlyArray<Range>
  private at = 0
  constructor(ranges: ReadonlyArray<Range>) {
    this.ranges = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)
  }
  /** True when `[start, end)` overlaps a range. Calls must come in non-decreasing `start` order. */
  overlaps(start: number, end: number): boolean {
    const rs = this.ranges
    if (rs.length === 0) return false
    while (this.at < rs.length && rs[this.at]!.end <= start) this.at++
    for (let k = this.at; k < rs.length && rs[k]!.start < end; k++) if (rs[k]!.end > start) return true
    return false
  }
}
