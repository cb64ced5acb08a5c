import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lowerBound, lowerBoundBy } from "../../src/internal/search.js"

describe("lowerBound", () => {
  it("is the first index whose value is at least the one sought, as a linear scan finds it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, v) => {
        const sorted = Float64Array.from(xs).sort()
        const linear = sorted.findIndex((x) => x >= v)
        expect(lowerBound(sorted, v)).toBe(linear < 0 ? sorted.length : linear)
      })
    )
  })

  it.each([
    [[], 3, 0],
    [[1, 2, 2, 2, 5], 2, 1],
    [[1, 2, 2, 2, 5], 3, 4],
    [[1, 2, 2, 2, 5], 9, 5],
    [[1, 2, 2, 2, 5], -1, 0]
  ])("lowerBound(%j, %d) = %d", (xs, v, at) => {
    expect(lowerBound(xs, v)).toBe(at)
  })
})

describe("lowerBoundBy", () => {
  it("is lowerBound over the items' keys", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, v) => {
        const sorted = Float64Array.from(xs).sort()
        const items = Array.from(sorted, (at) => ({ at }))
        expect(lowerBoundBy(items, v, (item) => item.at)).toBe(lowerBound(sorted, v))
      })
    )
  })
})
