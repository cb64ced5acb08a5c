/**
 * Thirty-fifth session (helper, round 2): a family name that opens with `ب` (`برهومة`, `بحاح`), which the model ends
 * the name before, read as the preposition (docs/entities.md; docs/history/entities.md, "Thirty-fifth session (helper,
 * family names that open with ب)"). Sentences written for these tests in the style of the news wires; the tags are set
 * by hand, as the model gives them.
 */
import { describe, expect, it } from "vitest"
import { surnamesWithBa } from "../../../src/extract/entities/extract.js"
import { bestOf } from "../numbers/timing.js"
import { entitiesWithTags } from "./fixed-tags.js"
import type { Marks } from "./helpers.js"

/** `TYPE text (canonical)` for each entity of an Arabic `text` tagged by hand, through propagation, the rule and linking. */
const entities = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true, steps: (_t, sentences, found) => surnamesWithBa(sentences, found) }).map(
    (e) => `${e.type} ${e.text} (${e.canonical})`
  )

describe("a family name with ب after a given name joins the name (surnamesWithBa)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    // joined: a given name of the lists last, the word followed by `في` or a comma
    ["ويرى موسى برهومة في مقاله أن الأزمة ستطول .", [["موسى", "PERSON"]], ["PERSON موسى برهومة (موسى برهومة)"]],
    ["واستقبل رئيس الوزراء خالد محفوظ بحاح، وفدا من المنظمة .", [["خالد محفوظ", "PERSON"]], ["PERSON خالد محفوظ بحاح (خالد محفوظ بحاح)"]],
    // unchanged: no comma or `في` after the word, a pronoun suffix, the article, a place, a time word
    ["وطالب صالح بوضع لوحات على الطريق .", [["صالح", "PERSON"]], ["PERSON صالح (صالح)"]],
    ["واحتفظ محمد بمنصبه في الحكومة الجديدة .", [["محمد", "PERSON"]], ["PERSON محمد (محمد)"]],
    ["ونوه خالد بالجهود في الحفل .", [["خالد", "PERSON"]], ["PERSON خالد (خالد)"]],
    ["وقصفت الطائرات مواقع صالح بصنعاء، وقتلت عشرة مسلحين .", [["صالح", "PERSON"]], ["PERSON صالح (صالح)"]],
    // unchanged: the document writes the name on with another word
    [
      "وغنى طلال مداح الأغنية . وسبقت أغنية طلال بعقود، في الستينات .",
      [["طلال مداح", "PERSON"], ["طلال", "PERSON"]],
      ["PERSON طلال مداح (طلال مداح)", "PERSON طلال (طلال مداح)"]
    ],
    // unchanged: `في` after a name whose last word is no given name of the lists
    ["وسجل إيفان فوتشوف بخطأ في الدقيقة الأخيرة .", [["إيفان فوتشوف", "PERSON"]], ["PERSON إيفان فوتشوف (إيفان فوتشوف)"]],
    // unchanged: a foreign name whose first word is no given name of the lists
    ["ولعب الفريق في ملعب غوديسون بارك بهدف، وفاز .", [["غوديسون بارك", "PERSON"]], ["PERSON غوديسون بارك (غوديسون بارك)"]]
  ])("%s", (text, marks, expected) => {
    expect(entities(text, marks)).toEqual(expected)
  })

  it("is linear in the number of names", () => {
    const doc = (n: number) => {
      const text = Array.from({ length: n }, () => "ويرى موسى برهومة في مقاله . ").join("")
      const marks: Marks = Array.from({ length: n }, () => ["موسى", "PERSON"] as const) as unknown as Marks
      return { text, marks }
    }
    const small = doc(50)
    const large = doc(500)
    const a = bestOf(3, () => entities(small.text, small.marks))
    const b = bestOf(3, () => entities(large.text, large.marks))
    expect(b / Math.max(a, 0.05)).toBeLessThan(60)
  })
})
