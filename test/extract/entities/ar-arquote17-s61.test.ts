/**
 * Sixty-first session (helper arquote17): speakers' names the A119 reading found cut short or run on
 * (docs/history/quotes.md, "Sixty-first session: arquote17"):
 *
 * - `ranIntoAdjective` (glued-next.ts, read by linking's corrections): a headline's name run into the predicate
 *   adjective after it (`محمد صلاح [سعيد] بالظهور`) loses the adjective where the document names the person without it;
 * - `titleSurnameBeforeNisba` (mentions.ts) and `withoutRoleTail` (speaker-names.ts): a title's word between a speaker's
 *   given name and a relational adjective of his role (`قال عدنان مفتي القيادي`) is his family name;
 * - `speakerCutInTwo` (link.ts, read by `joinSplitNames`): a speaker's name the tagger cut in two right after a verb of
 *   saying, before a comma (`قال [كرمانج] [عزت سليمان]،`), is one name.
 *
 * Sentences written for these tests in the style of the wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { roleTailsOfNames } from "../../../src/extract/entities/speaker-names.js"
import { entitiesWithTags } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of each entity of `text` tagged by hand, the role tails cut as the sentence steps do. */
const named = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { steps: (t, _, found) => roleTailsOfNames(t, found) }).map((e) => `${e.type} ${e.text}`)

describe("a headline's name run into a predicate adjective (ranIntoAdjective)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["محمد صلاح سعيد بالظهور الأول له مع فريقه\nأعرب اللاعب الدولي محمد صلاح عن سعادته بالفوز .", [["محمد صلاح سعيد", "PERSON"], ["محمد صلاح", "PERSON"]], ["PERSON محمد صلاح", "PERSON محمد صلاح"]],
    ["خالد عمر سعيد بالتأهل إلى النهائي\nقال المدرب خالد عمر إن الفريق قدم مباراة كبيرة .", [["خالد عمر سعيد", "PERSON"], ["خالد عمر", "PERSON"]], ["PERSON خالد عمر", "PERSON خالد عمر"]],
    // must stay: the document never writes the name without the word; the name after a verb (its object after it)
    ["محمد صلاح سعيد بالظهور الأول له مع فريقه\nوسجل اللاعب هدفا في المباراة .", [["محمد صلاح سعيد", "PERSON"]], ["PERSON محمد صلاح سعيد"]],
    ["التقى محمد أحمد سعيد بالرئيس أمس في مكتبه .\nوكان محمد أحمد قد وصل صباحا .", [["محمد أحمد سعيد", "PERSON"], ["محمد أحمد", "PERSON"]], ["PERSON محمد أحمد سعيد", "PERSON محمد أحمد"]],
    // must stay: no complement glued to بال after the word
    ["محمد صلاح سعيد يعود إلى التدريبات\nقال محمد صلاح إنه جاهز .", [["محمد صلاح سعيد", "PERSON"], ["محمد صلاح", "PERSON"]], ["PERSON محمد صلاح سعيد", "PERSON محمد صلاح"]]
  ])("%s", (text, marks, expected) => {
    expect(named(text, marks)).toEqual(expected)
  })
})

describe("a title's word between a speaker's given name and his role's adjective is his family name (titleSurnameBeforeNisba)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["من جانبه، قال عدنان مفتي القيادي في الحزب إن الهدنة انتهت .", [["عدنان", "PERSON"]], ["PERSON عدنان مفتي"]],
    ["والتقى عدنان مفتي القيادي في الحزب بالوفد .", [["عدنان", "PERSON"]], ["PERSON عدنان مفتي"]],
    // the tagger's two words, cut back by the role tails before: now kept
    ["من جانبه، قال عدنان مفتي القيادي في الحزب إن الهدنة انتهت .", [["عدنان مفتي", "PERSON"]], ["PERSON عدنان مفتي"]],
    // must stay: a title in construct with what follows it is the role
    ["وقال أحمد مستشار الأمير إن الحوار متوقف .", [["أحمد", "PERSON"]], ["PERSON أحمد"]],
    ["وقال عدنان مفتي الحزب إن الهدنة انتهت .", [["عدنان", "PERSON"]], ["PERSON عدنان"]],
    ["وقال بندر بن فيصل نائب أمير المنطقة إن العمل مستمر .", [["بندر بن فيصل نائب", "PERSON"]], ["PERSON بندر بن فيصل"]]
  ])("%s", (text, marks, expected) => {
    expect(named(text, marks)).toEqual(expected)
  })
})

describe("a speaker's name cut in two after a verb of saying (speakerCutInTwo)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["بدوره قال كرمانج عزت سليمان، قائمقام القضاء، إن الأضرار كبيرة .", [["كرمانج", "PERSON"], ["عزت سليمان", "PERSON"]], ["PERSON كرمانج عزت سليمان"]],
    ["وكتب هوشيار زيباري: إن الوضع صعب .", [["هوشيار", "PERSON"], ["زيباري", "PERSON"]], ["PERSON هوشيار زيباري"]],
    // must stay: no verb of saying before; no comma or colon after; two persons joined by و
    ["والتقى كرمانج عزت سليمان، قائمقام القضاء، أمس .", [["كرمانج", "PERSON"], ["عزت سليمان", "PERSON"]], ["PERSON كرمانج", "PERSON عزت سليمان"]],
    ["وقال كرمانج عزت سليمان إن الأضرار كبيرة .", [["كرمانج", "PERSON"], ["عزت سليمان", "PERSON"]], ["PERSON كرمانج", "PERSON عزت سليمان"]],
    ["وقال كرمانج وعزت سليمان، إن الأضرار كبيرة .", [["كرمانج", "PERSON"], ["عزت سليمان", "PERSON"]], ["PERSON كرمانج", "PERSON عزت سليمان"]],
    // must stay: a title with the article the tagger typed a person is no first name
    ["وقال الكولونيل ستيف وارن، إن الجنود شاركوا .", [["الكولونيل", "PERSON"], ["ستيف وارن", "PERSON"]], ["PERSON الكولونيل", "PERSON ستيف وارن"]]
  ])("%s", (text, marks, expected) => {
    expect(named(text, marks)).toEqual(expected)
  })
})
