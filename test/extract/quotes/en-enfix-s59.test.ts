/**
 * Fifty-ninth session (helper enfix), English quotes. The role-link post-step (`linkRoleSpeakers`, role-link.ts) reads
 * a role written before a comma that sets the name off (`by regulator chief, Ann Carver,`: `writtenRole`,
 * `commaSetName`) and an apposition after the name (`Ann Carver, the regulator chief,`: `appositionRole`), so that
 * a phrase two persons hold stays the speaker. A subject before `is alleged to have told` speaks, not the writer the
 * chain holds (`hearsayBefore`, english.ts); marks after `but`/`and` that open with an auxiliary are a predicate the
 * verb reports past its window (`joinedPredicate`, english-parts.ts); `he` whose sentence goes on with `but` and a
 * person who answers is not that person (`notTheAnswerer`, speakers.ts). Sentences written for these tests in the
 * style of British news copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English role phrases across a comma (fifty-ninth session, helper enfix)", {
  "one holder, the role written across the comma or after the name: the holder": [
    [
      'Pay talks stall\n\nThe union was warned by college chancellor, [[PERSON:Ruth Ellery]], that funds were short. Later the chancellor said the offer was "the best we can afford this year".',
      ["[Ruth Ellery | said] the best we can afford this year"]
    ],
    [
      'Pay talks stall\n\nThe offer was set out by [[PERSON:Ruth Ellery]], the college chancellor, on Tuesday. Later the chancellor said the offer was "the best we can afford this year".',
      ["[Ruth Ellery | said] the best we can afford this year"]
    ]
  ],
  "two holders, one of them across the comma or in apposition: the phrase stays": [
    [
      'Pay talks stall\n\nThe union was warned by college chancellor, [[PERSON:Ruth Ellery]], and later by chancellor [[PERSON:Mark Dunmore]]. Later the chancellor said the offer was "the best we can afford this year".',
      ["[the chancellor | said] the best we can afford this year"]
    ],
    [
      'Pay talks stall\n\nThe offer was set out by [[PERSON:Ruth Ellery]], the college chancellor, and backed by chancellor [[PERSON:Mark Dunmore]]. Later the chancellor said the offer was "the best we can afford this year".',
      ["[the chancellor | said] the best we can afford this year"]
    ],
    [
      'Rail fares warning\n\nTrain firms were criticised by [[PERSON:Ann Carver]], the regulator chief, and by regulator chief [[PERSON:Tom Ruddle]]. The regulator chief said the figures were "simply not good enough for passengers".',
      ["[The regulator chief | said] simply not good enough for passengers"]
    ]
  ],
  "a name that opens its own clause after the comma holds no role: the other holder": [
    [
      'Pay talks stall\n\nAsked about the chancellor, [[PERSON:Ruth Ellery]] said little. Talks were led by chancellor [[PERSON:Mark Dunmore]]. Later the chancellor said the offer was "the best we can afford this year".',
      ["[Mark Dunmore | said] the best we can afford this year"]
    ]
  ],
  "a subject whose words are reported by hearsay (`is alleged to have told`): the subject, not the writer before": [
    [
      'Row over memoir\n\nThe minister changed his mind in May, writes [[PERSON:Sam Lowther]]. In [[PERSON:Lowther]]\'s book [[PERSON:Ken Adair]] is alleged to have told the minister: "I will never trust you again."',
      ["[Ken Adair | told] I will never trust you again"]
    ],
    [
      'Row over memoir\n\nThe minister changed his mind in May, writes [[PERSON:Sam Lowther]]. [[PERSON:Ken Adair]] is understood to have told the minister: "I will never trust you again."',
      ["[Ken Adair | told] I will never trust you again"]
    ],
    [
      'Row over memoir\n\nThe minister changed his mind in May, writes [[PERSON:Sam Lowther]]. [[PERSON:Ken Adair]] was said to have warned colleagues that the deal was "dead in the water".',
      ["[Ken Adair | warned] dead in the water"]
    ],
    [
      'Row over memoir\n\nThe minister changed his mind in May, writes [[PERSON:Sam Lowther]]. [[PERSON:Ken Adair]] is alleged to be furious. "I will never trust you again," the book quotes him.',
      []
    ]
  ],
  "a predicate in marks after `but` past the verb's window: the verb's subject": [
    [
      'Ferry link scrapped\n\nThe ferry link was closed last year. The watchdog\'s report warns that ministers should not give up on links to the islands because of the failure of the old service, but "must learn from the mistakes made in its planning".',
      ["[The watchdog's report | warns] must learn from the mistakes made in its planning"]
    ],
    [
      'Ferry link scrapped\n\nThe ferry link was closed last year. The watchdog\'s report warns that ministers should not give up on links to the islands because of the failure of the old service, but "must learn from the mistakes," said [[PERSON:Jo Ferris]].',
      ["[Jo Ferris | said] must learn from the mistakes"]
    ],
    [
      'Ferry link scrapped\n\nThe ferry link was closed last year. The watchdog\'s report warns that ministers should not give up on links to the islands because of the failure of the old service, but "we must learn from the mistakes made in its planning".',
      // (marks that open a clause of their own are not read by the verb: the long marks go on with the last speaker)
      ["[The watchdog's report | null] we must learn from the mistakes made in its planning"]
    ]
  ],
  "`he` before `but` and a person who answers: another person named before": [
    [
      'Club sale talks\n\nThe bid was withdrawn by businessman [[PERSON:Dan Whitlock]], who said he was tired of waiting. He also accused the club of using him as "a bargaining chip" with other bidders, but [[PERSON:Reid]] insisted: "Dan was never used that way."',
      ["[Dan Whitlock | accused] a bargaining chip", "[Reid | insisted] Dan was never used that way"]
    ],
    [
      'Club sale talks\n\n[[PERSON:Reid]] said talks were going on. He also accused the press of "making up stories" about the club, but [[PERSON:Reid]] insisted: "Nothing has been decided."',
      ["[Reid | accused] making up stories", "[Reid | insisted] Nothing has been decided"]
    ]
  ]
})
