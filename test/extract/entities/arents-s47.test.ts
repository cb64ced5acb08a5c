/**
 * Forty-seventh session (helper arents): people who speak in Arabic news, whose names the entity stage cut or linked to
 * a namesake, so that quotes took the wrong speaker:
 *
 * - a given name the tagger did not know between a title and a surname (`givenNameAfterTitles`, speaker-names.ts):
 *   `ودع الشهيد [مفرح] عسيري`; not a verb or a rank's qualifier (`الرائد ظل X`, `العقيد ركن X`);
 * - a surname between a given name and a title with no article right after a verb of saying (`surnamesBeforeTitles`):
 *   `وقالت ديبورا [والش] نائبة رئيس قسم …`; not a title noun (`وأكد باهير مساعد حاكم الولاية`);
 * - a kin noun with "my" after the vocative `يا` is no name (`withoutVocativeKin`): `يا [ابي]`;
 * - a lone surname of two namesakes, one titled as dead (`الشهيد ممدوح الحارثي`), is the living one after a verb of
 *   telling (`وأضاف الحارثي`) and the dead one after a title of the dead (`والد الشهيد الحارثي`): link.ts.
 *
 * Sentences written for these tests in the style of the news wires; the tags are set by hand, as the model gives them.
 */
import { describe, expect, it } from "vitest"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { givenNameAfterTitles, surnamesBeforeTitles, withoutVocativeKin } from "../../../src/extract/entities/speaker-names.js"
import { bestOf } from "../numbers/timing.js"
import { entitiesWithTags, oneSentenceTaggedBy, sentencesWithTags } from "./fixed-tags.js"
import type { Marks } from "./helpers.js"

/** `TYPE text (canonical)` of the people of `text`, with the document step `givenNameAfterTitles` run. */
const people = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true, steps: (t, sentences, found) => givenNameAfterTitles(t, sentences, found) })
    .filter((e) => e.type === "PERSON")
    .map((e) => `${e.text} (${e.canonical})`)

/** The texts of the mentions of the first sentence of `text` after a sentence rule that rewrites them in place. */
const rewritten = (rule: "surnames" | "vocative", text: string, marks: Marks): Array<string> => {
  const [s] = sentencesWithTags("ar", text, marks)
  const own = mentionsOf(text, s!.units, s!.tagged, "ar")
  const out = rule === "surnames" ? surnamesBeforeTitles(text, s!.units, s!.tagged, own) : withoutVocativeKin(s!.units, own)
  return out.map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
}

describe("a given name between a title and a surname (givenNameAfterTitles)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    ["وودع الشهيد مفرح عسيري زملاءه قبل صلاة الظهر .", [["عسيري", "PERSON"]], ["مفرح عسيري (مفرح عسيري)"]],
    ["وشارك الفنان ملفي الشهري بأعمال من المدرسة الواقعية .", [["الشهري", "PERSON"]], ["ملفي الشهري (ملفي الشهري)"]],
    ["وهاجم الوزير يوفال شتاينتس الاتفاق أمس .", [["شتاينتس", "PERSON"]], ["يوفال شتاينتس (يوفال شتاينتس)"]],
    // found again by propagation too: the surname named in full elsewhere
    [
      "وروى سالم عسيري أن الأسرة صابرة . وكان الشهيد مفرح عسيري يحلم بالعمرة .",
      [["سالم عسيري", "PERSON"]],
      ["سالم عسيري (سالم عسيري)", "مفرح عسيري (مفرح عسيري)"]
    ],
    // unchanged: a verb or a rank's qualifier between the title and the surname
    ["وفي لقاء الرائد ظل ماركينهو بعيدا عن مستواه .", [["ماركينهو", "PERSON"]], ["ماركينهو (ماركينهو)"]],
    ["وحضر الحفل العقيد ركن العمير .", [["العمير", "PERSON"]], ["العمير (العمير)"]],
    ["وحضر الحفل العميد متقاعد الحبسي .", [["الحبسي", "PERSON"]], ["الحبسي (الحبسي)"]],
    ["وبدأ الزعيم يفاوض كنو منذ أسبوع .", [["كنو", "PERSON"]], ["كنو (كنو)"]],
    ["وبعد يومين مع الفريق استطاع صلاح التسجيل .", [["صلاح", "PERSON"]], ["صلاح (صلاح)"]],
    // unchanged: `باسم` after a spokesman ("on behalf of"), a nasab, no title with the article
    ["وقال المتحدث باسم ترامب إن الحملة مستمرة .", [["ترامب", "PERSON"]], ["ترامب (ترامب)"]],
    ["وقال صديقه مفرح عسيري إن الأسرة صابرة .", [["عسيري", "PERSON"]], ["عسيري (عسيري)"]],
    // unchanged: a word with `ل` (a preposition), a surname in Latin letters
    ["وانتقل الفريق لملعب سانتياغو مؤقتا .", [["سانتياغو", "PERSON"]], ["سانتياغو (سانتياغو)"]],
    ["وانتقل الفريق لملعب Ciudad مؤقتا .", [["Ciudad", "PERSON"]], ["Ciudad (Ciudad)"]],
    // the lone surname typed as a place elsewhere is the person named in full after the title
    [
      "واستدعى المدرب خورخي راميريز الفتى . وتمت إقالة راميريز بعد الموسم .",
      [["راميريز", "PERSON"], ["راميريز", "LOCATION"]],
      ["خورخي راميريز (خورخي راميريز)", "راميريز (خورخي راميريز)"]
    ]
  ])("%s", (text, marks, expected) => {
    expect(people(text, marks)).toEqual(expected)
  })

  it("runs in linear time on a long document", () => {
    const run = (n: number) => {
      const text = Array.from({ length: n }, (_, k) => `وودع الشهيد مفرح عسيري ${k} زملاءه `).join("")
      const { sentence } = oneSentenceTaggedBy(text, (w) => (w === "عسيري" ? "B-PER" : null))
      const ms = mentionsOf(text, sentence.units, { tags: sentence.tags, gaz: sentence.gaz, marginals: new Float64Array(0) }, "ar")
      return () => givenNameAfterTitles(text, [sentence], ms)
    }
    const small = bestOf(5, run(400))
    const large = bestOf(5, run(4000))
    expect(large / small).toBeLessThan(30)
  })
})

describe("a surname after a verb of saying before a title with no article (surnamesBeforeTitles)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    ["وقالت ديبورا كارتر نائبة مدير إدارة الأمن الداخلي في بيان .", [["ديبورا", "PERSON"]], ["PERSON ديبورا كارتر"]],
    ["وقال باندانا باخلا مفوض الشرطة المحلية إن القرويين هاجموا النساء .", [["باندانا", "PERSON"]], ["PERSON باندانا باخلا"]],
    // unchanged: a title noun is the apposition's head; no verb of saying before the given name
    ["وأكد باهير مساعد حاكم الولاية الحصيلة .", [["باهير", "PERSON"]], ["PERSON باهير"]],
    ["واستقبل باندانا باخلا مفوض الشرطة المحلية أمس .", [["باندانا", "PERSON"]], ["PERSON باندانا"]]
  ])("%s", (text, marks, expected) => {
    expect(rewritten("surnames", text, marks)).toEqual(expected)
  })
})

describe("a kin noun with `my` after the vocative `يا` (withoutVocativeKin)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    ["وسأل أباه لماذا هذه الدماء يا ابي .", [["ابي", "PERSON"]], []],
    ["وكتبت على صفحتها يا أمي سامحيني .", [["أمي", "PERSON"]], []],
    // unchanged: not after `يا`; another name after `يا`
    ["وكتب ابي رسالة إلى الوزير .", [["ابي", "PERSON"]], ["PERSON ابي"]],
    ["وهتف الجمهور يا حسن .", [["حسن", "PERSON"]], ["PERSON حسن"]]
  ])("%s", (text, marks, expected) => {
    expect(rewritten("vocative", text, marks)).toEqual(expected)
  })
})

describe("a lone surname between namesakes, one of them dead (link.ts)", () => {
  const linked = (text: string, marks: Marks): Array<string> =>
    entitiesWithTags("ar", text, marks)
      .filter((e) => e.type === "PERSON")
      .map((e) => `${e.text} (${e.canonical})`)

  it.each<[string, Marks, ReadonlyArray<string>]>([
    [
      "وروى فايز الحارثي شقيق الشهيد ممدوح الحارثي أن أخاه كان بارا بوالديه . وأضاف الحارثي أن الأسرة فخورة . وزار المعزون والد الشهيد الحارثي .",
      [["فايز الحارثي", "PERSON"], ["ممدوح الحارثي", "PERSON"], ["الحارثي", "PERSON"], ["الحارثي", "PERSON"]],
      ["فايز الحارثي (فايز الحارثي)", "ممدوح الحارثي (ممدوح الحارثي)", "الحارثي (فايز الحارثي)", "الحارثي (ممدوح الحارثي)"]
    ],
    // a rank between the title of the dead and the name
    [
      "وقال سعيد أحمد الغامدي والد الشهيد العريف عمر الغامدي إن ابنه كان شجاعا . وأوضح الغامدي أن الأسرة صابرة .",
      [["سعيد أحمد الغامدي", "PERSON"], ["عمر الغامدي", "PERSON"], ["الغامدي", "PERSON"]],
      ["سعيد أحمد الغامدي (سعيد أحمد الغامدي)", "عمر الغامدي (عمر الغامدي)", "الغامدي (سعيد أحمد الغامدي)"]
    ],
    // unchanged: no title of the dead, the nearest namesake before
    [
      "وروى فايز الحارثي شقيق ممدوح الحارثي أن أخاه كان بارا بوالديه . وأضاف الحارثي أن الأسرة فخورة .",
      [["فايز الحارثي", "PERSON"], ["ممدوح الحارثي", "PERSON"], ["الحارثي", "PERSON"]],
      ["فايز الحارثي (فايز الحارثي)", "ممدوح الحارثي (ممدوح الحارثي)", "الحارثي (ممدوح الحارثي)"]
    ],
    // unchanged: one person of that surname, dead; the lone surname after a verb is still that person
    [
      "وودع الأهالي الشهيد ممدوح الحارثي . وأضاف الحارثي في وصيته أنه يحب وطنه .",
      [["ممدوح الحارثي", "PERSON"], ["الحارثي", "PERSON"]],
      ["ممدوح الحارثي (ممدوح الحارثي)", "الحارثي (ممدوح الحارثي)"]
    ]
  ])("%s", (text, marks, expected) => {
    expect(linked(text, marks)).toEqual(expected)
  })
})
