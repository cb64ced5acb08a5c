import { describe, expect, it } from "vitest"
import {
  EnglishNamePartsFile,
  loadEnglishNameParts,
  validateEnglishNameParts
} from "../../../src/extract/entities/english.js"
import { GazetteerError } from "../../../src/extract/entities/gazetteer.js"
import { bundledTagger, extractEntities } from "../../../src/extract/entities/index.js"
import { joinedWithTags } from "./fixed-tags.js"

describe("an English body's name cut at of, for or on is one organisation (sixteenth session)", () => {
  it.each([
    ["a head noun before of and a place", "The study was led by the Royal Society of Edinburgh last year.", [["Royal Society", "ORGANIZATION"], ["Edinburgh", "LOCATION"]], [["Royal Society of Edinburgh", "ORGANIZATION"]]],
    ["a bank of a country", "Economists at the Commonwealth Bank of Australia expect no change.", [["Commonwealth Bank", "ORGANIZATION"], ["Australia", "LOCATION"]], [["Commonwealth Bank of Australia", "ORGANIZATION"]]],
    ["a head noun alone before for", "A paper from the Institute for Public Policy Research backed the plan.", [["Institute", "ORGANIZATION"], ["Public Policy Research", "ORGANIZATION"]], [["Institute for Public Policy Research", "ORGANIZATION"]]],
    ["for the and a second part typed as a place", "A teacher at the Florida School for the Deaf said pupils were thrilled.", [["Florida School", "ORGANIZATION"], ["Deaf", "LOCATION"]], [["Florida School for the Deaf", "ORGANIZATION"]]],
    ["of the", "Aid workers from the International Federation of the Red Cross reached the town.", [["International Federation", "ORGANIZATION"], ["Red Cross", "ORGANIZATION"]], [["International Federation of the Red Cross", "ORGANIZATION"]]],
    ["a first part typed as a person", "He joined the Guild of Great Britain in 1990.", [["Guild", "PERSON"], ["Great Britain", "LOCATION"]], [["Guild of Great Britain", "ORGANIZATION"]]],
    ["a head noun inside the first part, before its own of", "Graduates of the University of the West of England found work.", [["University of the West", "ORGANIZATION"], ["England", "LOCATION"]], [["University of the West of England", "ORGANIZATION"]]],
    ["on, for a body", "Analysts at the Program on International Policy Attitudes ran the poll.", [["Program", "LOCATION"], ["International Policy Attitudes", "MISC"]], [["Program on International Policy Attitudes", "ORGANIZATION"]]],
    ["three parts", "An appeal went to the Court of Appeals for the District of Columbia on Friday.", [["Court", "ORGANIZATION"], ["Appeals", "ORGANIZATION"], ["District of Columbia", "LOCATION"]], [["Court of Appeals for the District of Columbia", "ORGANIZATION"]]]
  ] as const)("%s", (_name, text, marks, expected) => {
    expect(joinedWithTags(text, marks)).toEqual(expected)
  })

  it.each([
    ["a treaty: one MISC name", "Lawyers said the law broke the European Convention on Human Rights.", [["European Convention", "MISC"], ["Human Rights", "MISC"]], [["European Convention on Human Rights", "MISC"]]],
    ["a treaty's subject typed as a person", "The court ruled under the European Convention on Human Rights.", [["European Convention", "MISC"], ["Human Rights", "PERSON"]], [["European Convention on Human Rights", "MISC"]]],
    ["a summit", "Delegates to the World Summit on the Information Society met again.", [["World Summit", "MISC"], ["Information Society", "ORGANIZATION"]], [["World Summit on the Information Society", "MISC"]]]
  ] as const)("%s", (_name, text, marks, expected) => {
    expect(joinedWithTags(text, marks)).toEqual(expected)
  })

  it.each([
    ["a gulf", "The company found oil in the Gulf of Mexico last year.", [["Gulf", "LOCATION"], ["Mexico", "LOCATION"]], [["Gulf of Mexico", "LOCATION"]]],
    ["a republic", "He beat a player from the Republic of Georgia in three sets.", [["Republic", "LOCATION"], ["Georgia", "LOCATION"]], [["Republic of Georgia", "LOCATION"]]]
  ] as const)("a place's head before of and a place: %s", (_name, text, marks, expected) => {
    expect(joinedWithTags(text, marks)).toEqual(expected)
  })

  it.each([
    ["a body's name ending with a place, and a place", "The chairman of the Police Federation of England and Wales spoke.", [["Police Federation", "ORGANIZATION"], ["England", "LOCATION"], ["Wales", "LOCATION"]], [["Police Federation of England and Wales", "ORGANIZATION"]]],
    ["and the", "The Economic Commission for Latin America and the Caribbean said growth slowed.", [["Economic Commission", "ORGANIZATION"], ["Latin America", "LOCATION"], ["Caribbean", "LOCATION"]], [["Economic Commission for Latin America and the Caribbean", "ORGANIZATION"]]],
    ["but one place only", "Staff of the University of the Highlands and Islands and Southampton met.", [["University", "ORGANIZATION"], ["Highlands", "LOCATION"], ["Islands", "LOCATION"], ["Southampton", "LOCATION"]], [["University of the Highlands and Islands", "ORGANIZATION"], ["Southampton", "LOCATION"]]],
    ["and no organisation after and", "The Bank of England and Barclays agreed.", [["Bank", "ORGANIZATION"], ["England", "LOCATION"], ["Barclays", "ORGANIZATION"]], [["Bank of England", "ORGANIZATION"], ["Barclays", "ORGANIZATION"]]],
    ["and no place after a body's name that ends with no place", "The Department for Education and Wales agreed.", [["Department", "ORGANIZATION"], ["Education", "ORGANIZATION"], ["Wales", "LOCATION"]], [["Department for Education", "ORGANIZATION"], ["Wales", "LOCATION"]]]
  ] as const)("%s", (_name, text, marks, expected) => {
    expect(joinedWithTags(text, marks)).toEqual(expected)
  })

  it.each([
    ["a title and a place", "The Bishop of Durham spoke at the meeting.", [["Bishop", "ORGANIZATION"], ["Durham", "LOCATION"]]],
    ["a person and a place", "Ann Smith of Leeds won the final.", [["Ann Smith", "PERSON"], ["Leeds", "LOCATION"]]],
    ["a company and a country", "The head of Shell for Australia said output would rise.", [["Shell", "ORGANIZATION"], ["Australia", "LOCATION"]]],
    ["an exchange", "Trading on the London Stock Exchange for Vodafone was halted.", [["London Stock Exchange", "ORGANIZATION"], ["Vodafone", "ORGANIZATION"]]],
    ["a place after on", "A report by the Foreign Office on Iraq was published.", [["Foreign Office", "ORGANIZATION"], ["Iraq", "LOCATION"]]],
    ["a person after a body's on", "The view of the Labour Party on Tony Blair was clear.", [["Labour Party", "ORGANIZATION"], ["Tony Blair", "PERSON"]]],
    ["a nationality alone", "The cash sat in a Bank of American account.", [["Bank", "ORGANIZATION"], ["American", "MISC"]]],
    ["a second part in lower case", "The Institute for fiscal studies said so.", [["Institute", "ORGANIZATION"], ["fiscal studies", "ORGANIZATION"]]],
    ["two words between", "The Commission and its allies for Africa met.", [["Commission", "ORGANIZATION"], ["Africa", "LOCATION"]]],
    ["a gulf after for", "Ships left the Gulf for Mexico on Monday.", [["Gulf", "LOCATION"], ["Mexico", "LOCATION"]]]
  ] as const)("not %s", (_name, text, marks) => {
    expect(joinedWithTags(text, marks)).toEqual(marks.map(([s, t]) => [s, t]))
  })
})

describe("an English work's title cut at of or on the is one MISC name where a work's noun says so (sixteenth session)", () => {
  it.each([
    ["after the film", "Fans queued for the film Pirates of the Caribbean all night.", [["Pirates", "ORGANIZATION"], ["Caribbean", "LOCATION"]], [["Pirates of the Caribbean", "MISC"]]],
    ["after the drama", "The Colombian drama Maria Full of Grace won the prize.", [["Maria Full", "PERSON"], ["Grace", "LOCATION"]], [["Maria Full of Grace", "MISC"]]],
    ["after her role in", "She won praise for her role in Eternal Sunshine of the Spotless Mind.", [["Eternal Sunshine", "ORGANIZATION"], ["Spotless Mind", "ORGANIZATION"]], [["Eternal Sunshine of the Spotless Mind", "MISC"]]],
    ["before trilogy", "The Lord of the Rings trilogy made billions.", [["Lord", "LOCATION"], ["Rings", "LOCATION"]], [["Lord of the Rings", "MISC"]]],
    ["on the", "It was shot on the set of the film Mutiny on the Bounty in Tahiti.", [["Mutiny", "PERSON"], ["Bounty", "LOCATION"], ["Tahiti", "LOCATION"]], [["Mutiny on the Bounty", "MISC"], ["Tahiti", "LOCATION"]]]
  ] as const)("%s", (_name, text, marks, expected) => {
    expect(joinedWithTags(text, marks)).toEqual(expected)
  })

  it("a cue anywhere in the document joins the same parts everywhere in it", () => {
    const text = "Gangs of New York opened on Friday. The drama Gangs of New York cost $100m."
    expect(
      joinedWithTags(text, [
        ["Gangs", "ORGANIZATION"],
        ["New York", "LOCATION"],
        ["Gangs", "ORGANIZATION"],
        ["New York", "LOCATION"]
      ])
    ).toEqual([
      ["Gangs of New York", "MISC"],
      ["Gangs of New York", "MISC"]
    ])
  })

  it.each([
    ["with no work's noun next to it", "Sales of Pirates of the Caribbean rose.", [["Pirates", "ORGANIZATION"], ["Caribbean", "LOCATION"]]],
    ["a work's noun before a sentence mark", "It was a film. Pirates of the Caribbean rose.", [["Pirates", "ORGANIZATION"], ["Caribbean", "LOCATION"]]],
    ["a channel after on", "A new series of Little Britain on BBC Three starts soon.", [["Little Britain", "ORGANIZATION"], ["BBC Three", "ORGANIZATION"]]],
    ["parts longer than four words", "The film Old Men From The Far North of the Great Lakes Region won.", [["Old Men From The Far North", "MISC"], ["Great Lakes Region", "LOCATION"]]]
  ] as const)("not %s", (_name, text, marks) => {
    expect(joinedWithTags(text, marks)).toEqual(marks.map(([s, t]) => [s, t]))
  })
})

describe("the english-name-parts list", () => {
  it("validates and states its source", () => {
    const f = loadEnglishNameParts()
    expect(f.id).toBe("gazetteers/english-name-parts")
    expect(f.source.length).toBeGreaterThan(40)
    expect(f.bodies).toContain("institute")
    expect(EnglishNamePartsFile).toBeDefined()
  })

  it("rejects a file with a missing field or an extra one", () => {
    const f = loadEnglishNameParts()
    const { places: _places, ...missing } = f
    expect(() => validateEnglishNameParts(missing)).toThrow(GazetteerError)
    expect(() => validateEnglishNameParts({ ...f, extra: [] })).toThrow(GazetteerError)
    expect(() => validateEnglishNameParts({ ...f, bodies: [""] })).toThrow(GazetteerError)
  })
})

describe("through the bundled English model", () => {
  const tagger = bundledTagger("en")
  it.each([
    ["The figures were compiled by the Royal Society of Edinburgh in a study published on Monday.", ["Royal Society of Edinburgh", "ORGANIZATION"]],
    ["Members of the Writers Guild of America voted on Tuesday to accept the new contract.", ["Writers Guild of America", "ORGANIZATION"]],
    ["The Institute for Public Policy Research said the scheme would cost far more than ministers had claimed.", ["Institute for Public Policy Research", "ORGANIZATION"]],
    ["The comedy Son of the Mask took $8m in its first weekend.", ["Son of the Mask", "MISC"]]
  ] as const)("%s", (text, [name, type]) => {
    const es = extractEntities(text, tagger).map((e) => [text.slice(e.start, e.end), e.type])
    expect(es).toContainEqual([name, type])
  })
})
