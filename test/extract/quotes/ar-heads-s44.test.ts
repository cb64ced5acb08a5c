import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { describeQuoteTables, parseMarked, type QuoteRow } from "./marked.js"

/**
 * The forty-fourth session's rules of the heads helper (docs/history/quotes.md, "Forty-fourth session (helper,
 * heads)"): a hadith is no news quote; the bare definite noun of an unnamed source (`المصدر`) is the source the text
 * described before (`مصدر أمني`); a titled name that closes a role's long description before the complementizer is
 * the speaker; a headline `given family: statement` with neither name tagged is the person's when the body's quotes
 * name either. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 * Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a hadith is no news quote": [
    ['وقال رسول الله صلى الله عليه وسلم: "الجار أحق بالإحسان من كل أحد في الحي".', []],
    ['وذكّر الخطيب بأن النبي صلى الله عليه وسلم قال: «أحسنوا إلى جيرانكم في كل حين».', []],
    ['وأورد الخطيب حديث الرسول في الرفق، إذ قال صلى الله عليه وسلم: «الرفق لا يكون في شيء إلا زانه».', []],
    // must not fire: the preacher's own words after the hadith stay his
    [
      'وقال رسول الله صلى الله عليه وسلم: "الجار أحق بالإحسان من كل أحد في الحي". وقال الشيخ [[PERSON:ماجد الحارثي]]: "علينا أن نتفقد جيراننا في هذه الأيام".',
      ["[ماجد الحارثي | قال] علينا أن نتفقد جيراننا في هذه الأيام"]
    ],
    // must not fire: a name that holds one of the Prophet's titles
    ['وقال العقيد [[PERSON:يحيى رسول]]: "القوات دخلت الحي الشرقي صباح اليوم".', ["[يحيى رسول | قال] القوات دخلت الحي الشرقي صباح اليوم"]],
    // must not fire: the man who came to the Prophet speaks
    ['وروى الخطيب أن رجلا جاء إلى رسول الله صلى الله عليه وسلم فقال: "يا رسول الله أوصني بكلمة أعمل بها".', ["[null | قال] يا رسول الله أوصني بكلمة أعمل بها"]]
  ],
  "the bare noun of an unnamed source is the source described before": [
    [
      'وقال مصدر أمني إن الدوريات وصلت إلى الموقع بعد البلاغ. وأضاف المصدر: "تلقينا البلاغ في الساعة الثالثة فجرا وتحركت الفرق فورا".',
      ["[مصدر أمني | أضاف] تلقينا البلاغ في الساعة الثالثة فجرا وتحركت الفرق فورا"]
    ],
    [
      'وقال مسؤول كبير في الشرطة إن التحقيق بدأ. وتابع المسؤول: "لن نكشف أسماء الموقوفين قبل انتهاء التحقيق معهم".',
      ["[مسؤول كبير في الشرطة | تابع] لن نكشف أسماء الموقوفين قبل انتهاء التحقيق معهم"]
    ],
    // must not fire: no source described before, the noun stays
    ['وأضاف المصدر: "تلقينا البلاغ في الساعة الثالثة فجرا وتحركت الفرق فورا".', ["[المصدر | أضاف] تلقينا البلاغ في الساعة الثالثة فجرا وتحركت الفرق فورا"]],
    // must not fire: a newer source between, read as its body, is not the one described before
    [
      'وقالت مصادر خاصة إن الهجوم بدأ فجرا. وقالت مصادر من [[ORGANIZATION:لجان الحماية]] إن "المسلحين انسحبوا من القرية". وأوضحت المصادر أن "القرية باتت آمنة تماما بعد الظهر".',
      ["[لجان الحماية | قالت] المسلحين انسحبوا من القرية", "[المصادر | أوضحت] القرية باتت آمنة تماما بعد الظهر"]
    ]
  ],
  "a titled name that closes a role's long description speaks": [
    [
      'ويقول عضو الجمعية الخليجية لطب الأسرة المتخصص في علاج الأرق ومؤلف كتاب «النوم الهادئ» د. [[PERSON:فهد المطيري]] إن قلة النوم "ترفع ضغط الدم وتضعف المناعة".',
      ["[فهد المطيري | يقول] ترفع ضغط الدم وتضعف المناعة"]
    ],
    [
      'ويقول عضو الجمعية الخليجية لطب الأسرة المتخصص في علاج الأرق د. [[PERSON:فهد المطيري]] إن المرء حين يسهر «تضطرب لديه الهرمونات ويبقى في حالة إرهاق طوال اليوم»، فتتأثر صحته.',
      ["[فهد المطيري | يقول] تضطرب لديه الهرمونات ويبقى في حالة إرهاق طوال اليوم"]
    ],
    // must not fire: a spokesman's description (the name after it is his principal's)
    [
      'ويقول متحدث باسم الوفد في الزيارة ومؤلف كتاب «الصلح» د. [[PERSON:حمد الراشد]] إن الصلح "تم برضا جميع الأطراف في القبيلة".',
      ["[متحدث باسم الوفد | يقول] تم برضا جميع الأطراف في القبيلة"]
    ],
    // must not fire: no title before the name
    [
      'ويقول عضو الوفد المرافق في الزيارة ومؤلف كتاب «الصلح» [[PERSON:حمد الراشد]] إن الصلح "تم برضا جميع الأطراف في القبيلة".',
      ["[عضو الوفد المرافق | يقول] تم برضا جميع الأطراف في القبيلة"]
    ],
    // must not fire: a relative clause, whose subject the name is
    [
      'ويقول عضو الوفد المرافق في الزيارة التي رتبها د. [[PERSON:حمد الراشد]] إن الصلح "تم برضا جميع الأطراف في القبيلة".',
      ["[عضو الوفد المرافق | يقول] تم برضا جميع الأطراف في القبيلة"]
    ]
  ]
}

describeQuoteTables("forty-fourth session, Arabic (heads helper)", tables)

/** The quotes of a marked text whose first line is its title (as the headline tests read it), one `[speaker | verb] text` string each. */
const headlineQuotes = (marked: string, bylineLine: string | null = null): Array<string> => {
  const { text, entities } = parseMarked(marked)
  const lineEnd = text.indexOf("\n")
  const title = { start: 0, end: lineEnd }
  const at = bylineLine === null ? -1 : text.indexOf(bylineLine)
  const byline = at < 0 ? null : { start: at, end: at + bylineLine!.length }
  return extractQuotes(text, { entities, title, byline }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)
}

describe("forty-fourth session: a headline `given family: statement`, neither tagged, whose body quotes either name", () => {
  it.each([
    [
      "the given name and the family name quoted apart",
      'هند الزامل: الشابات يقدن مشاريع المعرض هذا العام\nوتقول هند: «شاركت بمشروعي الأول قبل ثلاث سنوات في هذا المعرض».\nوتضيف الزامل: «نعمل على توسيع المعرض في العام المقبل» في [[LOCATION:الرياض]].',
      "[هند الزامل | null] الشابات يقدن مشاريع المعرض هذا العام"
    ],
    [
      "the body's fuller name",
      'منذر الراوي: مشاركتي في العرض الجديد تحد كبير لي\nوقال الفنان منذر الراوي في [[LOCATION:الرياض]]: «العرض يحتاج إلى جهد كبير في البروفات».',
      "[الفنان منذر الراوي | null] مشاركتي في العرض الجديد تحد كبير لي"
    ]
  ])("%s", (_, marked, expected) => {
    expect(headlineQuotes(marked)[0]).toBe(expected)
  })

  it.each([
    ["another given name with the family name in the body", 'هند الزامل: الشابات يقدن مشاريع المعرض هذا العام\nوقالت سارة الزامل في [[LOCATION:الرياض]]: «نعمل على توسيع المعرض في العام المقبل».'],
    ["a column's writer over its title", 'هند الزامل: الشابات يقدن مشاريع المعرض هذا العام\nهند الزامل\nوتقول هند في [[LOCATION:الرياض]]: «شاركت بمشروعي الأول قبل ثلاث سنوات في هذا المعرض».'],
    ["a label before the family name", 'دراسة الزامل: الشابات يقدن مشاريع المعرض هذا العام\nوتقول الزامل في [[LOCATION:الرياض]]: «شاركت بمشروعي الأول قبل ثلاث سنوات في هذا المعرض».']
  ])("not: %s", (_, marked) => {
    const byline = marked.split("\n")[1] === "هند الزامل" ? "هند الزامل" : null
    expect(headlineQuotes(marked, byline).filter((q) => q.includes("| null] الشابات"))).toEqual([])
  })
})
