/**
 * English speakers (nineteenth session): pronoun subjects read back over the sentences before, and a role phrase
 * (`the Lions coach`) that ends a person's role named before. Sentences written for this test
 * in the style of British political copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers (nineteenth session)", {
  "a sentence that opens with an adverb, a comma and `he` refers further back": [
    [
      'A council spokesman said: "The meeting went ahead as planned."\n[[PERSON:Tom Reed]], a councillor for the ward, resigned the whip in October. However, he remains a member of the party. He said on Friday he hoped to lead it one day. "I think there is still time for us to win."',
      ["[A council spokesman | said] The meeting went ahead as planned", "[Tom Reed | null] I think there is still time for us to win"]
    ],
    // guard: a speaker named in the sentence before keeps the chain
    [
      'A council spokesman said: "The meeting went ahead as planned."\n[[PERSON:Tom Reed]] resigned in October. However, [[PERSON:Ann Cole]] said he would return. "He will be back before Christmas," she said.',
      ["[A council spokesman | said] The meeting went ahead as planned", "[Ann Cole | said] He will be back before Christmas"]
    ]
  ],
  "a role phrase of two words or more after `the` that ends the role of one person named before is that person": [
    [
      'British and Irish Lions coach [[PERSON:Clive Hart|British and Irish Lions coach]] named his squad. "Their pack was simply awesome," said the Lions coach.',
      ["[Clive Hart | said] Their pack was simply awesome"]
    ],
    // guards: a qualifier makes the role another post; one word is too little
    [
      'Deputy Prime Minister [[PERSON:John Pratt|Deputy Prime Minister]] opened the debate. "We will not be rushed," the prime minister said.',
      ["[the prime minister | said] We will not be rushed"]
    ],
    [
      'Shadow chancellor [[PERSON:Oliver Lane|Shadow chancellor]] spoke first. "The sums do not add up," the chancellor said.',
      ["[the chancellor | said] The sums do not add up"]
    ]
  ]
})
