/**
 * Fifty-ninth session (helper arplace): places and people the N3 reading found cut, mistyped or missed
 * (docs/history/entities.md, "Fifty-ninth session: arplace"):
 *
 * - `isListedWhole` (link.ts): a name the lists hold whole keeps its first letter where the rest is a word of another
 *   name of the document (`بيونغ يانغ` beside `كيم يونغ أون`, not `ب` + `يونغ يانغ`);
 * - `listedPlaceBeyond` with `opensOtherPlace` (mentions.ts, readers' spans only): `قناة [السويس]` is the canal, head
 *   and all, where the lists hold `قناة السويس`; also where the tagger typed `السويس` an organisation there;
 * - `listedPlacesAsPlaces` (link.ts): a place of the lists of two words or more typed a person is the place;
 * - `gluedPersonAt` (extract.ts, propagation): a person of the document found again behind a preposition the tokenizer
 *   left glued to the name (`لترامب`);
 * - `correctMentions` (link.ts): a surname run into another person of the document (`ويشارك [فلين ترامب]`) gives both;
 * - `isWiredTown` (credits.ts): a dateline's one-word place beside a named agency (`كانبيرا - واس`).
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { entitiesStage } from "../../../src/extract/entities/index.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { compose } from "../../../src/pipeline/compose.js"
import { run } from "../../../src/pipeline/run.js"
import { parse, parserProvides } from "../../../src/parse/index.js"
import type { Entity } from "../../../src/schema/record.js"
import { entitiesWithTags, sentencesWithTags } from "./fixed-tags.js"
import type { Marks } from "./helpers.js"

/** `TYPE text` of each entity of `text` tagged by hand (linking included), with propagation or not. */
const linked = (text: string, marks: Marks, propagate = false): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate }).map((e) => `${e.type} ${e.text}`)

/** `TYPE text` of a sentence's mentions, with the readers' spans (`whole`) or as `khabar tag` reads them. */
const mentions = (text: string, marks: Marks, whole: boolean): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => mentionsOf(text, units, tagged, "ar", whole).map((m) => `${m.type} ${text.slice(m.start, m.end)}`))

describe("a name the lists hold whole keeps its first letter (isListedWhole)", () => {
  it("بيونغ يانغ beside كيم يونغ أون", () => {
    const text = "وصل كيم يونغ أون إلى المعرض . وقالت بيونغ يانغ إن التجربة نجحت ."
    expect(linked(text, [["كيم يونغ أون", "PERSON"], ["بيونغ يانغ", "LOCATION"]])).toEqual(["PERSON كيم يونغ أون", "LOCATION بيونغ يانغ"])
  })

  it("a glued preposition before the listed name still goes", () => {
    const text = "وصل كيم يونغ أون إلى بيونغ يانغ . وقالت الوكالة الرسمية لبيونغ يانغ إن التجربة نجحت ."
    expect(linked(text, [["كيم يونغ أون", "PERSON"], ["بيونغ يانغ", "LOCATION"], ["لبيونغ يانغ", "LOCATION"]])).toEqual([
      "PERSON كيم يونغ أون",
      "LOCATION بيونغ يانغ",
      "LOCATION بيونغ يانغ"
    ])
  })

  it("a name on no list keeps the old cut (لكلينتون → كلينتون)", () => {
    const text = "وقالت هيلاري كلينتون إنها ستفوز . ونشر الموقع رسائل لكلينتون أمس ."
    expect(linked(text, [["هيلاري كلينتون", "PERSON"], ["لكلينتون", "PERSON"]])).toEqual(["PERSON هيلاري كلينتون", "PERSON كلينتون"])
  })
})

describe("the canal is a place, head and all (listedPlaceBeyond, opensOtherPlace)", () => {
  it.each([
    ["وعبرت السفينة قناة السويس أمس .", [["السويس", "LOCATION"]], ["LOCATION قناة السويس"]],
    ["وهي منافس شرس لقناة السويس .", [["السويس", "LOCATION"]], ["LOCATION قناة السويس"]],
    // the tagger's organisation after the head: the canal too
    ["أنهت السفن المرور من قناة السويس بنجاح .", [["السويس", "ORGANIZATION"]], ["LOCATION قناة السويس"]]
  ] as const)("%s", (text, marks, want) => {
    expect(mentions(text, marks, true)).toEqual(want)
  })

  it.each([
    // as before: other heads of a listed place, a city alone, and khabar tag's spans
    ["وقصفت الطائرات قطاع غزة أمس .", [["غزة", "LOCATION"]], true, ["LOCATION غزة"]],
    ["وزار الوفد مدينة السويس أمس .", [["السويس", "LOCATION"]], true, ["LOCATION السويس"]],
    ["وعبرت السفينة قناة السويس أمس .", [["السويس", "LOCATION"]], false, ["LOCATION السويس"]],
    // an organisation that is no listed place stays one
    ["وأعلنت شركة قناة الإخبارية عن برامجها .", [["الإخبارية", "ORGANIZATION"]], true, ["ORGANIZATION الإخبارية"]]
  ] as const)("unchanged: %s", (text, marks, whole, want) => {
    expect(mentions(text, marks, whole)).toEqual(want)
  })
})

describe("a place of the lists of two words or more typed a person is the place (listedPlacesAsPlaces)", () => {
  it.each([
    ["وانتقل اللاعب من لندن إلى لوس أنجليس أمس .", [["لندن", "LOCATION"], ["لوس أنجليس", "PERSON"]], ["LOCATION لندن", "LOCATION لوس أنجليس"]],
    ["وقعت المعارك في محافظة صلاح الدين شمال بغداد .", [["صلاح الدين", "PERSON"], ["بغداد", "LOCATION"]], ["LOCATION صلاح الدين", "LOCATION بغداد"]]
  ] as const)("%s", (text, marks, want) => {
    expect(linked(text, marks)).toEqual(want)
  })

  it.each([
    // a man's name the tagger cut before his family name; a one-word place that is a given name too
    ["وقال الباحث صلاح الدين المنجد إن المخطوط نادر .", [["صلاح الدين", "PERSON"]], ["PERSON صلاح الدين"]],
    ["وقالت منى إن الرحلة كانت ممتعة .", [["منى", "PERSON"]], ["PERSON منى"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(linked(text, marks)).toEqual(want)
  })
})

describe("a person found again behind a glued preposition (gluedPersonAt)", () => {
  it.each([
    [
      "وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ . وجاء ذلك بعد مكالمة هاتفية لترامب مع نظيره .",
      [["دونالد ترامب", "PERSON"]],
      ["PERSON دونالد ترامب", "PERSON ترامب"]
    ],
    [
      "واستقبل الرئيس جيمس ماتيس أمس . وأشاد بماتيس في كلمته .",
      [["جيمس ماتيس", "PERSON"]],
      ["PERSON جيمس ماتيس", "PERSON ماتيس"]
    ]
  ] as const)("%s", (text, marks, want) => {
    expect(linked(text, marks, true)).toEqual(want)
  })

  it.each([
    // a given name behind the preposition: "luckily"
    ["وقال حسن روحاني إن المفاوضات مستمرة . ولحسن الحظ لم يصب أحد .", [["حسن روحاني", "PERSON"]], ["PERSON حسن روحاني"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(linked(text, marks, true)).toEqual(want)
  })
})

describe("a surname run into another person of the document (correctMentions)", () => {
  it("ويشارك [فلين ترامب] كثيرا", () => {
    const text = "وقال دونالد ترامب إنه عين مايكل فلين مستشارا . ويشارك فلين ترامب كثيرا من آرائه ."
    expect(linked(text, [["دونالد ترامب", "PERSON"], ["مايكل فلين", "PERSON"], ["فلين ترامب", "PERSON"]])).toEqual([
      "PERSON دونالد ترامب",
      "PERSON مايكل فلين",
      "PERSON فلين",
      "PERSON ترامب"
    ])
  })

  it("unchanged: a word the document names as a person of one word only goes (the tagger's run-on word)", () => {
    const text = "وعين النادي مايكل جيرارد مدربا . وحمل شارة القيادة . وحمل جيرارد شارة القيادة ."
    expect(linked(text, [["مايكل جيرارد", "PERSON"], ["شارة", "PERSON"], ["جيرارد شارة", "PERSON"]])).toEqual(["PERSON مايكل جيرارد", "PERSON شارة", "PERSON جيرارد"])
  })

  it("unchanged: a word the document names no one by goes", () => {
    const text = "وعين الرئيس مايكل فلين مستشارا . وقال فلين ضاحكا إنه سعيد ."
    expect(linked(text, [["مايكل فلين", "PERSON"], ["فلين ضاحكا", "PERSON"]])).toEqual(["PERSON مايكل فلين", "PERSON فلين"])
  })
})

const pipeline = compose(parse, parserProvides, [entitiesStage()])

/** `TYPE text` of the mentions in the first `end` characters of `text` (the title and the credit line). */
const headOf = async (text: string, end: number): Promise<Array<string>> => {
  const es: ReadonlyArray<Entity> = (await Effect.runPromise(run(pipeline, { id: "t", text }))).entities
  for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text)
  return es.filter((e) => e.start < end && e.type !== "MISC").map((e) => `${e.type} ${e.text}`)
}

const BODY =
  "أعلنت الجهات المختصة اليوم عن بدء تنفيذ المرحلة الثانية من المشروع في عدد من المحافظات، وذلك بعد اكتمال المرحلة الأولى قبل الموعد المحدد بعدة أسابيع، وفق ما ذكره مسؤول في الإدارة العامة للمشاريع."

describe("a dateline's town beside a named agency (isWiredTown)", () => {
  it.each([
    ["كانبيرا - واس", ["LOCATION كانبيرا", "ORGANIZATION واس"]],
    ["شتوتجارت - د ب أ", ["LOCATION شتوتجارت", "ORGANIZATION د ب أ"]]
  ] as const)("%s", async (credit, want) => {
    const title = "افتتاح المرحلة الثانية من مشروع الطرق"
    expect(await headOf(`${title}\n\n${credit}\n\n${BODY}`, title.length + 2 + credit.length)).toEqual(want)
  })
})
