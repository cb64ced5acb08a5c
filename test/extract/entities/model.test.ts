import { describe, expect, it } from "vitest"
import { fromBase64, toBase64 } from "../../../src/extract/entities/codec.js"
import { TAG_COUNT } from "../../../src/extract/entities/decode.js"
import { FEATURE_VERSION } from "../../../src/extract/entities/features.js"
import { encodeModel, loadModel, NerModelError, type ModelFile } from "../../../src/extract/entities/model.js"
import { bundledModel } from "../../../src/extract/entities/models.js"
import { mulberry32 } from "../../../src/extract/entities/train.js"
import { fnv1a64 } from "../../../src/internal/hash.js"

const bits = 12
const size = 2 ** bits
const random = mulberry32(42)
const weights = new Float32Array(size * TAG_COUNT)
for (let k = 0; k < weights.length; k++) if (random() < 0.05) weights[k] = Math.round((random() - 0.5) * 4000) / 100
const start = Array.from({ length: TAG_COUNT }, (_, t) => t / 10)
const transitions = Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, k) => (k % 7) - 3)
const training = { data: ["made up"], sentences: 1, tokens: 1, epochs: 1, seed: 42, outsideBias: 0, dev: {} }
const file = (): ModelFile =>
  encodeModel({ bucketBits: bits, weights, start, transitions }, { lang: "en", scale: 0.01, training, license: "test", attribution: "test" })

const errorOf = (json: unknown, lang: "ar" | "en" = "en"): NerModelError => {
  try {
    loadModel(json, lang)
  } catch (e) {
    if (e instanceof NerModelError) return e
    throw e
  }
  throw new Error("the model loaded")
}

describe("model files", () => {
  it("round-trip: every weight comes back within half a quantization step", () => {
    const m = loadModel(JSON.parse(JSON.stringify(file())), "en")
    expect(m.bucketBits).toBe(bits)
    for (let b = 0; b < size; b++) {
      for (let t = 0; t < TAG_COUNT; t++) {
        const w = weights[b * TAG_COUNT + t]!
        const row = m.rowOf[b]!
        const got = row < 0 ? 0 : m.weights[row * TAG_COUNT + t]!
        expect(Math.abs(got - w)).toBeLessThanOrEqual(0.005 + 1e-6)
      }
    }
    expect(Array.from(m.start)).toEqual(start)
  })

  it("encodes the same weights to the same bytes", () => {
    expect(JSON.stringify(file())).toBe(JSON.stringify(file()))
  })

  it.each([
    ["a missing field", (f: Record<string, unknown>): unknown => delete f["weights"], "invalid"],
    ["a wrong format", (f: Record<string, unknown>): unknown => (f["format"] = "other"), "invalid"],
    ["another feature version", (f: Record<string, unknown>): unknown => (f["features"] = "ner-features-0"), "features"],
    ["other tags", (f: Record<string, unknown>): unknown => (f["tags"] = ["O", "B-PER"]), "tags"],
    ["edited weights", (f: Record<string, unknown>): unknown => (f["weights"] = "A" + String(f["weights"]).slice(1)), "checksum"],
    ["cut weights", (f: Record<string, unknown>): unknown => (f["weights"] = String(f["weights"]).slice(0, 40)), "checksum"],
    ["a wrong row count", (f: Record<string, unknown>): unknown => (f["rows"] = Number(f["rows"]) + 1), "corrupt"],
    ["short transitions", (f: Record<string, unknown>): unknown => (f["transitions"] = [1, 2]), "invalid"]
  ] as const)("refuses %s with a typed error", (_, damage, reason) => {
    const f = JSON.parse(JSON.stringify(file())) as Record<string, unknown>
    damage(f)
    const e = errorOf(f)
    expect(e).toBeInstanceOf(NerModelError)
    expect(e._tag).toBe("NerModelError")
    expect(e.reason).toBe(reason)
    expect(e.message).toMatch(/entity model \(en\) does not load/)
  })

  it("refuses a model of the other language", () => {
    expect(errorOf(JSON.parse(JSON.stringify(file())), "ar").reason).toBe("language")
  })

  it("refuses weights whose bytes are damaged even with a matching checksum", () => {
    const f = JSON.parse(JSON.stringify(file())) as Record<string, unknown>
    const bytes = fromBase64(String(f["weights"]))!
    const cut = toBase64(bytes.slice(0, bytes.length - 3))
    f["weights"] = cut
    // even with the checksum recomputed, the rows cannot be read from the cut bytes
    f["checksum"] = fnv1a64(`${String(f["buckets"])}\n${cut}`)
    expect(errorOf(f).reason).toBe("corrupt")
  })

  it("base64 round-trips every length", () => {
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 255)
      expect(Array.from(fromBase64(toBase64(bytes))!)).toEqual(Array.from(bytes))
    }
    expect(fromBase64("ab$=")).toBeNull()
    expect(fromBase64("abc")).toBeNull()
  })

  it.each(["ar", "en"] as const)("the bundled %s model loads and says how it was trained", (lang) => {
    const m = bundledModel(lang)
    expect(m.lang).toBe(lang)
    expect(m.rows).toBeGreaterThan(1000)
    expect(m.training.dev["ALL"]!.f1).toBeGreaterThan(0.5)
    expect(m.attribution.length).toBeGreaterThan(20)
    expect(FEATURE_VERSION).toMatch(/^ner-features-/)
  })

  it("the bundled Arabic model is trained on its dev split too and records the held-out score of the same procedure", () => {
    const t = bundledModel("ar").training
    expect(t.devIncluded).toBe(true)
    expect(t.data[0]).toMatch(/all: the first 90% and the dev split/)
    // the held-out estimate, not an in-sample fit: in-sample scores on this split run above 0.9
    expect(t.dev["PER+LOC+ORG"]!.f1).toBeGreaterThan(0.7)
    expect(t.dev["PER+LOC+ORG"]!.f1).toBeLessThan(0.8)
    expect(bundledModel("en").training.devIncluded).toBeUndefined()
  })
})
