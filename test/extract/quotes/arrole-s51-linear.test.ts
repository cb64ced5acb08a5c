import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-first session's role checks (docs/history/quotes.md, "Fifty-first session: arrole"): `seatedHolder` reads
 * at most four words after a role's seat, and `paraphrasedOffice` the persons of the anaphor window, however long the
 * text: many seats with long bodies after them, many paraphrases after many ministers.
 */
const cases: Record<string, (n: number) => string> = {
  "many seats, each before a long body": (n) => "وقال السفير الليبي لدى " + "الأمم المتحدة ".repeat(n) + "سالم داود: «نريد رفع الحظر». ",
  "many ambassadors named after their seat": (n) => "وقال السفير الليبي لدى الأمم المتحدة سالم داود: «نريد رفع الحظر». ".repeat(n),
  "many paraphrases after many ministers": (n) => "وقال وزير الخارجية الإيراني سالم داود إن الوضع خطير. وأشار رئيس الدبلوماسية الإيرانية إلى أن «الحوار ممكن». ".repeat(n)
}

// (from 400 repeats: at 200 the first case's small text, grown to the 64-fold cap, still took 10–20 ms, too short to
// time on a loaded machine once the quote stage's own work got cheaper, and its ratio wandered past the bound;
// fifty-third session)
linearQuoteCases("fifty-first session, Arabic role phrases for a named person: the checks stay linear", cases, taggedBy([["سالم داود", "PERSON"], ["الأمم المتحدة", "ORGANIZATION"]]), 400)
