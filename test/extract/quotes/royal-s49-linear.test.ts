import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-ninth session's statements after `البيان التالي:` (helper royal; docs/history/quotes.md, "Forty-ninth
 * session: royal") read bounded windows however long the text: at most ten words back from the cue for a verb of
 * issuing and five words of its body, a heading line of at most six words, and a closing formula of at most forty
 * tokens on the one line after the statement. Texts with no full stop, or a line break after every cue.
 */
const cases: Record<string, (n: number) => string> = {
  "cues of a statement with bodies before them, no full stop": (n) => "صدر اليوم عن الديوان الملكي البيان التالي :- يغادر الأمير نايف اليوم إلى المغرب و".repeat(n),
  "many definite words before أصدر and the cue": (n) => "وكان " + "المجلس الأعلى ".repeat(n) + "قد أصدر أمس البيان التالي: يغادر الأمير اليوم إلى المغرب",
  "statements each with a heading and a closing line": (n) =>
    "صدر عن الديوان الملكي البيان التالي:\n(بيان من الديوان الملكي)\nيغادر الأمير نايف اليوم إلى المغرب في زيارة\nحفظ الله سموه في سفره وإقامته ".repeat(n),
  "a closing formula with no full stop after one statement": (n) => "صدر عن الديوان الملكي البيان التالي: يغادر الأمير نايف اليوم إلى المغرب في زيارة\nحفظ الله " + "سموه في سفره ".repeat(n)
}

linearQuoteCases("forty-ninth session, Arabic statements after البيان التالي: the rules stay linear", cases, taggedBy([["الديوان الملكي", "ORGANIZATION"]]), 200)
