/**
 * English speakers (thirtieth session, helper; docs/history/quotes.md "Thirtieth session (helper, English)"): `he`/`she`
 * with no person on the chain is the person the sentence before names, not a body; `According to X, …` makes X the
 * `he` of the next quote; `the organisation`/`the company` is the body the sentence before opens with; a name between
 * `the` and a lower-case noun (`The Leinster number 10`) is no person for `he`; a number glued to a name is part of it
 * (`4Sight`). Sentences written for this test in the style of British wire copy; entities are marked by hand (see
 * marked.ts).
 */
import { describeQuoteTables } from "../marked.js"

const EARLIER = '[[PERSON:Nick Ross]] said the plan was sound. "We are happy with it," he said.\n'

describeQuoteTables("quotes: English speakers (thirtieth session)", {
  "`he` with no person on the chain is the person named in the sentence before": [
    [
      'A survey by [[ORGANIZATION:Net Weekly]] has revealed that many users are unhappy.\nThis may be the tip of the iceberg thinks [[PERSON:Tim Dalton]], editor of [[ORGANIZATION:Net Weekly]]. "We expect these figures to leap next year," he said.',
      ["[Tim Dalton | said] We expect these figures to leap next year"]
    ],
    // the first person of that sentence: its subject
    [
      '[[ORGANIZATION:Officials]] said the report was due.\n[[PERSON:Mr Jones]] was asked why [[PERSON:Mr Smith]] had resigned. He replied: "The board felt a fresh start was needed."',
      ["[Mr Jones | replied] The board felt a fresh start was needed"]
    ],
    // must NOT fire: a person on the chain keeps `he`
    [
      `${EARLIER}[[ORGANIZATION:Acme]] cut its prices. "It will not last," he said.`,
      ["[Nick Ross | said] We are happy with it", "[Nick Ross | said] It will not last"]
    ]
  ],
  "`According to X,` opening the sentence before makes X the `he` of the quote": [
    [
      `${EARLIER}According to [[PERSON:Mandel]], [[PERSON:Redford]] vowed he would not join their rivals. "I said to him that I hoped he would stay," he said.`,
      ["[Nick Ross | said] We are happy with it", "[Mandel | said] I said to him that I hoped he would stay"]
    ],
    // must NOT fire: an according phrase that names a body, not a person (the subject who vowed keeps `he`)
    [
      `${EARLIER}According to [[ORGANIZATION:Acme]], [[PERSON:Redford]] vowed he would not join their rivals. "I will stay here," he said.`,
      ["[Nick Ross | said] We are happy with it", "[Redford | said] I will stay here"]
    ]
  ],
  "`the organisation`, `the company` is the body the sentence before opens with": [
    [
      '[[ORGANIZATION:CENTRA]], the council of national registries, agrees. "A rush to change browsers would harm confidence," the organisation said in a statement.',
      ["[CENTRA | said] A rush to change browsers would harm confidence"]
    ],
    [
      '[[ORGANIZATION:Vantor]] said two albums had been put back.\n"January sales were also weaker than we had hoped," the company added.',
      ["[Vantor | added] January sales were also weaker than we had hoped"]
    ],
    // an organisation right before a speech verb in that sentence speaks there, not the one it opens with
    [
      '[[ORGANIZATION:Kestrel Finance]] has been a strong earner but [[ORGANIZATION:Kestrel Motors]] said it will do less well.\n"Higher earnings remain our goal," the company said.',
      ["[Kestrel Motors | said] Higher earnings remain our goal"]
    ],
    // must NOT fire: the sentence before opens with no body
    [
      'Sales fell sharply in January across the sector.\n"Trading has been hard for everyone," the company said.',
      ["[the company | said] Trading has been hard for everyone"]
    ],
    // must NOT fire: a noun that is no body noun
    [
      '[[ORGANIZATION:Vantor]] said two albums had been put back.\n"Sales were lower than anticipated," the report said.',
      ["[the report | said] Sales were lower than anticipated"]
    ]
  ],
  "a name between `the` and a lower-case noun is no person for `he`": [
    [
      '[[PERSON:Ronan Geary]] hailed the win as special.\nThe [[PERSON:Leinster]] number 10 kicked 14 points. He told reporters: "We made hard work of it today."',
      ["[Ronan Geary | told] We made hard work of it today"]
    ],
    // must NOT fire: a person after `the` and before a verb
    [
      '[[PERSON:Ronan Geary]] hailed the win as special.\nThe [[PERSON:Paul Kerr]] kicked 14 points. He told reporters: "We made hard work of it today."',
      ["[Paul Kerr | told] We made hard work of it today"]
    ]
  ],
  "a number glued to a name is part of it": [
    [
      'Not everyone is convinced.\n"Our primary worry is the budget," consultancy 4Sight said in a report.',
      ["[4Sight | said] Our primary worry is the budget"]
    ],
    // must NOT fire: a number spaced from the name
    [
      'Not everyone is convinced.\n"Our primary worry is the budget," the 4 Sight consultancy said.',
      ["[the 4 Sight consultancy | said] Our primary worry is the budget"]
    ]
  ]
})
