import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The thirty-ninth session's rules of documents and antecedents (docs/history/quotes.md, "Thirty-ninth session
 * (helper, chains)") stay linear: the person between `لكن` and a verb is looked for in at most fourteen tokens back, a
 * statement's untagged issuer in a few words after the verb that opens its sentence or after `لل`, and a one-word body
 * subject's organisation among those its look-back window holds, with one test of the text between two of them; a
 * document before marks is read at its sentence's first tokens.
 */
const BUT = "لكن وزير شؤون المحافظات الأسبق عضو البرلمان السابق القاضي وائل عبد الكريم، أكد من جانبه أن «الإصلاح يحتاج وقتا». "
const cases: Record<string, (n: number) => string> = {
  "persons between `لكن` and a verb": (n) => BUT.repeat(n),
  "`لكن` and role words with no verb": (n) => "لكن وزير شؤون المحافظات الأسبق عضو البرلمان السابق القاضي " + "عضو البرلمان السابق، ".repeat(n) + "أكد أن «الإصلاح يحتاج وقتا».",
  "statements issued by untagged subjects": (n) => "وأصدرت الجبهة الشعبية الموحدة بيانا أمس. وجاء في البيان «لن نقبل بالاتفاق». ".repeat(n),
  "statements of bodies after `لل`": (n) => "وذكر بيان للمحكمة العليا الاتحادية أمس: «رفض الطعن». وأضاف البيان: «لا يوجد ما يبرر ذلك». ".repeat(n),
  "documents before marks and a participle": (n) => "وأصدر الجيش الشعبي بيانا أمس. " + "وأدان البيان «تمسك وائل عبد الكريم بلغة الوعيد»، مشيرا إلى التجربة. ".repeat(n),
  "bodies named as objects before a one-word subject": (n) => "وقالت وزارة الدفاع إنه تم تسليمها إلى وزارة الداخلية في الإقليم. وأضافت الوزارة أن «القرار قانوني». ".repeat(n)
}

linearQuoteCases(
  "thirty-ninth session, Arabic documents and antecedents: the rules stay linear",
  cases,
  taggedBy([["وائل عبد الكريم", "PERSON"], ["وزارة الدفاع", "ORGANIZATION"], ["وزارة الداخلية", "ORGANIZATION"]]),
  200
)
