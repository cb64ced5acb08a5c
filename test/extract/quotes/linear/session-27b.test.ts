import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 27, second round: a manner word is looked for only in the tokens of the phrase's entity, a describing verb's
 * object only once over its phrase, and a name after ل only in a set of the text's words built once, however long
 * the text: many manner words glued to names, many described objects, many addressees with ل.
 */
const cases: Record<string, (n: number) => string> = {
  "manner words glued to names without end": (n) => 'فقال عمر الشهري بهدوء: "لن نتراجع" فردت بغيظ: "أبدا" فأجاب بلا حماس: '.repeat(n),
  "described objects without end": (n) => 'ووصف مدير الشرطة سامر العلي جماعة النور بأنها "شبكة واسعة" وقد وصف '.repeat(n),
  "addressees with ل without end": (n) => 'ثم قال لسامي: "لن نتراجع" فقال سامي: "سنرى" وقالت لليلى: '.repeat(n)
}

linearQuoteCases(
  "session 27 second-round rules stay linear",
  cases,
  taggedBy([
    ["عمر الشهري بهدوء", "PERSON"],
    ["سامر العلي", "PERSON"],
    ["جماعة النور", "ORGANIZATION"]
  ]),
  500
)
