import { describe, expect, it } from "vitest"
import { processText } from "../../src/index.js"
import { MAY_QUOTE, drawIndexes, mulberry32, renderArticle } from "../../scripts/lib/quote-sample.js"

describe("the seeded draw of a quotes reading", () => {
  it("draws the same indexes for the same seed, and other ones for another seed", () => {
    const a = drawIndexes(25_000, 40, 145011)
    expect(drawIndexes(25_000, 40, 145011)).toEqual(a)
    expect(drawIndexes(25_000, 40, 146013)).not.toEqual(a)
  })

  it("draws distinct indexes in range, ascending", () => {
    const a = drawIndexes(50, 50, 7)
    expect(a).toEqual(Array.from({ length: 50 }, (_, i) => i))
    const b = drawIndexes(1_000, 200, 9)
    expect(new Set(b).size).toBe(200)
    expect(b.every((x, i) => x >= 0 && x < 1_000 && (i === 0 || b[i - 1]! < x))).toBe(true)
  })

  it("refuses a sample larger than its pool or not a whole number", () => {
    expect(() => drawIndexes(3, 4, 1)).toThrow(/cannot draw 4 articles from 3/)
    expect(() => drawIndexes(10, 2.5, 1)).toThrow(RangeError)
  })

  it("spreads its values over [0, 1)", () => {
    const next = mulberry32(42)
    const bins = new Array<number>(10).fill(0)
    for (let i = 0; i < 10_000; i++) {
      const x = next()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
      bins[Math.floor(x * 10)]!++
    }
    for (const n of bins) expect(n).toBeGreaterThan(850)
  })

  it("keeps articles with a quote mark or a speech verb, and skips the others", () => {
    expect(MAY_QUOTE.test("وقال المتحدث إن الاجتماع انتهى")).toBe(true)
    expect(MAY_QUOTE.test("افتتح الأمير «المعرض الدولي للكتاب»")).toBe(true)
    expect(MAY_QUOTE.test("The minister said the plan would go ahead.")).toBe(true)
    expect(MAY_QUOTE.test("ارتفعت أسعار النفط في تعاملات الصباح بنسبة 2 في المئة.")).toBe(false)
  })
})

describe("the reader's sheet", () => {
  it("numbers the article's non-blank lines and lists the quotes found with speaker, verb and span", async () => {
    const text = "الوزير يزور المعرض\n\nالرياض - واس\n\nقال وزير التجارة خالد العتيبي: «إن المعرض يفتح أبوابه للجميع».\n"
    const record = await processText(text)
    const sheet = renderArticle(3, "f.json#7", text, record)
    expect(sheet).toContain("## 3. f.json#7")
    expect(sheet).toContain("[1] الوزير يزور المعرض\n[2] الرياض - واس\n[3] قال وزير التجارة")
    expect(sheet).toContain(`### khabar quotes (${record.quotes.length})`)
    const q = record.quotes[0]!
    expect(sheet).toContain(`1. speaker: «${q.speaker}» · verb: ${q.verb} · [${q.start}, ${q.end})`)
    expect(text.slice(q.start, q.end)).toBe(q.text)
  })

  it("clips a long quote in the middle and gives a rejected article's reason", () => {
    const long = "كلمة ".repeat(60).trim()
    const sheet = renderArticle(1, "x", long, {
      quotes: [{ text: long, speaker: null, speakerEntityId: null, verb: null, start: 0, end: long.length }]
    })
    expect(sheet).toContain("1. speaker: ∅ · verb: ∅ · [0, 299)")
    expect(sheet).toMatch(/> كلمة .* … .*كلمة$/m)
    expect(renderArticle(2, "y", "", { rejected: "NotArticle" })).toBe("## 2. y\n\nrejected: NotArticle\n")
  })
})
