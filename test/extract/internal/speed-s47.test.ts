/**
 * Forty-seventh session, helper speed: `foldKey` keeps the key of a short phrase and hands out a copy. The keys are
 * those of the token stream (words and numbers, punctuation dropped) whether the phrase is kept or not, and a caller
 * that changes the array it got does not change what the next caller gets.
 */
import { describe, expect, it } from "vitest"
import { NUM, WORD, foldKey, identityView, tokensOf } from "../../../src/extract/internal/tokens.js"

/** The keys of a phrase read from its token stream, as `foldKey` read them before it kept any. */
const streamKeys = (phrase: string): Array<string> => {
  const t = tokensOf(identityView(phrase))
  const out: Array<string> = []
  for (let i = 0; i < t.count; i++) if (t.kinds[i] === WORD || t.kinds[i] === NUM) out.push(t.keys[i]!)
  return out
}

const phrases: ReadonlyArray<string> = [
  "وبداية",
  "أكَّد",
  "المتحدثُ الرسميُّ باسم الوزارة",
  "نهاية عام 2015",
  "the shadow foreign secretary",
  "«سبحانه وتعالى»",
  "",
  "،",
  // longer than the kept phrases: read from its stream every time
  "وقال المتحدث باسم الهيئة العامة للأرصاد في بيان صحفي إن الأمطار ستستمر حتى نهاية الأسبوع المقبل على أغلب المناطق"
]

describe("foldKey keeps a short phrase's key (forty-seventh session)", () => {
  it.each(phrases.map((p) => [p]))("%s: the keys of its token stream, asked once or three times", (phrase) => {
    const want = streamKeys(phrase)
    for (let i = 0; i < 3; i++) expect(foldKey(phrase)).toEqual(want)
  })

  it("hands out a copy: a caller's change to its array does not reach the next caller", () => {
    const a = foldKey("الرئيس التنفيذي")
    a.push("x")
    a[0] = "y"
    expect(foldKey("الرئيس التنفيذي")).toEqual(streamKeys("الرئيس التنفيذي"))
    expect(foldKey("الرئيس التنفيذي")).not.toBe(foldKey("الرئيس التنفيذي"))
  })

  it("stays right past the number of phrases it keeps (emptied when full)", () => {
    for (let i = 0; i < 9000; i++) {
      const p = `كلمة${i} ${i % 7 === 0 ? "وقال" : "قال"}`
      if (i % 97 === 0) expect(foldKey(p)).toEqual(streamKeys(p))
      else foldKey(p)
    }
    expect(foldKey("وبداية")).toEqual(streamKeys("وبداية"))
  })

  it("is linear: a phrase many times longer costs about as many times more, kept or not", () => {
    const small = "قال الوزير ".repeat(2)
    const big = "قال الوزير ".repeat(4000)
    const time = (p: string, n: number): number => {
      const t = performance.now()
      for (let i = 0; i < n; i++) foldKey(p)
      return performance.now() - t
    }
    time(small, 200)
    time(big, 2)
    const perSmall = time(small, 2000) / 2000 / small.length
    const perBig = time(big, 20) / 20 / big.length
    // (the small phrase is kept, so it costs a copy only; the big one is tokenized: a generous bound for a loaded machine)
    expect(perBig).toBeLessThan(Math.max(perSmall * 400, 1e-3))
  })
})
