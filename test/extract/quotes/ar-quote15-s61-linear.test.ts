import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-first session's rules (docs/history/quotes.md, "Sixty-first session: arquote15") read a bounded window at
 * each cue or mark however long the text: one word in marks before a comma in a spokesman's phrase, the word before a
 * body's name, the demonstrative after a participle and the marks' words, one word after a complementizer with its
 * pronoun. Texts with and without full stops.
 */
const cases: Record<string, (n: number) => string> = {
  "acronyms in marks in spokesmen's phrases, no full stop": (n) => "وقالت المتحدثة باسم البعثة “مينوسما”، راضية عاشوري، إن “الهجوم وقع فجر اليوم”، ".repeat(n) + "وانتهى.",
  "club nouns before bodies": (n) => "وقال نادي الأسير الفلسطيني إن «الاحتلال اعتقل عشرين شابا». ".repeat(n),
  "judgements after a demonstrative, no full stop": (n) => "وأضاف أن المحطة ستعمل معتبرا ذلك “تطورا مهما جدا” و".repeat(n) + "انتهى.",
  "objects past a long phrase": (n) => "وقال عمر بكاري أحد سكان البلدة اللاجئ منذ عدة أشهر إلى مدينة مجاورة، متحدثا لوكالة فرانس برس، أنه شاهد \"أعمدة من الدخان\" تتصاعد. ".repeat(n)
}

linearQuoteCases("sixty-first session, Arabic acronyms, club nouns, judgements after ذلك and objects past a long phrase: the rules stay linear", cases, taggedBy([["الأسير الفلسطيني", "ORGANIZATION"], ["عمر بكاري", "PERSON"], ["فرانس برس", "ORGANIZATION"]]), 200)
