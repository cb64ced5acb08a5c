/**
 * English speakers (forty-fourth session, helper english): a compound glued by its hyphen is part of the subject before
 * a verb (`The 33-year-old criticised`, `The Leeds-based firm said`), so an age or an epithet written with one stands for
 * the person named before; when no sentence before opens with a person, the person the sentence right before introduces
 * with a relative clause (`… in the form of Tessa Bright, who plays …`) is the one an age stands for; a capitalized word
 * glued after a hyphen (`the ex-Wallaby`) is no name.
 * Sentences written for this test in the style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers (forty-fourth session)", {
  "a compound glued by its hyphen is part of the subject": [
    [
      'Veteran striker [[PERSON:Carl Brandt]] was fined on Monday. The 33-year-old criticised the decision. "I have done nothing wrong and I will appeal," he said.',
      ["[Carl Brandt | said] I have done nothing wrong and I will appeal"]
    ],
    [
      'The band\'s frontman [[PERSON:Joe Rusk]] is back. The 38-year-old chart-topper told reporters that he wanted to "try something completely new".',
      ["[Joe Rusk | told] try something completely new"]
    ],
    ['The Leeds-based firm said profits would "fall sharply this year".', ["[The Leeds-based firm | said] fall sharply this year"]]
  ],
  "a person introduced with a relative clause after a subject that names nobody": [
    [
      'The stars arrived together. Singer [[PERSON:Mia Lowe]] told reporters the night was "long, loud and cold". The youngest guests came in the form of [[PERSON:Tessa Bright]], who plays the lead in the series. The 15-year-old said she hoped to meet the cast but joked that "they are far too famous for me".',
      ["[Mia Lowe | told] long, loud and cold", "[Tessa Bright | joked] they are far too famous for me"]
    ]
  ],
  "a sentence that opens with a person keeps its subject": [
    [
      '[[PERSON:Dan Cole]] won the race well ahead of [[PERSON:Rob Hale]], who finished third. The world indoor champion said: "I was ill all week and nearly went home."',
      ["[Dan Cole | said] I was ill all week and nearly went home"]
    ]
  ],
  "a capitalized word glued after a hyphen is no name": [
    [
      '[[PERSON:Sam Reid]] spoke on Friday. And the ex-Wallaby added: "They will struggle without their captain."',
      ["[the ex-Wallaby | added] They will struggle without their captain"]
    ]
  ]
})
