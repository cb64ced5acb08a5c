import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import enFile from "../../../src/lexicons/quotes/en.json" with { type: "json" }
import { ArabicQuotesFile, EnglishQuotesFile, compileQuoteLexicons, quoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Forty-eighth session, helper enpron: `she`/`he` agree in sex with the person they stand for. A person no title of
 * address marks (`Mr`, `Ms`) takes the sex of a one-sex given name (`givenNames` in en.json: `Graeme` a man, `Wendy`
 * a woman); when the person the chain gives a pronoun is of the other sex by the given name alone, the pronoun goes
 * to the last person named before it whom the document gives its own sex (`personOfSexBefore`), else stays.
 * Sentences written for these tests in the style of a wire; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a pronoun of the other sex than the chain's last speaker goes to the person of its sex named before": [
    ['"The launch went very well indeed," said [[PERSON:Graeme Hurst]], the firm\'s sales director. [[PERSON:Wendy Lamb]], a consumer expert for a weekly magazine, thinks the phones help shy users. There are now two million such phones in use. "People do not know what to film with them yet," she told reporters.', ["[Graeme Hurst | said] The launch went very well indeed", "[Wendy Lamb | told] People do not know what to film with them yet"]],
    ['"Sales rose again in the last quarter," said [[PERSON:Susan Pratt]], the chief executive. Analyst [[PERSON:Derek Moss]], of a city broker, thinks the rise will last. Shares fell slightly on the day. "The market has not caught up with the figures," he said.', ["[Susan Pratt | said] Sales rose again in the last quarter", "[Derek Moss | said] The market has not caught up with the figures"]]
  ],
  "must not change: the pronoun agrees with the chain's speaker, or nobody of its sex is named": [
    ['"Sales rose again in the last quarter," said [[PERSON:Susan Pratt]], the chief executive. Analyst [[PERSON:Derek Moss]], of a city broker, thinks the rise will last. Shares fell slightly on the day. "The market has not caught up with the figures," she said.', ["[Susan Pratt | said] Sales rose again in the last quarter", "[Susan Pratt | said] The market has not caught up with the figures"]],
    // (a name the entity stage glued wrong opens with a man's name; nobody named before is a woman: it stays)
    ['Friends gathered at the church on Saturday. [[PERSON:Ossie Dale]] had been a hero to many in the town. [[PERSON:Malcolm Amira Shabazz]], the daughter of the singer, recalled the eulogy at her father\'s funeral. "He gave more than he took," she said.', ["[Malcolm Amira Shabazz | said] He gave more than he took"]],
    // (a given name of no one sex tells nothing: `Kim`)
    ['"The launch went very well indeed," said [[PERSON:Graeme Hurst]], the firm\'s sales director. [[PERSON:Kim Lamb]], a consumer expert, thinks the phones help shy users. There are now two million such phones in use. "People do not know what to film with them yet," she told reporters.', ["[Graeme Hurst | said] The launch went very well indeed", "[Graeme Hurst | told] People do not know what to film with them yet"]]
  ]
}

describeQuoteTables("English: a pronoun agrees in sex with the person it stands for (forty-eighth session, enpron)", tables)

describe("givenNames in quotes/en is validated on load (forty-eighth session)", () => {
  const ar = decodeLexicon(ArabicQuotesFile, "quotes/ar")(arFile)
  const en = decodeLexicon(EnglishQuotesFile, "quotes/en")(enFile)
  it("the compiled map gives each listed name its sex, and the file states its source", () => {
    const names = quoteLexicons().enGivenNames
    expect(names.get("graeme")).toBe("m")
    expect(names.get("wendy")).toBe("f")
    expect(names.has("kim")).toBe(false)
    expect(en.givenNames.description).toMatch(/Source:/)
  })
  it("a name in both lists, or of two words, is rejected", () => {
    expect(() => compileQuoteLexicons(ar, { ...en, givenNames: { ...en.givenNames, f: [...en.givenNames.f, "Graeme"] } })).toThrow(LexiconError)
    expect(() => compileQuoteLexicons(ar, { ...en, givenNames: { ...en.givenNames, m: ["Jean Paul"] } })).toThrow(LexiconError)
  })
  it("a file without the lists is rejected", () => {
    const { givenNames: _, ...without } = enFile as Record<string, unknown>
    expect(() => decodeLexicon(EnglishQuotesFile, "quotes/en")(without)).toThrow(LexiconError)
  })
})
