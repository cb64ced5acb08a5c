import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixtieth session's rules (docs/history/quotes.md, "Sixtieth session: arquote12") read a bounded window at each
 * cue however long the text: the seat after a mission's body, the anaphor window back from `البعثة`, the word after a
 * deputy's noun, the colon after a verb right after short marks. Texts with and without full stops.
 */
const cases: Record<string, (n: number) => string> = {
  "missions and their seats, no full stop": (n) => "وقالت بعثة الأمم المتحدة في مالي إن «الوضع صعب جدا الآن»، ".repeat(n) + "وانتهى.",
  "the mission named again": (n) => "أعلنت بعثة الأمم المتحدة في مالي أن الوضع هادئ. وقالت البعثة: «لقد أحرزنا الكثير من التقدم». ".repeat(n),
  "deputies of a woman's post": (n) => "واعتبر نائب المستشارة الألمانية أنجيلا ميركل أن «الوضع صعب جدا الآن»، ".repeat(n) + "وانتهى.",
  "short marks before a verb and its colon, one paragraph": (n) => "وقالت الباحثة: إن بعضهم «طمع مادي» وتضيف العلي لـ»الصحيفة»: هناك أنواع كثيرة ".repeat(n) + "وانتهى."
}

linearQuoteCases("sixtieth session, Arabic missions and deputies: the rules stay linear", cases, taggedBy([["الأمم المتحدة", "ORGANIZATION"], ["مالي", "LOCATION"], ["أنجيلا ميركل", "PERSON"]]), 200)
