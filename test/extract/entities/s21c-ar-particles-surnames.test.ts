/**
 * The twenty-first session's third round of Arabic entity rules (docs/entities.md, "Twenty-first session", "Third
 * round"): a particle (`بأن`, `أن`, `إن`, `لأن`) the tagger typed as a one-word person or organisation is no name
 * (`بان` neither, unless the document names `بان كي مون` in full), and a well-known surname (the last word of a full
 * name of the person lists) that the tagger left untagged right after a title, with or without a nationality
 * adjective, is a person, found again over the document. The sentences are written for these tests in wire style; tags
 * are fixed by hand (as if the model had given them), so only the rules after the tagger are tested.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { conjunctionBeforeForeignName, propagate, surnamesAfterTitles, type Sentence } from "../../../src/extract/entities/extract.js"
import { linkMentions } from "../../../src/extract/entities/link.js"
import { isParticleName, mentionsOf, type Mention } from "../../../src/extract/entities/mentions.js"
import { entitiesWithTags, sentencesWithTags } from "./fixed-tags.js"

const named = (text: string, marks: ReadonlyArray<readonly [string, EntityType]> = []): Array<string> =>
  entitiesWithTags("ar", text, marks)
    .filter((e) => e.type === "PERSON" || e.type === "ORGANIZATION")
    .map((e) => `${e.type} ${e.text}`)

describe("Arabic: a particle typed as a one-word name is no name", () => {
  it.each([
    ["`بأن` as a person", "وأضاف بأن القوات استعادت السيطرة على البلدة.", "بأن", "PERSON"],
    ["`بأن` as an organisation", "وأفاد المتحدث بأن المفاوضات ستستأنف الأسبوع المقبل.", "بأن", "ORGANIZATION"],
    ["`لأن` as a person", "وتأجلت المباراة لأن الملعب غير جاهز.", "لأن", "PERSON"],
    ["`إن` as a person", "وقال إن الحكومة ستدرس المقترح.", "إن", "PERSON"],
    ["`بان` with no full name in the document", "وأشار بان عدد الزوار ارتفع هذا العام.", "بان", "PERSON"]
  ] as const)("%s", (_, text, mark, type) => {
    expect(named(text, [[mark, type]])).toEqual([])
  })

  it("`بان` alone is Ban Ki-moon's name where the document names him in full, else the particle", () => {
    const [units] = sentencesWithTags("ar", "وأضاف بان أن الوضع خطير.", []).map((s) => s.units)
    const ban = units!.find((u) => u.text === "بان")!
    expect(isParticleName(ban, true)).toBe(false)
    expect(isParticleName(ban, false)).toBe(true)
  })
})

/** The people of `text` with no tag given, as `findMentions` finds them: the tagger's mentions (none), the surnames after titles, names found again, linking. */
const titled = (text: string): Array<string> => {
  const found: Array<Mention> = []
  const sentences: Array<Sentence> = []
  for (const { units, tagged } of sentencesWithTags("ar", text, [])) {
    const own = mentionsOf(text, units, tagged, "ar")
    found.push(...own, ...surnamesAfterTitles(text, units, tagged, own))
    sentences.push({ units, tags: tagged.tags, gaz: tagged.gaz })
  }
  found.sort((a, b) => a.start - b.start)
  const all = conjunctionBeforeForeignName(text, [...found, ...propagate(text, sentences, found, "ar")].sort((a, b) => a.start - b.start))
  return linkMentions(text, all).map((e) => `${e.type} ${e.text}`)
}

describe("Arabic: a listed surname alone after a title is a person", () => {
  it.each([
    ["after a title and a nationality", "وأعلن الرئيس الأمريكي ترامب عن دعمه الكامل للوزير.", "ترامب"],
    ["after a title of two words and a nationality", "وقال رئيس الوزراء البريطاني كاميرون إن بلاده ستشارك في المؤتمر.", "كاميرون"],
    ["after a title alone", "وتطارد المزاعم الرئيس ترامب منذ توليه منصبه.", "ترامب"]
  ] as const)("%s", (_, text, expected) => {
    expect(titled(text)).toEqual([`PERSON ${expected}`])
  })

  it("is found again over the document", () => {
    const text = "أعلن الرئيس الأمريكي ترامب دعمه للوزير. ونفى ترامب علمه باللقاءات التي جرت خلال حملة ترامب."
    expect(titled(text)).toEqual(["PERSON ترامب", "PERSON ترامب", "PERSON ترامب"])
  })

  it("not after a title with no article (in construct: the envoy of, no holder)", () => {
    expect(titled("والتقى الوزير مندوب ترامب في العاصمة.")).toEqual([])
  })

  it("not a word that is no listed surname", () => {
    expect(titled("وقال الرئيس الأمريكي أمس إن بلاده ستشارك.")).toEqual([])
  })
})
