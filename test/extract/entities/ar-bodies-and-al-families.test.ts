/**
 * Thirty-fifth session (helper): an armed group named after a family (its forces and followers, and the family name
 * used as its adjective), and Gulf names with `آل` before the family name (docs/entities.md; docs/history/entities.md,
 * "Thirty-fifth session (helper, bodies named after a family and names with آل)"). Sentences written for these tests in
 * the style of the news wires; the tags are set by hand, as the model gives them.
 */
import { describe, expect, it } from "vitest"
import { familyNamesAfterAl, familyNamesOfBodies, placesAfterOfficeHeads } from "../../../src/extract/entities/extract.js"
import { splitGluedFunctionWords } from "../../../src/extract/entities/glued-next.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { bestOf } from "../numbers/timing.js"
import { entitiesWithTags, oneSentenceTaggedBy } from "./fixed-tags.js"
import type { Marks } from "./helpers.js"

/**
 * `TYPE text (canonical)` for each entity of an Arabic `text` tagged by hand, through the document's steps as
 * `findMentions` runs them: propagation, the names with `آل`, the family names of bodies, the places after an office
 * and the glued function words, the particles, then linking.
 */
const entities = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, {
    propagate: true,
    steps: (t, sentences, found) => splitGluedFunctionWords(t, sentences, placesAfterOfficeHeads(sentences, familyNamesOfBodies(sentences, familyNamesAfterAl(sentences, found))))
  }).map((e) => `${e.type} ${e.text} (${e.canonical})`)

/** A text of `n` parts of `part`, one sentence tagged by `tag`, and the mentions of it: for the linear-time checks. */
const longDocument = (part: (k: number) => string, tag: (w: string) => "B-PER" | "I-PER" | null, n: number) => {
  const text = Array.from({ length: n }, (_, k) => part(k)).join("")
  const { sentence } = oneSentenceTaggedBy(text, tag)
  const ms = mentionsOf(text, sentence.units, { tags: sentence.tags, gaz: sentence.gaz, marginals: new Float64Array(0) }, "ar")
  return { sentence, ms }
}

describe("the forces and followers of a group named after a family are that group (familyNamesOfBodies)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    // the document names the group after one of familyOrgHeads
    [
      "وقال عبدالملك الحوثي إن جماعة الحوثي صامدة . وقصفت قوات الحوثي أحياء المدينة .",
      [["عبدالملك الحوثي", "PERSON"], ["جماعة الحوثي", "ORGANIZATION"]],
      ["PERSON عبدالملك الحوثي (عبدالملك الحوثي)", "ORGANIZATION جماعة الحوثي (جماعة الحوثي)", "ORGANIZATION قوات الحوثي (قوات الحوثي)"]
    ],
    // or in the plural of its nisba; a conjunction glued to the head
    [
      "وتقدم الحوثيون نحو الميناء ، وقتل عدد من مسلحي الحوثي وأنصار الحوثي ، بحسب عبدالكريم الحوثي .",
      [["الحوثيون", "ORGANIZATION"], ["الحوثي", "PERSON"], ["الحوثي", "PERSON"], ["عبدالكريم الحوثي", "PERSON"]],
      ["ORGANIZATION الحوثيون (الحوثيون)", "ORGANIZATION مسلحي الحوثي (مسلحي الحوثي)", "ORGANIZATION أنصار الحوثي (أنصار الحوثي)", "PERSON عبدالكريم الحوثي (عبدالكريم الحوثي)"]
    ],
    // the family name used as the group's adjective after a noun with the article: no name
    [
      "وأكد عبدالملك الحوثي أن ميليشيات الحوثي لن تنسحب ، لكن التمرد الحوثي يتراجع .",
      [["عبدالملك الحوثي", "PERSON"], ["الحوثي", "PERSON"]],
      ["PERSON عبدالملك الحوثي (عبدالملك الحوثي)", "ORGANIZATION ميليشيات الحوثي (ميليشيات الحوثي)"]
    ],
    // rows that must not change
    // no body of the family in the document: forces and supporters are the person's
    ["وتقدمت قوات النمر نحو البلدة ، وأكد سهيل النمر أن الهجوم مستمر .", [["النمر", "PERSON"], ["سهيل النمر", "PERSON"]], ["PERSON النمر (سهيل النمر)", "PERSON سهيل النمر (سهيل النمر)"]],
    ["وتظاهر أنصار القذافي في المدينة ، وكان معمر القذافي قد قتل .", [["القذافي", "PERSON"], ["معمر القذافي", "PERSON"]], ["PERSON القذافي (معمر القذافي)", "PERSON معمر القذافي (معمر القذافي)"]],
    // the group named, but the man himself after a verb, after an honorific, and in full
    [
      "وهاجمت جماعة الحوثي المدينة . وقال الحوثي في خطابه إن المعركة طويلة ، ورد السيد الحوثي على المبعوث .",
      [["جماعة الحوثي", "ORGANIZATION"], ["الحوثي", "PERSON"], ["الحوثي", "PERSON"]],
      ["ORGANIZATION جماعة الحوثي (جماعة الحوثي)", "PERSON الحوثي (الحوثي)", "PERSON الحوثي (الحوثي)"]
    ],
    // a noun with the article before a family that names no body in the document
    ["وكرم النادي اللاعب السابق ، وأشاد المدرب العتيبي بالفريق ، وقال فهد العتيبي إنه سعيد .", [["العتيبي", "PERSON"], ["فهد العتيبي", "PERSON"]], ["PERSON العتيبي (فهد العتيبي)", "PERSON فهد العتيبي (فهد العتيبي)"]]
  ])("%s", (text, marks, expected) => {
    expect(entities(text, marks)).toEqual(expected)
  })

  it("runs in linear time on a long document", () => {
    const run = (n: number) => {
      const { sentence, ms } = longDocument((k) => `وقال فهد الحوثي ${k} إن جماعة الحوثي وقوات الحوثي والتمرد الحوثي . `, (w) => (w === "فهد" ? "B-PER" : w === "الحوثي" ? "I-PER" : null), n)
      return () => familyNamesOfBodies([sentence], ms)
    }
    const small = bestOf(5, run(400))
    const large = bestOf(5, run(4000))
    expect(large / small).toBeLessThan(30)
  })
})

describe("a Gulf name with آل before the family name (familyNamesAfterAl)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    // the tagger stopped before آل and opened the family name apart
    [
      "ورفع المجلس الشكر للملك سلمان بن عبدالعزيز آل سعود على دعمه .",
      [["سلمان بن عبدالعزيز", "PERSON"], ["سعود", "PERSON"]],
      ["PERSON سلمان بن عبدالعزيز آل سعود (سلمان بن عبدالعزيز آل سعود)"]
    ],
    // the family name untagged
    ["وكرم المحافظ العريف ناصر مبارك آل ضعين على شجاعته .", [["ناصر مبارك", "PERSON"]], ["PERSON ناصر مبارك آل ضعين (ناصر مبارك آل ضعين)"]],
    // the family name alone after a verb, and a given name of the lists before آل
    [
      "وأوضح مدير الإدارة فهد آل مريح أن العمل مستمر . وبين آل مريح أن الفرق جاهزة .",
      [["مريح", "PERSON"], ["مريح", "PERSON"]],
      ["PERSON فهد آل مريح (فهد آل مريح)", "PERSON آل مريح (فهد آل مريح)"]
    ],
    // all untagged: a given name of the lists, آل and the family name
    ["وقال المتحدث الإعلامي علي آل زهير إن الحريق محدود .", [], ["PERSON علي آل زهير (علي آل زهير)"]],
    // a father's given name between the mention and آل: the whole chain is one man's
    ["واستشهد العريف سامي موسى علي آل حسان في الهجوم .", [["سامي موسى", "PERSON"]], ["PERSON سامي موسى علي آل حسان (سامي موسى علي آل حسان)"]],
    // the tagger opened the father's name apart
    ["واستشهد العريف سامي موسى علي آل حسان في الهجوم .", [["سامي موسى", "PERSON"], ["علي", "PERSON"]], ["PERSON سامي موسى علي آل حسان (سامي موسى علي آل حسان)"]],
    // rows that must not change
    // the verb آل ("came to") before a function word
    ["وتحدث الوزير عن ما آل إليه الوضع ، وقال فهد العتيبي إن الحل قريب .", [["فهد العتيبي", "PERSON"]], ["PERSON فهد العتيبي (فهد العتيبي)"]],
    // no given name of the lists and no person's mention around آل
    ["وقرأ الإمام سورة آل عمران في الصلاة .", [], []],
    ["وزار الوفد دار آل جمجوم في الحي القديم .", [], []],
    // the family of a man the document names without آل: the family name alone stays his
    [
      "وقال جورج بوش إن آل بوش خدموا البلاد ، وأضاف بوش أنه فخور .",
      [["جورج بوش", "PERSON"], ["بوش", "PERSON"], ["بوش", "PERSON"]],
      ["PERSON جورج بوش (جورج بوش)", "PERSON بوش (جورج بوش)", "PERSON بوش (جورج بوش)"]
    ],
    // the preposition على, folded like the name علي, before آل
    ["وقال الشاعر إلا على آل عيسى ، وقال فهد العتيبي إن البيت مشهور .", [["فهد العتيبي", "PERSON"]], ["PERSON فهد العتيبي (فهد العتيبي)"]],
    // a preposition glued to the word after آل: no family name
    ["وقال سعد آل بالرياض إن الطقس حار .", [["سعد", "PERSON"]], ["PERSON سعد (سعد)"]]
  ])("%s", (text, marks, expected) => {
    expect(entities(text, marks)).toEqual(expected)
  })

  it("runs in linear time on a long document", () => {
    const run = (n: number) => {
      const { sentence, ms } = longDocument(
        (k) => `وقال سلمان بن عبدالعزيز آل سعود ${k} إن علي آل زهير وآل مريح . `,
        (w) => (w === "سلمان" ? "B-PER" : w === "بن" || w === "عبدالعزيز" ? "I-PER" : w === "سعود" || w === "مريح" ? "B-PER" : null),
        n
      )
      return () => familyNamesAfterAl([sentence], ms)
    }
    const small = bestOf(5, run(400))
    const large = bestOf(5, run(4000))
    expect(large / small).toBeLessThan(30)
  })
})
