import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fifth session's rules (docs/history/quotes.md, "Fifty-fifth session: arfalse") read a bounded window at
 * each cue however long the text: the word before a list's head and its colon, two words between a verb and its
 * colon, and at most forty tokens back from a bare `تسأل` after a comma for the addressed you. One paragraph with no
 * full stop: many list heads after a participle, many reflexives, many verbs after `تجعلك`, many bare verbs after a
 * comma with no addressed you before them (the longest walk back).
 */
const cases: Record<string, (n: number) => string> = {
  "list heads after a participle, no full stop": (n) => "مشيرا إلى فوائد البرنامج، وأهمها: سرعة الإنجاز وخفض التكاليف، ".repeat(n),
  "reflexives before a colon, no full stop": (n) => "وتقول لنفسك: هذا الرجل يحتاج إلى المساعدة أكثر من غيره، ".repeat(n),
  "verbs after تجعلك, no full stop": (n) => "حالتهم تجعلك تتساءل مستغربا: من أين يأتيهم هذا الدخل الكبير، ".repeat(n),
  "bare verbs after a comma with no addressed you, no full stop": (n) => "وعن موعد الإطلاق في المدن، تسأل: متى يكون التطبيق جاهزا للجميع، ".repeat(n)
}

linearQuoteCases("fifty-fifth session, Arabic list heads and the reader's question: the rules stay linear", cases, taggedBy([]), 200)
