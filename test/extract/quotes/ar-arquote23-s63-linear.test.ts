import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-third session's rules (docs/quotes.md, "Unbalanced marks", session 63, helper arquote23) read a bounded
 * window at each mark: the cue's clause before a colon (six words at most) and the sentence before a participle (six
 * words back to its full stop, the four words of a stray `«`), and the paragraph's `«`/`»` counts once. One long paragraph each, every `«` left open.
 */
const cases: Record<string, (n: number) => string> = {
  "guillemets left open before participles' attributions": (n) => "وقال المدرب: «إن اللاعب سعيد للغاية في النادي. واختتم المدرب حديثه قائلاً: ".repeat(n) + "«وانتهى».",
  "a » after cues' colons inside open guillemets": (n) => "وقال المدير إن الإدارة «تعمل على دعم الطلاب في الحرم.وقال:»كل ما نعرفه ".repeat(n) + "وانتهى».",
  "stray guillemets before cues' colons": (n) => "وكانت الحكومة مترددة. «وأضاف المدير: ".repeat(n) + "«وانتهى»."
}

linearQuoteCases("sixty-third session, arquote23: the rules stay linear", cases, taggedBy([["المدير", "PERSON"]]), 200)
