import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-first session's English speaker rules of helper enquotes (docs/history/quotes.md, "Fifty-first session:
 * enquotes") read a bounded window at each quote or pronoun however long the text: three words of an employer before a
 * possessive, forty tokens between a sentence's opening person and `he`/`she` and on to the marks, eight tokens inside
 * and before the marks to `said`, fourteen tokens of a voice's phrase or a title's, sixteen of a participle-fronted
 * sentence to its `was`. Hostile texts: long runs of each shape with no full stop, and of closed sentences that the
 * rules read one after another.
 */
const cases: Record<string, (n: number) => string> = {
  "employers' possessives and hyphenated names after quotes": (n) =>
    "Ana Ruiz said \"it is fine\" and " + "\"it is not robust,\" Lloyd's Ana Ruiz, \"it is not robust,\" AG Edwards' Ana Ruiz, the rise \"was due to the cold\", jobs office head Karl-Heinz-Ana Ruiz said, ".repeat(n),
  "he or she inside long sentences that open with a person": (n) =>
    "Ana Ruiz wants an inquiry " + "into the agencies - cash he says which \"is wasted\" and ".repeat(n) + ".",
  "sentences that open with a person and a pronoun, closed": (n) =>
    "Ana Ruiz said \"it is fine\". " + "Ana Ruiz wants an inquiry into the agencies - cash he says which \"is wasted\". ".repeat(n),
  "relative clauses on quoted words": (n) =>
    "Ana Ruiz said instead of the " + "\"cull of quangos\" Norbank had pledged, there had been a \"boom\" in them and in the ".repeat(n) + ".",
  "voices, titles and dash asides after inverted verbs": (n) =>
    "Ana Ruiz said \"it is fine\". " + "\"It is fine,\" said a spokesman for Norbank, Ana Ruiz – who runs it – on Monday. \"It is fine,\" said UK Chancellor of the Exchequer of Trade Ana Ruiz. \"It is fine,\" the paper quotes a source close to the firm. \"It is fine,\" said a source close to the firm. ".repeat(n),
  "participle-fronted sentences before descriptions": (n) =>
    "Ana Ruiz said \"it is fine\". " + "Cheering for Ana Ruiz in the front row was Ana Ruiz, herself nominated. In red, the Canadian-born actress joked: \"It is tight but I love it.\" ".repeat(n)
}

linearQuoteCases("fifty-first session, English speakers (enquotes): the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Norbank", "ORGANIZATION"]]), 200)
