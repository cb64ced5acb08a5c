import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The forty-fifth session's rules of the names helper (docs/history/quotes.md, "Forty-fifth session (helper, names)"):
 * a listed body keeps the nisba of a place written right after it (`وزارة الخارجية القطرية`), as its entity and as the
 * speaker; the bare noun of an unnamed source is the source the text described in an attribution that pushed no
 * speaker (`بحسب ما أفاد مصدر أمني`); `الشبكة` alone is the network named before. Sentences written for these tests in
 * the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the bare noun of an unnamed source is the source an attribution described": [
    [
      'وتبادل الطرفان القصف قرب الحدود، بحسب ما أفاد مصدر أمني في المنطقة. وأكد المصدر أن "ثلاثة من المسلحين قتلوا في الاشتباك الأخير".',
      ["[مصدر أمني | أكد] ثلاثة من المسلحين قتلوا في الاشتباك الأخير"]
    ],
    [
      'وعلمت الصحيفة من مصدر عسكري مطلع أن القوات تقدمت. وأضاف المصدر الذي طلب عدم ذكر اسمه أن "الهجوم سيستمر حتى نهاية الأسبوع".',
      ["[مصدر عسكري مطلع | أضاف] الهجوم سيستمر حتى نهاية الأسبوع"]
    ],
    [
      'وهي خطوة وصفها مسؤول أوروبي بأنها مهمة للمفاوضات. وقال المسؤول: "ننتظر ردا واضحا من الطرف الآخر خلال أيام".',
      ["[مسؤول أوروبي | قال] ننتظر ردا واضحا من الطرف الآخر خلال أيام"]
    ],
    // the participle after it goes on with the description
    [
      'وتبادل الطرفان القصف قرب الحدود، بحسب ما أفاد مصدر أمني في المنطقة. وأكد المصدر أن "ثلاثة من المسلحين قتلوا في الاشتباك"، مشيرا إلى أن "المواجهات ما زالت مستمرة".',
      ["[مصدر أمني | أكد] ثلاثة من المسلحين قتلوا في الاشتباك", "[مصدر أمني | مشيرا] المواجهات ما زالت مستمرة"]
    ],
    // must not fire: the source stands in a body, which is that source: the noun stays
    [
      'وتبادل الطرفان القصف قرب الحدود، بحسب ما أفاد مصدر مسؤول في [[ORGANIZATION:وزارة الدفاع]]. وأكد المصدر أن "ثلاثة من المسلحين قتلوا في الاشتباك الأخير".',
      ["[المصدر | أكد] ثلاثة من المسلحين قتلوا في الاشتباك الأخير"]
    ],
    // must not fire: a source with no adjective describes nothing
    [
      'وتبادل الطرفان القصف قرب الحدود، بحسب ما أفاد مصدر في المنطقة. وأكد المصدر أن "ثلاثة من المسلحين قتلوا في الاشتباك الأخير".',
      ["[المصدر | أكد] ثلاثة من المسلحين قتلوا في الاشتباك الأخير"]
    ],
    // must not fire: a source close to someone
    [
      'وتأجل الاجتماع إلى الأسبوع المقبل، بحسب ما أفاد مصدر مقرب من الوفد. وأكد المصدر أن "الوفد لم يتلق الدعوة الرسمية حتى الآن".',
      ["[المصدر | أكد] الوفد لم يتلق الدعوة الرسمية حتى الآن"]
    ]
  ],
  "a network's noun alone is the network named before": [
    [
      'وقالت شبكة [[ORGANIZATION:الأفق]] الإخبارية إن موقعها تعرض لهجوم. وقالت الشبكة في بيان إن الهجمات "ما زالت مستمرة بأشكال مختلفة".',
      ["[الأفق | قالت] ما زالت مستمرة بأشكال مختلفة"]
    ],
    // must not fire: no network named before
    ['وقالت الشبكة في بيان إن الهجمات "ما زالت مستمرة بأشكال مختلفة".', ["[الشبكة | قالت] ما زالت مستمرة بأشكال مختلفة"]]
  ]
}

describeQuoteTables("forty-fifth session, Arabic (names helper)", tables)

describe("forty-fifth session: a listed body keeps the nisba of a place written after it", () => {
  it.each([
    [
      'وقالت وزارة الخارجية الكويتية في بيان لها "إن الاعتداء على البعثات الدبلوماسية مرفوض في كل الأحوال".',
      "وزارة الخارجية الكويتية"
    ],
    ['وأعلنت وزارة الدفاع الكورية الجنوبية أن "الصاروخ سقط في البحر بعد دقائق من إطلاقه".', "وزارة الدفاع الكورية الجنوبية"],
    ['وذكر مجلس الوزراء اللبناني في بيان أن "الحكومة ماضية في خطة الكهرباء حتى نهايتها".', "مجلس الوزراء اللبناني"]
  ])("%s", async (text, speaker) => {
    const r = await processText(text)
    expect(r.quotes.map((q) => q.speaker)).toEqual([speaker])
    expect(r.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.text)).toContain(speaker)
  })

  it.each([
    // an adjective of no place
    ['وقالت وزارة الخارجية الجديدة في بيان لها "إن الاعتداء على البعثات الدبلوماسية مرفوض في كل الأحوال".', "وزارة الخارجية"],
    // a direction with no place's nisba before it
    ['وأعلنت وزارة الدفاع الجنوبية أن "الصاروخ سقط في البحر بعد دقائق من إطلاقه".', "وزارة الدفاع"],
    // a time word after the body
    ['وقالت وزارة الخارجية الأحد في بيان لها "إن الاعتداء على البعثات الدبلوماسية مرفوض في كل الأحوال".', "وزارة الخارجية"]
  ])("not: %s", async (text, speaker) => {
    const r = await processText(text)
    expect(r.quotes.map((q) => q.speaker)).toEqual([speaker])
  })
})
