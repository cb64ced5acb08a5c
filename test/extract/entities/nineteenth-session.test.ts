import { describe, expect, it } from "vitest"
import { entitiesWithTags } from "./fixed-tags.js"

// Sentences written for this test, in the style of British wire copy; tags are fixed (see fixed-tags.ts), so the rows
// check the role rules alone, not the model.
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
