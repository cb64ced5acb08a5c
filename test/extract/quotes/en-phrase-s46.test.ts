/**
 * English rules of the forty-sixth session (helper enphrase, after the E19 reading): a verb of thanking, hoping,
 * praising, welcoming or blaming (`phraseVerbs`) gives three words or more in marks inside its clause to its named
 * subject or its pronoun (`phraseCue`); `he`/`she` opening a sentence after one whose subject spoke first and a later cue
 * named another person stands for the subject (`mainSpeakerBefore`); an article after an adverbial's object opens the
 * subject (`to US regulators the airline warned`), a clause that `when` opens has its own subject for a verb after `and`,
 * a passive verb after a quote attributes nothing, and an according phrase with no comma ends at an article after a
 * name (`According to Mr Dunn the prime minister said:`, the book's author is no speaker there). Sentences written for this test in the style of British news
 * copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English phrase verbs, the main subject, speaker phrases (forty-sixth session)", {
  "a verb of thanking, hoping, welcoming or blaming gives the marks to its subject": [
    [
      'The band played for two hours.\n\n[[PERSON:Lena Moss]] thanked fans "for sticking with us all these years". The tour ends in May.',
      ["[Lena Moss | thanked] for sticking with us all these years"]
    ],
    [
      'The club confirmed the signing on Friday. [[PERSON:Tom Varley]], the chairman, said: "He is the player we wanted." He hoped the striker would "give the whole squad a lift".',
      ["[Tom Varley | said] He is the player we wanted", "[Tom Varley | hoped] give the whole squad a lift"]
    ],
    [
      '[[PERSON:Ruth Ellery]] welcomed the minister\'s "willingness to listen to patients" on the new plan.',
      ["[Ruth Ellery | welcomed] willingness to listen to patients"]
    ],
    [
      "The inquiry reported on Tuesday. [[ORGANIZATION:The Transport Committee]] blamed the rail operator for a \"complete lack of planning\" over the winter.",
      ["[The Transport Committee | blamed] complete lack of planning"]
    ]
  ],
  "no named subject, a passive or a name in marks: nothing": [
    ['The minister was praised for her "calm handling of the crisis" by colleagues.', []],
    ['Fans thanked the band for "the best night of the year" after the gig.', []],
    ['[[PERSON:Lena Moss]] thanked "Big Star Records" for the deal.', []]
  ],
  "he or she after a sentence whose subject spoke first is that subject": [
    [
      'The director spoke at length. [[PERSON:Sam Okoro]] said he had met [[PERSON:Ada Finch]], who had told him the villain could "stand for any power that curbs the freedom of the people". He added: "I have no wish to soften the villains of the story."',
      ["[Ada Finch | told] stand for any power that curbs the freedom of the people", "[Sam Okoro | added] I have no wish to soften the villains of the story"]
    ]
  ],
  "the subject inverted at the sentence's end stays the pronoun's": [
    [
      'The barrister who had acted for [[PERSON:Tom Hale]] had said the rules were "tilted heavily" towards the owner, said [[PERSON:Rita Lowe]]. He said: "There has not been enough clarity about it."',
      ["[Tom Hale | said] tilted heavily", "[Rita Lowe | said] There has not been enough clarity about it"]
    ]
  ],
  "speaker phrases: an adverbial's object, a when-clause, a passive after the quote": [
    [
      "Shares in [[ORGANIZATION:Skyway Air]] fell sharply.\n\nIn a filing to [[LOCATION:US]] regulators the airline warned of \"a serious shortage of cash\" if talks fail.",
      ["[the airline | warned] a serious shortage of cash"]
    ],
    ['This week a judge claimed cheap drink was creating "a culture of violence on our streets" in town centres.', ["[a judge | claimed] a culture of violence on our streets"]],
    [
      '[[PERSON:Ned Marsh]] was the victim of one famous slip in 1950 when the host opened the envelope and declared "come on up and take it, Ned" before the error was seen.',
      ["[the host | declared] come on up and take it, Ned"]
    ],
    [
      'Voters will be asked on the day: "Should the country adopt the new voting system for all elections?" The council published the question which will be put earlier in the week.',
      ["[null | null] Should the country adopt the new voting system for all elections?"]
    ]
  ],
  "a book's author before the man it quotes": [
    [
      'The memoir, by journalist [[PERSON:Ray Dunn]], covers the years in office. According to Mr Dunn the prime minister said: "Give me one more year and I will then step aside."',
      ["[the prime minister | said] Give me one more year and I will then step aside"]
    ],
    [
      'The report was published in March. In a report published last July the health committee stated there was a "real danger of delay" in the plans.',
      ["[the health committee | stated] real danger of delay"]
    ]
  ],
  "shapes that stay as they were": [
    ['"The plan will not survive the summer recess," according to [[PERSON:Ray Dunn]] the author.', ["[Ray Dunn | according to] The plan will not survive the summer recess"]],
    ['"We will not give up without a fight," Mr Kapor is reported as saying.', ["[Mr Kapor | reported] We will not give up without a fight"]],
    [
      '[[PERSON:Jo Penn]], head of policy at health charity the Penrose Trust said the plan was unfair. "It would push people away from care," she said.',
      ["[Jo Penn | said] It would push people away from care"]
    ]
  ]
})
