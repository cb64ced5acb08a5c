/**
 * English speakers (nineteenth session): pronoun subjects read back over the sentences before, a role phrase (`the
 * Lions coach`) that ends a person's role named before, verbs inside reported speech, `he` back on top of the chain,
 * verbs of speech added to the lexicon, `the American` for a person named before. Sentences written for this test
 * in the style of British political copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers (nineteenth session)", {
  "a sentence that opens with an adverb, a comma and `he` refers further back": [
    [
      'A council spokesman said: "The meeting went ahead as planned."\n[[PERSON:Tom Reed]], a councillor for the ward, resigned the whip in October. However, he is still in the party. He told reporters on Friday he wanted to lead it some day. "I think there is still time for us to win."',
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
  ],
  "a verb inside reported speech: one of uttering names its own subject, another leaves the words with the reporter": [
    [
      '[[PERSON:Tom Reed]] said the man, who later ran off, shouted: "You have offended my family."',
      ["[the man | shouted] You have offended my family"]
    ],
    [
      '[[PERSON:Ann Cole]] said the police had said the cards could "help them stop a bomb plot in the city".',
      ["[the police | said] help them stop a bomb plot in the city"]
    ],
    [
      '[[PERSON:Ann Cole]] said the [[LOCATION:US]] had agreed to free the men after "long and difficult talks with our team".',
      ["[Ann Cole | agreed] long and difficult talks with our team"]
    ]
  ],
  "`he` makes the person it stands for the chain's last speaker again": [
    [
      '[[PERSON:Ann Cole]] said the police had said the cards could "help them stop a bomb plot in the city". She added: "When the police say that, you listen."\n"I do not pretend that it is an easy decision for any of us."',
      ["[the police | said] help them stop a bomb plot in the city", "[Ann Cole | added] When the police say that, you listen", "[Ann Cole | null] I do not pretend that it is an easy decision for any of us"]
    ]
  ],
  "verbs of speech added to the lexicon": [
    ['"He is not finished yet," whispered a party official as the hall emptied.', ["[a party official | whispered] He is not finished yet"]],
    ['[[PERSON:Dan Hill]] demanded a statement on how the plans had been "leaked to the evening papers before the debate".', ["[Dan Hill | demanded] leaked to the evening papers before the debate"]]
  ],
  "`the` and a nationality stands for a person named before, as an age does": [
    [
      'World number two [[PERSON:Jane Hill]] has criticised the club over prize money.\nReacting to a remark by its chairman, the American said: "I think it is insulting to the players."',
      ["[Jane Hill | said] I think it is insulting to the players"]
    ]
  ],
  "an adverb between the subject and its verb": [
    [
      '[[PERSON:Tom Reed]] was hit on Friday.\nThe host, [[PERSON:Jane Dunn]], later told the audience he had been covered "from head to toe in the stuff".',
      ["[Jane Dunn | told] from head to toe in the stuff"]
    ],
    ['[[PERSON:Tom Reed]] spoke first. A council spokesman later said the plan "has been on hold since the spring".', ["[A council spokesman | said] has been on hold since the spring"]]
  ]
})
