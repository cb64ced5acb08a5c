/**
 * Properties of the parser on generated articles (fast-check), and linear
 * time on adversarial inputs (growth ratios measured in the test, never
 * absolute times).
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { NotArticle } from "../../src/errors.js"
import type { InputHints } from "../../src/model/document.js"
import { parseText } from "../../src/parse/parse.js"
import { input } from "./helpers.js"
import { violations } from "./invariants.js"

const arWords = ["قال", "الوزير", "إن", "المشروع", "سيبدأ", "في", "الرياض", "خلال", "العام", "المقبل", "وأضاف", "أن", "الحكومة", "تدعم", "القطاع", "الخاص", "«الشرق الأوسط»", "(رويترز)", "هـ", "2015", "١٤٣٦", "مـــعرض"]
const enWords = ["The", "minister", "said", "the", "project", "would", "start", "in", "London", "next", "year", "(AP)", "Reuters", "—", "said:", "\"quoted\"", "Nov", "21"]
const chrome = [
  "مقالات ذات صلة",
  "زر الذهاب إلى الأعلى",
  "اقرأ أيضا",
  "شارك",
  "فيسبوك تويتر واتساب",
  "// انتهى //",
  "16:44 ت م",
  "الوسوم: اقتصاد، طاقة",
  "Related Topics",
  "Share this with",
  "Advertisement",
  "Copyright 2015 The Associated Press. All rights reserved.",
  "Fri, 11 Aug 2017 15:20:50 GMT",
  "رابط الخبر بصحيفة الوئام: عنوان",
  "Next Previous",
  "***",
  "...المزيد",
  "للتواصل مع الكاتب ارسل رسالة SMS",
  "سمات اقتصاد طاقة"
]
const credits = [
  "عواصم ـ وكالات",
  "دمشق - سانا",
  "واشنطن : (أ ف ب)",
  "بيروت (رويترز) -",
  "سالم العتيبي- سبق- جدة:",
  "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",
  "WASHINGTON (AP) —",
  "LONDON, Nov 21 (Reuters) -",
  "By Jane Doe",
  "لندن: «الشرق الأوسط» | Tuesday, 11 August 2015 - 15:52 pm",
  "&quot;سبق&quot;&ndash; الرياض:"
]
const oddChars = ["\u00a0", "\u200f", "\u200e", "\u0640", "«", "»", "(", ")", ":", "-", "|", "\u201c", "\u201d", '"', "\t", "&nbsp;", "\ufeff", "\u064e", "ﻣﻦ", "\ud83d\ude00"]

const sentence = (words: ReadonlyArray<string>) =>
  fc
    .tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), fc.constantFrom("", ".", "؟", "!", ":", "…"))
    .map(([ws, end]) => ws.join(" ") + end)

const line = fc.oneof(
  { weight: 4, arbitrary: sentence(arWords) },
  { weight: 3, arbitrary: sentence(enWords) },
  { weight: 2, arbitrary: fc.constantFrom(...chrome) },
  { weight: 2, arbitrary: fc.constantFrom(...credits) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...oddChars), { maxLength: 8 }).map((a) => a.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u00a0\u200f") },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...credits), sentence(arWords))
      .map(([c, s]) => `${c} ${s}`)
  }
)

const breaks = fc.constantFrom("\n", "\n\n", "\r\n", "\r", "\u2028", "\n \n")

/** An article: lines joined by assorted breaks, with or without title/author hints. */
const article = fc
  .tuple(fc.array(fc.tuple(line, breaks), { minLength: 1, maxLength: 25 }), fc.boolean())
  .map(([parts, withHints]) => {
    let text = ""
    const spans: Array<{ start: number; end: number }> = []
    for (const [l, b] of parts) {
      spans.push({ start: text.length, end: text.length + l.length })
      text += l + b
    }
    const hints: InputHints =
      withHints && spans.length >= 2 ? { title: spans[0]!, author: spans[1]! } : withHints && spans.length === 1 ? { title: spans[0]! } : {}
    return { text, hints }
  })

describe("properties on generated articles", () => {
  it("every span slices the text, pieces do not overlap, and no non-blank character is lost", () => {
    fc.assert(
      fc.property(article, ({ text, hints }) => {
        const r = parseText(input(text, hints))
        if (r instanceof NotArticle) {
          expect(r.detail.length).toBeGreaterThan(0)
          return
        }
        expect(violations(r)).toEqual([])
        expect(r.paragraphs.length).toBeGreaterThan(0)
      }),
      { numRuns: 600 }
    )
  })

  it("parsing is deterministic", () => {
    fc.assert(
      fc.property(article, ({ text, hints }) => {
        expect(JSON.stringify(parseText(input(text, hints)))).toBe(JSON.stringify(parseText(input(text, hints))))
      }),
      { numRuns: 100 }
    )
  })

  it("a title line with a site suffix loses the suffix, and the suffix is kept as site-title", () => {
    fc.assert(
      fc.property(sentence(arWords), fc.constantFrom(" - BBC Arabic", " | BBC News", " - الجزيرة نت"), (title, suffix) => {
        const t = title.replace(/[.؟!:…]$/, "").trim()
        fc.pre(t.length > 0 && !t.endsWith("-"))
        const text = `${t}${suffix}\n\nقال الوزير إن المشروع سيبدأ في الرياض خلال العام المقبل وإن الحكومة تدعم القطاع الخاص.`
        const r = parseText(input(text))
        if (r instanceof NotArticle) return
        expect(r.boilerplate.some((b) => b.kind === "site-title" && suffix.includes(b.text.replace(/^[-|]\s*/, "")))).toBe(true)
        expect(r.title?.text.endsWith(suffix.trim())).toBe(false)
      }),
      { numRuns: 100 }
    )
  })
})

/** The best of a few runs, in ms. */
const timeOf = (text: string, runs = 3): number => {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    parseText(input(text))
    best = Math.min(best, performance.now() - t0)
  }
  return Math.max(best, 0.05)
}

/**
 * Time grows at most `bound` times when the input grows `factor` times
 * (linear growth gives ≈ factor, quadratic ≈ factor²; the bound leaves room
 * for garbage collection and a busy machine).
 */
const expectLinear = (make: (n: number) => string, n: number, factor: number, bound: number) => {
  timeOf(make(n), 1) // warm up
  const small = timeOf(make(n))
  const big = timeOf(make(n * factor))
  expect(big / small, `time ratio for ${factor}× input: ${small.toFixed(1)} ms → ${big.toFixed(1)} ms`).toBeLessThan(bound)
}

describe("linear time on adversarial input", () => {
  const head = "عنوان\n\n"
  it("one huge line of words (5 MB → 50 MB)", () => {
    const unit = "كلمة عربية وأخرى "
    const make = (n: number) => head + unit.repeat(Math.ceil(n / unit.length))
    expectLinear(make, 5_000_000, 10, 40)
    const r = parseText(input(make(50_000_000)))
    expect(r instanceof NotArticle ? r.detail : r.diagnostics.map((d) => d.code)).toContain("KHB-W102")
  }, 120_000)

  it("a line of 1 MB of tatweel", () => {
    expectLinear((n) => head + "ـ".repeat(n) + "\nنص قصير يكفي ليكون فقرة من عدة كلمات متتالية هنا.", 125_000, 8, 32)
  })

  it("200k lines of dashes", () => {
    expectLinear((n) => head + "-\n".repeat(n) + "نص قصير يكفي ليكون فقرة من عدة كلمات متتالية هنا.", 25_000, 8, 32)
  })

  it("200k one-letter lines (each a paragraph until the index-page check)", () => {
    expectLinear((n) => head + "ا\n".repeat(n), 25_000, 8, 32)
    const r = parseText(input(head + "ا\n".repeat(200_000)))
    expect(r instanceof NotArticle && r.detail).toMatch(/index page/)
  })

  it("deeply repeated quotes and brackets", () => {
    expectLinear((n) => head + '«"(“'.repeat(n) + " قال: «" + "»".repeat(n), 50_000, 8, 32)
    expectLinear((n) => '"'.repeat(n) + "\n\n" + "(رويترز) ".repeat(n), 20_000, 8, 32)
  })

  // (from 20,000 lines: the cost per line is flat from 10,000 to 160,000 lines,
  // but 10,000 lines parse in about 10 ms, and that short a run, against a long
  // one slowed by the garbage collector and by test files running beside it,
  // gave ratios above the bound)
  it("many short credit-like lines", () => {
    expectLinear((n) => head + "الرياض - واس:\n".repeat(n) + "نص قصير يكفي ليكون فقرة من عدة كلمات متتالية هنا.", 20_000, 8, 32)
  }, 60_000)

  it("long lines of separators, colons and entities", () => {
    expectLinear((n) => head + ": - | ".repeat(n) + "\n" + "&quot;".repeat(n), 50_000, 8, 32)
  })
})
