/**
 * The fifty-ninth session's entity rules (docs/history/entities.md, "Fifty-ninth session: arent3") read a bounded window
 * at each mention: `adjectivesWithBa` the unit before a two-word person (one pointer over the sentence's units),
 * `bodiesByAdjective` a mention's last word, `objectsOfClauseVerbs` the unit before a one-word person (a binary search
 * for its sentence, one map of the document's words built once). One long text of such mentions stays linear.
 */
import { describe, expect, it } from "vitest"
import { objectsOfClauseVerbs } from "../../../src/extract/entities/extract.js"
import { adjectivesWithBa, bodiesByAdjective, mentionsOf } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { sentencesWithTags } from "./fixed-tags.js"

/** Every mention of the three, tagged a person, in text order (as sentencesWithTags reads them). */
const marksOf = (text: string): Array<readonly [string, "PERSON"]> => {
  const at: Array<{ w: string; start: number }> = []
  for (const w of ["وطالب بوقف", "سعيد بذلك", "عمار الخيرية"]) for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + w.length)) at.push({ w, start: k })
  return at.sort((a, b) => a.start - b.start).map((x) => [x.w, "PERSON"] as const)
}

const scan = (text: string): number => {
  let n = 0
  const sentences = sentencesWithTags("ar", text, marksOf(text)).map(({ units, tagged }) => {
    const own = adjectivesWithBa(units, bodiesByAdjective(mentionsOf(text, units, tagged, "ar", true)))
    n += own.length
    return { units, tags: tagged.tags, gaz: tagged.gaz, own }
  })
  return n + objectsOfClauseVerbs(sentences, sentences.flatMap((s) => s.own)).length
}

describe("linear time", () => {
  it("is linear in a text of predicates, charities and verbs' objects", () => {
    const make = (n: number): string => "وقال الزعيم وطالب بوقف القصف فأنا سعيد بذلك ونظمت عمار الخيرية حملة ".repeat(n) + "أمس ."
    expect(growth(make, scan, 100)).toBeLessThan(LINEAR_BOUND)
  })
})
