/**
 * Session 61, helper tidy5 (review, `duplicates` over src/): the line splitter of the line commands and of the reading
 * of an output to resume is one `decodedLines`; the Murmur3 finalizer of the deduplication core and of the entity
 * features is one `fmix32`. Rows assert what the two copies gave.
 */
import { describe, expect, it } from "vitest"
import { fmix32 } from "../../src/internal/hash.js"
import { decodedLines } from "../../src/internal/lines.js"
import { fmix32 as dedupeFmix } from "../../src/dedupe/hash.js"
import { fmix } from "../../src/extract/entities/hash.js"

/** The lines `decodedLines` yields from `chunks`, and what it returns. */
const run = async (chunks: ReadonlyArray<Uint8Array | string>): Promise<{ lines: Array<string>; rest: string }> => {
  async function* source() {
    yield* chunks
  }
  const lines: Array<string> = []
  const it = decodedLines(source())
  for (let next = await it.next(); ; next = await it.next()) {
    if (next.done === true) return { lines, rest: next.value }
    lines.push(next.value)
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s)

describe("decodedLines: complete lines, the rest returned (session 61, tidy5)", () => {
  const cut = utf8("قال\nالوزير")
  const rows: ReadonlyArray<readonly [string, ReadonlyArray<Uint8Array | string>, ReadonlyArray<string>, string]> = [
    ["no text", [], [], ""],
    ["a last line with no newline is returned, not yielded", ["a\nb"], ["a"], "b"],
    ["a text ending with a newline returns nothing", ["a\nb\n"], ["a", "b"], ""],
    ["a \\r before the newline is kept", ["a\r\nb"], ["a\r"], "b"],
    ["empty lines are yielded", ["\n\nx\n"], ["", "", "x"], ""],
    ["a line across chunks", ["ab", "c\nd"], ["abc"], "d"],
    // (a character's bytes cut between two chunks stay one character)
    ["an Arabic letter cut between chunks", [cut.subarray(0, 3), cut.subarray(3)], ["قال"], "الوزير"]
  ]
  for (const [what, chunks, lines, rest] of rows) it(what, async () => expect(await run(chunks)).toEqual({ lines, rest }))
})

describe("fmix32: one Murmur3 finalizer (session 61, tidy5)", () => {
  // (the values of the two copies before, written out: `(h ^ (h >>> 16)) | 0` after the two multiplications)
  const before = (x: number): number => {
    let h = x
    h ^= h >>> 16
    h = Math.imul(h, 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    h ^= h >>> 16
    return h | 0
  }
  for (const x of [0, 1, -1, 0x5eed0000, 0x7fffffff, -0x80000000, 123456789, 0xdeadbeef])
    it(`${x}`, () => {
      expect(fmix32(x)).toBe(before(x))
      expect(dedupeFmix(x)).toBe(before(x))
      expect(fmix(x)).toBe(before(x))
    })
})
