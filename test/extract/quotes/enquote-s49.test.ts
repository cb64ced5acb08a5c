/**
 * English rules of the forty-ninth session (helper enquote, after the reading of BBC News English): a speech verb that
 * is also a plural noun (`states`, `claims`) after a quantifier, a bare object or a closing mark is the noun
 * (`pluralNounVerb`); a person's name before the comma of a role that has no closing comma is the subject
 * (`nameBeforeRole`); a sentence that `, he said.` closes sends a later pronoun back to the sentence before it
 * (`closedByPronounVerb`); `our correspondent` is the person the document named with such a role; `the Tory spokesman`
 * is the person just quoted. Sentences written for this test in the style of British news copy; entities are marked by
 * hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English plural nouns, roles, pronouns and correspondents (forty-ninth session)", {
  "a verb that is also a plural noun after a quantifier or a bare object is the noun": [
    [
      '[[PERSON:Ruth Ellery]] said the plan was sound. She suggests so-called rogue states are less of a worry than "weak and collapsing states", which are harder to watch.',
      ["[Ruth Ellery | suggests] weak and collapsing states"]
    ],
    ['The pact would tie "small and rogue nations", and in time every nation, to one set of rules.', []],
    ['The firm wants the court to rule so that it can press claims over a "campaign of unfair and costly" tax claims.', []],
    ['His remark that he "saw this coming weeks before the vote", will hardly end talk of a rift.', []]
  ],
  "the verb keeps its own subject: a determiner, a name, a pronoun": [
    [
      'The inquiry reported on Monday. "The rules were not followed at any stage of the process," the report states.',
      ["[the report | states] The rules were not followed at any stage of the process"]
    ],
    [
      '"We have always paid every bill on time and in full," [[PERSON:Tom Varley]] claims.',
      ["[Tom Varley | claims] We have always paid every bill on time and in full"]
    ],
    [
      'The board met again. "Nothing has been decided about the future of the site," she notes.',
      ["[null | notes] Nothing has been decided about the future of the site"]
    ]
  ],
  "a name before a role's comma, the closing comma left out, is the subject": [
    [
      'The leader remains keen on the job, [[PERSON:Alan Hurst]], Labour\'s campaign chief told the BBC on Sunday. "He has the same drive he had in 1997," he said.',
      ["[Alan Hurst | said] He has the same drive he had in 1997"]
    ],
    [
      'After meeting [[PERSON:Alan Hurst]], Labour\'s campaign chief said: "We will fight every seat."',
      ["[Labour's campaign chief | said] We will fight every seat"]
    ]
  ],
  "a sentence closed by a pronoun and a speech verb sends the next pronoun back": [
    [
      'The minister is keen, [[PERSON:Alan Hurst]], Labour\'s campaign chief told the BBC. [[PERSON:Mr Hale]] has "the same drive as ever", he said. And he denied that a date had been set. He said: "I run the campaign and I do not know."',
      ["[Alan Hurst | said] the same drive as ever", "[Alan Hurst | said] I run the campaign and I do not know"]
    ]
  ],
  "our correspondent is the person named with a correspondent's role": [
    [
      '[[PERSON:Jo Penn|BBC correspondent]] BBC correspondent Jo Penn said the talks were tense. "The chancellor will set out his plans in full next week," our correspondent said.',
      ["[Jo Penn | said] The chancellor will set out his plans in full next week"]
    ],
    [
      '"The chancellor will set out his plans in full next week," our correspondent said.',
      ["[our correspondent | said] The chancellor will set out his plans in full next week"]
    ]
  ],
  "a party's spokesman right after a person quoted is that person": [
    [
      'Shadow home secretary [[PERSON:Tom Varley]] attacked the plan. "Who is going to pay for all this?" he asked. The Tory spokesman also criticised the timing. "It is a shambles," he said.',
      ["[Tom Varley | asked] Who is going to pay for all this?", "[Tom Varley | said] It is a shambles"]
    ],
    [
      'The Tory spokesman criticised the timing. "It is a shambles," he said.',
      ["[The Tory spokesman | said] It is a shambles"]
    ]
  ]
})
