/**
 * The fifty-eighth session's name rules (docs/history/entities.md, "Fifty-eighth session: arnames") read a bounded
 * window at each mention: `clauseVerbAt` the unit before it, `personAfterDefinite` the words of one organisation's span,
 * `namesAfterNationality` the word after a nisba (one pointer over the sentence's units). One long sentence of such
 * names stays linear.
 */
import { describe, expect, it } from "vitest"
import { TAG_COUNT, tagIndex } from "../../../src/extract/entities/decode.js"
import { unitValues } from "../../../src/extract/entities/features.js"
import { gazetteer } from "../../../src/extract/entities/gazetteer.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { namesAfterNationality } from "../../../src/extract/entities/speaker-names.js"
import { segment } from "../../../src/extract/entities/text.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"

/** Tags by written word: an organisation run into a name, a nisba alone, a verb before a name, a centre's king. */
const TAGS: ReadonlyMap<string, string> = new Map([
  ["التسويق", "B-ORG"],
  ["العقاري", "I-ORG"],
  ["فيصل", "I-ORG"],
  ["الدخيل", "I-ORG"],
  ["الاريتري", "B-PER"],
  ["طالب", "B-PER"],
  ["بارزاني", "I-PER"],
  ["الملك", "B-PER"],
  ["سلمان", "I-PER"]
])

const scan = (text: string): number => {
  const g = gazetteer("ar")
  const units = segment(text, 0, text.length, { lang: "ar", isKnown: g.isKnown }).flat()
  const tags = new Int8Array(units.length)
  units.forEach((u, i) => {
    const tag = TAGS.get(u.text)
    if (tag !== undefined) tags[i] = tagIndex(tag)
  })
  const tagged = { tags, marginals: new Float64Array(units.length * TAG_COUNT), gaz: unitValues(units, g).gaz }
  return namesAfterNationality(text, units, tagged, mentionsOf(text, units, tagged, "ar", true)).length
}

describe("linear time", () => {
  it("is linear in a run of organisations run into names, nisbas, verbs before names and centres", () => {
    const make = (n: number): string => `وقال ${"المتخصص في التسويق العقاري فيصل الدخيل والاريتري بيبي ، طالب بارزاني لمركز الملك سلمان ".repeat(n)}أمس.`
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
