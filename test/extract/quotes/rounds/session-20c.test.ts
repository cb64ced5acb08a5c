/**
 * English speakers (twentieth session, lead): a verb after `and` shares the subject of its sentence (`She denied …
 * and said`, `Mr Jollans likened the plan to … and said`), read as the sentence's subject is read (a pronoun goes
 * back to the person it stands for); `he said` after a passive whose agent is a person (`The report was welcomed by
 * … X.`) is that person's; a player's or a performer's epithet (`the Liverpool player`, `the British actor`) stands for
 * the person named before. Sentences written for this test in the style of British wire copy; entities
 * are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "../marked.js"

describeQuoteTables("quotes: English speakers (twentieth session)", {
  "a verb after `and` shares the sentence's subject": [
    [
      'Union leader [[PERSON:Jan Marsh]] said wardens should be a "first line" for the council.\nBut minister [[PERSON:Helen Cole]] defended the plan. She denied the job was changing and said the extra duties would not keep them at their desks.\n"The powers we are bringing in are things they need on patrol," she said.',
      ["[Jan Marsh | said] first line", "[Helen Cole | said] The powers we are bringing in are things they need on patrol"]
    ],
    [
      '[[PERSON:Mark Ellis]] likened the plan to the way the railways were built and said everyone would gain: "This is about working together."',
      ["[Mark Ellis | said] This is about working together"]
    ],
    [
      'But [[PERSON:Dan Price]] is eager to put that chapter of his life behind him and said: "I have grown up a lot."',
      ["[Dan Price | said] I have grown up a lot"]
    ],
    // guard: `and` inside the subject is no coordinated verb (the subject is before `said`, not the sentence's first)
    [
      'The chairman and chief executive of the club, [[PERSON:Ian Walsh]], said: "We are not selling."',
      ["[Ian Walsh | said] We are not selling"]
    ]
  ],
  "a player's or a performer's epithet stands for the person named before": [
    [
      'Defender [[PERSON:Steve Dunn]] believes his side can still top the group. "There is a chance for us now," said the Liverpool player.',
      ["[Steve Dunn | said] There is a chance for us now"]
    ],
    [
      '[[PERSON:Jason Garner]] equalled the meeting record in the 60m. The European indoor champion said: "I arrived at the stadium late."',
      ["[Jason Garner | said] I arrived at the stadium late"]
    ],
    [
      'Coach [[PERSON:Marc Leroy]] named his squad. Centre [[PERSON:Paul Girard]] won his first call-up. "It is incredible," the youngster said.',
      ["[Paul Girard | said] It is incredible"]
    ],
    // guard: an office is left to the roles (a doc quoting two managers)
    [
      '[[PERSON:Arthur Wenn]] praised his side. "We were the better team," said the Arsenal boss.',
      ["[the Arsenal boss | said] We were the better team"]
    ]
  ],
  "`he said` after a passive: its agent": [
    [
      'Charity boss [[PERSON:Tom Hale]] said: "Older voters will decide the result."\nThe report was welcomed by shadow pensions secretary [[PERSON:Dan Lowe]]. "Pensioners must be heard at this election," he said.',
      ["[Tom Hale | said] Older voters will decide the result", "[Dan Lowe | said] Pensioners must be heard at this election"]
    ],
    // guards: `by` after no participle, or no person after `by`
    [
      'Charity boss [[PERSON:Tom Hale]] said: "Older voters will decide the result."\nThe report was sent out by post to every member. "Pensioners must be heard at this election," he said.',
      ["[Tom Hale | said] Older voters will decide the result", "[Tom Hale | said] Pensioners must be heard at this election"]
    ],
    [
      'Charity boss [[PERSON:Tom Hale]] said: "Older voters will decide the result."\nThe board of the club has stood firmly by [[PERSON:Dan Lowe]] all year. "Pensioners must be heard at this election," he said.',
      ["[Tom Hale | said] Older voters will decide the result", "[Tom Hale | said] Pensioners must be heard at this election"]
    ]
  ]
})
