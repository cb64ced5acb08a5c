/**
 * Forty-ninth session (helper names): names and bodies the entity stage cut short where quotes take their speakers:
 *
 * - a title that is a man's given name far more often, `سلطان`, `أمير`, opening a person's name is the given name, not
 *   the role (`isGivenNameOpening`, mentions.ts: `[سلطان اللويحق]`), and a one-word given name right before a kunya is
 *   that person's (`givenNameBeforeKunya`: `[سلطان] [أبو علي]` → `[سلطان أبو علي]`);
 * - a body's field takes two adjectives, a participle and a nisba (`fieldAdjective`, body-complements.ts: `[المجلس
 *   الأعلى] للاتصال المسموع المرئي` → whole), and a listed body of two words the tagger left untagged is read too;
 * - English: a peer the tagger typed as a place or an organisation is a person (`peerType`, english.ts: `[Baroness
 *   Kennedy]`), and a body's head noun before `of`/`for` and a name the tagger cut goes on the name
 *   (`headStartBefore`: `A Department for [Constitutional Affairs] spokeswoman`).
 *
 * Sentences written for these tests in the style of the news wires; the tags are set by hand, as the model gives them.
 */
import { describe, expect, it } from "vitest"
import { bodyComplements } from "../../../src/extract/entities/body-complements.js"
import { extractEntities } from "../../../src/extract/entities/extract.js"
import { headStartBefore } from "../../../src/extract/entities/english.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"
import { bestOf } from "../numbers/timing.js"
import { joinedWithTags, sentencesWithTags } from "./fixed-tags.js"
import { typedTexts, type Marks } from "./helpers.js"

describe("a title that is a given name opens the name (isGivenNameOpening, givenNameBeforeKunya)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    ["وقال سلطان اللويحق رئيس مجلس إدارة الشركة إن السوق تتراجع .", [["سلطان اللويحق", "PERSON"]], ["PERSON سلطان اللويحق"]],
    ["وضمت القائمة فهد المطيري وسلطان البقمي وخالد العنزي .", [["فهد المطيري", "PERSON"], ["سلطان البقمي", "PERSON"], ["خالد العنزي", "PERSON"]], ["PERSON فهد المطيري", "PERSON سلطان البقمي", "PERSON خالد العنزي"]],
    ["وسجل الهدف الثاني أمير الحمادي في الدقيقة الأخيرة .", [["أمير الحمادي", "PERSON"]], ["PERSON أمير الحمادي"]],
    ["وأضاف سلطان أبو حمدة ، وزير المالية السابق ، أن العجز سيتراجع .", [["سلطان", "PERSON"], ["أبو حمدة", "PERSON"]], ["PERSON سلطان أبو حمدة"]],
    ["وقال محمود أبو سرحان إن المشروع تأخر .", [["محمود", "PERSON"], ["أبو سرحان", "PERSON"]], ["PERSON محمود أبو سرحان"]],
    // unchanged: a title before a place or a head noun stays out of the name (the rest of the span as before)
    ["واستقبل سلطان عمان قابوس بن سعيد الوفد .", [["سلطان عمان قابوس بن سعيد", "PERSON"]], ["PERSON عمان قابوس بن سعيد"]],
    ["وقال أمير منطقة تبوك فهد بن سلطان إن المشروع سيكتمل .", [["أمير منطقة تبوك فهد بن سلطان", "PERSON"]], ["PERSON منطقة تبوك فهد بن سلطان"]],
    // unchanged: two people, the first of two words, or no given name of the lists before the kunya
    ["والتقى خالد الفيصل أبو عمر في جدة .", [["خالد الفيصل", "PERSON"], ["أبو عمر", "PERSON"]], ["PERSON خالد الفيصل", "PERSON أبو عمر"]]
  ])("%s", (text, marks, expected) => {
    expect(typedTexts(text, marks, ["PERSON"])).toEqual(expected)
  })
})

/** `TYPE text` of the mentions of the first sentence of `text` after `bodyComplements`. */
const extended = (text: string, marks: Marks): Array<string> => {
  const [s] = sentencesWithTags("ar", text, marks)
  const own = mentionsOf(text, s!.units, s!.tagged, "ar")
  return bodyComplements(s!.units, own).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
}

describe("a body's field takes a participle and a nisba (fieldAdjective)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    ["وأصدر المجلس الأعلى للاتصال المسموع المرئي توصية جديدة .", [["المجلس الأعلى", "ORGANIZATION"]], ["ORGANIZATION المجلس الأعلى للاتصال المسموع المرئي"]],
    ["وقالت الهيئة العامة للإعلام المسموع والمرئي إن القرار نهائي .", [["الهيئة العامة", "ORGANIZATION"]], ["ORGANIZATION الهيئة العامة للإعلام المسموع والمرئي"]],
    // unchanged: one participle alone after the field (it may open a clause), the field alone goes on the name
    ["وطالب المجلس الأعلى للإعلام المكتوب بحقوقه .", [["المجلس الأعلى", "ORGANIZATION"]], ["ORGANIZATION المجلس الأعلى للإعلام"]],
    // unchanged: no participle after a feminine field
    ["ونظمت الهيئة العامة للثقافة المعروف موعدها حفلا .", [["الهيئة العامة", "ORGANIZATION"]], ["ORGANIZATION الهيئة العامة للثقافة"]]
  ])("%s", (text, marks, expected) => {
    expect(extended(text, marks)).toEqual(expected)
  })

  it("reads a listed body of two words the tagger left untagged, not a longer one", () => {
    const orgs = (text: string) =>
      extractEntities(text, bundledTagger("ar"), [{ start: 0, end: text.length }], { listedOrganizations: true })
        .filter((e) => e.type === "ORGANIZATION")
        .map((e) => e.text)
    expect(orgs("وأصدر المجلس الأعلى للقضاء قرارا بنقل القضاة .").some((t) => t.endsWith("للقضاء"))).toBe(true)
  })

  it("runs in linear time on a long sentence", () => {
    const run = (n: number) => {
      const text = Array.from({ length: n }, () => "المجلس الأعلى للاتصال المسموع المرئي").join(" و ")
      const marks: Marks = Array.from({ length: n }, () => ["المجلس الأعلى", "ORGANIZATION"] as const)
      const [s] = sentencesWithTags("ar", text, marks)
      const own = mentionsOf(text, s!.units, s!.tagged, "ar")
      return () => bodyComplements(s!.units, own)
    }
    const small = bestOf(5, run(300))
    const large = bestOf(5, run(3000))
    expect(large / small).toBeLessThan(30)
  })
})

describe("English peers are people (peerType)", () => {
  it.each([
    ["Labour peer Baroness Holloway said the bill was unfair.", "Baroness Holloway", "ORGANIZATION"],
    ["Lord Pemberton said he would vote against the plan.", "Lord Pemberton", "LOCATION"],
    ["Lady Ashworth told the committee she had resigned.", "Lady Ashworth", "MISC"]
  ] as const)("%s", (text, span, type) => {
    expect(joinedWithTags(text, [[span, type]])).toEqual([[span, "PERSON"]])
  })

  it.each([
    ["an office: Lord Chancellor", "The Lord Chancellor said the courts were ready.", "Lord Chancellor", "ORGANIZATION"],
    ["an office: Lord Mayor", "The Lord Mayor opened the fair.", "Lord Mayor", "ORGANIZATION"],
    ["a title with of", "They watched Lady of the Lake at the theatre.", "Lady of the Lake", "MISC"],
    ["the ground", "Rain stopped play at Lord's Cricket Ground.", "Lord's Cricket Ground", "LOCATION"]
  ] as const)("not %s", (_name, text, span, type) => {
    expect(joinedWithTags(text, [[span, type]])).toEqual([[span, type]])
  })
})

describe("a body's head noun before of/for goes on the name the tagger cut (headStartBefore)", () => {
  it.each([
    ["A Department for Transport Policy spokesman said the roads were safe.", "Transport Policy", "ORGANIZATION", "Department for Transport Policy"],
    ["Figures from the Office for Regional Statistics showed a rise.", "Regional Statistics", "ORGANIZATION", "Office for Regional Statistics"],
    ["She studied at the University of Glasgow before joining.", "Glasgow", "LOCATION", "University of Glasgow"],
    ["Institute for Fiscal Research figures showed a fall.", "Fiscal Research", "MISC", "Institute for Fiscal Research"]
  ] as const)("%s", (text, span, type, whole) => {
    expect(joinedWithTags(text, [[span, type]])).toEqual([[whole, "ORGANIZATION"]])
  })

  it.each([
    ["a capitalised word before the head", "The National Bank of Egypt raised rates.", "Egypt", "LOCATION"],
    ["a MISC word alone (a title's)", "The film Crying in the Centre of the World won.", "World", "MISC"],
    ["a person", "The Campaign for Peter Jones raised money.", "Peter Jones", "PERSON"],
    ["a lower-case head", "He lived in the centre of London for years.", "London", "LOCATION"]
  ] as const)("not after %s", (_name, text, span, type) => {
    expect(joinedWithTags(text, [[span, type]])).toEqual([[span, type]])
  })

  it("looks back a bounded window (linear in the mentions)", () => {
    const run = (n: number) => {
      const text = "Office for ".repeat(n) + "Regional Statistics"
      const m = { type: "ORGANIZATION" as const, start: text.length - 19, end: text.length, units: [], role: null, confidence: 1 }
      return () => {
        for (let i = 0; i < 200; i++) headStartBefore(text, m, 0)
      }
    }
    const small = bestOf(5, run(10))
    const large = bestOf(5, run(100000))
    expect(large / small).toBeLessThan(30)
  })
})
