/**
 * Sixty-third session (helper arquote24), after the A122 reading (a speaker's family name dropped: «إبراهيم» for every
 * quote of `أوضح مدير مدينة … «الجوهرة» إبراهيم القوبع، أن …`):
 *
 * - `surnamesAfterBodies` (speaker-names.ts): a family name with the article the tagger left out after a lone given
 *   name of the lists that follows a body it tagged (spaces only, or a name in marks between), before a comma, is the
 *   person's.
 *
 * Sentences written for these tests in the style of the wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { linkMentions } from "../../../src/extract/entities/link.js"
import type { Sentence } from "../../../src/extract/entities/name-words.js"
import { mentionsOf, type Mention } from "../../../src/extract/entities/mentions.js"
import { surnamesAfterBodies } from "../../../src/extract/entities/speaker-names.js"
import { sentencesWithTags } from "./fixed-tags.js"
import type { Marks } from "./helpers.js"

/** `TYPE text` of each entity of an Arabic `text` tagged by hand, each sentence's mentions through the rule, then linking. */
const entities = (text: string, marks: Marks): Array<string> => {
  const found: Array<Mention> = []
  const sentences: Array<Sentence> = []
  for (const { units, tagged } of sentencesWithTags("ar", text, marks)) {
    found.push(...surnamesAfterBodies(text, units, tagged, mentionsOf(text, units, tagged, "ar")))
    sentences.push({ units, tags: tagged.tags, gaz: tagged.gaz })
  }
  return linkMentions(text, found).map((e) => `${e.type} ${e.text}`)
}

describe("a family name with the article after a given name that follows a body (surnamesAfterBodies)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["أوضح مدير مدينة الملك فهد الرياضية إبراهيم القوبع، أن العمل قائم .", [["مدينة الملك فهد الرياضية", "ORGANIZATION"], ["إبراهيم", "PERSON"]], ["ORGANIZATION مدينة الملك فهد الرياضية", "PERSON إبراهيم القوبع"]],
    ["أوضح مدير مدينة الملك فهد الرياضية «الملعب» إبراهيم القوبع، أن العمل قائم .", [["مدينة الملك فهد الرياضية", "ORGANIZATION"], ["إبراهيم", "PERSON"]], ["ORGANIZATION مدينة الملك فهد الرياضية", "PERSON إبراهيم القوبع"]],
    // must stay: no comma after the word; a weekday; a word with ة; no body right before the given name
    ["أوضح مدير مدينة الملك فهد الرياضية إبراهيم القوبع أن العمل قائم .", [["مدينة الملك فهد الرياضية", "ORGANIZATION"], ["إبراهيم", "PERSON"]], ["ORGANIZATION مدينة الملك فهد الرياضية", "PERSON إبراهيم"]],
    ["التقى وفد شركة أرامكو إبراهيم الثلاثاء، وبحث معه الخطة .", [["أرامكو", "ORGANIZATION"], ["إبراهيم", "PERSON"]], ["ORGANIZATION أرامكو", "PERSON إبراهيم"]],
    ["التقى وفد شركة أرامكو إبراهيم العاصمة، وبحث معه الخطة .", [["أرامكو", "ORGANIZATION"], ["إبراهيم", "PERSON"]], ["ORGANIZATION أرامكو", "PERSON إبراهيم"]],
    ["وصل وفد الشركة أمس ثم إبراهيم القوبع، وبحث الخطة .", [["إبراهيم", "PERSON"]], ["PERSON إبراهيم"]]
  ])("%s", (text, marks, expected) => {
    expect(entities(text, marks)).toEqual(expected)
  })
})
