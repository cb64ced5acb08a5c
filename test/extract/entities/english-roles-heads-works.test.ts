/**
 * English rules after the tagger written in the nineteenth session (docs/entities.md): a role leaves out the word that
 * opens the sentence, names that end with the head noun of an event or an ensemble, and a name right after a work's
 * noun. The sentences are written for these tests in the style of British wire copy; tags are fixed by hand (see
 * fixed-tags.ts), so the rows check the rules alone, not the model.
 */
import { describe, expect, it } from "vitest"
import { loadEnglishNameParts, validateEnglishNameParts } from "../../../src/extract/entities/english.js"
import { GazetteerError } from "../../../src/extract/entities/gazetteer.js"
import { entitiesWithTags, joinedWithTags } from "./fixed-tags.js"

describe("English roles: the sentence's opener is not the role's", () => {
  it.each([
    ["But Foreign Secretary Jane Holloway said talks would go on.", "Jane Holloway", "Foreign Secretary"],
    ["On Wednesday Irish Transport Minister Sean Doyle defended the plan.", "Sean Doyle", "Irish Transport Minister"],
    ["Earlier Labour chairman Tom Reid told the conference it was time.", "Tom Reid", "Labour chairman"],
    ["Since President Maria Lopes took office, prices have fallen.", "Maria Lopes", "President"],
    ["Meanwhile Lib Dem leader Alan Price called for a vote.", "Alan Price", "Lib Dem leader"],
    ["Their coach Frank Dale was not at the ground.", "Frank Dale", "coach"],
    ["In October Tory leader Peter Marsh promised lower taxes.", "Peter Marsh", "Tory leader"],
    // openers that begin the names of teams, bands and works stay in the role
    ["All Blacks captain Sam Tane said the side was ready.", "Sam Tane", "All Blacks captain"],
    ["No Doubt singer Kate Ross returned to the stage.", "Kate Ross", "No Doubt singer"],
    // a possessor is a name, not a month (May, the department store)
    ["May's chairman Gene Hall will step down in June.", "Gene Hall", "May's chairman"],
    // nothing is left but the opener and a word that is no title: no role
    ["But Wednesday Jane Holloway said no.", "Jane Holloway", null]
  ] as const)("%s", (text, name, role) => {
    const es = entitiesWithTags("en", text, [[name, "PERSON"]])
    expect(es.map((e) => [e.text, e.role])).toEqual([[name, role]])
  })
})

describe("English names that end with the head noun of an event or an ensemble", () => {
  it.each([
    ["a prize typed as a person", "She won two Academy Awards for the role.", [["Academy Awards", "PERSON"]], [["Academy Awards", "MISC"]]],
    ["a festival typed as a place", "The film opened the Venice Film Festival on Wednesday.", [["Venice Film Festival", "LOCATION"]], [["Venice Film Festival", "MISC"]]],
    ["a marathon typed as an organisation", "He ran the London Marathon in April.", [["London Marathon", "ORGANIZATION"]], [["London Marathon", "MISC"]]],
    ["a band typed as a person", "The album by Scissor Sisters sold well.", [["Scissor Sisters", "PERSON"]], [["Scissor Sisters", "ORGANIZATION"]]],
    ["a nationality and the rest of a prize's name typed as a person", "The singer took three American Music Awards.", [["American", "MISC"], ["Music Awards", "PERSON"]], [["American Music Awards", "MISC"]]],
    ["a place and the rest of an orchestra's name", "She played with the English Chamber Orchestra in Leeds.", [["English", "MISC"], ["Chamber Orchestra", "PERSON"], ["Leeds", "LOCATION"]], [["English Chamber Orchestra", "ORGANIZATION"], ["Leeds", "LOCATION"]]],
    // a part the tagger typed right keeps its own name apart
    ["a nationality before a cup typed right", "He left the British Davis Cup team.", [["British", "MISC"], ["Davis Cup", "MISC"]], [["British", "MISC"], ["Davis Cup", "MISC"]]],
    // surnames that are also nouns are not heads; a head alone is no name of its own
    ["a surname", "The play was written by Lee Hall.", [["Lee Hall", "PERSON"]], [["Lee Hall", "PERSON"]]],
    ["a company that makes games", "The studio was bought by Rockstar Games last year.", [["Rockstar Games", "ORGANIZATION"]], [["Rockstar Games", "ORGANIZATION"]]],
    ["a head alone", "Critics praised Orchestra at the time.", [["Orchestra", "PERSON"]], [["Orchestra", "PERSON"]]],
    // prizes written without a head noun
    ["a prize's name alone", "The Oscar nominations are due on Tuesday.", [["Oscar", "PERSON"]], [["Oscar", "MISC"]]],
    ["a prize's name of two words", "The film took two Golden Globes last month.", [["Golden Globes", "ORGANIZATION"]], [["Golden Globes", "MISC"]]],
    ["a given name in a person's name stays", "The play by Oscar Wilde returns to the stage.", [["Oscar Wilde", "PERSON"]], [["Oscar Wilde", "PERSON"]]],
    ["an academy's name that is also a prize's stays", "Bafta said the awards would move.", [["Bafta", "ORGANIZATION"]], [["Bafta", "ORGANIZATION"]]],
    // adjectives of religion and party typed as people
    ["a religion's adjective", "Leaders of Muslim groups met the minister.", [["Muslim", "PERSON"]], [["Muslim", "MISC"]]],
    ["a party's adjective", "He warned of a Tory government after the vote.", [["Tory", "PERSON"]], [["Tory", "MISC"]]],
    ["a party's name stays", "The Tories said the plan was flawed.", [["Tories", "ORGANIZATION"]], [["Tories", "ORGANIZATION"]]]
  ] as const)("%s", (_name, text, marks, expected) => {
    expect(joinedWithTags(text, marks)).toEqual(expected)
  })

  it("the head nouns are data, validated on load", () => {
    const parts = loadEnglishNameParts()
    expect(parts.events).toContain("awards")
    expect(parts.ensembles).toContain("orchestra")
    expect(parts.prizes).toContain("oscar")
    expect(parts.affiliations).toContain("tory")
    expect(() => validateEnglishNameParts({ ...parts, events: [""] })).toThrow(GazetteerError)
  })
})

describe("an English name right after a work's noun is a work's title, everywhere in the document", () => {
  it.each([
    ["a film typed as a person, named again", "Leigh's film Vera Drake opened on Friday. Vera Drake took three awards.", [["Leigh", "PERSON"], ["Vera Drake", "PERSON"], ["Vera Drake", "PERSON"]], [["Leigh", "PERSON"], ["Vera Drake", "MISC"], ["Vera Drake", "MISC"]]],
    ["an album typed as a place", "Their debut album Harbour Lights sold a million copies.", [["Harbour Lights", "LOCATION"]], [["Harbour Lights", "MISC"]]],
    ["an article between the noun and the title", "She starred in the film The Long Road last year.", [["The Long Road", "ORGANIZATION"]], [["The Long Road", "MISC"]]],
    ["a name before the noun", "The BBC drama Cold Harbour drew eight million viewers.", [["BBC", "ORGANIZATION"], ["Cold Harbour", "PERSON"]], [["BBC", "ORGANIZATION"], ["Cold Harbour", "MISC"]]],
    // the noun is part of someone's role, or a verb, or a sports word
    ["a role with the noun", "The film director Mike Leigh was not there.", [["Mike Leigh", "PERSON"]], [["Mike Leigh", "PERSON"]]],
    ["a verb", "Wales will play England in Cardiff.", [["Wales", "LOCATION"], ["England", "LOCATION"], ["Cardiff", "LOCATION"]], [["Wales", "LOCATION"], ["England", "LOCATION"], ["Cardiff", "LOCATION"]]],
    ["a match", "After the game Wenger said his side had been unlucky.", [["Wenger", "PERSON"]], [["Wenger", "PERSON"]]]
  ] as const)("%s", (_name, text, marks, expected) => {
    expect(joinedWithTags(text, marks)).toEqual(expected)
  })
})

describe("a question's auxiliary (or `Like`) that opens a headline or a sentence is no part of a name", () => {
  it.each([
    ["Can Yahoo dominate the next decade?", "Can Yahoo", "ORGANIZATION", "Yahoo"],
    ["Could Halton survive another winter?", "Could Halton", "LOCATION", "Halton"],
    ["Should Smith stay at the club?", "Should Smith", "PERSON", "Smith"],
    ["Like Napster, the network lets users swap files.", "Like Napster", "ORGANIZATION", "Napster"],
    // not Will or May, which are also names, nor Do, which opens titles
    ["Will Turner won the race on Sunday.", "Will Turner", "PERSON", "Will Turner"]
  ] as const)("%s", (text, mark, type, expected) => {
    expect(entitiesWithTags("en", text, [[mark, type]]).map((e) => e.text)).toEqual([expected])
  })
})
