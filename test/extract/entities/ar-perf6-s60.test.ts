/**
 * Sixtieth session, helper perf6 (a speed change, docs/history/performance.md "Sixtieth session: perf6"):
 * `namedAfterCue` and `writerAfterCue` (mentions.ts) get the tagged sentence, not its max-marginals, so the marginals
 * (computed on first read, `tagUnits`) are computed only for a sentence where a mention needs its confidence; before,
 * passing them as an argument computed them for every Arabic sentence. The mentions and their confidences must be the
 * old ones, the two rules' own names too; a sentence where nothing is found reads no marginals. And
 * `placeEpithetsAlone` passes a word that opens no epithet of `placeEpithets` (`startsPlaceEpithet`, evidence.ts)
 * before it builds the phrase of two words.
 *
 * Sentences written for these tests in the style of the Saudi papers and the wires.
 */
import { describe, expect, it } from "vitest"
import { extractEntities } from "../../../src/extract/entities/extract.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"
import { tagUnits } from "../../../src/extract/entities/tagger.js"
import { segment } from "../../../src/extract/entities/text.js"

const tagger = bundledTagger("ar")

/** `[text, type, confidence]` of each entity of a sentence. */
const found = (text: string) => extractEntities(text, tagger).map((e) => [e.text, e.type, e.confidence])

/** Whether `mentionsOf` reads the max-marginals of the sentence `text` (its only sentence). */
const readsMarginals = (text: string): boolean => {
  const [units] = segment(text, 0, text.length, { lang: "ar", isKnown: tagger.gazetteer.isKnown })
  const t = tagUnits(tagger, units!)
  let read = false
  const tagged = {
    tags: t.tags,
    gaz: t.gaz,
    get marginals() {
      read = true
      return t.marginals
    }
  }
  mentionsOf(text, units!, tagged, "ar", true)
  return read
}

describe("sixtieth session: the max-marginals read only where a mention needs them (helper perf6)", () => {
  // (the confidences as 2255184 gave them)
  const rows: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string, number]>]> = [
    // writerAfterCue: an author after a piece of writing and a glued `ل`, after `بقلم`
    ["نشرت الصحيفة تقريرا لهانا سميث بعنوان الاقتصاد في عام جديد.", [["هانا سميث", "PERSON", 1]]],
    ["وكتب المقال بقلم روبرت فيسك من بيروت.", [["روبرت فيسك", "PERSON", 1], ["بيروت", "LOCATION", 1]]],
    // namedAfterCue: a name after `يدعى`, in marks or not
    ["وقال رجل يدعى كريم للصحفيين إن الوضع هادئ.", [["كريم", "PERSON", 1]]],
    ["وأوقفت الشرطة شابا يدعى «مازن» في الحي القديم.", [["مازن", "PERSON", 1]]],
    // both in one sentence, one confidence under 1
    [
      "ونشرت المجلة مقالا لسامر نخلة عن الانتخابات، وقال شاب يدعى وليد الصافي إن الطريق مغلق.",
      [["سامر نخلة", "PERSON", 0.983], ["وليد الصافي", "PERSON", 1]]
    ],
    // as before: names the tagger finds itself
    ["وأكد وزير الخارجية عادل الجبير أن المملكة تدعم الحل السياسي.", [["عادل الجبير", "PERSON", 1]]],
    ["وقال مدرب الفريق جوزيه مورايس إن اللاعبين قدموا مباراة كبيرة أمام نجران.", [["جوزيه مورايس", "PERSON", 1], ["نجران", "LOCATION", 1]]],
    // a sentence with no name
    ["ارتفعت درجات الحرارة اليوم في معظم المناطق.", []]
  ]
  for (const [text, expected] of rows) {
    it(text, () => {
      expect(found(text)).toEqual(expected)
      // the same answers read a second time (the tagger's scratch memory is reused from sentence to sentence)
      expect(found(text)).toEqual(expected)
    })
  }

  // `placeEpithetsAlone` passes a word that opens no epithet (`startsPlaceEpithet`) before it builds the phrase of two
  // words: the same places and bodies as 2255184 (the listed organisations' path, where the rule runs)
  const epithets: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string, number]>]> = [
    ["وأكد أن الاقتصاد في المملكة يشهد نموا كبيرا هذا العام.", [["المملكة", "LOCATION", 1]]],
    ["ووصل الوفد إلى العاصمة المقدسة صباح أمس.", [["العاصمة المقدسة", "LOCATION", 1]]],
    ["وأعلنت أمانة العاصمة المقدسة عن خطة جديدة للنظافة.", [["أمانة العاصمة المقدسة", "ORGANIZATION", 1]]],
    ["وانتقل اللاعب إلى المملكة المتحدة للدراسة.", [["المملكة المتحدة", "LOCATION", 1]]],
    // must stay: a company after its head noun, a nisba after the epithet, the first word of an epithet with another
    // word after it
    ["وقال إن شركة المملكة القابضة حققت أرباحا كبيرة.", [["شركة المملكة القابضة", "ORGANIZATION", 1]]],
    ["وتقع المدينة في شمال المملكة الأردنية الهاشمية.", []],
    ["وزار الوزير العاصمة الفرنسية الأسبوع الماضي.", []]
  ]
  for (const [text, expected] of epithets) {
    it(`(listed organisations) ${text}`, () => {
      expect(extractEntities(text, tagger, undefined, { listedOrganizations: true }).map((e) => [e.text, e.type, e.confidence])).toEqual(expected)
    })
  }

  it("reads no marginals for a sentence where nothing is found, and reads them where a name is", () => {
    expect(readsMarginals("ارتفعت درجات الحرارة اليوم في معظم المناطق.")).toBe(false)
    expect(readsMarginals("وتستمر الأعمال في الطريق حتى نهاية الأسبوع المقبل.")).toBe(false)
    expect(readsMarginals("وأكد وزير الخارجية عادل الجبير أن المملكة تدعم الحل السياسي.")).toBe(true)
    expect(readsMarginals("وأوقفت الشرطة شابا يدعى «مازن» في الحي القديم.")).toBe(true)
  })
})
