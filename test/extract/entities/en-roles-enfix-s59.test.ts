/**
 * Fifty-ninth session (helper enfix, docs/entities.md "Roles"): an English role before a name reads a qualifier in lower
 * case (`shadow`, `former`, `acting`) and the words of a portfolio or a field (`education`, `home affairs`, `local
 * government`) once its title was read (`roleQualifiers`, `roleFields` of `gazetteers/english-name-parts.json`;
 * `isLowerRoleWord`, `roleWordGoesOn` in mentions.ts); before, the role stopped at the first lower-case word that was
 * no title (`Tory shadow chancellor X` → `chancellor`). The sentences are written for these tests in the style of
 * British wire copy; tags are fixed by hand (see fixed-tags.ts), so the rows check the rules alone, not the model.
 */
import { describe, expect, it } from "vitest"
import { entitiesWithTags } from "./fixed-tags.js"

describe("English roles: qualifiers and portfolios in lower case (fifty-ninth session)", () => {
  it.each([
    ["Tory shadow chancellor Ruth Ames said the figures did not add up.", "Ruth Ames", "Tory shadow chancellor"],
    ["Shadow education secretary Tom Pell wants smaller classes.", "Tom Pell", "Shadow education secretary"],
    ["The plan was backed by Lib Dem home affairs spokesman Mark Dent.", "Mark Dent", "Lib Dem home affairs spokesman"],
    ["Tory work and pensions spokesman Dan Webb called it a tax.", "Dan Webb", "Tory work and pensions spokesman"],
    ["Shares rose after former Acme boss Ian Hale sold his stake.", "Ian Hale", "former Acme boss"],
    ["The side was picked by acting head coach Sam Ryder.", "Sam Ryder", "acting head coach"],
    ["He had warned against demonising ex-Downing Street media chief Alan Crewe.", "Alan Crewe", "ex-Downing Street media chief"],
    // a speech verb that opens the sentence before its inverted subject is no part of the role
    ["Said Wales assistant coach Huw Bevan: \"We are ready.\"", "Huw Bevan", "Wales assistant coach"],
    // a link after a portfolio's word, or after one was read, ends the role
    ["The government of Chancellor Karl Bremer has cut taxes.", "Karl Bremer", "Chancellor"],
    ["A spokesman for EU trade commissioner Piet Maas denied it.", "Piet Maas", "EU trade commissioner"],
    // a common word in lower case before the title still ends the role (no list holds it)
    ["The figures pleased City economist Jo Hart.", "Jo Hart", "City economist"],
    ["Many voters backed veteran minister Alan Pryce.", "Alan Pryce", "minister"]
  ] as const)("%s", (text, name, role) => {
    const es = entitiesWithTags("en", text, [[name, "PERSON"]])
    expect(es.filter((e) => e.text === name).map((e) => [e.text, e.role])).toEqual([[name, role]])
  })
})
