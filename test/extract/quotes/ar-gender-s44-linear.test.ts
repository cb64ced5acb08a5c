import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fourth session's gender check of a feminine cue (docs/history/quotes.md, "Forty-fourth session (helper,
 * subjects)") reads a bounded window at each cue however long the text: sixty-four chain entries back, twelve tokens
 * after the cue, the cue's sentence (sixty tokens at most) and the one before, five definite words and two of a name
 * after a feminine verb. Texts with and without full stops: many feminine cues after a man, many definite words after
 * a feminine verb, many clauses that `لكن` opens after a comma.
 */
const MAN = "وقال سامي الحداد إن «الوضع هادئ في المدينة ولا خوف على السكان الآن». "

const cases: Record<string, (n: number) => string> = {
  "feminine cues after a man, one sentence each": (n) => MAN + "وكانت هالة قد امتدحت سامي الحداد قائلة «هذا البرنامج مضحك حقا ولا يشبه أي برنامج آخر». ".repeat(n),
  "a crowd and a feminine verb, no full stop": (n) => MAN + "لكن الجماهير الغاضبة هي الأخرى عبرت عن غضبها، وهتفت «أبطال أبطال حتى النهاية»، و".repeat(n),
  "definite words after a feminine verb, one after another": (n) => MAN + "وأعلنت " + "الحركة ".repeat(n) + "مسؤوليتها، وقالت «ستواصل استهداف كل من يتعاون مع الحكومة».",
  "clauses after commas before a feminine verb": (n) => MAN + "وحالت الحرب دون ذلك، " + "لكن الحكومة، ".repeat(n) + "قالت «الوضع هادئ في المدينة ولا خوف على السكان الآن»."
}

linearQuoteCases("forty-fourth session, a feminine cue never given to a man: the check stays linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
