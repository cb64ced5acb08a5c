import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fifth session's English span rules (docs/history/quotes.md, "Forty-fifth session (helper, enpara)") read a
 * bounded window at each mark or break however long the text: a term in marks inside an open quote at most forty-eight
 * tokens after its mark, six words for the term and two hundred tokens for the mark after it; the paragraph before a
 * short quote at most twenty-four tokens back; the straight marks of a paragraph read on past line breaks counted once.
 * Hostile texts: many terms in marks inside open quotes, many short quotes each opening a paragraph, and a long run of
 * lines broken inside one open quote.
 */
const cases: Record<string, (n: number) => string> = {
  "many terms in marks inside open quotes, no full stop": (n) => "Ana Ruiz said: \"he was going to " + "\"fake\" an injury and then ".repeat(n) + "walk off. \"He left.\"",
  "many open quotes each with a term and a new quote after it": (n) => "Ana Ruiz said: " + "\"He was going to \"fake\" an injury and walk off. ".repeat(n),
  "many short quotes each opening a paragraph after an attributed one": (n) => "\"We did all we could for the club,\" said Ana Ruiz.\n\n" + "\"It is over now.\" The board meets.\n\n".repeat(n),
  "a long run of lines broken inside one open quote": (n) => "Ana Ruiz said: \"What I mean is that the part was like an\n\n" + "agent and a\n\n".repeat(n) + "friend.\"",
  "a bracket after every sentence of a joined run": (n) => "\"It is a big event,\" said Ana Ruiz. " + "\"There will be a lot of interest. \"[Alan] will advise us. ".repeat(n)
}

linearQuoteCases("forty-fifth session, English spans: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
