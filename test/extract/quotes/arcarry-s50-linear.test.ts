import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fiftieth session's speakers named anew (helper arcarry; docs/history/quotes.md, "Fiftieth session: arcarry") read
 * bounded windows however long the text: a post's description at most thirty tokens to a titled name, a spokesman's
 * phrase within its twelve tokens, sixteen tokens back from `عندما` to its `قد`, a narrator's name of at most eight
 * words. Texts with no full stop, or a cue after every phrase.
 */
const cases: Record<string, (n: number) => string> = {
  "long descriptions before إلى أن, no full stop": (n) => "وأشار الباحث الأكاديمي في السلوك وعضو لجنة في إمارة منطقة الدكتور فهد الحربي، إلى أن التكامل مهم و".repeat(n),
  "spokesmen after verbs and participles": (n) => "ورحب المتحدث باسم الحكومة موانغي كيبيت المتحدث باسم الخارجية بالزيارة قائلا إنها «المرة الأولى للرئيس». ".repeat(n),
  "clauses of time with no full stop": (n) => "وقد عبر رئيس وزراء البلاد عن ذلك عندما قال إن «الحكمة أسهمت في الحل» و".repeat(n),
  "many قد and عندما": (n) => "وقد ".repeat(n) + "عبر الرئيس عن ذلك عندما قال: «الحكمة أسهمت في الحل».",
  "narrations one per line": (n) => "عن عروة بن الزبير رضي الله عنه قال: «ما بر والده من شد الطرف إليه».\n".repeat(n),
  "the same sources after witnesses": (n) => "وقال شهود عيان إن «الطائرات قصفت المعسكر».\nوأضافت المصادر نفسها: «سقط قتلى».\n".repeat(n)
}

linearQuoteCases(
  "fiftieth session, arcarry: speakers named anew stay linear",
  cases,
  taggedBy([
    ["فهد الحربي", "PERSON"],
    ["عروة بن الزبير", "PERSON"]
  ]),
  200
)
