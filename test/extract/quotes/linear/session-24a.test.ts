import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 24: a verb of expressing is looked for within the cue window before `عن` and marks, and a verb with `فيه`
 * reads its document within its window, however long the text: many verbs of expressing, many `عبر` prepositions
 * before marks, many documents with `فيه`.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs of expressing before marks without end": (n) =>
    'وعبرت منظمة الإغاثة الدولية عن "أسفها العميق" وأعرب سامي الخطيب مساء الأحد عن "انزعاجه الشديد" '.repeat(n),
  "عبر and عن before marks without a verb": (n) => 'عبر الحدود عن "طريق البحر" عبر عن عبر "منصة المسافر" '.repeat(n),
  "documents with فيه without end": (n) =>
    'وأصدرت منظمة الإغاثة الدولية بيانا عبرت فيه عن "خيبة أملها الكبيرة" وخطابا وصف فيه الخطة بأنها "مجرد حبر على ورق" '.repeat(n)
}

linearQuoteCases("session 24 rules stay linear", cases, taggedBy([["سامي الخطيب", "PERSON"], ["منظمة الإغاثة الدولية", "ORGANIZATION"]]), 500)
