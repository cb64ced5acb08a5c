/**
 * English epithets of nationality (twenty-first session, lead): a nationality written as the adjective that ends an
 * epithet (`the 31-year-old Ghanaian`, `the former Nigerian`) stands for the person named before, as `the American`
 * does: the gazetteer's nationalities, not a list of their own; after a capitalised word it ends a person's name
 * (`the Observer's Philip French`), which is the speaker. Sentences written for this test in the style of British wire
 * copy; entities are marked by hand (see marked.ts). A hyphen glued to the words on both sides stays inside the phrase after
 * the verb (`said the 22-year-old`, `said one London-based broker`; the phrase used to end at it: `the 22`).
 * A parenthesized acronym after a name before the verb (`the World Summit … (WSIS), which …, told`) is no part of
 * the subject's words (the subject was lost).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English nationality epithets (twenty-first session)", {
  "a nationality that ends an epithet stands for the person named before": [
    [
      'Striker [[PERSON:Kwame Asante]] scored twice in the second half. "I knew the chances would come," said the 31-year-old Ghanaian.',
      ["[Kwame Asante | said] I knew the chances would come"]
    ],
    [
      '[[PERSON:Tunde Bello]] lost his title on points. The former Nigerian said: "I will be back next year."',
      ["[Tunde Bello | said] I will be back next year"]
    ],
    [
      '[[PERSON:Lars Berg]] won the slalom by a second. "The snow was perfect," said the veteran Norwegian.',
      ["[Lars Berg | said] The snow was perfect"]
    ]
  ],
  "a hyphen glued inside a compound stays in the phrase after the verb": [
    [
      '[[PERSON:Marta Kova]] reached the quarter-finals for the first time. "I played my best tennis today," said the 22-year-old.',
      ["[Marta Kova | said] I played my best tennis today"]
    ],
    [
      'Shares in the exchange rose. "The bid will not change much," said one London-based broker.',
      ["[one London-based broker | said] The bid will not change much"]
    ]
  ],
  "a nationality after a capitalised word ends a name": [
    [
      'Critics expect the drama to win. "It is the film of the year," said the Observer\'s [[PERSON:Philip French]].',
      ["[Philip French | said] It is the film of the year"]
    ]
  ]
})

describeQuoteTables("quotes: English subjects with a parenthesized acronym (twenty-first session)", {
  "a parenthesized acronym after the name is no part of the subject's words": [
    [
      'A spokesman for the [[ORGANIZATION:World Summit on the Information Society]] ([[ORGANIZATION:WSIS]]), whose delegates gather in Tunis this month, told the BBC: "A deal should be ready before the talks close."',
      ["[World Summit on the Information Society | told] A deal should be ready before the talks close"]
    ],
    [
      'The [[ORGANIZATION:British Chambers of Commerce]] ([[ORGANIZATION:BCC]]) said it was "worried by the calls for higher rates" this spring.',
      ["[British Chambers of Commerce | said] worried by the calls for higher rates"]
    ]
  ]
})
