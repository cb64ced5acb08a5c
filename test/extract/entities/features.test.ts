import { describe, expect, it } from "vitest"
import { FeatureBuffer, featurize, unitValues } from "../../../src/extract/entities/features.js"
import { gazetteer, type Lang } from "../../../src/extract/entities/gazetteer.js"
import { joinTokens } from "../../../src/extract/entities/train.js"
import { segment, type Unit } from "../../../src/extract/entities/text.js"

const unitsOf = (text: string, lang: Lang): Array<Unit> =>
  segment(text, 0, text.length, { lang, isKnown: gazetteer(lang).isKnown }).flat()

const featuresOf = (units: ReadonlyArray<Unit>, lang: Lang): Array<number> => {
  const buf = new FeatureBuffer()
  featurize(units, unitValues(units, gazetteer(lang)), lang, buf)
  return Array.from(buf.copy(units.length).feats)
}

const forms = (units: ReadonlyArray<Unit>) => units.map((u) => [u.norm, u.core, u.bare, u.article, u.proclitic, u.kind])

// the same words, as a writer types them and as a CoNLL file lists them
const pairs: ReadonlyArray<[Lang, string, ReadonlyArray<string>]> = [
  ["ar", "استقبل الرئيسُ الروسي فلاديمير بوتين، في سوتشي، وفداً من الأمم المتحدة.", ["استقبل", "الرئيسُ", "الروسي", "فلاديمير", "بوتين", "،", "في", "سوتشي", "،", "وفداً", "من", "الأمم", "المتحدة", "."]],
  ["ar", "وصل وزير الخارجية إلى بسوريا (د ب أ).", ["وصل", "وزير", "الخارجية", "إلى", "بسوريا", "(", "د", "ب", "أ", ")", "."]],
  ["en", "Germany's U.S.-based envoy met al-Assad on 1996-08-22, Reuters said.", ["Germany", "'s", "U.S.", "-", "based", "envoy", "met", "al-Assad", "on", "1996-08-22", ",", "Reuters", "said", "."]],
  ["en", "Mr. Smith (Inc.) isn't here.", ["Mr.", "Smith", "(", "Inc.", ")", "isn't", "here", "."]]
]

describe("features", () => {
  it.each(pairs)("%s: running text and CoNLL tokens give the same units and features (%s)", (lang, raw, tokens) => {
    const { text } = joinTokens(tokens)
    const a = unitsOf(raw, lang)
    const b = unitsOf(text, lang)
    expect(forms(a)).toEqual(forms(b))
    expect(featuresOf(a, lang)).toEqual(featuresOf(b, lang))
    // and every unit slices its text
    for (const u of a) expect(raw.slice(u.start, u.end)).toBe(u.text)
  })

  it("are deterministic and depend on the words, not on where the sentence stands", () => {
    const s = "قال المتحدث باسم الكرملين إن بوتين سيزور القاهرة."
    const once = featuresOf(unitsOf(s, "ar"), "ar")
    expect(featuresOf(unitsOf(s, "ar"), "ar")).toEqual(once)
    const shifted = "مقدمة.\n" + s
    const units = segment(shifted, 7, shifted.length, { lang: "ar", isKnown: gazetteer("ar").isKnown }).flat()
    expect(featuresOf(units, "ar")).toEqual(once)
  })

  it("change when a word changes", () => {
    const a = featuresOf(unitsOf("Putin met Obama in Sochi.", "en"), "en")
    const b = featuresOf(unitsOf("Putin met Obama in Paris.", "en"), "en")
    expect(a).not.toEqual(b)
    expect(a.length).toBeGreaterThan(50)
  })

  it("units strip the conjunction and preposition but keep the article", () => {
    const u = unitsOf("وبريطانيا بسوريا والأمم للأمم", "ar")
    expect(u.map((x) => [x.core, x.bare, x.article, x.proclitic])).toEqual([
      ["بريطانيا", "بريطانيا", false, true],
      ["سوريا", "سوريا", false, true],
      ["الامم", "امم", true, true],
      ["الامم", "امم", true, true]
    ])
    const text = "وبريطانيا بسوريا والأمم للأمم"
    expect(u.map((x) => text.slice(x.nameStart, x.end))).toEqual(["بريطانيا", "سوريا", "الأمم", "أمم"])
  })
})
