import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 28: a verb of asking is read once with its next four tokens, where its question ends once a paragraph, a
 * bare verb looks back a bounded window for one, the reversed marks of a paragraph are counted once, and a body's head
 * noun is looked for among the entities of a bounded window, however long the text: many questions and answers, many
 * marks after one question, many reversed marks, many body phrases; and (second round) a dignitary is looked for at
 * most 3,000 characters back, a spokesman's person at most sixteen tokens on: many honorifics, many spokesmen.
 */
const cases: Record<string, (n: number) => string> = {
  "questions and answers without end": (n) => 'سألنا جون توريس عن الجدار فقال: "لن يكون" وعندما سألت جون توريس قال: "نعم" فسألته فأجاب قائلا: "لا" '.repeat(n),
  "answers in marks after one question without end": (n) => "سألنا جون توريس عن الجدار " + '"أعتقد أن الإدارة الجديدة ستبدأ بإجراءات إضافية في الأسبوع الأول" '.repeat(n),
  "reversed marks without end": (n) => "وقال جون توريس في رسالة مفتوحة نشرت على الموقع ” الوضع يتدهور بسرعة كبيرة جدا “ ".repeat(n),
  "body phrases without end": (n) => 'وأعلن نادي باريس سان جيرمان تعاقده. وقال النادي الفرنسي في بيان: "سيوقع عقدا" '.repeat(n),
  // the second round: every sentence's subject an honorific (the look back for a dignitary is bounded by characters),
  // and spokesmen's phrases without end
  "honorific pronouns without end": (n) => 'وهنأ الأمير فيصل بن مشعل الملك سلمان. وقال سموه: "نحن سعداء بهذا الإنجاز" وأكد سموه أن '.repeat(n),
  "spokesmen's phrases without end": (n) => 'وقال المتحدث باسم الوزارة، الكولونيل أحمد علي، إن "الوضع مستقر تماما" '.repeat(n)
}

linearQuoteCases(
  "session 28 rules stay linear",
  cases,
  taggedBy([
    ["جون توريس", "PERSON"],
    ["نادي باريس سان جيرمان", "ORGANIZATION"],
    ["فيصل بن مشعل", "PERSON"],
    ["سلمان", "PERSON"],
    ["أحمد علي", "PERSON"]
  ]),
  500
)
