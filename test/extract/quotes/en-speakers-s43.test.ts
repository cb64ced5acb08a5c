/**
 * English speakers (forty-third session, helper english): a person's role and employer after his comma with no comma to
 * close them (`Ana Ruiz, an analyst at Nomura told`) describe the person, not the speaker; a verb after `but` right
 * after a quote (`X called the plan "…" but said`) or after the object (`X doubted it, but added:`) shares the
 * sentence's subject; an adverb between commas (`Others, however, who …, warned`) is no subject; a one-word name the
 * tagger read in an adjective that opens a sentence (`Bigger attacks …, he said.`) is not what `he` stands for; a
 * player's noun glued by its hyphen (`said the Wasps full-back`) ends an epithet for the person named before.
 * Sentences written for this test in the style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers (forty-third session)", {
  "a role and employer after a person's comma describe the person": [
    [
      '[[PERSON:Ana Ruiz]], an analyst at [[ORGANIZATION:Nomura]] told the BBC: "There is a hint of a bribe in this."',
      ["[Ana Ruiz | told] There is a hint of a bribe in this"]
    ],
    [
      '"There is a hint of a bribe in this," [[PERSON:Ana Ruiz]], an analyst at [[ORGANIZATION:Nomura]] told the BBC.',
      ["[Ana Ruiz | told] There is a hint of a bribe in this"]
    ],
    [
      'However, [[PERSON:Tom Lake]], a fund manager with [[ORGANIZATION:Gresham Trust]] said the deal was "a clear step towards a bid".',
      ["[Tom Lake | said] a clear step towards a bid"]
    ],
    [
      '[[PERSON:Ruth Dane]], head of policy at the charity [[ORGANIZATION:Open Door]] said: "The plan will drive people away."',
      ["[Ruth Dane | said] The plan will drive people away"]
    ]
  ],
  "no person opens the subject: the body after the preposition stays": [
    [
      'After meeting [[PERSON:Jo Hill]], officials at the [[ORGANIZATION:Bank]] said: "We are pleased with the talks."',
      ["[Bank | said] We are pleased with the talks"]
    ],
    [
      'Prices rose after [[PERSON:Jo Hill]], who runs the fund, sold shares, and staff at [[ORGANIZATION:Acme]] said: "We are pleased with the talks."',
      ["[Acme | said] We are pleased with the talks"]
    ]
  ],
  "a verb after but shares the sentence's subject": [
    [
      'Shadow minister [[PERSON:Owen Hart]] called the scheme "a fine way of wasting money" but said he would not oppose it.',
      ["[Owen Hart | called] a fine way of wasting money"]
    ],
    [
      '[[PERSON:Tim Roe]] said: "It was a weak year for films." [[PERSON:Kate Moss]] doubted whether the film would win, but added: "It deserves every prize going."',
      ["[Tim Roe | said] It was a weak year for films", "[Kate Moss | added] It deserves every prize going"]
    ]
  ],
  "but with a subject of its own keeps it": [
    [
      '[[PERSON:Ann Cole]] hopes the scheme will work but [[PERSON:Owen Hart]] said it was "a waste of public funds".',
      ["[Owen Hart | said] a waste of public funds"]
    ]
  ],
  "an adverb between commas is no subject": [
    [
      'Others, however, who had sold early, went on to warn that the "rally could end at any moment".',
      ["[Others | went on] rally could end at any moment"]
    ]
  ],
  "a player's noun glued by its hyphen ends an epithet": [
    [
      'Captain [[PERSON:Jon Reed]] is sure his side will win. "We are ready for this one," said the [[ORGANIZATION:Wasps]] full-back.',
      ["[Jon Reed | said] We are ready for this one"]
    ],
    [
      'Captain [[PERSON:Jon Reed]] is sure his side will win. "We are ready for this one," said the [[ORGANIZATION:Wasps]] chief-executive.',
      ["[the Wasps chief-executive | said] We are ready for this one"]
    ]
  ],
  "a one-word name that opens a sentence before a noun is no antecedent": [
    [
      '[[PERSON:Mark Dean]], an expert at the firm, said most attacks were small. [[PERSON:Larger]] floods of traffic were rare, he said. "It feels like they are testing the defences," he said.',
      ["[Mark Dean | said] It feels like they are testing the defences"]
    ],
    [
      '[[PERSON:Mark Dean]] said most attacks were small. [[PERSON:Hale]] warned that the floods were growing, he said. "It feels like they are testing the defences," he said.',
      ["[Hale | said] It feels like they are testing the defences"]
    ]
  ]
})
