import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 29 (helper, speakers): a topic after `أما` is read within nine tokens before its verb, `إمام` looks sixteen
 * tokens on for a person, a spokesman's untagged name twelve and four tokens on, a role's possessed noun at most the
 * anaphor window back, the subject after `فهذا` five tokens back, however long the text: many topics, many imams,
 * many spokesmen, many lawyers with no possessed noun before them, many demonstratives; a woman for a feminine verb
 * at most 1,500 characters back: many feminine verbs after men.
 */
const cases: Record<string, (n: number) => string> = {
  "topics after أما without end": (n) => "أما كريم 32 عاما قال : العامل المادي هو السبب. أما شريف 30 عاما فقال : الزواج صعب. ".repeat(n),
  "imams without end": (n) => "فيما قال إمام وخطيب مصلى الإمامين في منطقة الجمعيات الشيخ كامل الباهلي، إن «المطالبة غير صحيحة». ".repeat(n),
  "spokesmen's untagged names without end": (n) => 'وقالت المتحدثة باسم الشركة البريطانية-الأمريكية للتبغ، جوان واليا، لبي بي سي: "نعتقد بأن النجاح سيتطلب منتجات مبتكرة". '.repeat(n),
  "lawyers without end": (n) => "قال سامي الحداد إن التحقيق مستمر. " + 'وقال المحامي إن "القضية ستنظر أمام المحكمة". '.repeat(n),
  "demonstrative subjects without end": (n) => "ولعل في تصاريح النعي خير دليل؛ فهذا الرئيس الأمريكي يقول في بيان له إن “الأمير كان قائدا”. ".repeat(n),
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
