/**
 * English rules of the forty-ninth session (helper enholder): a definite role phrase the text ties in so many words to
 * one named person (`by regulator chief, Ann Carver,` … `The regulator chief said`: `heldHolder`); a role phrase
 * right after a sentence whose first person is the document's lead person, named in the title and opening the first
 * sentence (`leadHolder`); `the company` for the organisation the title opens with when it is also the last one named
 * (`titleBodyFor`); `it` for the organisation of the sentence before rather than a person on the chain (`bodyForIt`);
 * a name in the possessive that opens the sentence before gives way to the person of a clause after `and`
 * (`coordinatedPersonAfter`); `the X boss` past a body the chain pushed after the person (`recentPersonPast`).
 * Sentences written for this test in the style of British news copy; entities are marked by hand (see marked.ts).
 */
import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { describeQuoteTables, parseMarked } from "./marked.js"

describeQuoteTables("quotes: English role phrases and their holders (forty-ninth session, helper enholder)", {
  "a role the text ties to one named person": [
    [
      'Rail fares warning\n\nTrain firms were criticised by regulator chief, [[PERSON:Ann Carver]], for poor punctuality. The regulator chief said the figures were "simply not good enough for passengers".',
      ["[Ann Carver | said] simply not good enough for passengers"]
    ],
    [
      'Rail fares warning\n\nThe report was read out by [[PERSON:Ann Carver]], the regulator chief, on Monday. The regulator chief said the figures were "simply not good enough for passengers".',
      ["[Ann Carver | said] simply not good enough for passengers"]
    ]
  ],
  "another post, a qualifier or two holders: the phrase stays": [
    [
      'Talks in Dublin\n\nIrish Prime Minister [[PERSON:Sean Kelly]] met union leaders. Later the prime minister said: "We will keep talking to both sides."',
      // (session 58, rolelink: the one person the document ties to the post)
      ["[Sean Kelly | said] We will keep talking to both sides"]
    ],
    [
      'Rail fares warning\n\nThe talks were led by deputy regulator chief [[PERSON:Ann Carver]]. The regulator chief said the figures were "simply not good enough for passengers".',
      ["[The regulator chief | said] simply not good enough for passengers"]
    ],
    [
      'Rail fares warning\n\nTrain firms were criticised by regulator chief, [[PERSON:Ann Carver]], and by regulator chief [[PERSON:Tom Ruddle]]. The regulator chief said the figures were "simply not good enough for passengers".',
      // (taken out in session 58 as a rolelink regression; back in session 59, helper enfix: the role written across
      // the comma is Ann Carver's too, so two persons hold it)
      ["[The regulator chief | said] simply not good enough for passengers"]
    ]
  ],
  "a role after a sentence that opens with the lead person": [
    [
      '[[PERSON:Blair]] rejects deal claim\n\n[[PERSON:Tony Blair]] has dismissed reports of a deal with [[PERSON:Gordon Brown]].\n\n"Nobody trades jobs in that way," the prime minister told the programme. A book says so. There was talk of a rift. But the prime minister said the claims were "pure invention".',
      ["[Tony Blair | told] Nobody trades jobs in that way", "[Tony Blair | said] pure invention"]
    ]
  ],
  "no lead person, or the sentence before opens with another: the phrase stays": [
    [
      'Mayor told to say sorry\n\n[[PERSON:Ken Livingstone]] should not say sorry, [[PERSON:Boris Johnson]] said. [[PERSON:Ken Livingstone]] says he stands by it. Later the prime minister said: "Everyone loses their temper sometimes."',
      ["[the prime minister | said] Everyone loses their temper sometimes"]
    ],
    [
      '[[PERSON:Brown]] makes appeal\n\n[[PERSON:Gordon Brown]] has made an appeal for unity. There was talk of a rift. But the prime minister said the claims were "pure invention".',
      ["[the prime minister | said] pure invention"]
    ]
  ],
  "the company: the organisation the title opens with, named last": [
    [
      '[[ORGANIZATION:North Coal]] sinks into loss\n\nShares in [[ORGANIZATION:North Coal]] fell after the group reported losses. [[ORGANIZATION:North Coal]] said it was making "real progress" in the business. It had introduced new wage deals. The company said these steps should "lift earnings sharply next year".',
      ["[North Coal | said] real progress", "[North Coal | said] lift earnings sharply next year"]
    ]
  ],
  "another organisation named last, or none in the title: the phrase stays": [
    [
      '[[ORGANIZATION:North Coal]] sinks into loss\n\nShares in [[ORGANIZATION:North Coal]] fell. [[ORGANIZATION:Pit Group]] said it was making "real progress" in the business. It had introduced new wage deals. The company said these steps should "lift earnings sharply next year".',
      ["[Pit Group | said] real progress", "[The company | said] lift earnings sharply next year"]
    ],
    ['Mine closures\n\nShares in [[ORGANIZATION:North Coal]] fell. It had introduced new wage deals. The company said these steps should "lift earnings sharply next year".', ["[The company | said] lift earnings sharply next year"]]
  ],
  "it: the organisation the sentence before opens with": [
    [
      'Fuel tax plan\n\n"We back aid, but why pick on us?" said [[PERSON:Hans Adler]], head of the pilots union. [[ORGANIZATION:The Commission]] sought to calm the pilots, stressing that no decision had been taken. It added that any levy "should not harm the airlines or their passengers".',
      ["[Hans Adler | said] We back aid, but why pick on us?", "[The Commission | added] should not harm the airlines or their passengers"]
    ]
  ],
  "no organisation in the sentence before: it stays with the chain": [
    [
      'Fuel tax plan\n\n"We back aid, but why pick on us?" said [[PERSON:Hans Adler]], head of the pilots union. The talks were only a first step. It added that any levy "should not harm the airlines or their passengers".',
      ["[Hans Adler | said] We back aid, but why pick on us?", "[Hans Adler | added] should not harm the airlines or their passengers"]
    ]
  ],
  "a name in the possessive, and a person after and": [
    [
      '[[PERSON:Kevin Keegan]] praised the striker. "He can get better," added [[PERSON:Kevin Keegan]]. [[PERSON:Robbie Fowler]]\'s double strike helped the team come back from two goals down and [[PERSON:Kevin Keegan]] sympathised with rival boss [[PERSON:Nigel Worth]] afterwards. "I feel a bit for Nigel," he said.',
      ["[Kevin Keegan | added] He can get better", "[Kevin Keegan | said] I feel a bit for Nigel"]
    ]
  ],
  "a name in the possessive with no such clause, or a plain subject: as before": [
    [
      'The pension plan was announced. On Monday [[PERSON:Tom Hardy]]\'s official spokesman declined to say whether he backed the plans. He said: "There is a process going on."',
      ["[Tom Hardy | said] There is a process going on"]
    ],
    [
      '[[PERSON:Kevin Keegan]] praised the striker. "He can get better," added [[PERSON:Kevin Keegan]]. [[PERSON:Robbie Fowler]] scored twice to help the team come back from two goals down. "I feel a bit for the other side," he said.',
      ["[Kevin Keegan | added] He can get better", "[Robbie Fowler | said] I feel a bit for the other side"]
    ]
  ],
  "a club's boss: the person quoted last, past a paper the chain pushed": [
    [
      'The row went on. At first [[PERSON:Arsene Wenger]] said only: "I have nothing to add to that story." But later, according to [[ORGANIZATION:The Herald]], he spoke to a small group of reporters. "I have no contact with him at all," the [[ORGANIZATION:Arsenal]] boss is quoted as saying.',
      ["[Arsene Wenger | said] I have nothing to add to that story", "[Arsene Wenger | saying] I have no contact with him at all"]
    ]
  ],
  "more bodies after the person: the phrase stays": [
    [
      'The row went on. [[PERSON:Alex Ferguson]] said: "It is a disgrace." [[ORGANIZATION:The Herald]] said the clubs had agreed to talk. [[ORGANIZATION:United]] said it "will not comment". [[ORGANIZATION:Chelsea]] said it "had no view on the matter". "I have no contact with him at all," the [[ORGANIZATION:Arsenal]] boss said.',
      ["[Alex Ferguson | said] It is a disgrace", "[United | said] will not comment", "[Chelsea | said] had no view on the matter", "[the Arsenal boss | said] I have no contact with him at all"]
    ]
  ]
})

// The title is the parse stage's when the caller gives one (the pipeline does), the text's first line otherwise: a
// line of site chrome before the title is no title, so the organisation that opens the given title counts.
describe("the company: the title the caller gives (forty-ninth session, review)", () => {
  const { text, entities } = parseMarked(
    'Home | Business\n[[ORGANIZATION:North Coal]] sinks into loss\n\nShares in [[ORGANIZATION:North Coal]] fell. [[ORGANIZATION:North Coal]] said it was making "real progress". It had introduced new wage deals. The company said these steps should "lift earnings sharply next year".'
  )
  const show = (title?: { start: number; end: number }) =>
    extractQuotes(text, { entities, ...(title === undefined ? {} : { title }) }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)
  const start = text.indexOf("North Coal")
  it("with the parse stage's title, the organisation opening it", () => {
    expect(show({ start, end: text.indexOf("\n", start) })).toContain("[North Coal | said] lift earnings sharply next year")
  })
  it("without one, the first line (site chrome) opens with no organisation: the phrase stays", () => {
    expect(show()).toContain("[The company | said] lift earnings sharply next year")
  })
})

