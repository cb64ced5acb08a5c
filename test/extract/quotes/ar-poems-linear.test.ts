import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The thirty-seventh session's poem rules (docs/history/quotes.md, "Thirty-seventh session (helper, poems)") read each
 * line after a cue's colon once, at most forty tokens of it, and at most sixty lines a poem: many cues each before
 * verse lines, a poem in marks never closed, verse lines with no end, cues of poems with no verb in a row.
 */
const VERSE = "يا موج قل لي وين راحوا الغياب\nوين الليالي اللي مضت بالسمر\n"
const cases: Record<string, (n: number) => string> = {
  "cues each before verse lines": (n) => ("وقال سامي الحداد في قصيدته:\n" + VERSE).repeat(n),
  "a poem in marks never closed, many times": (n) => ("ويقول سامي الحداد:\n(" + VERSE + VERSE).repeat(n),
  "verse lines with no end": (n) => "وقال سامي الحداد في قصيدته:\n" + VERSE.repeat(n),
  "cues of poems with no verb in a row": (n) => "ومن القصائد التي نظمها سامي الحداد:\n".repeat(n) + VERSE
}

linearQuoteCases("thirty-seventh session, Arabic poems: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
