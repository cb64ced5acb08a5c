import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-eighth session's rules of helper arread2 (docs/history/quotes.md, "Fifty-eighth session: arread2") read
 * bounded windows however long the text: three words of `لـ` before marks after a verb of expressing, one word after
 * `عن` of a verb of revealing, four words between a participle of likening and its marks, three punctuation tokens
 * before a hadith's source note and eight tokens inside the words, three before a companion's blessing, eight for a
 * bare sura reference, and the two neighbours of an abbreviation's dot. Texts with no full stop, every cue repeated.
 */
const cases: Record<string, (n: number) => string> = {
  "pieces after عن of verbs of expressing and revealing, no full stop": (n) =>
    "وأعرب علي حسن عن استعداده \"تقديم دعم إضافي\" للبلدين لمواجهة \"أزمة غير مسبوقة\" وكشف علي حسن عن أكثر \"من ألفي مخالفة\" و".repeat(n),
  "a long phrase of لـ words before marks after a noun with its pronoun": (n) => "وعبر علي حسن عن امتنانه " + "لدول ".repeat(n) + "«على ما قدمته من دعم»",
  "participles of likening and marks that open with ب": (n) => "، مشبهًا الحال «بالفوضى الشاملة» ".repeat(n),
  "hadiths with source notes and companions' blessings": (n) =>
    "فعن عبد الله - رضي الله تعالى عنهما - قال: «من أحب أن يبسط له في رزقه» متفق عليه، (من بر والديه)، رواه البخاري ".repeat(n),
  "abbreviations spelled in letters' names with dots": (n) => "وقال علي حسن لشبكة (إن.بي.سي) " + "بي.".repeat(n) + "سي “أود أن تبذل بريطانيا المزيد”",
  "statements after بيانا صحفيا جاء فيه": (n) => "وأصدرت الجامعة بيانا صحفيا جاء فيه: إن الصرف تم في موعده و".repeat(n)
}

linearQuoteCases("fifty-eighth session, helper arread2: the rules stay linear", cases, taggedBy([["علي حسن", "PERSON"]]), 100)
