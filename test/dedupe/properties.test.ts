import { Effect, Stream } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { dedupeOutcomes, makeDeduper, makeSigner, markDuplicates, type DedupeInput } from "../../src/dedupe/index.js"
import { shingleHashes } from "../../src/dedupe/minhash.js"
import { scanWords } from "../../src/dedupe/words.js"
import { normalizeText } from "../../src/normalize/index.js"
import type { Outcome } from "../../src/pipeline/run.js"
import type { KhabarRecord } from "../../src/schema/record.js"

const AR_WORDS = ["وزير", "المياه", "محطة", "أعلنت", "الرياض", "جديدة", "مليون", "اليوم", "المؤسسة", "قال", "في", "على", "مشروع", "الطاقة", "ينبع"]
const EN_WORDS = ["minister", "water", "plant", "said", "port", "new", "million", "today", "authority", "the", "in", "on", "project", "energy", "Rotterdam"]
const word = fc.constantFrom(...AR_WORDS, ...EN_WORDS)
const paragraph = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(" "))
/** Any text at all, lone surrogates included. */
const anyText = fc.string({ unit: "binary", maxLength: 40 })

const body = fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: anyText }), { minLength: 0, maxLength: 6 })
const title = fc.option(fc.oneof(paragraph, anyText), { nil: null })

const rec = (id: string, t: string | null, ps: ReadonlyArray<string>): DedupeInput => ({ id, title: t, paragraphs: ps.map((text) => ({ text })) })

/** The same words, written carelessly: vowel marks and tatweel in Arabic words, case in Latin ones, odd spaces and punctuation between. */
const noisy = (ws: ReadonlyArray<string>) =>
  fc
    .tuple(
      fc.array(fc.nat(), { minLength: ws.length, maxLength: ws.length }),
      fc.array(fc.constantFrom(" ", "  ", "\u00a0", "\n", " \t ", ", ", " - ", "\u060c ", "\u202f"), { minLength: ws.length, maxLength: ws.length })
    )
    .map(([choices, seps]) =>
      ws
        .map((w, k) => {
          const c = choices[k]!
          const decorated = /[a-z]/i.test(w)
            ? c % 3 === 0
              ? w.toUpperCase()
              : c % 3 === 1
                ? w[0]!.toUpperCase() + w.slice(1)
                : w
            : [...w].map((ch, i) => (i > 0 && (c >> i) % 4 === 0 ? `\u0640${ch}` : (c >> i) % 4 === 1 ? `${ch}\u064e` : ch)).join("")
          return (k === 0 ? "" : seps[k]!) + decorated
        })
        .join("")
    )

const hasWord = (t: string | null, ps: ReadonlyArray<string>) =>
  scanWords(normalizeText(ps.join("\n"), "search")).count > 0 || (t !== null && scanWords(normalizeText(t, "search")).count > 0)

describe("properties", () => {
  it("a record is an exact duplicate of itself, with similarity 1", () => {
    fc.assert(
      fc.property(title, body, (t, ps) => {
        fc.pre(hasWord(t, ps))
        const d = makeDeduper()
        expect(d.check(rec("first", t, ps))).toBeNull()
        expect(d.check(rec("again", t, ps))).toEqual({ duplicateOf: "first", similarity: 1, kind: "exact" })
      }),
      { numRuns: 300 }
    )
  })

  it("a record without a word is never a duplicate", () => {
    const noWord = fc.array(fc.constantFrom(" ", ".", "\u064e", "\u0640", "!?", "\u200b", "\u00a0", "🙂"), { maxLength: 8 }).map((xs) => xs.join(""))
    fc.assert(
      fc.property(fc.option(noWord, { nil: null }), fc.array(noWord, { maxLength: 3 }), (t, ps) => {
        const d = makeDeduper()
        expect(d.check(rec("a", t, ps))).toBeNull()
        expect(d.check(rec("b", t, ps))).toBeNull()
        expect(d.stats().originals).toBe(0)
      })
    )
  })

  it("spacing, punctuation, vowel marks, tatweel and letter case never change the exact key", () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 60 }).chain((ws) => fc.tuple(fc.constant(ws), noisy(ws))),
        ([ws, written]) => {
          const d = makeDeduper()
          d.check(rec("clean", "t", [ws.join(" ")]))
          expect(d.check(rec("noisy", "t", [written]))).toMatchObject({ duplicateOf: "clean", similarity: 1, kind: "exact" })
        }
      ),
      { numRuns: 300 }
    )
  })

  /** A corpus with duplicates: each record copies an earlier one (edited or not) or is new. */
  const corpus = fc
    .array(
      fc.record({
        copyOf: fc.option(fc.nat(), { nil: null }),
        edit: fc.array(fc.tuple(fc.nat(), word), { maxLength: 4 }),
        fresh: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
        t: title
      }),
      { minLength: 1, maxLength: 25 }
    )
    .map((specs) => {
      const out: Array<DedupeInput> = []
      specs.forEach((s, i) => {
        let ps: Array<string> = s.fresh
        if (s.copyOf !== null && out.length > 0) {
          const src = out[s.copyOf % out.length]!
          const words = src.paragraphs.map((p) => p.text).join(" ").split(" ")
          for (const [at, w] of s.edit) words[at % words.length] = w
          ps = [words.join(" ")]
        }
        out.push(rec(`r${i}`, s.t, ps))
      })
      return out
    })

  it("the same input in the same order gives the same marks, however it is run", async () => {
    await fc.assert(
      fc.asyncProperty(corpus, async (records) => {
        const once = markDuplicates(records)
        const twice = markDuplicates(records)
        expect(twice).toEqual(once)
        const d = makeDeduper()
        const streamed = records.map((r) => d.check(r))
        expect(streamed.map((m) => m?.duplicateOf ?? null)).toEqual(once.map((r) => r.duplicateOf))
        const sign = makeSigner()
        const viaSignatures = makeDeduper()
        const signed = records.map((r) => viaSignatures.checkSignature(r.id, structuredClone(sign(r))))
        expect(signed).toEqual(streamed)
        const outcomes: Array<Outcome> = once.map((r) => ({ _tag: "Record", record: r as unknown as KhabarRecord }))
        const viaStream = await Effect.runPromise(Stream.runCollect(Stream.fromIterable(outcomes).pipe(dedupeOutcomes())))
        expect(viaStream.map((o) => (o._tag === "Record" ? o.record.duplicateOf : "?"))).toEqual(once.map((r) => r.duplicateOf))
      }),
      { numRuns: 100 }
    )
  })

  it("duplicateOf names an earlier original; similarity is 1 for exact, in [threshold, 1] for near", () => {
    fc.assert(
      fc.property(corpus, fc.constantFrom(0.3, 0.5, 0.8), (records, threshold) => {
        const d = makeDeduper({ threshold })
        const seen = new Map<string, boolean>()
        for (const r of records) {
          const m = d.check(r)
          if (m !== null) {
            expect(seen.get(m.duplicateOf)).toBe(true)
            if (m.kind === "exact") expect(m.similarity).toBe(1)
            else {
              expect(m.similarity).toBeGreaterThanOrEqual(threshold)
              expect(m.similarity).toBeLessThanOrEqual(1)
            }
          }
          seen.set(r.id, m === null)
        }
        expect(d.stats().originals).toBe([...seen.values()].filter(Boolean).length - d.stats().empty)
      }),
      { numRuns: 200 }
    )
  })

  it("the similarity estimates the Jaccard similarity of the 5-word shingle sets (within 5 standard errors)", () => {
    // distinct words, so the shingle sets are known exactly; a fixed seed keeps the test deterministic
    const vocabulary = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}`)
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 400 }), fc.integer({ min: 0, max: 100 }), fc.nat(3000), (n, keepPct, offset) => {
        const a = vocabulary.slice(offset, offset + n)
        const keep = Math.floor((n * keepPct) / 100)
        const b = [...a.slice(0, keep), ...vocabulary.slice(offset + n, offset + n + (n - keep))]
        const shingles = (ws: ReadonlyArray<string>) => {
          const s = scanWords(ws.join(" "))
          return new Set(shingleHashes(s.hashes, s.count, 5))
        }
        const x = shingles(a)
        const y = shingles(b)
        let inter = 0
        for (const v of x) if (y.has(v)) inter++
        const j = inter / (x.size + y.size - inter)
        const d = makeDeduper({ threshold: 0.01, minWords: 1 })
        d.check(rec("a", null, [a.join(" ")]))
        const m = d.check(rec("b", null, [b.join(" ")]))
        const estimate = m?.similarity ?? 0
        const se = Math.sqrt(Math.max(j * (1 - j), 0.01) / 128)
        // below the LSH curve, a pair may not even become a candidate: only check pairs that matched or should have
        if (m !== null || j > 0.2) expect(Math.abs(estimate - j)).toBeLessThanOrEqual(5 * se + 1e-9)
      }),
      { numRuns: 300, seed: 20_240_601 }
    )
  })
})
