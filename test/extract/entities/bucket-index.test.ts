/**
 * The rank index that replaced the model's table of rows in scoring
 * (`bucketIndex`, `rowAt` in src/extract/entities/model.ts): it must give every
 * bucket the row the table gives, for loaded and dense models alike.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { TAG_COUNT } from "../../../src/extract/entities/decode.js"
import { bucketIndex, encodeModel, loadModel, rowAt, type NerModel } from "../../../src/extract/entities/model.js"
import { bundledModel } from "../../../src/extract/entities/models.js"

const training = { data: ["made up"], sentences: 1, tokens: 1, epochs: 1, seed: 1, outsideBias: 0, dev: {} }

/** A model over a row table (the shape training builds), with nothing else that scoring reads. */
const withRows = (rowOf: Int32Array): NerModel => ({
  lang: "en",
  bucketBits: Math.log2(rowOf.length),
  mask: rowOf.length - 1,
  rowOf,
  weights: new Float32Array(0),
  start: new Float64Array(TAG_COUNT),
  transitions: new Float64Array(TAG_COUNT * TAG_COUNT),
  rows: 0,
  training,
  license: "-",
  attribution: "-"
})

/** Rows numbered in bucket order over the kept buckets. */
const tableOf = (kept: ReadonlyArray<boolean>): Int32Array => {
  const rows = new Int32Array(kept.length).fill(-1)
  let row = 0
  kept.forEach((k, b) => {
    if (k) rows[b] = row++
  })
  return rows
}

describe("bucket index", () => {
  it("gives every bucket the row of the table, whatever buckets are kept", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.infiniteStream(fc.boolean()), (bits, stream) => {
        const size = 2 ** bits
        const kept = [...stream.take(size)]
        const table = tableOf(kept)
        const index = bucketIndex(withRows(table))
        for (let b = 0; b < size; b++) expect(rowAt(index, b)).toBe(table[b])
      })
    )
  })

  it("handles full words, empty words and the top bit of a word", () => {
    const kept = Array.from({ length: 128 }, (_, b) => b < 32 || b === 63 || b === 95 || b >= 96)
    const table = tableOf(kept)
    const index = bucketIndex(withRows(table))
    for (let b = 0; b < 128; b++) expect(rowAt(index, b)).toBe(table[b])
    expect(rowAt(index, 127)).toBe(kept.filter(Boolean).length - 1)
  })

  it("a dense table (training's identity rows) maps every bucket to itself", () => {
    const identity = Int32Array.from({ length: 4096 }, (_, b) => b)
    const index = bucketIndex(withRows(identity))
    for (let b = 0; b < 4096; b++) expect(rowAt(index, b)).toBe(b)
  })

  it("refuses a table whose rows do not follow bucket order", () => {
    const rows = Int32Array.from([1, 0, -1, -1])
    expect(() => bucketIndex(withRows(rows))).toThrow(/rows must follow bucket order/)
  })

  it("a loaded model carries the index of its file's buckets, and its row table is made from it", () => {
    const bits = 12
    const weights = new Float32Array(2 ** bits * TAG_COUNT)
    for (let b = 0; b < 2 ** bits; b += 7) weights[b * TAG_COUNT + (b % TAG_COUNT)] = b % 2 === 0 ? 1.5 : -2.25
    const file = encodeModel({ bucketBits: bits, weights, start: new Array(TAG_COUNT).fill(0), transitions: new Array(TAG_COUNT * TAG_COUNT).fill(0) }, {
      lang: "en",
      scale: 0.25,
      training,
      license: "test",
      attribution: "test"
    })
    const m = loadModel(JSON.parse(JSON.stringify(file)), "en")
    expect(m.index).toBeDefined()
    expect(bucketIndex(m)).toBe(m.index)
    for (let b = 0; b < 2 ** bits; b++) {
      const row = rowAt(m.index!, b)
      expect(row).toBe(b % 7 === 0 ? b / 7 : -1)
      expect(m.rowOf[b]).toBe(row)
      if (row >= 0) expect(m.quanta![row * TAG_COUNT + (b % TAG_COUNT)]).toBe(b % 2 === 0 ? 6 : -9)
    }
  })

  it.each(["ar", "en"] as const)("the bundled %s model keeps its weights in 16 bits and indexes every row once", (lang) => {
    const m = bundledModel(lang)
    expect(m.quanta).toBeInstanceOf(Int16Array)
    const index = m.index!
    let rows = 0
    for (let w = 0; w < index.length; w += 2) {
      expect(index[w + 1]).toBe(rows)
      let x = index[w]!
      while (x !== 0) {
        rows++
        x &= x - 1
      }
    }
    expect(rows).toBe(m.rows)
  })
})
