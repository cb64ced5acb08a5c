import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-sixth session's bound on the English term in marks (docs/history/quotes.md, "Forty-sixth session: walk"):
 * `englishTerm` reads at most `TERM_AFTER` (64) tokens after a term's closing mark for the next mark, where it read two
 * hundred. Hostile texts: many paragraphs, each an open quote with a term in marks and a long run of words with no mark
 * after it (every read goes to the bound); one open quote with many terms, each followed by a long run of words; and
 * many terms inside one open quote, each closed right away by the next one's mark.
 */
const cases: Record<string, (n: number) => string> = {
  "many paragraphs, each an open quote with a term and a long run of words after it": (n) =>
    ("Ana Ruiz said: \"He was going to \"fake\" an injury and then " + "walk off the pitch and ".repeat(15) + "left.\"\n\n").repeat(n),
  "one open quote with many terms in marks, a long run of words after each": (n) =>
    "Ana Ruiz said: \"he was going to " + ("\"fake\" an injury and then " + "walk off the pitch and ".repeat(15)).repeat(n) + "leave.\"",
  "many terms in marks inside one open quote, one right after the other": (n) => "Ana Ruiz said: \"he was going to " + "\"fake\" an \"injury\" and ".repeat(n) + "leave.\""
}

linearQuoteCases("forty-sixth session, walk: the English term's read after its mark stays linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
