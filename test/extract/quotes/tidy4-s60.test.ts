/**
 * Sixtieth session (helper tidy4), review with records byte-identical on the three dumps: `titledPersonSubject`
 * (extract.ts) resolves the speaker once and returns it, so the chain holds the titled person once and the next verb
 * without a subject goes on with him; `resumedAntecedent` (arabic.ts) compares typed genders (`objectPronounGender`,
 * `relativeGender`); `afterLineage` (scanner.ts) reads the entity stage's `lineageWords`; the role-link step reads
 * the entity stage's `roleQualifiers` and the quote lexicons' `formerWords` and `linkQualifiers` (`qualifiers` in
 * role-link.ts). Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */
import { describe, expect, it } from "vitest"
import { linkRoleSpeakers } from "../../../src/extract/quotes/role-link.js"
import type { Entity, Quote } from "../../../src/schema/record.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

const W = {
  border: "بمواصلة تعزيز الأمن على حدودنا",
  plan: "سنواصل العمل حتى تعود الأمور إلى طبيعتها في المنطقة كلها",
  thanks: "نحمد الله على سلامة الجميع ولم يصب أحد بأذى في القرية",
  praise: "الشريك الذي يعتمد عليه في كل الظروف"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of charging after a role of three words: the titled person, resolved once (`titledPersonSubject`)": [
    [`ووعد رئيس الوزراء التركي [[PERSON:مراد أوزكان]] «${W.border}». وأضاف: «${W.plan}».`, [`[مراد أوزكان | وعد] ${W.border}`, `[مراد أوزكان | أضاف] ${W.plan}`]],
    // must stay: the person far in the phrase who is the object, and a role of one word
    [`ووعدت الحكومة التركية المحافظة رئيسها [[PERSON:مراد أوزكان]] «${W.border}».`, []],
    [`ووعد الوزير [[PERSON:مراد أوزكان]] «${W.border}».`, [`[مراد أوزكان | وعد] ${W.border}`]]
  ],
  "a describing verb whose object pronoun agrees with the relative before it (`resumedAntecedent`)": [
    [
      `وأشاد [[PERSON:سالم العتيبي]] بموقف دول [[ORGANIZATION:التحالف العربي]] التي وصفتها بـ«${W.praise}»، مؤكدا أن «${W.plan}».`,
      [`[سالم العتيبي | وصفتها] ${W.praise}`, `[سالم العتيبي | مؤكدا] ${W.plan}`]
    ],
    [
      `وأشاد [[PERSON:سالم العتيبي]] بدور [[ORGANIZATION:التحالف العربي]] الذي وصفه بـ«${W.praise}»، مؤكدا أن «${W.plan}».`,
      [`[سالم العتيبي | وصفه] ${W.praise}`, `[سالم العتيبي | مؤكدا] ${W.plan}`]
    ],
    [
      `وأشاد [[PERSON:سالم العتيبي]] بمواقف قادة [[ORGANIZATION:التحالف العربي]] الذين وصفهم بـ«${W.praise}»، مؤكدا أن «${W.plan}».`,
      [`[سالم العتيبي | وصفهم] ${W.praise}`, `[سالم العتيبي | مؤكدا] ${W.plan}`]
    ],
    // must stay: a pronoun that is another's (التي وصفته): the antecedent is the describer and the chain goes on with
    // it, as before
    [
      `وأشاد [[PERSON:سالم العتيبي]] بموقف [[ORGANIZATION:الحكومة السودانية]] التي وصفته بـ«${W.praise}»، مؤكدا أن «${W.plan}».`,
      [`[الحكومة السودانية | وصفته] ${W.praise}`, `[الحكومة السودانية | مؤكدا] ${W.plan}`]
    ]
  ],
  "a verb's form after a lineage word (`afterLineage`, the entity stage's `lineageWords`)": [
    [`وقال [[PERSON:خالد بن طالب]]: ${W.thanks}.`, [`[خالد بن طالب | قال] ${W.thanks}`]],
    [`وقال الشيخ [[PERSON:صالح آل طالب]]: ${W.thanks}.`, [`[صالح آل طالب | قال] ${W.thanks}`]],
    // must stay: a name that ends with another noun of the entity stage's nameConstructs (`خال`, "maternal uncle"), or a
    // phrase that does (`أسرة`), before a speech verb: the verb is a verb (the whole nameConstructs list lost both)
    [`وكتب الروائي [[PERSON:عبده خال]] في مقاله عن الحادثة. ويعلق خال قائلا: "${W.plan}".`, [`[عبده خال | قائلا] ${W.plan}`]],
    [`والمخاوف أصبحت هاجس كل أسرة وقال [[PERSON:أبو محمد]]: "${W.plan}".`, [`[أبو محمد | قال] ${W.plan}`]]
  ]
}

describeQuoteTables("the sixtieth session's review (helper tidy4)", tables)

/** A person entity on `name` in `text` with `id` and no role of the entity stage. */
const person = (text: string, name: string, id: string): Entity => {
  const at = text.indexOf(name)
  return { text: name, type: "PERSON", canonical: name, entityId: id, role: null, confidence: 1, start: at, end: at + name.length }
}

/** `speaker (id)` of the one quote after the role-link step. */
const linked = (text: string, said: string, speaker: string, entities: ReadonlyArray<Entity>): string => {
  const start = text.indexOf(said)
  const q: Quote = { text: said, speaker, speakerEntityId: null, verb: "said", start, end: start + said.length }
  const [out] = linkRoleSpeakers(text, [q], entities, null)
  return `${out!.speaker} (${out!.speakerEntityId})`
}

describe("the role-link step's qualifiers: the entity stage's roleQualifiers, formerWords and linkQualifiers", () => {
  const rows: ReadonlyArray<readonly [string, string, string, string, string]> = [
    // the entity stage's word: `caretaker manager` is another post than `the manager` (new: the step's list lacked it)
    [`Caretaker manager Tom Ashby spoke on Friday. The manager said: "We will fight on."`, "We will fight on.", "the manager", "Tom Ashby", "the manager (null)"],
    [`Manager Tom Ashby spoke on Friday. The manager said: "We will fight on."`, "We will fight on.", "the manager", "Tom Ashby", "Tom Ashby (e1)"],
    // the step's own words, now in quotes/en.json
    [`Prime Minister Tom Ashby spoke on Friday. The minister said: "We will fight on."`, "We will fight on.", "the minister", "Tom Ashby", "the minister (null)"],
    [`Shadow chancellor Tom Ashby spoke on Friday. The chancellor said: "We will fight on."`, "We will fight on.", "the chancellor", "Tom Ashby", "the chancellor (null)"],
    // Arabic: formerWords and linkQualifiers
    [`والتقى الوزير السابق سالم العتيبي بالوفد. وقال الوزير: «${W.plan}».`, W.plan, "الوزير", "سالم العتيبي", "الوزير (null)"],
    [`والتقى الرئيس المخلوع سالم العتيبي بالوفد. وقال الرئيس: «${W.plan}».`, W.plan, "الرئيس", "سالم العتيبي", "الرئيس (null)"],
    [`والتقى الوزير سالم العتيبي بالوفد. وقال الوزير: «${W.plan}».`, W.plan, "الوزير", "سالم العتيبي", "سالم العتيبي (e1)"]
  ]
  it.each(rows)("%s", (text, said, speaker, name, want) => {
    expect(linked(text, said, speaker, [person(text, name, "e1")])).toBe(want)
  })
})
