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

  it("in Arabic, after a full name that opens with a given name of the lists", () => {
    const text = "التقى الرئيس الأمريكي دونالد ترامب نظيره. وقال ترامب إن اللقاء كان مثمرا."
    const es = entitiesWithTags("ar", text, [
      ["دونالد ترامب", "PERSON"],
      ["ترامب", "LOCATION"]
    ])
    expect(brief(es)).toEqual([
      ["دونالد ترامب", "PERSON", "e1"],
      ["ترامب", "PERSON", "e1"]
    ])
  })

  it.each([
    ["the last word of a compound name (عبد الله: الله alone is God)", "استقبل الأمير متعب بن عبد الله الوفد. وقال إن الله يحفظ البلاد.", "متعب بن عبد الله", "الله"],
    ["a formula the tagger ran into the name (رحمه الله)", "أشاد الكاتب بعهد الملك فيصل رحمه الله في كتابه. وقال إن رحمه واسعة.", "فيصل رحمه", "رحمه"],
    ["a phrase with a word glued to the preposition ل (خليفة لسيارة بوغاتي)", "أعلنت الشركة عن خليفة لسيارة بوغاتي الشهيرة. وباعت بوغاتي مئات السيارات.", "خليفة لسيارة بوغاتي", "بوغاتي"],
    ["a full name that opens with no given name of the lists", "انتقد المعلقون تفجيري سوروتش الأخيرين. وتقع سوروتش قرب الحدود.", "تفجيري سوروتش", "سوروتش"]
  ] as const)("not in Arabic after %s", (_name, text, full, lone) => {
    const es = entitiesWithTags("ar", text, [
      [full, "PERSON"],
      [lone, "MISC"]
    ])
    expect(es[0]!.type).toBe("PERSON")
    // the lone word keeps its type (a formula alone, رحمه, is no name at all: see arabic-spans.test.ts)
    expect(es.slice(1).map((e) => [e.text, e.type])).toEqual(lone === "رحمه" ? [] : [[lone, "MISC"]])
  })
})
