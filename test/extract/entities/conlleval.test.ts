import { describe, expect, it } from "vitest"
import { mapTag, parseConll, splitAnercorp, toIob2 } from "../../../src/extract/entities/conll.js"
import { chunksOf, evaluate } from "../../../src/extract/entities/conlleval.js"

describe("chunksOf", () => {
  it.each([
    [["B-PER", "I-PER", "O", "B-LOC"], [["PER", 0, 2], ["LOC", 3, 4]]],
    // conlleval: an I- that does not continue its type opens an entity
    [["I-ORG", "I-ORG", "O"], [["ORG", 0, 2]]],
    [["B-PER", "I-LOC", "I-LOC"], [["PER", 0, 1], ["LOC", 1, 3]]],
    // two B- in a row are two entities
    [["B-LOC", "B-LOC"], [["LOC", 0, 1], ["LOC", 1, 2]]],
    [["O", "O"], []],
    [["B-MISC"], [["MISC", 0, 1]]]
  ] as const)("%j", (tags, expected) => {
    expect(chunksOf(tags).map((c) => [c.type, c.start, c.end])).toEqual(expected)
  })
})

describe("evaluate (hand-computed)", () => {
  it("counts exact matches only", () => {
    // gold: PER[0,2) LOC[3,4) ORG[5,7); predicted: PER[0,2) ✓, LOC[3,4) ✓, ORG[5,6) ✗ (boundary), MISC[7,8) ✗
    const gold = [["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O"]]
    const pred = [["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O", "B-MISC"]]
    const e = evaluate(gold, pred)
    // overall: correct 2, found 4, gold 3 → P 0.5, R 2/3, F1 = 2·0.5·0.6667/1.1667 = 0.5714
    expect(e.overall.correct).toBe(2)
    expect(e.overall.found).toBe(4)
    expect(e.overall.gold).toBe(3)
    expect(e.overall.precision).toBeCloseTo(0.5, 10)
    expect(e.overall.recall).toBeCloseTo(2 / 3, 10)
    expect(e.overall.f1).toBeCloseTo(4 / 7, 10)
    // PER+LOC+ORG: correct 2, found 3, gold 3 → 2/3 everywhere
    expect(e.subset.f1).toBeCloseTo(2 / 3, 10)
    expect(e.byType["ORG"]!.f1).toBe(0)
    expect(e.byType["MISC"]!.precision).toBe(0)
    expect(e.byType["MISC"]!.gold).toBe(0)
    // 6 of 8 tags agree
    expect(e.accuracy).toBeCloseTo(6 / 8, 10)
  })

  it("sums over sentences (micro average)", () => {
    const gold = [["B-PER", "O"], ["B-LOC", "I-LOC"], ["O"]]
    const pred = [["B-PER", "O"], ["B-LOC", "O"], ["B-ORG"]]
    const e = evaluate(gold, pred)
    // correct 1 (PER), found 3, gold 2
    expect([e.overall.correct, e.overall.found, e.overall.gold]).toEqual([1, 3, 2])
    expect(e.overall.f1).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2), 10)
    expect(e.byType["LOC"]!.recall).toBe(0)
  })

  it("gives 0, not NaN, when nothing is found or expected", () => {
    const e = evaluate([["O", "O"]], [["O", "O"]])
    expect(e.overall).toMatchObject({ precision: 0, recall: 0, f1: 0 })
  })

  it("refuses sequences of different lengths", () => {
    expect(() => evaluate([["O"]], [["O", "O"]])).toThrow(/sentence 0/)
    expect(() => evaluate([["O"]], [])).toThrow()
  })
})

describe("reading CoNLL files", () => {
  it("maps ANERcorp and AQMAR types and repairs IOB1", () => {
    expect(mapTag("B-PERS")).toBe("B-PER")
    expect(mapTag("I-MIS")).toBe("I-MISC")
    expect(() => mapTag("B-DATE")).toThrow(/unknown tag/)
    expect(toIob2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"])).toEqual(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"])
  })

  it("takes the first column as the token and the last as the tag", () => {
    const s = parseConll("Paris NNP B-NP I-LOC\nis VBZ B-VP O\n\n\nمحمد B-PERS\r\nقال O\n")
    expect(s).toEqual([
      { tokens: ["Paris", "is"], tags: ["B-LOC", "O"] },
      { tokens: ["محمد", "قال"], tags: ["B-PER", "O"] }
    ])
  })

  it("splits ANERcorp with a contiguous last tenth as dev", () => {
    const xs = Array.from({ length: 25 }, (_, i) => i)
    const { train, dev } = splitAnercorp(xs)
    expect(train).toEqual(xs.slice(0, 22))
    expect(dev).toEqual(xs.slice(22))
  })
})
