import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { describeQuoteTables, parseMarked, type QuoteRow } from "./marked.js"

/**
 * Quotation marks (docs/history/quotes.md, "Thirty-ninth session (helper, marks)"): a name in marks that is its own
 * speaker's, marks later in the sentence of a quote a cue attributed, marks glued to `و` written alone, and a headline
 * `X: …` whose X is a body or a place the body has speak. Sentences written for these tests in the style of the wires;
 * `[[TYPE:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a name in marks that is its own speaker's is no speech": [
    ['نعود إلى [[PERSON:سلمى العتيبي]] فهي تقول: "الخيال يصنع نصف حياتنا اليومية". واخترت قول "[[PERSON:سلمى العتيبي]]" لأنها كاتبة عرفت بالتأمل.', ["[سلمى العتيبي | تقول] الخيال يصنع نصف حياتنا اليومية"]],
    // must not fire: words of speech, a name that is not the speaker's
    ['نعود إلى [[PERSON:سلمى العتيبي]] فهي تقول: "الخيال يصنع نصف حياتنا اليومية". ثم تضيف "الواقع يصنع النصف الآخر".', ["[سلمى العتيبي | تقول] الخيال يصنع نصف حياتنا اليومية", "[سلمى العتيبي | تضيف] الواقع يصنع النصف الآخر"]]
  ],
  "marks later in the sentence of a quote a cue attributed go on with its speaker": [
    ['ووصف [[PERSON:خالد العمري]] التهديد الحالي بأنه "حركة عقدية" مقارنة بالعصابات القديمة، وهما الجماعتان اللتان كانتا عبارة عن "شبكة صغيرة جدا من المجرمين".', ["[خالد العمري | وصف] حركة عقدية", "[خالد العمري | null] شبكة صغيرة جدا من المجرمين"]],
    ['ووصف الوزير [[PERSON:خالد العمري]] المشروع بـ "الفاشل"، الذي "أهدر أموالا طائلة على مقاولين مجهولين".', ["[خالد العمري | وصف] الفاشل", "[خالد العمري | null] أهدر أموالا طائلة على مقاولين مجهولين"]],
    // must not fire: after a colon's speech, after a verb that only introduces its subject's words, a person between
    ['وقال [[PERSON:خالد العمري]]: "انتهى زمن الانتظار الطويل"، لقد عرفت حينها معنى الجملة والكلمات- "أطلق عليهما اسمي الصبر والأمل"- وأن الكتابة حياة.', ["[خالد العمري | قال] انتهى زمن الانتظار الطويل"]],
    ['وقال [[PERSON:خالد العمري]] إن الخطة "ستنجح بلا شك في عامها الأول"، فيما أكد [[PERSON:سامي الحداد]] أن الميزانية "لا تكفي لكل المشاريع المعلنة".', ["[خالد العمري | قال] ستنجح بلا شك في عامها الأول", "[سامي الحداد | أكد] لا تكفي لكل المشاريع المعلنة"]]
  ],
  "marks glued to a lone `و` in reported speech": [
    ['وقال [[ORGANIZATION:مكتب تنسيق الشؤون الإنسانية]]، ان الغلاء المتزايد و"الوضع المعيشي الصعب" يعرقلان جهود مكافحة المرض.', ["[مكتب تنسيق الشؤون الإنسانية | قال] الوضع المعيشي الصعب"]],
    // must not fire: an entity on the words (a name), two words
    ['وتضيف [[ORGANIZATION:المصادر الأمنية]] أن الجماعة و«قوة فجر [[LOCATION:ليبيا]]» تريدان إقناع العالم بقدرتهما على القتال.', []],
    ['وقال [[PERSON:خالد العمري]] إن الشركة و"نور تك" ستوقعان الاتفاق غدا.', []]
  ]
}

describeQuoteTables("Arabic finding: marks (thirty-ninth session)", tables)

/** The quotes of a marked text whose first line is its title, one `[speaker | verb] text` string each. */
const headlineQuotes = (marked: string): Array<string> => {
  const { text, entities } = parseMarked(marked)
  const lineEnd = text.indexOf("\n")
  return extractQuotes(text, { entities, title: { start: 0, end: lineEnd }, byline: null }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)
}

const headlines: ReadonlyArray<QuoteRow> = [
  [
    '[[LOCATION:كوريا الشمالية]]: العقوبات الجديدة لن توقف برنامجنا الصاروخي\nقالت [[LOCATION:كوريا الشمالية]] إن العقوبات التي فرضها مجلس الأمن لن تثنيها عن تطوير صواريخها.',
    ["[كوريا الشمالية | null] العقوبات الجديدة لن توقف برنامجنا الصاروخي"]
  ],
  [
    '[[ORGANIZATION:نادي الشباب]]: لن نبيع التذاكر في السوق السوداء\nوقال [[ORGANIZATION:نادي الشباب]] في بيان على موقعه إنه سيبيع التذاكر عبر الإنترنت فقط.',
    ["[نادي الشباب | null] لن نبيع التذاكر في السوق السوداء"]
  ],
  // must not fire: a dateline, a verb that is a speech verb only before speech
  ['[[LOCATION:جدة]]: ضابط ينجح في منع مشاجرة بين عمال\nتمكن ضابط في شرطة [[LOCATION:جدة]] من منع مشاجرة بين عدد من العمال.', []],
  ['[[LOCATION:الهند]]: انتهاء الهجوم في الولاية ومقتل جميع المسلحين\nكما شددت [[LOCATION:الهند]] إجراءات الأمن على حدودها الشمالية اليوم.', []]
]

describe("Arabic headlines: a body or a place before the colon that the body has speak (thirty-ninth session)", () => {
  it.each(headlines)("%s", (text, expected) => {
    expect(headlineQuotes(text)).toEqual(expected)
  })
})
