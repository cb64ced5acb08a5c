import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 29 (helper, speakers): a topic after `أما` is read within nine tokens before its verb, `إمام` looks sixteen
 * tokens on for a person, a spokesman's untagged name twelve and four tokens on, a role's possessed noun at most the
 * anaphor window back, the subject after `فهذا` five tokens back, however long the text: many topics, many imams,
 * many spokesmen, many lawyers with no possessed noun before them, many demonstratives; a woman for a feminine verb
 * at most 1,500 characters back: many feminine verbs after men.
 */
const cases: Record<string, (n: number) => string> = {
  "topics after أما without end": (n) => "أما ماجد 29 عاما قال : السكن هو العائق. أما وليد 31 عاما فقال : الزواج مكلف. ".repeat(n),
  "imams without end": (n) => "فيما قال إمام وخطيب مصلى الحي في منطقة السوق الشيخ كامل الباهلي، إن «المطالبة غير صحيحة». ".repeat(n),
  "spokesmen's untagged names without end": (n) => 'وقالت المتحدثة باسم الشركة الدولية للأغذية، ميرا كوستا، لبي بي سي: "نرى أن المرحلة تحتاج إلى أفكار جديدة". '.repeat(n),
  "lawyers without end": (n) => "قال سامي الحداد إن التحقيق مستمر. " + 'وقال المحامي إن "القضية ستنظر أمام المحكمة". '.repeat(n),
  "demonstrative subjects without end": (n) => "وتكفي رسائل العزاء شاهدا؛ فهذا الرئيس الأمريكي يقول في بيان مكتوب إن “الراحل كان قائدا”. ".repeat(n),
  // a feminine verb after a man, with persons named before but none of them a woman by role or title
  "feminine verbs after men without end": (n) => 'وقال سامي الحداد إن «المشروع سيكتمل قبل الصيف». والتقى الوزير كامل الباهلي. وأضافت: "لقد أبلغته أن الأمر ملح". '.repeat(n)
}

linearQuoteCases(
  "session 29 rules stay linear",
  cases,
  taggedBy([
    ["كامل الباهلي", "PERSON"],
    ["سامي الحداد", "PERSON"]
  ]),
  500
)
