import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Quotation marks (docs/history/quotes.md, "Forty-second session (helper, marks)"): marks glued to `لـ` after a noun
 * with its subject's pronoun that a verb of showing or expressing a stance reaches, a verb of charging with `بأنه` or a
 * country as its subject, a campaign's name after `حملتها`, and two `«` typed as a pair around a name in a balanced
 * paragraph. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Each
 * table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "marks glued to لـ after a noun with its subject's pronoun": [
    [
      'أبدى [[PERSON:كريم الساعدي]] مدرب نادي الشباب استعداده لـ"منافسة الأندية الكبرى على اللقب" في الموسم المقبل.',
      ["[كريم الساعدي | أبدى] منافسة الأندية الكبرى على اللقب"]
    ],
    [
      'وتبدي [[ORGANIZATION:وزارة الصحة]] استعدادها لـ«توسيع حملات التطعيم في القرى النائية» خلال العام الجاري.',
      ["[وزارة الصحة | تبدي] توسيع حملات التطعيم في القرى النائية"]
    ],
    [
      'وزار [[PERSON:كريم الساعدي]] المدينة المنكوبة، معلنا دعمه لـ«خطة إعادة الإعمار الشاملة»، قبل أن يغادر إلى العاصمة.',
      ["[كريم الساعدي | معلنا] خطة إعادة الإعمار الشاملة"]
    ],
    [
      'وأعرب [[PERSON:كريم الساعدي]] في بيان عن تأييده لـ«أي اتفاق يوقف إطلاق النار» بين الطرفين.',
      ["[كريم الساعدي | أعرب] أي اتفاق يوقف إطلاق النار"]
    ],
    // must not fire: no verb of showing a stance, the pronoun's holder suffered the thing named
    ['وخضع اللاعب للعلاج بعد تعرضه لـ«إصابة عضلية حادة» في المباراة الأخيرة.', []],
    // must not fire: a noun with no pronoun after the verb's subject
    ['أبدى [[PERSON:كريم الساعدي]] استعدادا لـ"منافسة الأندية الكبرى" في الموسم المقبل.', []],
    // must not fire: a preposition in the subject, the noun its object (an outlet after it)
    ['وأبدى [[PERSON:كريم الساعدي]] في حديثه لـ«صحيفة الشرق الجديد» ارتياحه للنتائج.', []],
    // must not fire: the participle opens no clause after a comma
    ['وغادر [[PERSON:كريم الساعدي]] القاعة معلنا دعمه لـ«خطة إعادة الإعمار الشاملة» قبل التصويت.', []]
  ],
  "a verb of charging with بأنه, or a country as its subject (before its object, or of a verb of expressing)": [
    [
      'واتهمت [[LOCATION:كوريا الجنوبية]] [[LOCATION:اليابان]] بأنها تقود المنطقة إلى "سباق تسلح لا تحمد عقباه" بعد المناورات.',
      ["[كوريا الجنوبية | اتهمت] سباق تسلح لا تحمد عقباه"]
    ],
    [
      'واتهم وزير الزراعة [[PERSON:كريم الساعدي]] [[ORGANIZATION:الشركة]] بأنها «أغرقت الأسواق بمنتجات فاسدة ورفعت الأسعار».',
      ["[كريم الساعدي | اتهم] أغرقت الأسواق بمنتجات فاسدة ورفعت الأسعار"]
    ],
    // a verb of expressing takes no object: the place right after it is its subject
    ['كما عبرت [[LOCATION:مصر]] عن «خالص امتنانها للدول التي استضافت جولات الحوار».', ["[مصر | عبرت] خالص امتنانها للدول التي استضافت جولات الحوار"]],
    // must not fire: a country as the subject of a verb that opens no clause
    ['وهي الدولة التي اتهمت [[LOCATION:اليابان]] بأنها تقود المنطقة إلى "سباق تسلح لا تحمد عقباه" بعد المناورات.', []],
    // must not fire: a place right before the preposition with no object after it is the object of a verb whose
    // subject was named before
    [
      'وقالت سفيرة [[LOCATION:كندا]] [[PERSON:ليندا موريس]] إن «هذا الاتفاق لا يبدد كل مخاوفنا». ودعت [[LOCATION:طهران]] إلى «اقتناص هذه الفرصة التاريخية».',
      ["[ليندا موريس | قالت] هذا الاتفاق لا يبدد كل مخاوفنا", "[ليندا موريس | null] اقتناص هذه الفرصة التاريخية"]
    ],
    ['وتنفي [[LOCATION:روسيا]] أي دور في الهجوم، واتهمت [[LOCATION:واشنطن]] بـ "شن حملة شعواء" ضدها.', []],
    // must not fire: one word after بأنها (too short for a charge's words)
    ['واتهمت [[LOCATION:كوريا الجنوبية]] [[LOCATION:اليابان]] بأنها "متهورة" في تعاملها مع الأزمة.', []]
  ],
  "a campaign's name after حملتها is no quote": [
    ['أقامت [[ORGANIZATION:شركة الرواد للإطارات]] حفلا لتوزيع جوائز حملتها "قد سيارتك بأمان في كل الفصول والظروف الجوية" التي أعلنت عنها في الربيع.', []],
    // must not fire: the noun with no pronoun before a verb's words is no campaign's name
    [
      'وقال [[PERSON:كريم الساعدي]] إن الحملة "ستستمر حتى نهاية الشهر في جميع المناطق".',
      ["[كريم الساعدي | قال] ستستمر حتى نهاية الشهر في جميع المناطق"]
    ]
  ],
  "two « typed as a pair around a name in a balanced paragraph": [
    [
      'وأكد [[PERSON:هيروشي تاناكا]] مدير الشركة، أن « سوميرا « تفخر بافتتاح فرعها الجديد في الدمام، حيث نجحت العلامة اليابانية» سوميرا» في بناء سمعة قوية، وأضاف:» التقنية التي نستخدمها لاقت إقبالا كبيرا في كل الأسواق».',
      ["[هيروشي تاناكا | أضاف] التقنية التي نستخدمها لاقت إقبالا كبيرا في كل الأسواق"]
    ],
    // must not fire: the second `«` glued to the word after it opens a name inside the quote
    [
      'وقال [[PERSON:هيروشي تاناكا]]: « نحن ندعم «سوميرا» في كل خططها للتوسع في المنطقة ».',
      ["[هيروشي تاناكا | قال] نحن ندعم «سوميرا» في كل خططها للتوسع في المنطقة"]
    ]
  ]
}

describeQuoteTables("Arabic finding: marks (forty-second session)", tables)

describe("the stance lists (forty-second session)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it.each(["stanceVerbs", "stanceParticiples"] as const)("%s is required, described, with no form twice", (name) => {
    const file = decode(arFile)
    expect(file[name].description).toMatch(/session/)
    expect(new Set(file[name].forms).size).toBe(file[name].forms.length)
    const { [name]: _dropped, ...rest } = arFile
    expect(() => decode(rest)).toThrow(LexiconError)
  })
})
