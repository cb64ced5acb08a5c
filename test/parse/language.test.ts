/**
 * The function-word count that tells English from French: the hand-written
 * scanner must count exactly what the words found by `/[a-zà-ÿ]+/g` in the
 * lower-cased text give.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { detectLanguage, functionWords } from "../../src/parse/language.js"

const EN = new Set(["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "it", "as", "said", "by", "at", "from", "his", "has", "have", "be", "are", "were", "will"])
const FR = new Set(["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "que", "qui", "au", "sur", "pas"])

/** The reference: lower-case the text, take the regex words, look each up. */
const reference = (text: string): { en: number; fr: number } => {
  let en = 0
  let fr = 0
  for (const w of text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []) {
    if (EN.has(w)) en++
    if (FR.has(w)) fr++
  }
  return { en, fr }
}

describe("functionWords", () => {
  const table: ReadonlyArray<string> = [
    "",
    "The minister said that the plan was ready.",
    "THE END OF THE STORY",
    "Le ministre a dit que la loi est prête dans une semaine.",
    "theory thesaurus other", // words that hold a function word are not it
    "a",
    "the",
    "x the",
    "Àla ÀLA là-bas, Les Élus",
    "a×b the÷and ß the", // × separates; ÷ is inside the regex range; ß lower-cases to itself, outside it
    "İS THE İt", // İ lower-cases to i + a combining dot
    "KELVIN \u212Aing the \u212A", // the Kelvin sign lower-cases to k
    "\u0178ES \u212Bngstr", // Ÿ → ÿ, the Ångström sign → å
    "قال الوزير the في and",
    "the\u200Bend and\u00ADso"
  ]
  it.each(table)("counts as the regex words do: %j", (text) => {
    expect(functionWords(text, 0, text.length)).toEqual(reference(text))
  })

  it("counts inside a window only", () => {
    const text = "and the of | le la les"
    expect(functionWords(text, 0, 10)).toEqual(reference(text.slice(0, 10)))
    expect(functionWords(text, 13, text.length)).toEqual(reference(text.slice(13)))
    // a window that cuts a word reads the part inside it
    expect(functionWords(text, 1, 10)).toEqual(reference(text.slice(1, 10)))
  })

  it("knows every code unit that lower-cases into the regex range (the whole BMP)", () => {
    // a code unit from U+0100 up that lower-cases into [a-zà-ÿ] must send the text to the regex reading
    for (let c = 0x100; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const s = String.fromCharCode(c)
      if (!/[a-zà-ÿ]/.test(s.toLowerCase())) continue
      const text = `the${s}and ${s}le`
      expect(functionWords(text, 0, text.length), `U+${c.toString(16)}`).toEqual(reference(text))
    }
  })

  it("agrees with the regex words on generated text", () => {
    const pieces = ["the", "The", "THE", "and", "le", "La", "dans", "said", "x", "Àé", "ß", "×", "÷", " ", ",", "-", "İ", "\u212A", "\u0178", "ا", "1", "\u00AD", "ñ", "Œ"]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("")
        expect(functionWords(text, 0, text.length)).toEqual(reference(text))
      }),
      { numRuns: 500 }
    )
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(functionWords(text, 0, text.length)).toEqual(reference(text))
      }),
      { numRuns: 500 }
    )
  })

  it("tells English from French", () => {
    expect(detectLanguage("The minister said that the plan was ready and the work will start.").code).toBe("en")
    expect(detectLanguage("Le ministre a dit que la loi est prête dans une semaine et que les élus sont pour.").code).toBe("fr")
  })
})
