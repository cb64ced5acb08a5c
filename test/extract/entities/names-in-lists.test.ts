/**
 * People in a list that the tagger left out (`namesInLists`, src/extract/entities/extract.ts): the items of a list of
 * people that open with a given name of the lists. Tags are fixed by hand (as if the model had given them), so only
 * the rule is tested; the last test runs the bundled model. The sentences are written for these tests.
 */
import { describe, expect, it } from "vitest"
import { tagIndex, TAG_COUNT } from "../../../src/extract/entities/decode.js"
import { extractEntities, namesInLists } from "../../../src/extract/entities/extract.js"
import { unitValues } from "../../../src/extract/entities/features.js"
import { gazetteer } from "../../../src/extract/entities/gazetteer.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"
import { segment } from "../../../src/extract/entities/text.js"

const SHORT = { PERSON: "PER", LOCATION: "LOC", ORGANIZATION: "ORG", MISC: "MISC" } as const

/** The names the rule adds to `text` (one sentence) when the substrings `marks` are tagged as entities of their type. */
const added = (text: string, marks: ReadonlyArray<readonly [string, keyof typeof SHORT]>): Array<string> => {
  const g = gazetteer("ar")
  const [units] = segment(text, 0, text.length, { lang: "ar", isKnown: g.isKnown })
  const tags = new Int8Array(units!.length)
  let from = 0
  for (const [s, type] of marks) {
    const at = text.indexOf(s, from)
    if (at < 0) throw new Error(`"${s}" is not in the text after ${from}`)
    from = at + s.length
    let first = true
    units!.forEach((u, i) => {
      if (u.end > at && u.start < at + s.length) {
        tags[i] = tagIndex(`${first ? "B" : "I"}-${SHORT[type]}`)
        first = false
      }
    })
  }
  const gaz = unitValues(units!, g).gaz
  const own = mentionsOf(text, units!, { tags, marginals: new Float64Array(units!.length * TAG_COUNT), gaz }, "ar")
  return namesInLists(units!, gaz, own).map((m) => {
    expect(m.type).toBe("PERSON")
    return text.slice(m.start, m.end)
  })
}

describe("people in a list of people", () => {
  it("an item opening with a given name, between people the tagger found, is a person too (without its conjunction)", () => {
    expect(
      added("ويضم الفريق اللاعبين ماجد الحربي، وسعود الدوسري، وعلي النمري، وحسن الشهري.", [
        ["ماجد الحربي", "PERSON"],
        ["سعود الدوسري", "PERSON"],
        ["حسن الشهري", "PERSON"]
      ])
    ).toEqual(["علي النمري"])
    // one person found is enough when every other item may be a name; a given name alone is an item too
    expect(added("والفقيد والد سامي العمري، وخالد، وعلي.", [["سامي العمري", "PERSON"]])).toEqual(["خالد", "علي"])
  })

  it("an item that does not open with a given name of the lists is left as it is, and the others are still taken", () => {
    expect(
      added("وغنى في الحفل ماجد الحربي، وكارمن لبس، وعلي النمري.", [["ماجد الحربي", "PERSON"]])
    ).toEqual(["علي النمري"])
  })

  it.each([
    // an item of more than three words, or with a function word: not a list of people only
    ["وحضر الحفل ماجد الحربي، وسعود الدوسري، وعلي النمري وعدد من المسؤولين.", [["ماجد الحربي", "PERSON"], ["سعود الدوسري", "PERSON"]]],
    // a title opens an item
    ["وحضر ماجد الحربي، وسعود الدوسري، والوزير علي النمري.", [["ماجد الحربي", "PERSON"], ["سعود الدوسري", "PERSON"]]],
    // two items are no list
    ["وحضر ماجد الحربي، وعلي النمري.", [["ماجد الحربي", "PERSON"]]],
    // no person found in it: a list of places
    ["وزار الوفد الرياض، وجدة، وعلي النمري.", [["الرياض", "LOCATION"], ["جدة", "LOCATION"]]],
    // another punctuation mark ends the list: the colon
    ["وحضر ماجد الحربي، وسعود الدوسري: وعلي النمري.", [["ماجد الحربي", "PERSON"], ["سعود الدوسري", "PERSON"]]]
  ] as const)("nothing is added: %s", (text, marks) => {
    expect(added(text, marks)).toEqual([])
  })

  it("through the bundled model, as the stage runs it", () => {
    const text = "ويضم الفريق اللاعبين ماجد الحربي، وسعود الدوسري، وعلي النمري، وحسن الشهري."
    const people = extractEntities(text, bundledTagger("ar")).filter((e) => e.type === "PERSON").map((e) => e.text)
    expect(people).toContain("علي النمري")
  })
})
