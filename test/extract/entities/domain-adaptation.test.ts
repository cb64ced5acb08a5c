import { describe, expect, it } from "vitest"
import { flattenNested, parseWojood, WOJOOD_TYPES, type ConllSentence } from "../../../src/extract/entities/conll.js"
import { TAG_COUNT, TAGS, ViterbiScratch, viterbi } from "../../../src/extract/entities/decode.js"
import { gazetteer } from "../../../src/extract/entities/gazetteer.js"
import { inDomain, prepareExamples, trainPerceptron, type Example, type Trained } from "../../../src/extract/entities/train.js"

// sentences written for this test
const sentences: Array<ConllSentence> = [
  { tokens: ["زار", "بوتين", "سوتشي", "أمس"], tags: ["O", "B-PER", "B-LOC", "O"] },
  { tokens: ["قال", "وزير", "الخارجية", "إن", "الأمم", "المتحدة", "ترحب"], tags: ["O", "O", "O", "O", "B-ORG", "I-ORG", "O"] },
  { tokens: ["وصل", "الوفد", "إلى", "القاهرة", "صباح", "اليوم"], tags: ["O", "O", "O", "B-LOC", "O", "O"] }
]
const options = { bucketBits: 12, epochs: 3, seed: 7 }

/** Viterbi tags of one example under trained weights (the decoder the tagger uses). */
const decode = (t: Trained, ex: Example): Array<string> => {
  const T = TAG_COUNT
  const mask = 2 ** t.bucketBits - 1
  const emit = new Float64Array(ex.n * T)
  for (let i = 0; i < ex.n; i++)
    for (let k = ex.offs[i]!; k < ex.offs[i + 1]!; k++)
      for (let tag = 0; tag < T; tag++) emit[i * T + tag] = emit[i * T + tag]! + t.weights[(ex.feats[k]! & mask) * T + tag]!
  const pred = new Int8Array(ex.n)
  viterbi(emit, ex.n, t.transitions, t.start, pred, new ViterbiScratch())
  return Array.from(pred, (p) => TAGS[p]!)
}

describe("feature augmentation (Daumé III 2007)", () => {
  it("with one domain, both copies learn the same: the merge is exactly twice the plain model", () => {
    const ex = prepareExamples(sentences, "ar", gazetteer("ar"))
    const plain = trainPerceptron(ex, "ar", options)
    const merged = trainPerceptron(inDomain(ex, 0), "ar", { ...options, domains: 1 })
    let nonZero = 0
    for (let i = 0; i < plain.weights.length; i++) {
      if (plain.weights[i] !== 0) nonZero++
      expect(merged.weights[i]).toBe(2 * plain.weights[i]!)
    }
    expect(nonZero).toBeGreaterThan(0)
    expect(Array.from(merged.start)).toEqual(Array.from(plain.start, (x) => 2 * x))
    expect(Array.from(merged.transitions)).toEqual(Array.from(plain.transitions, (x) => 2 * x))
    expect(merged.weights.length).toBe(plain.weights.length)
  })

  it("the merge keeps the target domain's own convention where two sources disagree", () => {
    const g = gazetteer("ar")
    // the same text; in source 1 `الطالب` is (wrongly) a person, in source 0 it is not
    const s0: ConllSentence = { tokens: ["كتب", "الطالب", "درسا", "طويلا"], tags: ["O", "O", "O", "O"] }
    const s1: ConllSentence = { tokens: ["كتب", "الطالب", "درسا", "طويلا"], tags: ["O", "B-PER", "O", "O"] }
    const ex0 = inDomain(prepareExamples([s0, ...sentences], "ar", g), 0)
    const ex1 = inDomain(prepareExamples([s1, s1], "ar", g), 1)
    const examples = [...ex0, ...ex1]
    const forTarget = (target: number) => trainPerceptron(examples, "ar", { ...options, epochs: 5, domains: 2, target })
    expect(decode(forTarget(0), ex0[0]!)).toEqual(["O", "O", "O", "O"])
    expect(decode(forTarget(1), ex0[0]!)).toEqual(["O", "B-PER", "O", "O"])
    // the target's other sentences are still learned
    expect(decode(forTarget(0), ex0[3]!)).toEqual(["O", "O", "O", "B-LOC", "O", "O"])
  })

  it("is deterministic and rejects examples without a valid domain", () => {
    const ex = inDomain(prepareExamples(sentences, "ar", gazetteer("ar")), 1)
    const a = trainPerceptron([...ex], "ar", { ...options, domains: 2, minCount: 2 })
    const b = trainPerceptron([...ex], "ar", { ...options, domains: 2, minCount: 2 })
    expect(Buffer.from(b.weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(true)
    const bare = prepareExamples(sentences, "ar", gazetteer("ar"))
    expect(() => trainPerceptron(bare, "ar", { ...options, domains: 2 })).toThrow(/domain must be in/)
    expect(() => trainPerceptron(inDomain(bare, 2), "ar", { ...options, domains: 2 })).toThrow(/domain must be in/)
    expect(() => trainPerceptron(ex, "ar", { ...options, domains: 2, target: 2 })).toThrow(/target/)
  })
})

describe("Wojood's nested tags flattened to PER/LOC/ORG/MISC", () => {
  // [levels per token] → flat tags; sentences and tags written for this test
  const cases: Array<[string, Array<Array<string>>, Array<string>]> = [
    ["plain types map", [["B-PERS"], ["I-PERS"], ["O"], ["B-GPE"]], ["B-PER", "I-PER", "O", "B-LOC"]],
    ["facilities are places, events MISC", [["B-FAC"], ["I-FAC"], ["B-EVENT"]], ["B-LOC", "I-LOC", "B-MISC"]],
    ["dates, occupations, groups of people are not entities", [["B-DATE"], ["I-DATE"], ["B-OCC"], ["B-NORP"]], ["O", "O", "O", "O"]],
    // an occupation around an organisation and a city: the inner entities are kept
    [
      "inner entities of an unmapped span are kept",
      [["B-OCC"], ["I-OCC", "B-ORG"], ["I-OCC", "I-ORG"], ["I-OCC"], ["I-OCC", "B-GPE"]],
      ["O", "B-ORG", "I-ORG", "O", "B-LOC"]
    ],
    // an organisation named after a city: the outer span wins
    ["outermost mapped span wins", [["B-ORG"], ["I-ORG"], ["I-ORG", "B-GPE"]], ["B-ORG", "I-ORG", "I-ORG"]],
    ["an I- that continues nothing opens a span", [["O"], ["I-ORG"], ["I-ORG"]], ["O", "B-ORG", "I-ORG"]],
    ["adjacent spans of one type stay apart", [["B-GPE"], ["B-GPE"]], ["B-LOC", "B-LOC"]]
  ]
  it.each(cases)("%s", (_name, levels, expected) => {
    expect(flattenNested(levels)).toEqual(expected)
  })

  it("every Wojood type has a decision, and unknown types are rejected", () => {
    expect(Object.keys(WOJOOD_TYPES)).toHaveLength(21)
    expect(() => flattenNested([["B-PLANET"]])).toThrow(/unknown Wojood type/)
    expect(() => flattenNested([["X-ORG"]])).toThrow(/unknown Wojood tag/)
  })

  it("parseWojood reads nesting columns, drops paragraph marks, splits on blank lines", () => {
    const text = ["زار O", "أمين B-OCC", "الجامعة I-OCC B-ORG", "العربية I-OCC I-ORG", "بيروت B-GPE", "$#$ O", "", "انتهى O", ""].join("\n")
    expect(parseWojood(text)).toEqual([
      { tokens: ["زار", "أمين", "الجامعة", "العربية", "بيروت"], tags: ["O", "O", "B-ORG", "I-ORG", "B-LOC"] },
      { tokens: ["انتهى"], tags: ["O"] }
    ])
  })
})
