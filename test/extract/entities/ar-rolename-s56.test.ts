/**
 * Fifty-sixth session (helper arrolename): words the entity stage glued to a person's name (docs/history/entities.md,
 * "Fifty-sixth session: arrolename"):
 *
 * - past verbs of a narrative that open a sentence before its subject (`سلّط`, `لفت`, `نوه`, `ثمن`, `أثنى`, `أبلغ` and
 *   their feminines) join `verbs` of gazetteers/not-name-words.json: `ومن جانبه، سلّط X الضوء` names X, not the verb;
 * - `شرطة` joins `officeOfPlaceHeads` of gazetteers/name-cues.json: a person's mention of three words or more right
 *   after it holds the police's place first (`الناطقة باسم شرطة فاستيراس X Y`: `placesAfterOfficeHeads`).
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { placesAfterOfficeHeads, type Sentence } from "../../../src/extract/entities/extract.js"
import { mentionsOf, type Mention } from "../../../src/extract/entities/mentions.js"
import { sentencesWithTags } from "./fixed-tags.js"
import { typedTexts } from "./helpers.js"

const people = (text: string, marks: ReadonlyArray<string>): Array<string> => typedTexts(text, marks.map((m) => [m, "PERSON"] as const), ["PERSON"])

/** `PERSON text` of the mentions of one sentence tagged by hand, after `placesAfterOfficeHeads`. */
const afterOffices = (text: string, mark: string): Array<string> => {
  const mentions: Array<Mention> = []
  const sentences: Array<Sentence> = []
  for (const { units, tagged } of sentencesWithTags("ar", text, [[mark, "PERSON"]])) {
    mentions.push(...mentionsOf(text, units, tagged, "ar"))
    sentences.push({ units, tags: tagged.tags, gaz: tagged.gaz })
  }
  return placesAfterOfficeHeads(sentences, mentions).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
}

describe("a narrative's past verb is no part of the name after it", () => {
  it.each([
    ["ومن جانبه، سلّط شريف الكيلاني الضوء على أهمية المشروع .", "سلّط شريف الكيلاني", "PERSON شريف الكيلاني"],
    ["وسلطت منيرة العتيبي الضوء على تجربة المدارس .", "سلطت منيرة العتيبي", "PERSON منيرة العتيبي"],
    ["ولفت ماجد الشهري إلى أن العمل مستمر .", "لفت ماجد الشهري", "PERSON ماجد الشهري"],
    ["ونوه فهد بن سالم الحارثي بجهود الفرق الميدانية .", "نوه فهد بن سالم الحارثي", "PERSON فهد بن سالم الحارثي"],
    ["وثمن خالد الغامدي دعم القيادة للمشروع .", "ثمن خالد الغامدي", "PERSON خالد الغامدي"],
    ["وأثنى نيكوس أناستاسيادس على موقف الحكومة .", "أثنى نيكوس أناستاسيادس", "PERSON نيكوس أناستاسيادس"],
    ["وأبلغ سعد الجبوري الصحفيين أن الجلسة تأجلت .", "أبلغ سعد الجبوري", "PERSON سعد الجبوري"]
  ] as const)("%s", (text, mark, want) => {
    expect(people(text, [mark])).toEqual([want])
  })

  it.each([
    // the verb's letters inside a name, and a name the tagger found without the verb
    ["وقال سلطان العتيبي إن الفريق جاهز .", "سلطان العتيبي", "PERSON سلطان العتيبي"],
    ["وأكد عثمان الثمن أن الموسم ناجح .", "عثمان الثمن", "PERSON عثمان الثمن"],
    ["ولفت الانتباه حضور ماجد الشهري .", "ماجد الشهري", "PERSON ماجد الشهري"]
  ] as const)("unchanged: %s", (text, mark, want) => {
    expect(people(text, [mark])).toEqual([want])
  })
})

describe("a police force's place is no part of its spokesman's name (placesAfterOfficeHeads)", () => {
  it.each([
    ["وقالت الناطقة باسم شرطة فاستيراس فكتوريا هولمغرين إن التحقيق مستمر .", "فاستيراس فكتوريا هولمغرين", "PERSON فكتوريا هولمغرين"],
    ["وصرح قائد شرطة لامو كريسبوس موتالي بأن الهجوم وقع ليلا .", "لامو كريسبوس موتالي", "PERSON كريسبوس موتالي"],
    ["وقال مدير شرطة مومباسا عبدالله نور إن الحادث تحت السيطرة .", "مومباسا عبدالله نور", "PERSON عبدالله نور"]
  ] as const)("%s", (text, mark, want) => {
    expect(afterOffices(text, mark)).toEqual([want])
  })

  it.each([
    // the police with the article, a person of two words, a chain word second: left as the tagger gave it
    ["وقال مدير الشرطة سامي ناصر العتيبي إن الحادث تحت السيطرة .", "سامي ناصر العتيبي", "PERSON سامي ناصر العتيبي"],
    ["وقال قائد شرطة فهد العتيبي إن الحادث تحت السيطرة .", "فهد العتيبي", "PERSON فهد العتيبي"],
    ["وزار وفد شرطة طارق بن زياد الموقع .", "طارق بن زياد", "PERSON طارق بن زياد"]
  ] as const)("unchanged: %s", (text, mark, want) => {
    expect(afterOffices(text, mark)).toEqual([want])
  })
})
