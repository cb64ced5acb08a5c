import { Effect, Stream } from "effect"
import { describe, expect, it } from "vitest"
import {
  DEFAULT_MIN_WORDS,
  bandsFor,
  candidateProbability,
  dedupeOutcomes,
  makeDedupeStep,
  makeDeduper,
  makeSigner,
  markDuplicates,
  resolveDedupeOptions,
  type DedupeInput,
  type DedupedOutcome
} from "../../src/dedupe/index.js"
import { shingleHashes } from "../../src/dedupe/minhash.js"
import { BandTable, KeyTable } from "../../src/dedupe/tables.js"
import { scanWords } from "../../src/dedupe/words.js"
import { NotArticle } from "../../src/errors.js"
import { normalizeText } from "../../src/normalize/index.js"
import { parseText } from "../../src/parse/parse.js"
import type { Outcome } from "../../src/pipeline/run.js"
import type { KhabarRecord, Reject } from "../../src/schema/record.js"
import { toRecord } from "../../src/validate/index.js"
import {
  AR_OTHER,
  AR_OUTLET_B,
  AR_OUTLET_C,
  AR_UPDATED,
  AR_WIRE,
  AR_WIRE_NOISY,
  EN_FOLLOWUP,
  EN_OTHER,
  EN_OUTLET_B,
  EN_OUTLET_C,
  EN_UPDATED,
  EN_WIRE,
  EN_WIRE_NOISY,
  record
} from "./fixtures.js"

/** Exact Jaccard similarity of two bodies' 5-word shingle sets (what the sketches estimate). */
const jaccard = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): number => {
  const set = (ps: ReadonlyArray<string>) => {
    const w = scanWords(normalizeText(ps.join("\n"), "search"))
    return new Set(shingleHashes(w.hashes, w.count, 5))
  }
  const x = set(a)
  const y = set(b)
  let inter = 0
  for (const v of x) if (y.has(v)) inter++
  return inter / (x.size + y.size - inter)
}

/** Standard error of the MinHash estimate with 128 functions, at its largest (J = 0.5). */
const SE = Math.sqrt(0.25 / 128)

describe("an agency story run by three outlets", () => {
  for (const [lang, wire, b, c] of [
    ["English", EN_WIRE, EN_OUTLET_B, EN_OUTLET_C],
    ["Arabic", AR_WIRE, AR_OUTLET_B, AR_OUTLET_C]
  ] as const) {
    it(`${lang}: the later two are near duplicates of the first, whatever their titles`, () => {
      const d = makeDeduper()
      expect(d.check(record("wire", "Original headline", wire))).toBeNull()
      const mb = d.check(record("outlet-b", "A second outlet's headline", b))
      const mc = d.check(record("outlet-c", "A third, longer headline from another site", c))
      for (const [m, body] of [
        [mb, b],
        [mc, c]
      ] as const) {
        expect(m).not.toBeNull()
        expect(m!.duplicateOf).toBe("wire")
        expect(m!.kind).toBe("near")
        expect(m!.similarity).toBeGreaterThanOrEqual(0.5)
        expect(m!.similarity).toBeLessThan(1)
        expect(Math.abs(m!.similarity - jaccard(wire, body))).toBeLessThan(4 * SE)
      }
      expect(d.stats()).toMatchObject({ checked: 3, originals: 1, near: 2, exact: 0 })
    })
  }

  it("also after the parse stage, with each site's chrome around the story", () => {
    const raw = [
      `Rotterdam port traffic falls as ships avoid Red Sea - Harbour Times\n\nBy Staff Reporter\n\nROTTERDAM (Reuters) - ${EN_WIRE.join("\n\n")}\n\nShare this article\n\nRelated: Shipping rates climb again\n\n© 2024 Harbour Times. All rights reserved.`,
      `Red Sea detours hit Europe's largest port\n\nPublished: 12 March 2024\n\n${EN_OUTLET_C.join("\n\n")}\n\nRead more:\nFreight prices at record high\n\nFollow us on Twitter`,
      `Rotterdam traffic slides 8%\n\n${EN_OUTLET_B.join("\n\n")}\n\nAll rights reserved`,
      `تشغيل محطة تحلية جديدة في ينبع\n\nينبع - واس\n\n${AR_OUTLET_B.join("\n\n")}\n\nشارك هذا الخبر\n\nاقرأ أيضا: ارتفاع استهلاك المياه في الصيف\n\nجميع الحقوق محفوظة`,
      `محطة ينبع تبدأ التشغيل التجريبي\n\n${AR_WIRE.join("\n\n")}`
    ]
    const records = raw.map((text, i): DedupeInput => {
      const doc = parseText({
        id: `site-${i}`,
        text,
        source: { path: null, index: null, bytes: text.length, encoding: "utf-8", encodingConfidence: null, hash: "" },
        meta: {},
        hints: {},
        published: null,
        reference: null,
        diagnostics: []
      })
      if (doc instanceof NotArticle) throw new Error(doc.detail)
      return { id: doc.id, title: doc.title?.text ?? null, paragraphs: doc.paragraphs }
    })
    const marked = markDuplicates(records)
    expect(marked.map((r) => r.duplicateOf)).toEqual([null, "site-0", "site-0", null, "site-3"])
  })
})

describe("an updated version", () => {
  for (const [lang, wire, updated] of [
    ["English", EN_WIRE, EN_UPDATED],
    ["Arabic", AR_WIRE, AR_UPDATED]
  ] as const) {
    it(`${lang}: one paragraph added is a near duplicate of the first version`, () => {
      const d = makeDeduper()
      d.check(record("first", "Title", wire))
      const m = d.check(record("update", "Title (updated)", updated))
      expect(m).toMatchObject({ duplicateOf: "first", kind: "near" })
      expect(Math.abs(m!.similarity - jaccard(wire, updated))).toBeLessThan(4 * SE)
    })
  }
})

describe("different stories on the same topic", () => {
  for (const [lang, wire, other] of [
    ["English", EN_WIRE, EN_OTHER],
    ["English follow-up that reuses a paragraph", EN_WIRE, EN_FOLLOWUP],
    ["Arabic", AR_WIRE, AR_OTHER]
  ] as const) {
    it(`${lang}: do not match`, () => {
      expect(jaccard(wire, other)).toBeLessThan(0.3)
      const d = makeDeduper()
      d.check(record("a", "Port and water news", wire))
      expect(d.check(record("b", "Port and water news", other))).toBeNull()
      expect(d.stats().originals).toBe(2)
    })
  }
})

describe("exact copies", () => {
  it("whitespace, NBSP, diacritics, tatweel, letter variants, digits, case and paragraph breaks do not matter", () => {
    for (const [wire, noisy] of [
      [EN_WIRE, EN_WIRE_NOISY],
      [AR_WIRE, AR_WIRE_NOISY]
    ] as const) {
      expect(noisy.join("\n")).not.toBe(wire.join("\n"))
      const d = makeDeduper()
      d.check(record("clean", "One title", wire))
      expect(d.check(record("noisy", "Another title", noisy))).toEqual({ duplicateOf: "clean", similarity: 1, kind: "exact" })
    }
  })

  it("a changed word is not exact", () => {
    const d = makeDeduper()
    d.check(record("a", null, EN_WIRE))
    const m = d.check(record("b", null, [EN_WIRE[0]!.replace("eight", "nine"), ...EN_WIRE.slice(1)]))
    expect(m?.kind).toBe("near")
    expect(m!.similarity).toBeLessThan(1)
  })

  it("exact matching works with near matching off", () => {
    const d = makeDeduper({ near: false })
    d.check(record("a", null, AR_WIRE))
    expect(d.check(record("b", null, AR_WIRE_NOISY))).toMatchObject({ duplicateOf: "a", kind: "exact" })
    expect(d.check(record("c", null, AR_UPDATED))).toBeNull()
    expect(d.stats().sketched).toBe(0)
  })
})

describe("short bodies", () => {
  const oneLine = ["Details to follow."]
  it(`bodies under ${DEFAULT_MIN_WORDS} words match only with the same title`, () => {
    const d = makeDeduper()
    expect(d.check(record("a", "Minister resigns", oneLine))).toBeNull()
    expect(d.check(record("b", "Earthquake in the north", oneLine))).toBeNull()
    expect(d.check(record("c", "Minister resigns", ["Details  to follow"]))).toEqual({ duplicateOf: "a", similarity: 1, kind: "exact" })
    expect(d.check(record("d", "تفاصيل لاحقا", ["تفاصيل لاحقاً."]))).toBeNull()
    expect(d.check(record("e", "تفاصيل لاحقا", ["تفاصيل لاحقا"]))).toMatchObject({ duplicateOf: "d", kind: "exact" })
  })

  it("are never near-matched, however close", () => {
    const short = EN_WIRE[0]!.split(" ").slice(0, 20).join(" ")
    const d = makeDeduper({ threshold: 0.1 })
    d.check(record("a", "T1", [short]))
    expect(d.check(record("b", "T2", [`${short} today`]))).toBeNull()
    // and a long body is never matched against a short one
    expect(d.check(record("c", "T1", [short, ...EN_WIRE]))).toBeNull()
    expect(d.stats()).toMatchObject({ originals: 3, sketched: 1 })
  })

  it("the minimum is an option", () => {
    const short = EN_WIRE[0]!.split(" ").slice(0, 20).join(" ")
    const d = makeDeduper({ minWords: 10 })
    d.check(record("a", "T1", [short]))
    expect(d.check(record("b", "T2", [`${short} today`]))).toMatchObject({ duplicateOf: "a", kind: "near" })
  })

  it("a record with no word in its body or title is never matched nor stored", () => {
    const d = makeDeduper()
    expect(d.check(record("a", null, []))).toBeNull()
    expect(d.check(record("b", "", ["", " ... ", "\u064e\u0651"]))).toBeNull()
    expect(d.check(record("c", null, []))).toBeNull()
    expect(d.stats()).toMatchObject({ checked: 3, empty: 3, originals: 0 })
    // an empty body with a title is a short body
    expect(d.check(record("d", "Breaking", []))).toBeNull()
    expect(d.check(record("e", "BREAKING", []))).toMatchObject({ duplicateOf: "d" })
  })
})

describe("originals", () => {
  it("the first record seen is the original; duplicates always point to an original, never to a duplicate", () => {
    const d = makeDeduper()
    d.check(record("wire", null, EN_WIRE))
    expect(d.check(record("update", null, EN_UPDATED))?.duplicateOf).toBe("wire")
    // an exact copy of a near duplicate: duplicates are not stored, so it points to the original
    expect(d.check(record("copy-of-update", null, EN_UPDATED))).toMatchObject({ duplicateOf: "wire", kind: "near" })
    expect(d.stats().originals).toBe(1)
  })

  it("the most similar original wins, not the earliest", () => {
    const head = EN_WIRE.slice(0, 3)
    const tail = EN_WIRE.slice(3)
    expect(jaccard(head, tail)).toBe(0)
    expect(jaccard(EN_WIRE, head)).toBeGreaterThan(0.55)
    expect(jaccard(EN_WIRE, tail)).toBeGreaterThan(0.3)
    expect(jaccard(EN_WIRE, tail)).toBeLessThan(0.4)
    const d = makeDeduper({ threshold: 0.25 })
    expect(d.check(record("tail", null, tail))).toBeNull()
    expect(d.check(record("head", null, head))).toBeNull()
    expect(d.check(record("whole", null, EN_WIRE))).toMatchObject({ duplicateOf: "head", kind: "near" })
  })
})

describe("signatures", () => {
  it("survive structured cloning (a worker can compute them)", () => {
    const sign = makeSigner()
    const d = makeDeduper()
    d.checkSignature("a", structuredClone(sign(record("a", null, AR_WIRE))))
    expect(d.checkSignature("b", structuredClone(sign(record("b", null, AR_OUTLET_C))))).toEqual(d.check(record("b2", null, AR_OUTLET_C)))
  })

  it("from other options are refused", () => {
    const d = makeDeduper()
    for (const options of [{ permutations: 64 }, { seed: 1 }, { shingle: 4 }, { minWords: 10 }, { near: false }]) {
      const other = makeSigner(options)(record("a", null, EN_WIRE))
      expect(() => d.checkSignature("a", other)).toThrow(/other options/)
    }
    // the threshold and the bands shape the index, not the signature
    expect(d.checkSignature("a", makeSigner({ threshold: 0.9 })(record("a", null, EN_WIRE)))).toBeNull()
    expect(d.stats().checked).toBe(1)
  })

  it("depend on the seed, exact keys do not", () => {
    const a = makeSigner({ seed: 1 })(record("a", null, EN_WIRE))
    const b = makeSigner({ seed: 2 })(record("a", null, EN_WIRE))
    expect([a.keyHi, a.keyLo]).toEqual([b.keyHi, b.keyLo])
    expect(a.sketch).not.toEqual(b.sketch)
  })
})

describe("options", () => {
  it("defaults", () => {
    expect(resolveDedupeOptions()).toEqual({
      threshold: 0.5,
      near: true,
      shingle: 5,
      permutations: 128,
      bands: 42,
      rows: 3,
      minWords: 25,
      seed: 0
    })
  })

  it.each([
    [{ threshold: 0 }, /threshold/],
    [{ threshold: 1.01 }, /threshold/],
    [{ threshold: Number.NaN }, /threshold/],
    [{ shingle: 0 }, /shingle/],
    [{ shingle: 2.5 }, /shingle/],
    [{ permutations: 0 }, /permutations/],
    [{ bands: 300 }, /bands/],
    [{ minWords: -1 }, /minWords/],
    [{ seed: -1 }, /seed/],
    [{ near: "yes" as unknown as boolean }, /near/]
  ])("%o is refused", (options, message) => {
    expect(() => makeDeduper(options)).toThrow(message)
  })

  it("bands: the fewest for which a pair at the threshold is a candidate with probability 0.99", () => {
    for (const threshold of [0.3, 0.5, 0.7, 0.8, 0.9, 1]) {
      for (const permutations of [32, 64, 128, 256]) {
        const bands = bandsFor(threshold, permutations)
        const rows = Math.floor(permutations / bands)
        expect(candidateProbability(threshold, bands, rows)).toBeGreaterThanOrEqual(0.99)
        // one more row per band would miss the target
        const fewer = Math.floor(permutations / (rows + 1))
        if (rows + 1 <= permutations) expect(candidateProbability(threshold, fewer, rows + 1)).toBeLessThan(0.99)
      }
    }
  })
})

const asRecord = (id: string, paragraphs: ReadonlyArray<string>): KhabarRecord => {
  const text = paragraphs.join("\n\n")
  let at = 0
  return toRecord({
    id,
    text,
    source: { path: null, index: null, bytes: text.length, encoding: "utf-8", encodingConfidence: null, hash: "" },
    meta: {},
    hints: {},
    language: { code: "en", script: "Latn", direction: "ltr", confidence: 1 },
    title: null,
    dateline: null,
    byline: null,
    published: null,
    reference: null,
    paragraphs: paragraphs.map((p) => {
      const start = text.indexOf(p, at)
      at = start + p.length
      return { text: p, display: null, start, end: at }
    }),
    boilerplate: [],
    entities: [],
    dates: [],
    quotes: [],
    numbers: [],
    keywords: [],
    views: {},
    diagnostics: []
  })
}

const reject = (id: string): Reject => ({
  id,
  source: { path: null, index: null, bytes: 0 },
  reason: "empty",
  code: "KHB-E001",
  stage: "decode",
  message: "the input is empty",
  place: null
})

const outcomes = (): Array<Outcome> => [
  { _tag: "Record", record: asRecord("wire", EN_WIRE) },
  { _tag: "Reject", reject: reject("empty-file") },
  { _tag: "Record", record: asRecord("outlet-b", EN_OUTLET_B) },
  { _tag: "Record", record: asRecord("other", EN_OTHER) },
  { _tag: "Record", record: asRecord("copy", EN_WIRE_NOISY) }
]

describe("the step of a corpus run", () => {
  it("mark: every record comes out, duplicates marked", () => {
    const step = makeDedupeStep({ mode: "mark" })
    const out = outcomes().map(step.outcome)
    expect(out.map((o) => o._tag)).toEqual(["Record", "Reject", "Record", "Record", "Record"])
    const marks = out.flatMap((o) => (o._tag === "Record" ? [[o.record.id, o.record.duplicateOf, o.record.similarity]] : []))
    expect(marks[0]).toEqual(["wire", null, null])
    expect(marks[1]![1]).toBe("wire")
    expect(marks[1]![2]).toBeGreaterThan(0.5)
    expect(marks[2]).toEqual(["other", null, null])
    expect(marks[3]).toEqual(["copy", "wire", 1])
  })

  it("drop: duplicates come out as drops, and records + rejects + drops = inputs", () => {
    const step = makeDedupeStep({ mode: "drop" })
    const inputs = outcomes()
    const out = inputs.map(step.outcome)
    const count = (tag: DedupedOutcome["_tag"]) => out.filter((o) => o._tag === tag).length
    expect(count("Record") + count("Reject") + count("Duplicate")).toBe(inputs.length)
    expect(count("Duplicate")).toBe(2)
    const drop = out.find((o) => o._tag === "Duplicate" && o.id === "copy")
    expect(drop).toMatchObject({ _tag: "Duplicate", duplicateOf: "wire", similarity: 1, kind: "exact" })
    for (const o of out) if (o._tag === "Record") expect(o.record.duplicateOf).toBeNull()
  })

  it("marks left on a record by an earlier run are cleared when it is not a duplicate", () => {
    const step = makeDedupeStep()
    const stale = { ...asRecord("x", EN_OTHER), duplicateOf: "gone", similarity: 0.7 }
    expect(step.record(stale)).toMatchObject({ duplicateOf: null, similarity: null })
  })

  it("an unknown mode is refused", () => {
    expect(() => makeDedupeStep({ mode: "delete" as "drop" })).toThrow(/mode/)
    expect(() => dedupeOutcomes({ threshold: 2 })).toThrow(/threshold/)
  })

  it("on a stream: each run starts with an empty index", async () => {
    const stream = Stream.fromIterable(outcomes()).pipe(dedupeOutcomes({ mode: "drop" }))
    const first = await Effect.runPromise(Stream.runCollect(stream))
    const second = await Effect.runPromise(Stream.runCollect(stream))
    expect(second).toEqual(first)
    expect(first.map((o) => o._tag)).toEqual(["Record", "Reject", "Duplicate", "Record", "Duplicate"])
  })
})

describe("index tables", () => {
  it("the exact-key table finds every key after growing, and only those", () => {
    const t = new KeyTable()
    const n = 50_000
    // keys built to collide in naive slot hashes: hi a multiple of lo, many equal halves
    for (let i = 0; i < n; i++) t.add(Math.imul(i, 0x9e3779b1), i % 7, i)
    expect(t.size).toBe(n)
    for (let i = 0; i < n; i += 97) expect(t.get(Math.imul(i, 0x9e3779b1), i % 7)).toBe(i)
    expect(t.get(Math.imul(3, 0x9e3779b1), 4)).toBe(-1)
    expect(t.get(12345, 678)).toBe(-1)
  })

  it("the band table keeps every entry of a key, newest first, across growths", () => {
    const t = new BandTable()
    const n = 20_000
    for (let i = 0; i < n; i++) t.add(i % 1000, i)
    const docsOf = (key: number) => {
      const out: Array<number> = []
      for (let e = t.first(key); e !== -1; e = t.next(e)) if (t.keyOf(e) === key) out.push(t.docOf(e))
      return out
    }
    expect(docsOf(7)).toEqual(Array.from({ length: 20 }, (_, k) => 7 + 1000 * (19 - k)))
    expect(docsOf(-5)).toEqual([])
  })
})
