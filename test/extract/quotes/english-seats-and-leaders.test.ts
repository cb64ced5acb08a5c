/**
 * English speakers (thirtieth session, second round, helper; docs/history/quotes.md "Thirtieth session, second round
 * (helper, English)"): a name after a person's title and `for` (`the Tory MP for Sleaford`) is the title's seat, not
 * the speaker; the speaker is the person the sentence before names, else the whole phrase. `the Tory leader`, `the
 * Salford MP`, `the Man Utd boss` (a leader's noun after capitalized words) are the chain's last named person quoted in
 * this paragraph or the one before, else (not `boss`) the first person the document names. Sentences written for this
 * test in the style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers (thirtieth session, second round)", {
  "`the … MP for <place>` is the person the sentence before names": [
    [
      'Former minister [[PERSON:Douglas Hale]], whose uncle sat on the bench, said the plan was "costly and slow". But the Tory MP for [[LOCATION:Kestwick]] and [[LOCATION:North Marren]] admitted the court "cannot be left exactly as it is".',
      ["[Douglas Hale | said] costly and slow", "[Douglas Hale | admitted] cannot be left exactly as it is"]
    ],
    [
      '[[PERSON:Ann Porter]] spoke at the hearing on Monday. The Labour MP for [[LOCATION:Dunmore]] told the committee: "We have to listen to the families before anything else."',
      ["[Ann Porter | told] We have to listen to the families before anything else"]
    ],
    // must NOT fire: the sentence before names no person: the whole phrase, not the place
    [
      'The bill returns to the Commons next week. The Tory MP for [[LOCATION:Kestwick]] told the committee: "We have to listen to the families before anything else."',
      ["[The Tory MP for Kestwick | told] We have to listen to the families before anything else"]
    ],
    // must NOT fire: a spokesman speaks for the body after `for`
    [
      '[[PERSON:Ann Porter]] spoke at the hearing on Monday. The spokesman for [[ORGANIZATION:Kestwick Council]] said: "We have to listen to the families before anything else."',
      ["[Kestwick Council | said] We have to listen to the families before anything else"]
    ],
    // must NOT fire: a name with no title and `for` before it
    [
      '[[PERSON:Ann Porter]] spoke at the hearing on Monday. Then [[PERSON:Tom Reid]] told the committee: "We have to listen to the families before anything else."',
      ["[Tom Reid | told] We have to listen to the families before anything else"]
    ]
  ],
  "`the Tory leader`, `the Salford MP`, `the Rovers boss`: the chain's last named person, else (not `boss`) the first person the document names": [
    [
      'Hopes fade for reform\n[[PERSON:Mark Dell]] has backed the new scheme, saying people must not fear change.\nThe issue divided voters in the [[LOCATION:US]], where [[PERSON:Tom Grady]] opposed it. But the Tory leader argued there was a case for it. "We owe the patients a chance of a cure," he said.',
      ["[Mark Dell | said] We owe the patients a chance of a cure"]
    ],
    [
      'Voters back the plan\n[[PERSON:Joan Tarr]] said the vote showed the party was united.\n"We are ready for the election," the Ashford MP said.',
      ["[Joan Tarr | said] We are ready for the election"]
    ],
    // the chain's last speaker, quoted in the paragraph before, comes first
    [
      '[[PERSON:Gary Noone]] has been linked with the post.\n[[PERSON:Sam Ferris]] said: "He would be the outstanding candidate."\nThe Rovers boss continued: "He knows the league better than anyone."',
      ["[Sam Ferris | said] He would be the outstanding candidate", "[Sam Ferris | continued] He knows the league better than anyone"]
    ],
    // must NOT fire: a club's boss with no named person quoted before (a match report quotes two managers)
    [
      '[[PERSON:Sam Ferris]] praised his side after the win at [[LOCATION:Elland Road]].\n"That was our hardest game of the season," the Rovers boss said.',
      ["[the Rovers boss | said] That was our hardest game of the season"]
    ],
    // must NOT fire: no person named before the phrase
    [
      'The party met in [[LOCATION:Brighton]] on Monday.\n"We are ready for the election," the Tory leader said.',
      ["[the Tory leader | said] We are ready for the election"]
    ],
    // must NOT fire: an apposition after a person's name describes that person
    [
      '[[PERSON:Mark Dell]] spoke first. [[PERSON:Tony Lowe]], the Kestwick MP, said: "The club belongs to its fans."',
      ["[Tony Lowe | said] The club belongs to its fans"]
    ],
    // must NOT fire: an office with a lower-case word (`the prime minister`, `the former Tory leader`)
    [
      '[[PERSON:Mark Dell]] has backed the new scheme.\n"We owe the patients a chance of a cure," the former Tory leader said.',
      ["[the former Tory leader | said] We owe the patients a chance of a cure"]
    ]
  ]
})
