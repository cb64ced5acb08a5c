import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { entitiesWithTags } from "./fixed-tags.js"

/** The `[text, type, entity id]` of each entity, for compact expectations. */
const brief = (es: ReadonlyArray<{ text: string; type: EntityType; entityId: string }>) => es.map((e) => [e.text, e.type, e.entityId])

describe("a lone surname typed as something else is the person named in full (English)", () => {
  it.each([
    [
      "a keeper typed as an organisation",
      "Arsenal brought in Jens Lehmann last summer. Lehmann has not played since.",
      [["Arsenal", "ORGANIZATION"], ["Jens Lehmann", "PERSON"], ["Lehmann", "ORGANIZATION"]],
      [["Arsenal", "ORGANIZATION", "e1"], ["Jens Lehmann", "PERSON", "e2"], ["Lehmann", "PERSON", "e2"]]
    ],
    [
      "a minister typed as a place, before the full name too",
      "Critics said Brown had gone too far. Gordon Brown said the plan would stand.",
      [["Brown", "LOCATION"], ["Gordon Brown", "PERSON"]],
      [["Brown", "PERSON", "e1"], ["Gordon Brown", "PERSON", "e1"]]
    ]
  ] as const)("%s", (_name, text, marks, expected) => {
    expect(brief(entitiesWithTags("en", text, marks))).toEqual(expected)
  })

  it.each([
    [
      "a nationality of the lists stays what it is",
      "The critic Philip French praised the film. French cinema had a strong year.",
      [["Philip French", "PERSON"], ["French", "MISC"]],
      "MISC"
    ],
    [
      "a place of the lists stays a place",
      "The actor Denzel Washington arrived on Monday. Washington was cold.",
      [["Denzel Washington", "PERSON"], ["Washington", "LOCATION"]],
      "LOCATION"
    ],
    [
      "a 'full name' opening with a stop word is the tagger's error, not a person",
      "He wrote for The Observer for years. Observer readers wrote in.",
      [["The Observer", "PERSON"], ["Observer", "ORGANIZATION"]],
      "ORGANIZATION"
    ],
    [
      "a 'full name' without a capital is no name",
      "The group paid 3.55m Euros for the site. Euros were scarce.",
      [["3.55m Euros", "PERSON"], ["Euros", "MISC"]],
      "MISC"
    ]
  ] as const)("not when %s", (_name, text, marks, type) => {
    const es = entitiesWithTags("en", text, marks)
    expect(es[es.length - 1]!.type).toBe(type)
    expect(es[es.length - 1]!.entityId).not.toBe(es[0]!.entityId)
  })

  it("leaves Arabic names alone (compound names such as عبد الله end with words that stand alone)", () => {
    const text = "استقبل الأمير متعب بن عبد الله الوفد. وقال إن الله يحفظ البلاد."
    const es = entitiesWithTags("ar", text, [
      ["متعب بن عبد الله", "PERSON"],
      ["الله", "MISC"]
    ])
    expect(es.map((e) => e.type)).toEqual(["PERSON", "MISC"])
  })
})
