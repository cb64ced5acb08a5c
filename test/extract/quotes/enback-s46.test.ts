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
  ],
  "he or she after a sentence that opens with an adverbial phrase: its subject": [
    ['[[PERSON:Bill Marsh]] said there was "deep" unease among MPs. On Sunday, Green party leader [[PERSON:Tom Reed]] repeated his call for a pause.\n\nHe told a radio show the plan had "no support at all".', ["[Bill Marsh | said] deep", "[Tom Reed | told] no support at all"]],
    ['[[PERSON:Bill Marsh]] said there was "deep" unease among MPs. In a speech in Leeds on Friday, [[PERSON:Ann Cole]] backed the plan.\n\nShe told the crowd it was "the right thing to do".', ["[Bill Marsh | said] deep", "[Ann Cole | told] the right thing to do"]],
    // must not change: a person inside the adverbial phrase is whose view it gives; no person after the phrase
    ['[[PERSON:Bill Marsh]] said there was "deep" unease. For analyst [[PERSON:Tom Reed]], [[ORGANIZATION:Norbank]] made an error. "It made a big mistake," he said.', ["[Bill Marsh | said] deep", "[Tom Reed | said] It made a big mistake"]],
    ['[[PERSON:Bill Marsh]] said there was "deep" unease. On Sunday, the party repeated its call for a pause. "It is madness," he said.', ["[Bill Marsh | said] deep", "[Bill Marsh | said] It is madness"]]
  ],
  "he or she and a person the document titles as of the other sex": [
    ["Mr [[PERSON:Hale]] said the film was \"a triumph\". Mr [[PERSON:Hale]]'s views were echoed by [[PERSON:Ann Cole]], head of the market. \"We have been careful,\" she said.", ["[Hale | said] a triumph", "[Ann Cole | said] We have been careful"]],
    ['Ms [[PERSON:Cole]] said the plan was "sound". Her remarks did not impress union leader [[PERSON:Tom Reed]]. "It is a sham from start to finish," he said.', ["[Cole | said] sound", "[Tom Reed | said] It is a sham from start to finish"]],
    ["Mr [[PERSON:Hale]] faced calls to quit. Ms [[PERSON:Cole]], who was sacked in May, said she was \"not to blame\". Mr [[PERSON:Hale]]'s remarks drew fire - he told MPs to \"get a grip\".", ["[Cole | said] not to blame", "[Hale | told] get a grip"]],
    // must not change: no person of the other sex; a person with no title
    ['Mr [[PERSON:Hale]] said the film was "a triumph". His views were echoed by the board. "We have been careful," he said.', ["[Hale | said] a triumph", "[Hale | said] We have been careful"]],
    ['[[PERSON:Sam Hale]] said the film was "a triumph". Her views were echoed by [[PERSON:Ann Cole]]. "We have been careful," he said.', ["[Sam Hale | said] a triumph", "[Ann Cole | said] We have been careful"]]
  ],
  "a record holder's or a rugby position's epithet: the person named before": [
    ['[[PERSON:Jane Hale]] has called for drug cheats to be banned for life.\n\nThe marathon world record holder said the sport needed "a clean start".', ["[Jane Hale | said] a clean start"]],
    ['[[PERSON:Adam Reed]] says the forwards are ready for the test in Paris.\n\nThe prop said: "We will take them on up front."', ["[Adam Reed | said] We will take them on up front"]],
    // must not change: nobody named before (the phrase stays)
    ['The defending title holder said the draw was "tough but fair".', ["[The defending title holder | said] tough but fair"]]
  ]
})
