import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 27: the words after a closing mark are read only for a fixed lead (`هذا ما` and one verb), a relative
 * pronoun's verb only against the token after it, `كأن` and `بما` only as the word before or inside a phrase, a verb
 * after `، حيث` only through the clause rules a participle uses, and a possessor only as the word right before a name,
 * however long the text: many trailing attributions, many relative verbs before colons, many `كأنه يقول`, many `حيث`
 * clauses, many possessors before names, many names that fold as stop words.
 */
const cases: Record<string, (n: number) => string> = {
  "trailing attributions without end": (n) =>
    'ووصف ماجد الحربي بأنه "لاعب لا يعرف الخسارة أبدا"، هذا ما أضافه سامر العلي الذي تابع: "سنفوز" هذا ما قاله '.repeat(n),
  "relative verbs before colons without end": (n) => 'وتحدث سامر العلي الذي تابع: الفريق جاهز الذي تابع: التي تابعت: '.repeat(n),
  "as-if verbs without end": (n) => 'كأنه يقول بعبارة أخرى: لا تلوموا أحدا وكأنها تقول "لا شيء هنا" كان يقول: '.repeat(n),
  "حيث clauses without end": (n) => 'ما كتبه الرئيس سامر العلي في تغريدة، حيث أكد أن "البلاد بخير دائما"، حيث قال '.repeat(n),
  "possessors before names without end": (n) => 'وأشاد معلم سامر العلي بإنجازه وقال إنه «تلميذ مثالي جدا» والد معلم '.repeat(n),
  "names that fold as stop words without end": (n) => 'وقال علي المطيري : لا مكان للتطرف. وقال وزير الخارجية لي وانغ إن "لا منتصر أبدا" غرد أحد بما يلي: '.repeat(n)
}

linearQuoteCases(
  "session 27 rules stay linear",
  cases,
  taggedBy([
    ["سامر العلي", "PERSON"],
    ["ماجد الحربي", "PERSON"],
    ["علي المطيري", "PERSON"],
    ["لي وانغ", "PERSON"]
  ]),
  500
)
