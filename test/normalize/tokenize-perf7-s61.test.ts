import { describe, expect, it } from "vitest"
import { gazetteer } from "../../src/extract/entities/gazetteer.js"
import { segment } from "../../src/extract/entities/text.js"
import { splitClitics } from "../../src/normalize/clitics.js"
import { tokensWith, type WordSplit } from "../../src/normalize/tokenize.js"

/**
 * The clitic split after the sixty-first session's speed change (helper perf7): with the gazetteer's `isKnownFrom`,
 * `splitClitics` asks about each candidate stem of a word in place (`وبيروت` from letter 1 on) instead of slicing
 * it first. The answers must be `isKnown`'s of the slice, so every split and every unit stays as it was. The
 * sentences were written for this test in the style of the wires; the expected units were read from 2cf4101, before
 * the change.
 */

const g = gazetteer("ar")

/** `[text, core, bare, article, proclitic, nameStart]` of each unit of the sentences of `text`. */
const units = (text: string, withFrom: boolean) =>
  segment(text, 0, text.length, withFrom ? { lang: "ar", isKnown: g.isKnown, isKnownFrom: g.isKnownFrom } : { lang: "ar", isKnown: g.isKnown }).map((s) =>
    s.map((u) => [u.text, u.core, u.bare, u.article, u.proclitic, u.nameStart])
  )

const sentence = "وقال مسؤول في وزارة الخارجية بالرياض إن وفدا من بيروت وبغداد سيصل إلى لبنان وللبنان علاقات مع وسوريا."
// as 2cf4101 read it (before the change)
const before = [
  [
    ["وقال", "قال", "قال", false, true, 1],
    ["مسؤول", "مسءول", "مسءول", false, false, 5],
    ["في", "في", "في", false, false, 11],
    ["وزارة", "وزاره", "وزاره", false, false, 14],
    ["الخارجية", "الخارجيه", "خارجيه", true, false, 20],
    ["بالرياض", "الرياض", "رياض", true, true, 30],
    ["إن", "ان", "ان", false, false, 37],
    ["وفدا", "فدا", "فدا", false, true, 41],
    ["من", "من", "من", false, false, 45],
    ["بيروت", "بيروت", "بيروت", false, false, 48],
    ["وبغداد", "بغداد", "بغداد", false, true, 55],
    ["سيصل", "سيصل", "سيصل", false, false, 61],
    ["إلى", "الي", "الي", false, false, 66],
    ["لبنان", "لبنان", "لبنان", false, false, 70],
    ["وللبنان", "لبنان", "لبنان", false, true, 78],
    ["علاقات", "علاقات", "علاقات", false, false, 84],
    ["مع", "مع", "مع", false, false, 91],
    ["وسوريا", "سوريا", "سوريا", false, true, 95],
    [".", ".", ".", false, false, 100]
  ]
]

describe("the clitic split asks the gazetteer about each stem in place (perf7, session 61)", () => {
  it("gives the units 2cf4101 gave, with and without isKnownFrom", () => {
    expect(units(sentence, true)).toEqual(before)
    expect(units(sentence, false)).toEqual(before)
  })

  it("isKnownFrom(s, k) answers isKnown(s.slice(k))", () => {
    const words = ["وبيروت", "بلبنان", "وللبنان", "فالرياض", "وسوريا", "والقاهرة", "كمصر", "ولندن", "وقال", "بالمعرض", "وانغ", "لل", "وب"]
    for (const w of words) for (let k = 0; k <= w.length; k++) expect([w, k, g.isKnownFrom(w, k)]).toEqual([w, k, g.isKnown(w.slice(k))])
    expect(g.isKnownFrom("وبيروت", 1)).toBe(true)
    expect(g.isKnownFrom("وبيروت", 2)).toBe(false)
  })

  it("splitClitics gives the same split with knownFrom as with the slices", () => {
    const words = ["وبيروت", "بلبنان", "وللبنان", "فالرياض", "وسوريا", "والقاهرة", "كمصر", "ولندن", "وقال", "بالمعرض", "ولبنان", "وزير", "بيروت", "للسعودية"]
    for (const w of words) {
      const sliced = splitClitics(w, w, undefined, g.isKnown)
      expect([w, splitClitics(w, w, undefined, g.isKnown, g.isKnownFrom)]).toEqual([w, sliced])
    }
    expect(splitClitics("وبيروت", "وبيروت", undefined, g.isKnown, g.isKnownFrom)?.letters).toBe(1)
    expect(splitClitics("بيروت", "بيروت", undefined, g.isKnown, g.isKnownFrom)).toBeUndefined()
  })

  it("a word with marks keeps its own fold per stem (isKnownFrom is not asked)", () => {
    const text = "وَبَيْرُوتُ وبـيروت"
    const row = (t: string, _norm: string, _start: number, _end: number, _kind: string, w: WordSplit | undefined) => [t, w?.split.letters]
    const asked = (): boolean => {
      throw new Error("asked")
    }
    const withFrom = tokensWith(text, { lang: "ar", isKnown: g.isKnown, isKnownFrom: asked }, row)
    const without = tokensWith(text, { lang: "ar", isKnown: g.isKnown }, row)
    expect(withFrom).toEqual(without)
    expect(withFrom).toEqual([["وَبَيْرُوتُ", 1], ["وبـيروت", 1]])
  })
})
