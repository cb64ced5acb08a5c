import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { parseMarked, showQuotes as show } from "./marked.js"

/**
 * Session 17 (docs/quotes.md, "Seventeenth session"): where a colon quote ends. Sentences written for these tests in
 * the style of the wires; `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */
type Row = readonly [string, ReadonlyArray<string>]

const tables: Record<string, ReadonlyArray<Row>> = {
  "a colon quote ends before a sentence that opens with a lead phrase and a speech verb": [
    [
      "وقال المدير العام للشركة [[PERSON:سامي الخطيب]]: إن المشروع سيكتمل قبل نهاية العام. بدوره قال الخبير [[PERSON:مازن العلي]]: إن السوق ستستفيد من المشروع كثيرا.",
      ["[سامي الخطيب | قال] إن المشروع سيكتمل قبل نهاية العام", "[مازن العلي | قال] إن السوق ستستفيد من المشروع كثيرا"]
    ],
    [
      "وقال الوزير: إن الاجتماع المقبل سيعقد في العاصمة. ومن جانبه، أكد رئيس اللجنة [[PERSON:خالد الحربي]] أن الموعد لم يحدد بعد.",
      ["[الوزير | قال] إن الاجتماع المقبل سيعقد في العاصمة"]
    ],
    [
      "وقالت المتحدثة [[PERSON:هالة سعيد]]: نعمل مع السلطات المحلية على مدار الساعة. ومن جهتها قالت النقابة في بيان إن العمال عادوا إلى مواقعهم.",
      ["[هالة سعيد | قالت] نعمل مع السلطات المحلية على مدار الساعة"]
    ],
    [
      "وقال المدرب [[PERSON:فهد سالم]]: اللاعبون جاهزون للمباراة المقبلة. وفي هذا الصدد أوضح [[PERSON:ماجد علي]]: الفريق يحتاج إلى راحة قصيرة.",
      ["[فهد سالم | قال] اللاعبون جاهزون للمباراة المقبلة", "[ماجد علي | أوضح] الفريق يحتاج إلى راحة قصيرة"]
    ],
    // a lead word with no verb after it, or a word that is no opener, ends nothing
    [
      "وقال المدير [[PERSON:سامي الخطيب]]: إن العمل يسير وفق الخطة. بدوره يتابع الفريق التنفيذ يوميا في الموقع.",
      ["[سامي الخطيب | قال] إن العمل يسير وفق الخطة. بدوره يتابع الفريق التنفيذ يوميا في الموقع"]
    ],
    [
      "وقال المدير [[PERSON:سامي الخطيب]]: إن العمل يسير وفق الخطة. والفريق قال كلمته في الميدان.",
      ["[سامي الخطيب | قال] إن العمل يسير وفق الخطة. والفريق قال كلمته في الميدان"]
    ]
  ],
  "a colon quote ends before a speech verb with its و and its colon right after a word": [
    [
      "وقال وزير المياه [[PERSON:حازم العلي]]: مرحبا بالوفد الزائر في بلده الثاني وقال: تمثل هذه الزيارة تتويجا للعلاقات بين البلدين.",
      ["[حازم العلي | قال] مرحبا بالوفد الزائر في بلده الثاني", "[حازم العلي | قال] تمثل هذه الزيارة تتويجا للعلاقات بين البلدين"]
    ],
    // a verb without its و, or with a word between it and the colon, ends nothing
    [
      "وقال وزير المياه [[PERSON:حازم العلي]]: الوفد الزائر قال كلمته بوضوح: الشراكة مستمرة بين البلدين.",
      ["[حازم العلي | قال] الوفد الزائر قال كلمته بوضوح: الشراكة مستمرة بين البلدين"]
    ]
  ],
  "`بين` right after a closing mark puts no speaker on the chain": [
    [
      'وقال المدير [[PERSON:سامي الخطيب]] إن الطريق مغلق، مشيرا إلى أن أهمية الجسر في أن "الشاحنات تستخدمه للتنقل" بين المدينتين، وإغلاقه "سيجعل الرحلات تستغرق وقتا أطول بكثير من المعتاد".',
      ["[سامي الخطيب | مشيرا] الشاحنات تستخدمه للتنقل", "[سامي الخطيب | مشيرا] سيجعل الرحلات تستغرق وقتا أطول بكثير من المعتاد"]
    ],
    [
      "وأكدت الوزيرة [[PERSON:هالة سعيد]] أن «الحوار مستمر بلا انقطاع» بين الجانبين.\nوفي المساء «نأمل أن يصل الطرفان إلى اتفاق نهائي قبل نهاية الشهر الجاري».",
      ["[هالة سعيد | أكدت] الحوار مستمر بلا انقطاع", "[هالة سعيد | null] نأمل أن يصل الطرفان إلى اتفاق نهائي قبل نهاية الشهر الجاري"]
    ],
    // after a comma `بين` still attributes
    [
      "«سنبدأ العمل في الموقع الأسبوع المقبل»، بين المدير [[PERSON:سامي الخطيب]].",
      ["[سامي الخطيب | بين] سنبدأ العمل في الموقع الأسبوع المقبل"]
    ]
  ],
  "the full stop of a name's initial or an agency's initials ends no sentence": [
    [
      "وقال المدير [[PERSON:سامي الخطيب]] لوكالة الأنباء الألمانية (د.ب.أ) إن «الشركة ستفتتح فرعا جديدا في المدينة».",
      ["[سامي الخطيب | قال] الشركة ستفتتح فرعا جديدا في المدينة"]
    ],
    [
      'وقال قائد الشرطة [[PERSON:م.س. غوبتا]] "قتل عشرون شخصا في الحادث".\nوأضاف أنه "تم إخلاء كل العربات من الموقع".',
      ["[م.س. غوبتا | قال] قتل عشرون شخصا في الحادث", "[م.س. غوبتا | أضاف] تم إخلاء كل العربات من الموقع"]
    ]
  ]
}

describe("quotes: session 17", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }

  it("spans still map back to the text", () => {
    for (const rows of Object.values(tables))
      for (const [marked] of rows) {
        const { text, entities } = parseMarked(marked)
        for (const q of extractQuotes(text, { entities })) expect(text.slice(q.start, q.end)).toBe(q.text)
      }
  })
})
