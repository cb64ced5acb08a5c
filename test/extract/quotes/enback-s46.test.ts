/**
 * English speakers of the forty-sixth session (helper enback; docs/history/quotes.md, "Forty-sixth session: enback"):
 * the phrase of a voice that speaks for a person (`A spokesman for Mr Hale said`) is the speaker, not the person spoken
 * for. Sentences written for this test in the style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers (forty-sixth session, enback)", {
  "a voice for a person: the phrase speaks": [
    ['The talks opened in London on Monday. A spokesman for Mr [[PERSON:Hale]] said the minister expected "a practical plan for both sides".', ["[A spokesman for Mr Hale | said] a practical plan for both sides"]],
    ['A spokeswoman for [[PERSON:Michael Dunn]] said: "He will not stand again." She added: "It was a hard choice."', ["[A spokeswoman for Michael Dunn | said] He will not stand again", "[A spokeswoman for Michael Dunn | added] It was a hard choice"]],
    ['An aide to Mrs [[PERSON:Cole]] told the paper: "She is in good spirits."', ["[An aide to Mrs Cole | told] She is in good spirits"]],
    ['A senior source close to Mr [[PERSON:Hale]] said: "He knew nothing of the deal."', ["[A senior source close to Mr Hale | said] He knew nothing of the deal"]],
    ['"He was never told," a lawyer for [[PERSON:Michael Dunn]] said.', ["[a lawyer for Michael Dunn | said] He was never told"]],
    // must not change: a body after the noun, a body's spokesman, a name in apposition after it, the person's own words,
    // a name the entity stage may have typed a person by mistake (no title, no given name, written one way only)
    ['A spokesman for [[ORGANIZATION:Norbank]] said: "We are reviewing the figures."', ["[Norbank | said] We are reviewing the figures"]],
    ['A [[ORGANIZATION:Norbank]] spokesman said: "We are reviewing the figures."', ["[Norbank | said] We are reviewing the figures"]],
    ['A spokesman for [[ORGANIZATION:Norbank]], [[PERSON:Tom Reed]], said: "We are reviewing the figures."', ["[Tom Reed | said] We are reviewing the figures"]],
    ['[[PERSON:Michael Dunn]] said: "I will not stand again."', ["[Michael Dunn | said] I will not stand again"]],
    ['A spokeswoman for [[PERSON:Royal Post]] said: "We are reviewing the routes."', ["[Royal Post | said] We are reviewing the routes"]],
    ['[[PERSON:Jo Hale]], a friend of Mr [[PERSON:Reed]], said: "He is a fine man."', ["[Jo Hale | said] He is a fine man"]]
  ]
})
