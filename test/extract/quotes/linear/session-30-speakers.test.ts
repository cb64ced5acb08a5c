import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 30 (helper, speakers): a name between commas is read within eight tokens before its verb, the publisher
 * of an article within six tokens after the verb, a former role's holder within twelve tokens after the phrase, a
 * press review's writer at most 120 tokens back from each subjectless verb, the subject before the object of `وصف`
 * within five tokens, however long the text: many appositions, many articles, many former roles, many writers and
 * many subjectless verbs after an outlet noun, many verbs of describing.
 */
const cases: Record<string, (n: number) => string> = {
  "names between commas without end": (n) => "وكانت المبعوثة الأمريكية في الأمم المتحدة، نيكي هالي، قالت إن الخطوة \"رسالة واضحة للحكومة هناك\". ".repeat(n),
  "published articles without end": (n) => 'وفي يوم الأحد، حض مقال نشرته وكالة "الأنباء المركزية" الرسمية الولايات المتحدة على "التفكير مليا في العواقب". '.repeat(n),
  "former roles without end": (n) => "وقال سامي الحداد «يجب وصول وجوه جديدة». " + "وأكد نائب رئيس الفيفا السابق «لا أقوم إلا بتبادل الأفكار». ".repeat(n),
  // writers before `في جريدة` and subjectless verbs after them, and outlet nouns with no writer before them
  "press review writers without end": (n) => 'يعدد ماجد خليل في جريدة "الصباح" المكاسب. ويضيف أن "الانفتاح سيخفف الحملات". ويشير إلى أن "القرار بيد ولي العهد". '.repeat(n),
  "outlet nouns without writers without end": (n) => "وقال سامي الحداد إن الزيارة تاريخية. " + 'ونشر في جريدة الصباح في صحيفة الحياة في مجلة الأسبوع. ويضيف أن "الانفتاح سيخفف الحملات". '.repeat(n),
  "verbs of describing without end": (n) => "ووصف البيت الأبيض مقتل ناصر الوحيشي آنذاك بأنه «ضربة قوية للتنظيم». ".repeat(n)
}

linearQuoteCases(
  "session 30 rules stay linear",
  cases,
  taggedBy([
    ["نيكي هالي", "PERSON"],
    ["سامي الحداد", "PERSON"],
    ["ناصر الوحيشي", "PERSON"],
    ["الأنباء المركزية", "ORGANIZATION"],
    ["الفيفا", "ORGANIZATION"]
  ]),
  500
)
