/**
 * Fifty-ninth session (helper arent3): entity errors of the N2 reading and the session-58 closing note
 * (docs/history/entities.md, "Fifty-ninth session: arent3"):
 *
 * - the parse stage's credit reader no longer guesses a place or a section's name as a byline's name: a foreign place
 *   the lexicon does not list, opened by a word of `placeOpeners` (`سان`, `كيب`, `بورت`: `placeOpened`, credit.ts), a
 *   section or a desk as a role word (`مساحة زمنية`, `القسم السياسي`, `المحرر الثقافي`), more places, an outlet and
 *   a spelling of an agency in the lexicons; in English a stadium's word is no word of a name (`Stade de France, Paris`
 *   stays text, as `Murrayfield, Edinburgh` does);
 * - `bodiesByAdjective` (mentions.ts): a person's or MISC name ending in `الخيرية`, `الخيري`, `القابضة` is a body;
 * - `adjectivesWithBa` (mentions.ts): `سعيد` ("happy") and a word glued to `ب` after a subject's pronoun or a colon is
 *   the predicate, no name;
 * - `objectsOfClauseVerbs` (extract.ts): the object glued to `ب` of `وطالب` tagged as a person is no name.
 *
 * Sentences and articles written for these tests in the style of the Saudi papers and the wires; tags set by hand where
 * a sentence rule is read alone.
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { entitiesStage } from "../../../src/extract/entities/index.js"
import { adjectivesWithBa, bodiesByAdjective, mentionsOf } from "../../../src/extract/entities/mentions.js"
import { objectsOfClauseVerbs } from "../../../src/extract/entities/extract.js"
import { lexicons } from "../../../src/lexicons/lexicon.js"
import { readCredit } from "../../../src/parse/credit.js"
import { compose } from "../../../src/pipeline/compose.js"
import { run } from "../../../src/pipeline/run.js"
import { parse, parserProvides } from "../../../src/parse/index.js"
import type { EntityType } from "../../../src/schema/record.js"
import { sentencesWithTags } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** The places, agencies and names the credit reader finds in a credit line. */
const creditOf = (line: string) => {
  const c = readCredit(lexicons(), line, 0, line.length)
  return c === null ? null : { places: c.places, agencies: c.agencies, persons: c.persons }
}

const pipeline = compose(parse, parserProvides, [entitiesStage()])

const BODY =
  "أعلنت الجهات المختصة اليوم عن بدء تنفيذ المرحلة الثانية من المشروع في عدد من المحافظات، وذلك بعد اكتمال المرحلة الأولى قبل الموعد المحدد بعدة أسابيع، وفق ما ذكره مسؤول في الإدارة العامة للمشاريع."

/** The byline's names and the head's `TYPE text` mentions of an article of a title, a credit line and a body. */
const headOf = async (credit: string): Promise<{ byline: ReadonlyArray<string>; head: Array<string> }> => {
  const title = "افتتاح المرحلة الثانية من المشروع"
  const text = `${title}\n\n${credit}\n\n${BODY}`
  const r = await Effect.runPromise(run(pipeline, { id: "t", text }))
  const end = title.length + 2 + credit.length
  return { byline: r.byline, head: r.entities.filter((e) => e.start > title.length && e.start < end && e.type !== "MISC").map((e) => `${e.type} ${e.text}`) }
}

describe("a credit's foreign place opened by San, Cape, Port is no reporter's name (placeOpened)", () => {
  it.each([
    ["رويترز - سان بطرسبرج", { places: ["سان بطرسبرج"], agencies: ["رويترز"], persons: [] }],
    ["سان بطرسبيرج - (د ب أ)", { places: ["سان بطرسبيرج"], agencies: ["د ب أ"], persons: [] }],
    ["كيب كانيفرال: رويترز", { places: ["كيب كانيفرال"], agencies: ["رويترز"], persons: [] }],
    ["بورت لويس - أ ف ب", { places: ["بورت لويس"], agencies: ["أ ف ب"], persons: [] }],
    // a lexicon's place: the spellings of the session's dumps
    ["سان بطرسبورغ - أ ف ب", { places: ["سان بطرسبورغ"], agencies: ["أ ف ب"], persons: [] }],
    ["سالم الغامدي ـ الحد الجنوبي", { places: ["الحد الجنوبي"], agencies: [], persons: ["سالم الغامدي"] }]
  ] as const)("%s", (line, want) => {
    expect(creditOf(line)).toEqual(want)
  })

  it.each([
    // a reporter's name stays one: no opener, or a given name first
    ["رويترز - منير الحربي", { places: [], agencies: ["رويترز"], persons: ["منير الحربي"] }],
    ["الرياض - سامي العتيبي", { places: ["الرياض"], agencies: [], persons: ["سامي العتيبي"] }],
    // an opener alone, or before four words, is no place of this rule
    ["رويترز - سان", { places: ["سان"], agencies: ["رويترز"], persons: [] }]
  ] as const)("%s stays", (line, want) => {
    expect(creditOf(line)).toEqual(want)
  })
})

describe("a section's or a desk's name is a role word, no name", () => {
  it.each([
    ["الرياض - مساحة زمنية", { places: ["الرياض"], agencies: [], persons: [] }],
    ["القسم السياسي - الرقة", { places: ["الرقة"], agencies: [], persons: [] }],
    ["إعداد - المحرر الثقافي", { places: [], agencies: [], persons: [] }],
    ["فهد السالم - الموفد الإعلامي - شرم الشيخ", { places: ["شرم الشيخ"], agencies: [], persons: ["فهد السالم"] }],
    ["مانيلا - و ا س", { places: ["مانيلا"], agencies: ["و ا س"], persons: [] }],
    ["واشنطون بوست - ترجمة منى سالم", { places: [], agencies: ["واشنطون بوست"], persons: ["منى سالم"] }]
  ] as const)("%s", (line, want) => {
    expect(creditOf(line)).toEqual(want)
  })

  it("a prayer after a name is no name: an unknown part, which the credit readers turn away", () => {
    const line = "محرر الصفحة -حفظه الله- وبعد:"
    expect(readCredit(lexicons(), line, 0, line.length)?.unknown).toBe(1)
  })
})

describe("the article's head: no person of a place or a section", () => {
  it.each([
    ["رويترز - سان بطرسبرج", [], ["ORGANIZATION رويترز", "LOCATION سان بطرسبرج"]],
    ["الرياض - مساحة زمنية", [], ["LOCATION الرياض"]],
    ["مساحة زمنية – علي سعيد", ["علي سعيد"], ["PERSON علي سعيد"]],
    ["عائض الحربي - مهد الذهب", ["عائض الحربي"], ["PERSON عائض الحربي", "LOCATION مهد الذهب"]]
  ] as const)("%s", async (credit, byline, head) => {
    expect(await headOf(credit)).toEqual({ byline, head })
  })
})

describe("English: a stadium over its city is the preview's text, no byline", () => {
  it("Stade de France, Paris", async () => {
    const text = "France v Wales (Sat)\n\nStade de France, Paris\n\nSaturday, 26 February\n\nFrance have beaten Scotland and England but were uninspired in both matches, while Wales have played some fine rugby this season."
    const r = await Effect.runPromise(run(pipeline, { id: "t", text }))
    expect([r.byline, r.dateline]).toEqual([[], null])
  })
})

/** `TYPE text` of a sentence's mentions (readers' spans) after a rule over them. */
const after = (rule: (units: Parameters<typeof adjectivesWithBa>[0], own: ReturnType<typeof mentionsOf>) => ReturnType<typeof mentionsOf>, text: string, marks: Marks): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => rule(units, mentionsOf(text, units, tagged, "ar", true)).map((m) => `${m.type} ${text.slice(m.start, m.end)}`))

describe("a charity's or a holding's name is a body (bodiesByAdjective)", () => {
  it.each([
    ["وقال الناطق الرسمي لعمار الخيرية إن النساء بحاجة إلى الدعم .", [["لعمار الخيرية", "PERSON"]], ["ORGANIZATION عمار الخيرية"]],
    ["ونظمت مؤسسة «عمار الخيرية» حملة توعوية .", [["عمار الخيرية", "MISC"]], ["ORGANIZATION عمار الخيرية"]],
    ["وأعلنت شركة الراجحي القابضة نتائجها .", [["الراجحي القابضة", "PERSON"]], ["ORGANIZATION الراجحي القابضة"]]
  ] as const)("%s", (text, marks, want) => {
    expect(after((_u, own) => bodiesByAdjective(own), text, marks)).toEqual(want)
  })

  it.each([
    // a person's name, and a one-word name: unchanged
    ["وقال عمار الحربي إن الجمعية بحاجة إلى الدعم .", [["عمار الحربي", "PERSON"]], ["PERSON عمار الحربي"]],
    ["وزار الخيرية الوفد .", [["الخيرية", "PERSON"]], ["PERSON الخيرية"]]
  ] as const)("%s stays", (text, marks, want) => {
    expect(after((_u, own) => bodiesByAdjective(own), text, marks)).toEqual(want)
  })
})

describe("`سعيد` and a word glued to ب after a pronoun or a colon is the predicate (adjectivesWithBa)", () => {
  it.each([
    ["وقال اللاعب فأنا سعيد بذلك وسأواصل العمل .", [["سعيد بذلك", "PERSON"]], []],
    ["وأضاف إنني سعيد بوجودكم في هذا الحفل .", [["سعيد بوجودكم", "PERSON"]], []],
    ["الفنان خالد سالم : سعيد بتجربتي في المسلسل .", [["خالد سالم", "PERSON"], ["سعيد بتجربتي", "PERSON"]], ["PERSON خالد سالم"]],
    ['وقال الحارس ماركو "سعيد بانضمامي إلى الفريق" .', [["ماركو", "PERSON"], ["سعيد بانضمامي", "PERSON"]], ["PERSON ماركو"]]
  ] as const)("%s", (text, marks, want) => {
    expect(after(adjectivesWithBa, text, marks)).toEqual(want)
  })

  it.each([
    // a name: after a word, in marks, after a colon before a given name or a name that is no verbal noun, after بن
    ["ويؤيده كل من شيخ الكاف وسعيد بايونس في ذلك .", [["وسعيد بايونس", "PERSON"]], ["PERSON سعيد بايونس"]],
    ["صفقة انتقال الموهبة «نبيل بهوي» إلى النادي .", [["نبيل بهوي", "PERSON"]], ["PERSON نبيل بهوي"]],
    ["المدرب : سعيد بكر يعود إلى الفريق .", [["سعيد بكر", "PERSON"]], ["PERSON سعيد بكر"]],
    ["وقال إنه سعيد بن مانع .", [["سعيد بن مانع", "PERSON"]], ["PERSON سعيد بن مانع"]]
  ] as const)("%s stays", (text, marks, want) => {
    expect(after(adjectivesWithBa, text, marks)).toEqual(want)
  })
})

describe("the object of `وطالب` glued to ب is no name (objectsOfClauseVerbs)", () => {
  /** The mentions of a text's sentences after the document step. */
  const doc = (text: string, marks: Marks): Array<string> => {
    const sentences = sentencesWithTags("ar", text, marks).map(({ units, tagged }) => ({ units, tags: tagged.tags, gaz: tagged.gaz, own: mentionsOf(text, units, tagged, "ar", true) }))
    return objectsOfClauseVerbs(sentences, sentences.flatMap((s) => s.own)).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
  }

  it.each([
    ["واتصل الزعيم بالرئيس التركي وطالب بوقف القصف على المواقع .", [["وطالب بوقف", "PERSON"]], []],
    ["والتقى الوزير الأهالي وطالب بتحسين الخدمات فيها .", [["وطالب بتحسين", "PERSON"]], []]
  ] as const)("%s", (text, marks, want) => {
    expect(doc(text, marks)).toEqual(want)
  })

  it.each([
    // the document names him elsewhere: the subject of the verb
    ["وأكد بارزاني دعمه للحوار . وطالب بارزاني بوقف القصف .", [["بارزاني", "PERSON"], ["وطالب بارزاني", "PERSON"]], ["PERSON بارزاني", "PERSON بارزاني"]],
    // after a word the verb is a given name
    ["وقال الشيخ طالب بوقاسم إن الموسم انتهى .", [["طالب بوقاسم", "PERSON"]], ["PERSON طالب بوقاسم"]]
  ] as const)("%s stays", (text, marks, want) => {
    expect(doc(text, marks)).toEqual(want)
  })
})
