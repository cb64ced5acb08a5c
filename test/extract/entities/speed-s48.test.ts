/**
 * Forty-eighth session, helper speed: `segment` reads each Arabic word's fold, clitic split and unit once per word as
 * written (`WordForms` in src/normalize/tokenize.ts, `unitOfForm` in src/extract/entities/text.ts) and moves the unit
 * to where the word is read. The units are those of the reading without kept forms (`segmentWith(…, undefined)`), on a
 * word's first sight and on every later one, at any offset, for any `isKnown`, and after the kept forms are dropped.
 */
import { describe, expect, it } from "vitest"
import { gazetteer } from "../../../src/extract/entities/gazetteer.js"
import { segment, segmentWith } from "../../../src/extract/entities/text.js"
import { tokenize } from "../../../src/normalize/index.js"
import { WordForms } from "../../../src/normalize/tokenize.js"

const isKnown = gazetteer("ar").isKnown

/** Invented sentences in the style of the wires: clitics, the article, a foreign W, فان, presentation forms, marks. */
const texts: ReadonlyArray<string> = [
  "وقال المتحدث باسم وزارة الداخلية للصحفيين إن الوزارة ستعلن نتائج التحقيق قريباً.",
  "وأكد وانغ يي وزير الخارجية الصيني أن بلاده تدعم الحل السياسي، وقال ويلي كاباييرو إن فريقه جاهز.",
  "وبحسب البيان، فان بلاتر التقى فان غال في زيورخ. وأشار فان غال إلى أن الفريق سيعود.",
  "وللأمم المتحدة دور كبير، وبالرياض وبسوريا وكالمعتاد ولللجنة ففي والمملكة.",
  "ﷺ قال رسول اللہ ﷺ: «إنما الأعمال بالنيات». ﻻ إله إلا الله.",
  "أكَّدَ المُتحدِّثُ الرسميُّ ـــ في بيانٍ ـــ أنّ الاجتماعَ سيُعقدُ غداً.",
  "The minister said on Tuesday that U.S. and E.U. officials would meet in Geneva; it's the UN's call.",
  "وفي عام 2015م أعلنت الشركة عن أرباح بلغت 3.5 مليار ريال، و15% منها للمساهمين.",
  "&quot;وقال&quot; الأمير محمد بن سلمان ولي العهد، وأبو بكر وابن بطوطة ويوتيوب وياماناشي ووودز.",
  ""
]

const both = (text: string, from: number, to: number, known: ((norm: string) => boolean) | undefined, memo: WordForms) => {
  const options = known === undefined ? { lang: "ar" as const } : { lang: "ar" as const, isKnown: known }
  return { got: segmentWith(text, from, to, options, memo), want: segmentWith(text, from, to, options, undefined) }
}

describe("segment's kept word forms give the units of the reading without them (forty-eighth session)", () => {
  it.each(texts.map((t) => [t]))("%s: the same units, first sight and later, through segment", (text) => {
    const want = segmentWith(text, 0, text.length, { lang: "ar", isKnown }, undefined)
    for (let i = 0; i < 3; i++) expect(segment(text, 0, text.length, { lang: "ar", isKnown })).toEqual(want)
  })

  it.each(texts.map((t) => [t]))("%s: the same units with a fresh memo, without isKnown, and at an offset", (text) => {
    for (const known of [isKnown, undefined]) {
      const memo = new WordForms(known)
      for (let i = 0; i < 2; i++) {
        const a = both(text, 0, text.length, known, memo)
        expect(a.got).toEqual(a.want)
        const cut = Math.min(7, text.length)
        const b = both(text, cut, text.length, known, memo)
        expect(b.got).toEqual(b.want)
      }
    }
  })

  it("a word read inside a longer text and then alone keeps its offsets (unit moved, not copied)", () => {
    const memo = new WordForms(isKnown)
    const long = both("قال الرئيس وللأمم المتحدة والمملكة", 0, 35, isKnown, memo)
    expect(long.got).toEqual(long.want)
    const text = "   وللأمم المتحدة"
    const short = both(text, 0, text.length, isKnown, memo)
    expect(short.got).toEqual(short.want)
    expect(short.got[0]![0]).toMatchObject({ text: "وللأمم", start: 3, end: 9, article: true, proclitic: true })
  })

  it("a full memo is emptied and the units stay the same", () => {
    const memo = new WordForms(isKnown, 3)
    for (const text of texts) {
      const a = both(text, 0, text.length, isKnown, memo)
      expect(a.got).toEqual(a.want)
      expect(memo.forms.size).toBeLessThanOrEqual(3)
    }
  })

  it("a memo kept for another isKnown is not used (the split depends on it)", () => {
    const memo = new WordForms(undefined)
    // وبسوريا: the gazetteer knows سوريا and cuts وب; without isKnown the split is the default one
    const text = "وصل الوفد وبسوريا اجتماعات"
    segmentWith(text, 0, text.length, { lang: "ar" }, memo)
    const got = segmentWith(text, 0, text.length, { lang: "ar", isKnown }, memo)
    expect(got).toEqual(segmentWith(text, 0, text.length, { lang: "ar", isKnown }, undefined))
  })

  it("tokenize keeps no forms: its tokens are as before", () => {
    const t = tokenize("وللأمم المتحدة وبالرياض")
    expect(t.map((x) => x.text)).toEqual(["وللأمم", "المتحدة", "وبالرياض"])
    expect(t[0]!.clitics?.map((c) => c.kind)).toEqual(["conjunction", "preposition", "article"])
  })

  it("linear: a long text of repeated and distinct words takes time in proportion to its length", () => {
    const words = ["وقال", "المتحدث", "وللأمم", "بالرياض", "وانغ", "فان"]
    const make = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `${words[i % words.length]}${"ب".repeat(i % 7)}` : words[i % words.length])).join(" ")
    const small = make(2_000)
    const big = make(40_000)
    const time = (text: string) => {
      const t0 = performance.now()
      segment(text, 0, text.length, { lang: "ar", isKnown })
      return performance.now() - t0
    }
    time(small)
    const a = Math.max(1, time(small))
    const b = time(big)
    expect(b / a).toBeLessThan(20 * 10)
  })
})
