/**
 * English linking (twentieth session, docs/entities.md): a well-known organisation written alone is not the given name
 * of a longer "person" it opens (a product the tagger typed as a person), unless that longer name is written as often;
 * it may still be a person's surname; a work's title after its noun with adjectives before the noun (`Arnold's
 * gritty drama Wasp`) is a work. Sentences written for these tests in the style of wire copy; tags fixed by hand
 * (fixed-tags.ts), so the rows check the rules after the tagger alone.
 */
import { describe, expect, it } from "vitest"
import { joinedWithTags } from "./fixed-tags.js"
import { rows as fieldRows, type Marks } from "./helpers.js"

const rows = (text: string, marks: Marks) => fieldRows("en", text, marks, ["text", "type", "canonical"])

describe("English: a company is not the given name of its product", () => {
  it("keeps the company apart from a product named once and types it from the lists", () => {
    const text =
      "Yahoo said on Monday that profits rose. Users of Yahoo Messenger can now send files. Yahoo expects growth in Asia, and Yahoo shares rose 3%."
    expect(rows(text, [["Yahoo", "PERSON"], ["Yahoo Messenger", "PERSON"], ["Yahoo", "PERSON"], ["Yahoo", "PERSON"]])).toEqual([
      ["Yahoo", "ORGANIZATION", "Yahoo"],
      ["Yahoo Messenger", "PERSON", "Yahoo Messenger"],
      ["Yahoo", "ORGANIZATION", "Yahoo"],
      ["Yahoo", "ORGANIZATION", "Yahoo"]
    ])
  })

  it("still joins a longer name written as often as the word alone (a person's given name)", () => {
    const text = "Chelsea Clinton spoke in Denver on Friday. Chelsea thanked the crowd."
    expect(rows(text, [["Chelsea Clinton", "PERSON"], ["Chelsea", "PERSON"]])).toEqual([
      ["Chelsea Clinton", "PERSON", "Chelsea Clinton"],
      ["Chelsea", "PERSON", "Chelsea Clinton"]
    ])
  })

  it("still links the word as the surname of a person", () => {
    const text = "Shadow minister Karen Fox spoke first. Fox said the bill was flawed. Fox called for a vote, and Fox won it."
    expect(rows(text, [["Karen Fox", "PERSON"], ["Fox", "PERSON"], ["Fox", "PERSON"], ["Fox", "PERSON"]]).map((r) => r[2])).toEqual([
      "Karen Fox",
      "Karen Fox",
      "Karen Fox",
      "Karen Fox"
    ])
  })
})

describe("English: a work's title after its noun, with adjectives before the noun", () => {
  it.each([
    ["Arnold's gritty drama Wasp won the prize.", "Wasp", "MISC"],
    ["Director Stone's historical epic Alexander opened on Friday.", "Alexander", "MISC"],
    ["She starred in her acclaimed new film Vera Drake last year.", "Vera Drake", "MISC"],
    // guards: three lower-case words between, or a noun that is also a verb (`to play`)
    ["It was the most talked about film Wasp had ever seen.", "Wasp", "PERSON"],
    ["He is due to play England on Saturday.", "England", "LOCATION"]
  ] as const)("%s", (text, name, type) => {
    expect(joinedWithTags(text, [[name, name === "England" ? "LOCATION" : "PERSON"]])).toEqual([[name, type]])
  })
})

describe("a son named with a generational word is another person than the man of the same name", () => {
  const canon = (lang: "ar" | "en", text: string, marks: Marks) => fieldRows(lang, text, marks, ["text", "canonical"])

  it("keeps the father's full name and his surname apart from the son's name (Arabic)", () => {
    const text = "قال الرئيس دونالد ترامب إن ابنه لم يخطئ. والتقى دونالد ترامب الابن محامية. وأضاف ترامب أن اللقاء قانوني."
    expect(canon("ar", text, [["دونالد ترامب", "PERSON"], ["دونالد ترامب الابن", "PERSON"], ["ترامب", "PERSON"]])).toEqual([
      ["دونالد ترامب", "دونالد ترامب"],
      ["دونالد ترامب الابن", "دونالد ترامب الابن"],
      ["ترامب", "دونالد ترامب"]
    ])
  })

  it("joins a surname alone to the son when he is the only full name (Arabic)", () => {
    const text = "والتقى دونالد ترامب الابن محامية روسية. وقال ترامب إن اللقاء قانوني."
    expect(canon("ar", text, [["دونالد ترامب الابن", "PERSON"], ["ترامب", "PERSON"]])).toEqual([
      ["دونالد ترامب الابن", "دونالد ترامب الابن"],
      ["ترامب", "دونالد ترامب الابن"]
    ])
  })

  it("does the same with Jr in English", () => {
    const text = "Martin Hale Jr met the lawyer in June. His father Martin Hale said the meeting was legal. Hale added that he was proud."
    expect(canon("en", text, [["Martin Hale Jr", "PERSON"], ["Martin Hale", "PERSON"], ["Hale", "PERSON"]])).toEqual([
      ["Martin Hale Jr", "Martin Hale Jr"],
      ["Martin Hale", "Martin Hale"],
      ["Hale", "Martin Hale"]
    ])
  })
})
