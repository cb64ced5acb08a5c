/**
 * English speakers resolved to the right referent (forty-fifth session, helper enref): an age between commas that is the
 * first of two appositions (`Jo Hill, 41, from Leeds, said`) stands after the name that is the subject; a possessive and
 * a noun (`his son said`) stand for the person the text named right after the same noun and a possessive (`Mr Hale's son
 * Tom`), when one person alone is named so; a verb that need not be speech in a clause that `said` reports over a subject
 * longer than its noun (`said talks with X's producers revealed`), or after `that` (`told MPs that the US had agreed`),
 * leaves the words with the reporter, unless a person is the clause's subject; after a verb, a lower-case role opened by
 * an article or a possessive and a name after its comma (`"…," said the festival's director, Jo Hill.`) give the name.
 * Sentences written for this test in the style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English referents (forty-fifth session)", {
  "an age before a second apposition": [
    ['[[PERSON:Karen Folds]], 41, from Derby, said the rally had been "the best in years".', ["[Karen Folds | said] the best in years"]],
    [
      '[[PERSON:Peter Ralston]], 63, MP for Elmford and Castle Vale, said the party had become "impossible to defend".',
      ["[Peter Ralston | said] impossible to defend"]
    ],
    // must not fire: an age as the only apposition, a count that opens the subject's clause
    ['[[PERSON:Karen Folds]], 41, said the rally had been "the best in years".', ["[Karen Folds | said] the best in years"]],
    ['Of the members polled, 300 said the rally had been "the best in years".', ["[300 | said] the best in years"]]
  ],
  "a possessive and a noun stand for the person the text named after them": [
    [
      'The tapes were kept by [[PERSON:Arthur Hale]]\'s son [[PERSON:Tom]], who sold them on Friday. "My father never threw anything away," his son said.',
      ["[Tom | said] My father never threw anything away"]
    ],
    [
      'The singer was represented by her lawyer [[PERSON:Jo Penn]] at the hearing. "We will appeal," her lawyer told reporters.',
      ["[Jo Penn | told] We will appeal"]
    ],
    // must not fire: no name after the noun, two people bound to the same noun, another noun
    ['[[PERSON:Arthur Hale]] died on Monday. "He loved the sea," his son said.', ["[his son | said] He loved the sea"]],
    [
      'The case pits [[PERSON:Ann Ray]]\'s lawyer [[PERSON:Jo Penn]] against [[PERSON:Bill Cole]]\'s lawyer [[PERSON:Sam Lord]]. "We will win," his lawyer said.',
      ["[his lawyer | said] We will win"]
    ],
    ['The tapes were kept by [[PERSON:Arthur Hale]]\'s son [[PERSON:Tom]]. "He never threw anything away," his daughter said.', ["[his daughter | said] He never threw anything away"]]
  ],
  "the reporter of a clause whose subject is longer than its noun or follows that": [
    [
      'Tribal leader [[PERSON:Samuel Orde]] said meetings with [[ORGANIZATION:Orbis]]\'s writers revealed there was "no respect for our past".',
      ["[Samuel Orde | revealed] no respect for our past"]
    ],
    [
      'Minister [[PERSON:Ruth Akers]] told MPs that [[LOCATION:France]] had agreed to return the men after "long and difficult talks".',
      ["[Ruth Akers | agreed] long and difficult talks"]
    ],
    // must not fire: a person as the clause's subject, a verb of uttering, `told` with no `that`
    [
      'Minister [[PERSON:Ruth Akers]] told MPs that [[PERSON:Bill Hart]]\'s deputy had agreed to return the men after "long and difficult talks".',
      ["[Bill Hart | agreed] long and difficult talks"]
    ],
    [
      'Minister [[PERSON:Ruth Akers]] said officials in [[LOCATION:France]] insisted the men were "a danger to the public".',
      ["[France | insisted] a danger to the public"]
    ],
    ['Minister [[PERSON:Ruth Akers]] told reporters [[LOCATION:France]] had agreed to return the men after "long and difficult talks".', ["[France | agreed] long and difficult talks"]]
  ],
  "a name after the comma of a role after the verb": [
    ['"We thought hard about calling the whole thing off," said the fair\'s managing director, [[PERSON:Lena Voss]].', ["[Lena Voss | said] We thought hard about calling the whole thing off"]],
    [
      '"It would be a great pity to lose it now," said the chairman of the Commons transport committee, Labour MP [[PERSON:Tom Rudd]].',
      ["[Tom Rudd | said] It would be a great pity to lose it now"]
    ],
    ['"He never stopped working, not for a single day," said his widow, Margaret.', ["[Margaret | said] He never stopped working, not for a single day"]],
    // must not fire: a day after the comma, a role after the comma, a name that goes on into a clause of its own
    ['"We will look at the figures again next week," said the board\'s chairman, Monday.', ["[the board's chairman | said] We will look at the figures again next week"]],
    ['"We will look at the figures again next week," said the chairman, a former banker.', ["[the chairman | said] We will look at the figures again next week"]],
    ['"We will look at the figures again next week," said the chairman, Tom Rudd has told us.', ["[the chairman | said] We will look at the figures again next week"]]
  ]
})
