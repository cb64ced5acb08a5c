import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-second session's English rules (docs/history/quotes.md, "Fifty-second session: enshort") read a bounded
 * window at each mark or verb however long the text: a later piece looks at most 24 tokens back to the piece before
 * and finds the first cue after it by binary search; a far piece finds the cue before it by binary search and reads at
 * most 32 tokens back to it; a dash aside before a verb is read at most 24 tokens back. Texts
 * with no full stop and no paragraph break: many short pieces after one verb, many cues between pieces, many asides.
 */
const cases: Record<string, (n: number) => string> = {
  "later pieces after one verb, no full stop": (n) => "Ana Ruiz said the plan had dragged the whole long debate " + "\"into the gutter\" and showed they were ".repeat(n),
  "a cue between each two pieces, no full stop": (n) => "Ana Ruiz said the plan was " + "\"unworkable\" and the board said it was ".repeat(n),
  "far pieces after many verbs, no full stop": (n) => "Ana Ruiz said " + "the plan to close the old library and the pool in the town had been run but the role was \"central\" and Ana Ruiz said ".repeat(n),
  "dash asides before verbs, no full stop": (n) => "Ana Ruiz - a senior law lord - said " + "the rules - which were new - said ".repeat(n)
}

linearQuoteCases("fifty-second session, English short pieces and dash asides: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
