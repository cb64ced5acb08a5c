/**
 * Forty-eighth session (helper nerorg): an Arabic body's name that the tagger cut before the complement naming its
 * field (`bodyComplements`, body-complements.ts): `[الاتحاد الدولي] للسباحة` → `[الاتحاد الدولي للسباحة]`.
 *
 * Sentences written for these tests in the style of the news wires; the tags are set by hand, as the model gives them.
 */
import { describe, expect, it } from "vitest"
import { bodyComplements } from "../../../src/extract/entities/body-complements.js"
import { extractEntities } from "../../../src/extract/entities/extract.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"
import { bestOf } from "../numbers/timing.js"
import { sentencesWithTags } from "./fixed-tags.js"
import type { Marks } from "./helpers.js"

/** `TYPE text` of the mentions of the first sentence of `text` after `bodyComplements`. */
const extended = (text: string, marks: Marks): Array<string> => {
  const [s] = sentencesWithTags("ar", text, marks)
  const own = mentionsOf(text, s!.units, s!.tagged, "ar")
  return bodyComplements(s!.units, own).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
}

describe("a body's name goes on with the complement naming its field (bodyComplements)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    // `ل` and the article on a field
    ["وقرر الاتحاد الدولي للسباحة إيقاف السباح عامين .", [["الاتحاد الدولي", "ORGANIZATION"]], ["ORGANIZATION الاتحاد الدولي للسباحة"]],
    ["ووافق البنك الإسلامي للتنمية على تمويل المشروع .", [["البنك الإسلامي", "ORGANIZATION"]], ["ORGANIZATION البنك الإسلامي للتنمية"]],
    // and a nisba adjective that agrees with it
    ["وزار وفد من الوكالة الدولية للطاقة الذرية المفاعل .", [["الوكالة الدولية", "ORGANIZATION"]], ["ORGANIZATION الوكالة الدولية للطاقة الذرية"]],
    ["ونظمت الجمعية الخليجية للتأمين التعاوني ندوة .", [["الجمعية الخليجية", "ORGANIZATION"]], ["ORGANIZATION الجمعية الخليجية للتأمين التعاوني"]],
    // fields joined by `و`
    ["وأدرجت منظمة الأمم المتحدة للتربية والعلم والثقافة الموقع .", [["منظمة الأمم المتحدة", "ORGANIZATION"]], ["ORGANIZATION منظمة الأمم المتحدة للتربية والعلم والثقافة"]],
    // `ل` left on a noun in construct, and its genitive
    ["وعاقب الاتحاد الآسيوي لكرة القدم النادي بغرامة .", [["الاتحاد الآسيوي", "ORGANIZATION"]], ["ORGANIZATION الاتحاد الآسيوي لكرة القدم"]],
    ["وانتقدت المنظمة المغاربية لحقوق الإنسان الحكم .", [["المنظمة المغاربية", "ORGANIZATION"]], ["ORGANIZATION المنظمة المغاربية لحقوق الإنسان"]],
    // a place the tagger found inside the complement is dropped into the name
    ["وقال الاتحاد الوطني لكرة القدم إن الملعب جاهز .", [["الاتحاد الوطني", "ORGANIZATION"], ["القدم", "LOCATION"]], ["ORGANIZATION الاتحاد الوطني لكرة القدم"]],
    // unchanged: a purpose or a time after the name, not a field
    ["واجتمع الاتحاد الأوروبي لمناقشة الأزمة المالية .", [["الاتحاد الأوروبي", "ORGANIZATION"]], ["ORGANIZATION الاتحاد الأوروبي"]],
    ["وفاز الاتحاد السعودي للمرة الثانية بالجائزة .", [["الاتحاد السعودي", "ORGANIZATION"]], ["ORGANIZATION الاتحاد السعودي"]],
    ["وقدم البنك الدولي للحكومة اليمنية قرضا جديدا .", [["البنك الدولي", "ORGANIZATION"]], ["ORGANIZATION البنك الدولي"]],
    // unchanged: a field after a body named in one word, or after a name that ends in no word with the article
    ["وتبرعت أرامكو للتنمية بمليون ريال .", [["أرامكو", "ORGANIZATION"]], ["ORGANIZATION أرامكو"]],
    ["وأكد مجلس الأمن للتنمية دوره .", [["مجلس الأمن", "ORGANIZATION"]], ["ORGANIZATION مجلس الأمن"]],
    ["وقالت وزارة الصحة للصحفيين إن العدوى تراجعت .", [["وزارة الصحة", "ORGANIZATION"]], ["ORGANIZATION وزارة الصحة"]],
    // an adjective that is no nisba: feminine after a feminine head, or الأعلى
    ["وأعلنت الهيئة العامة للإحصاء النتائج .", [["الهيئة العامة", "ORGANIZATION"]], ["ORGANIZATION الهيئة العامة للإحصاء"]],
    ["وأصدر المجلس الأعلى للقضاء قرارا .", [["المجلس الأعلى", "ORGANIZATION"]], ["ORGANIZATION المجلس الأعلى للقضاء"]],
    // unchanged: a team's noun before the name: a club named after a body, whose complement is its sport
    ["وينتظر أن يعلن فريق الاتحاد السعودي لكرة القدم ضم المهاجم .", [["الاتحاد السعودي", "ORGANIZATION"]], ["ORGANIZATION الاتحاد السعودي"]],
    ["وتعاقد نادي الاتحاد الليبي لكرة السلة مع مدرب .", [["الاتحاد الليبي", "ORGANIZATION"]], ["ORGANIZATION الاتحاد الليبي"]],
    // unchanged: a head that is no body's (a club's name), a person
    ["وتعاقد نادي الهلال للسباحة مع مدرب .", [["نادي الهلال", "ORGANIZATION"]], ["ORGANIZATION نادي الهلال"]],
    ["وقال الأمير سلطان للتنمية إن .", [["الأمير سلطان", "PERSON"]], ["PERSON سلطان"]],
    // unchanged: no nisba after a construct's genitive (whose it is is not told), nor one that does not agree
    ["وعاقب الاتحاد الآسيوي لكرة القدم الدولي جوزيه .", [["الاتحاد الآسيوي", "ORGANIZATION"]], ["ORGANIZATION الاتحاد الآسيوي لكرة القدم"]],
    ["وأعلنت الهيئة الوطنية للطاقة السعودي خالد .", [["الهيئة الوطنية", "ORGANIZATION"]], ["ORGANIZATION الهيئة الوطنية للطاقة"]],
    // unchanged: a mention that runs past the complement
    ["وقال الاتحاد الدولي للسباحة الحرة بيانا .", [["الاتحاد الدولي", "ORGANIZATION"], ["للسباحة الحرة بيانا", "MISC"]], ["ORGANIZATION الاتحاد الدولي", "MISC سباحة الحرة بيانا"]]
  ])("%s", (text, marks, expected) => {
    expect(extended(text, marks)).toEqual(expected)
  })

  it("runs with the listed organisations only (the pipeline's default; not khabar tag's)", () => {
    const text = "وقرر الاتحاد الدولي للسباحة إيقاف السباح عامين ."
    const orgs = (listed: boolean) =>
      extractEntities(text, bundledTagger("ar"), [{ start: 0, end: text.length }], { listedOrganizations: listed })
        .filter((e) => e.type === "ORGANIZATION")
        .map((e) => e.text)
    expect(orgs(true)).toEqual(["الاتحاد الدولي للسباحة"])
    expect(orgs(false)).toEqual(["الاتحاد الدولي"])
  })

  it("runs in linear time on a long sentence", () => {
    const run = (n: number) => {
      const text = Array.from({ length: n }, () => "الاتحاد الدولي للسباحة والتنس والرماية الدولية").join(" و ")
      const marks: Marks = Array.from({ length: n }, () => ["الاتحاد الدولي", "ORGANIZATION"] as const)
      const [s] = sentencesWithTags("ar", text, marks)
      const own = mentionsOf(text, s!.units, s!.tagged, "ar")
      return () => bodyComplements(s!.units, own)
    }
    const small = bestOf(5, run(300))
    const large = bestOf(5, run(3000))
    expect(large / small).toBeLessThan(30)
  })
})
