import { describe, expect, it } from "vitest"
import { entitiesWithTags } from "./fixed-tags.js"

describe("an English name that opens with a personal honorific is a person's, whatever type the tagger gave it", () => {
  it.each([
    ["Mr + surname typed as a place", "The plan was backed by Mr Sarkozy on Tuesday.", "Mr Sarkozy", "LOCATION", "Sarkozy"],
    ["Dr + surname typed as an organisation", "Writing in the journal, Dr Paniccia said the chip was faster.", "Dr Paniccia", "ORGANIZATION", "Paniccia"],
    ["Ms + surname typed as other", "Meanwhile Ms Hutt defended her record on waiting times.", "Ms Hutt", "MISC", "Hutt"],
    ["Sir + full name typed as an organisation", "The club said Sir Alex Ferguson would stay.", "Sir Alex Ferguson", "ORGANIZATION", "Alex Ferguson"]
  ] as const)("%s", (_name, text, span, type, name) => {
    const es = entitiesWithTags("en", text, [[span, type]])
    expect(es.map((e) => [e.text, e.type, e.role])).toEqual([[name, "PERSON", null]])
  })

  it.each([
    ["Lord is no personal honorific (Lord's, the ground)", "Rain stopped play at Lord's Cricket Ground.", "Lord's Cricket Ground", "LOCATION"],
    ["a lone honorific stays what it was", "The letter was signed Dr.", "Dr", "MISC"]
  ] as const)("not when %s", (_name, text, span, type) => {
    const es = entitiesWithTags("en", text, [[span, type]])
    expect(es.map((e) => e.type)).toEqual([type])
  })
})

describe("an English name of a person, place or organisation never ends with an article, a conjunction or a preposition", () => {
  it.each([
    ["a name the tagger ran into the next sentence", "said the analyst Vadim Mitroshin The dispute went on.", "Vadim Mitroshin The", "PERSON", ["Vadim Mitroshin"]],
    ["an organisation cut before 'of the'", "figures from the Office of the Deputy Prime Minister", "Office of the", "ORGANIZATION", ["Office"]],
    ["a lone article", "The firm is being split into three parts.", "The", "PERSON", []],
    ["but a surname that is a closed-class word stays", "the off-spinner Peter Such took four wickets", "Peter Such", "PERSON", ["Peter Such"]],
    ["and a capital A ends names (Serie A)", "he was loaned to the club of Group A in Italy", "Group A", "ORGANIZATION", ["Group A"]],
    ["and the title of a work may end with one (MISC)", "she starred in nine Carry On films", "Carry On", "MISC", ["Carry On"]]
  ] as const)("%s", (_name, text, span, type, names) => {
    expect(entitiesWithTags("en", text, [[span, type]]).map((e) => e.text)).toEqual(names)
  })
})

describe("a holiday is a date, not a name", () => {
  it.each([
    ["Christmas as a person", "Retail sales disappointed over Christmas, analysts said.", "Christmas", "PERSON"],
    ["New Year as a place", "The shop reopens after the New Year break.", "New Year", "LOCATION"]
  ] as const)("%s", (_name, text, span, type) => {
    expect(entitiesWithTags("en", text, [[span, type]])).toEqual([])
  })
})

describe("a one-word 'person' that only opens sentences and is written in lower case elsewhere is a common word", () => {
  it("Music, typed as a person at the start of a sentence, is dropped when the text writes music", () => {
    const text = "Sales of music downloads rose again. Music is now sold on phones too."
    expect(entitiesWithTags("en", text, [["Music", "PERSON"]])).toEqual([])
  })
  it("a name that stands inside a sentence too stays (Brown, brown)", () => {
    const text = "Brown spoke first. Later Brown said brown envelopes were banned."
    expect(entitiesWithTags("en", text, [["Brown", "PERSON"], ["Brown", "PERSON"]]).map((e) => e.text)).toEqual(["Brown", "Brown"])
  })
  it.each([
    ["a name never written in lower case stays", "Madonna sang first. Fans of her music queued for hours.", "Madonna", "PERSON"],
    ["an organisation stays (Labour, labour)", "Labour won the seat. Union members said labour costs would rise.", "Labour", "ORGANIZATION"],
    ["a word in capitals stays (US, us)", "US officials met them. Several of us asked why.", "US", "LOCATION"]
  ] as const)("%s", (_name, text, span, type) => {
    expect(entitiesWithTags("en", text, [[span, type]]).map((e) => e.text)).toContain(span)
  })
})

describe("an English acronym of technology or consumer goods alone is no name, matched as written", () => {
  it.each([
    ["DVD typed as an organisation", "Sales of DVD players rose by a third.", "DVD", "ORGANIZATION"],
    ["PCs typed as a person", "Most PCs now ship with the new chips.", "PCs", "PERSON"],
    ["P2P typed as an organisation", "The firm sued P2P networks over the songs.", "P2P", "ORGANIZATION"]
  ] as const)("%s", (_name, text, span, type) => {
    expect(entitiesWithTags("en", text, [[span, type]])).toEqual([])
  })

  it("a name of the same letters in another case stays (PCS, a trade union; Apple PC, a product's name)", () => {
    const es = entitiesWithTags("en", "The PCS union said the Apple PC staff would strike.", [
      ["PCS", "ORGANIZATION"],
      ["Apple PC", "ORGANIZATION"]
    ])
    expect(es.map((e) => [e.text, e.type])).toEqual([
      ["PCS", "ORGANIZATION"],
      ["Apple PC", "ORGANIZATION"]
    ])
  })
})

describe("a holiday ending a name the tagger made is not found again alone", () => {
  it("Mixed Christmas … Christmas sales", () => {
    const es = entitiesWithTags("en", "Mixed Christmas for US retailers. Christmas sales fell by 2% in December.", [["Mixed Christmas", "PERSON"]], { propagate: true })
    expect(es.map((e) => e.text)).toEqual(["Mixed Christmas"])
  })
  it("a surname found again still is", () => {
    const es = entitiesWithTags("en", "Gordon Brown spoke on Monday. Brown said the plan would work.", [["Gordon Brown", "PERSON"]], { propagate: true })
    expect(es.map((e) => e.text)).toEqual(["Gordon Brown", "Brown"])
  })
})
