/**
 * A line's tokens, served from its cache (clipped, or extended from where a
 * truncated scan stopped), are always the tokens of a fresh scan of what is
 * left of the line, whatever the order of the requests and cuts.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { tokenize } from "../../src/lexicons/key.js"
import { splitLines } from "../../src/parse/lines.js"
import { LineState } from "../../src/parse/state.js"

const PIECES = ["الرياض", " ", "-", " (واس) ", "أ.ف.ب", "\u0640", "\u064b", "25", "شوال", "Reuters", "&quot;", ": ", "، ", "x"]
const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((a) => a.join(""))
type Op = { readonly kind: "tokens"; readonly max: number } | { readonly kind: "front" | "back"; readonly at: number }
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 30 }).map((max) => ({ kind: "tokens" as const, max })) },
  fc.record({ kind: fc.constantFrom("front" as const, "back" as const), at: fc.nat(200) })
)

describe("LineState.tokens", () => {
  it("equals a fresh tokenize of what is left, after any requests and cuts", () => {
    fc.assert(
      fc.property(line, fc.array(op, { maxLength: 20 }), (s, ops) => {
        const text = `title\n\n${s}\n`
        const l = splitLines(text)[1]
        if (l === undefined) return
        const st = new LineState(text, l)
        for (const o of ops) {
          if (st.empty) break
          if (o.kind === "tokens") {
            expect(st.tokens(o.max)).toEqual(tokenize(text, st.lo, st.hi, o.max))
          } else if (o.kind === "front") st.cutFront(st.lo + (o.at % (st.hi - st.lo + 1)), "boilerplate", "other", "test")
          else st.cutBack(st.lo + (o.at % (st.hi - st.lo + 1)), "boilerplate", "other", "test")
        }
      }),
      { numRuns: 2000 }
    )
  })
})
