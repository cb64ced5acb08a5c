import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-second session's rules (docs/history/quotes.md, "Sixty-second session: arquote18") read a bounded window at
 * each cue however long the text: the words before a verb of narrating back to `عن` (a title or two and the person),
 * the word after a dual noun in construct, and the words of the sentence before `متسائلين` up to the asking window.
 * Texts with and without full stops.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs of narrating after `عن X`, no full stop": (n) => "وذكر الكاتب عن السيد أحمد العربي فقد روى أنه قال : «إن المدرسة كانت شيئا جديدا»، وروى الإمام عن أبي ذر أنه قال: «لا بأس»، ".repeat(n) + "وانتهى.",
  "dual nouns in construct before plural participles": (n) => "ويسفه كاتبا الموضوع وجهة النظر، متسائلين: كيف سيكون الحال؟ مؤكدين: «إن الشركات تسهل عمل المنظمات». ".repeat(n),
  "the writer turning to an official before `متسائلين`, no full stop": (n) => "وهنا نتوجه لسمو الوزير، متسائلين: - متى تمنح المجالس الصلاحيات؟ ".repeat(n) + "وانتهى"
}

linearQuoteCases("sixty-second session, Arabic narrators' sources, dual subjects and متسائلين: the rules stay linear", cases, taggedBy([["أحمد العربي", "PERSON"], ["أبي ذر", "PERSON"]]), 200)
