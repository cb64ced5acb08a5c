/**
 * Sixtieth session (helper arent4): organisations the N3 reading found read as the place or the person in their name,
 * or missed (docs/history/entities.md, "Sixtieth session: arent4"), with the readers' spans:
 *
 * - `bodiesNamedForNames` (extract.ts, a document step): an institution named after a place or a person (`مكتبة
 *   الإسكندرية`, `بورصة أثينا`, `إمارة منطقة الباحة`, `مؤسسة ترامب`) is the body, head and all;
 * - `listedBodiesOverPlaces` (mentions.ts): a body of known-organizations.json whose name holds a place the tagger
 *   tagged (`فلاي دبي`, `مصر للطيران`) is the body;
 * - `listedBodyWords` (mentions.ts): apps and the Houthis of `bodyWords` (`الواتساب`, `الحوثيين`), not as an adjective;
 * - `clubsAfterClubNoun` (mentions.ts): the one word after `نادي` the tagger left untagged is the club (`نادي هجر`).
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { bodiesNamedForNames } from "../../../src/extract/entities/extract.js"
import { clubsAfterClubNoun, listedBodiesOverPlaces, listedBodyWords, mentionsOf } from "../../../src/extract/entities/mentions.js"
import { entitiesWithTags, sentencesWithTags } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of each entity of `text` tagged by hand, with `bodiesNamedForNames` run as a document step. */
const named = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { steps: (_, sentences, found) => bodiesNamedForNames(sentences, found) }).map((e) => `${e.type} ${e.text}`)

/** `TYPE text` of a sentence's mentions (readers' spans) after a sentence rule. */
const after = (rule: typeof listedBodiesOverPlaces, text: string, marks: Marks): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => {
    const own = mentionsOf(text, units, tagged, "ar", true)
    const out = rule === listedBodiesOverPlaces ? rule(units, tagged, own) : [...own, ...rule(units, tagged, own)].sort((a, b) => a.start - b.start)
    return out.map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
  })

describe("an institution named after a place or a person is the body (bodiesNamedForNames)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["أقامت مكتبة الإسكندرية حفلا كبيرا .", [["الإسكندرية", "LOCATION"]], ["ORGANIZATION مكتبة الإسكندرية"]],
    ["وتراجعت بورصة أثينا أمس بنسبة كبيرة .", [["أثينا", "LOCATION"]], ["ORGANIZATION بورصة أثينا"]],
    ["وقال رئيس هيئة قناة السويس إن الإيرادات ارتفعت .", [["قناة السويس", "LOCATION"]], ["ORGANIZATION هيئة قناة السويس"]],
    ["وأعلنت إمارة منطقة الباحة عن الحفل .", [["الباحة", "LOCATION"]], ["ORGANIZATION إمارة منطقة الباحة"]],
    ["وقررت غرفة جدة ذلك أمس .", [["جدة", "LOCATION"]], ["ORGANIZATION غرفة جدة"]],
    ["ورفع بنك اليابان المركزي الفائدة .", [["اليابان", "LOCATION"]], ["ORGANIZATION بنك اليابان المركزي"]],
    ["وتبرع الوزير لمؤسسة ترامب الخيرية .", [["ترامب", "PERSON"]], ["ORGANIZATION مؤسسة ترامب الخيرية"]],
    ["بعد قرار بنك إنجلترا التخلي عن الخفض .", [["إنجلترا", "LOCATION"]], ["ORGANIZATION بنك إنجلترا"]],
    // the emirate without an area's noun is the place; a place glued to a preposition is where the body stands
    ["وتقع إمارة دبي على الخليج .", [["دبي", "LOCATION"], ["الخليج", "LOCATION"]], ["LOCATION دبي", "LOCATION الخليج"]],
    ["وافتتح مكتبة بالإسكندرية أمس .", [["بالإسكندرية", "LOCATION"]], ["LOCATION الإسكندرية"]],
    // a head the list does not hold (a city, a canal, an airport) leaves the place
    ["ووصل إلى مدينة جدة ومطار دبي .", [["جدة", "LOCATION"], ["دبي", "LOCATION"]], ["LOCATION جدة", "LOCATION دبي"]]
  ])("%s", (text, marks, expected) => {
    expect(named(text, marks)).toEqual(expected)
  })
})

describe("a listed body holding a place the tagger tagged is the body (listedBodiesOverPlaces)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وأعلنت فلاي دبي عن رحلات جديدة .", [["دبي", "LOCATION"]], ["ORGANIZATION فلاي دبي"]],
    ["وأعلنت مصر للطيران عن رحلات جديدة .", [["مصر", "LOCATION"]], ["ORGANIZATION مصر للطيران"]],
    ["سافر الوفد على الخطوط الجوية السعودية أمس .", [["السعودية", "LOCATION"]], ["ORGANIZATION الخطوط الجوية السعودية"]],
    // a person inside the phrase keeps it as the tagger read it; a place alone is the place
    ["وأعلنت فلاي دبي عن رحلات .", [["فلاي دبي", "PERSON"]], ["PERSON فلاي دبي"]],
    ["وصل الوفد إلى دبي أمس .", [["دبي", "LOCATION"]], ["LOCATION دبي"]]
  ])("%s", (text, marks, expected) => {
    expect(after(listedBodiesOverPlaces, text, marks)).toEqual(expected)
  })
})

describe("apps and the Houthis as bodies, not as an adjective (listedBodyWords)", () => {
  it.each<[string, Array<string>]>([
    ["ونشر الصور على الواتساب وجوجل أمس .", ["ORGANIZATION الواتساب", "ORGANIZATION جوجل"]],
    ["وقال الحوثيون إنهم سيواصلون القتال .", ["ORGANIZATION الحوثيون"]],
    ["وقصفت الطائرات مواقع الحوثيين أمس .", ["ORGANIZATION الحوثيين"]],
    ["وقتل عدد من المسلحين الحوثيين أمس .", []],
    ["وأفرجت المقاومة عن الأسرى الحوثيين .", []]
  ])("%s", (text, expected) => {
    expect(after(listedBodyWords, text, [])).toEqual(expected)
  })
})

describe("the club after نادي (clubsAfterClubNoun)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وصلت بعثة نادي هجر إلى الأحساء .", [["الأحساء", "LOCATION"]], ["ORGANIZATION هجر", "LOCATION الأحساء"]],
    ["وانضم اللاعب لنادي الفتح أمس .", [], ["ORGANIZATION الفتح"]],
    // the tagger's own name, a longer one it read, a title after the noun, the noun with the article
    ["وقال رئيس نادي الشباب إن الفريق جاهز .", [["الشباب", "ORGANIZATION"]], ["ORGANIZATION الشباب"]],
    ["وفاز نادي ريال مدريد أمس .", [["مدريد", "LOCATION"]], ["LOCATION مدريد"]],
    ["وزار النادي الأدبي المعرض .", [], []],
    // without the article, a word that reads as an adjective or a phrase; the verb نادى
    ["وانتقل اللاعب من نادي لآخر .", [], []],
    ["وأقيم نادي صيفي للأطفال .", [], []],
    ["ونادى صديقه من بعيد .", [], []],
    ["وانضم اللاعب إلى نادي العاصمة الإيطالية .", [], []]
  ])("%s", (text, marks, expected) => {
    expect(after(clubsAfterClubNoun, text, marks)).toEqual(expected)
  })
})
