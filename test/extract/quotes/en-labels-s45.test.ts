/**
 * English label lines (forty-fifth session, lead, after the E19 reading): a line that is a person's name, its role words
 * before it (and a list's dash before them), then a colon right before the marks, as football previews and transcripts
 * print them (`- Leyton boss Paul Darby: "…"`), gives the marks to that person; the marks after it in the same line go
 * on with the same speaker. Not a line with a verb (the verb's own rule), one whose last word before the colon closes
 * no person (`Ground: "…"`), a possessive (`X's verdict: "…"`) or a label longer than eight words. The present
 * tense of a few speech verbs whose past the lexicon held (`replies`, `concludes`) attributes as the past does.
 * Sentences written for this test in the style of British sports copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English label lines (forty-fifth session)", {
  "a person's label before a colon speaks": [
    [
      'Striker [[PERSON:Lee Hollis]] is doubtful with a calf strain.\n\n- Leyton boss [[PERSON:Paul Darby]]: "We have had a difficult week but the lads are desperate to play. "A cup run would mean everything to this club."\n- Hereford manager [[PERSON:Sam Okafor]]: "We respect them but we fear nobody."',
      [
        "[Paul Darby | null] We have had a difficult week but the lads are desperate to play",
        "[Paul Darby | null] A cup run would mean everything to this club",
        "[Sam Okafor | null] We respect them but we fear nobody"
      ]
    ],
    [
      'Midfielder [[PERSON:Tom Reece]] returns after suspension.\n\nRovers coach [[PERSON:Neil Ashby]]: "We expect a hard game."',
      ["[Neil Ashby | null] We expect a hard game"]
    ]
  ],
  "lines that are no person's label": [
    [
      'Midfielder [[PERSON:Tom Reece]] returns after suspension. "He has trained well all week and deserves his place back," said [[PERSON:Neil Ashby]].\n\nGround: "The pitch has been relaid over the summer and is in excellent condition for the visit."',
      [
        "[Neil Ashby | said] He has trained well all week and deserves his place back",
        "[Neil Ashby | null] The pitch has been relaid over the summer and is in excellent condition for the visit"
      ]
    ],
    [
      '"We are ready," said [[PERSON:Neil Ashby]].\n\n[[PERSON:Dean Firth]]\'s verdict: "We have worked hard on our defending all week long and it showed today."',
      ["[Neil Ashby | said] We are ready", "[Neil Ashby | null] We have worked hard on our defending all week long and it showed today"]
    ],
    [
      '"We are ready," said [[PERSON:Neil Ashby]].\n\nFormer Rovers and Wanderers youth team coach and current assistant [[PERSON:Dean Firth]]: "We have worked hard on our defending all week long."',
      ["[Neil Ashby | said] We are ready", "[Neil Ashby | null] We have worked hard on our defending all week long"]
    ],
    [
      '"We are ready," said [[PERSON:Neil Ashby]].\n\nRovers coach [[PERSON:Dean Firth]] said: "We have worked hard on our defending all week long."',
      ["[Neil Ashby | said] We are ready", "[Dean Firth | said] We have worked hard on our defending all week long"]
    ]
  ],
  "present-tense speech verbs": [
    [
      'The minister was asked about the figures on the programme. [[PERSON:Ruth Kemp]] replies: "The numbers speak for themselves and I stand by every one of them."',
      ["[Ruth Kemp | replies] The numbers speak for themselves and I stand by every one of them"]
    ],
    ['[[PERSON:Ian Marsh]] has written about the scheme for years. He concludes: "Keep the money local."', ["[Ian Marsh | concludes] Keep the money local"]],
    ['The report concludes the plan is "wishful thinking at best".', ["[The report | concludes] wishful thinking at best"]]
  ]
})
