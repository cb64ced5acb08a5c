/**
 * English speakers (forty-fourth session, helper english): a compound glued by its hyphen is part of the subject before
 * a verb (`The 33-year-old criticised`, `The Leeds-based firm said`), so an age or an epithet written with one stands for
 * the person named before; when no sentence before opens with a person, the person the sentence right before introduces
 * with a relative clause (`… in the form of Tessa Bright, who plays …`) is the one an age stands for; a capitalized word
 * glued after a hyphen (`the ex-Wallaby`) is no name; a participle of relaying ends the subject after a verb (`said one trader
 * quoted by Kyodo`); a verb of manner right after the comma that closes a quote attributes it (`"…," grins one dealer`);
 * `say` between commas with a lower-case subject after it (`Abroad, too, say economists, …`) is a parenthetical
 * attribution whose subject speaks. `he`: a person inside an adverbial clause after the subject's comma (`Ireland, despite
 * having X out injured, …`) is no subject; a sentence that names nobody but holds `he` refers to the one before it, when
 * that one opens with the person; a person after `said` that ends its sentence is its subject, comma or not; `he` after a
 * sentence whose speech verb has a person right before it, past a relative clause between dashes (`Jo Hill - who was
 * jailed - said …`), is that person; `but` with no comma before a subject of its own (`… but his lawyer, X, told … and
 * added:`) opens a clause whose subject a later `and added` shares; a person and the full stop right after a quote's
 * closing comma, with no verb (`"…," Mr Bootle.`, a slip of the source), is its speaker; a year (`had in 1997 complained`) and
 * `afterwards` stand between a subject and its verb; a relative clause after `, who` too long for an apposition stands
 * for the name before it.
 * Sentences written for this test in the style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describe, expect, it } from "vitest"
import enFile from "../../../src/lexicons/quotes/en.json" with { type: "json" }
import { EnglishQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers (forty-fourth session)", {
  "a compound glued by its hyphen is part of the subject": [
    [
      'Veteran striker [[PERSON:Carl Brandt]] was fined on Monday. The 33-year-old criticised the decision. "I have done nothing wrong and I will appeal," he said.',
      ["[Carl Brandt | said] I have done nothing wrong and I will appeal"]
    ],
    [
      'The band\'s frontman [[PERSON:Joe Rusk]] is back. The 38-year-old chart-topper told reporters that he wanted to "try something completely new".',
      ["[Joe Rusk | told] try something completely new"]
    ],
    ['The Leeds-based firm said profits would "fall sharply this year".', ["[The Leeds-based firm | said] fall sharply this year"]]
  ],
  "a person introduced with a relative clause after a subject that names nobody": [
    [
      'The stars arrived together. Singer [[PERSON:Mia Lowe]] told reporters the night was "long, loud and cold". The youngest guests came in the form of [[PERSON:Tessa Bright]], who plays the lead in the series. The 15-year-old said she hoped to meet the cast but joked that "they are far too famous for me".',
      ["[Mia Lowe | told] long, loud and cold", "[Tessa Bright | joked] they are far too famous for me"]
    ]
  ],
  "a sentence that opens with a person keeps its subject": [
    [
      '[[PERSON:Dan Cole]] won the race well ahead of [[PERSON:Rob Hale]], who finished third. The world indoor champion said: "I was ill all week and nearly went home."',
      ["[Dan Cole | said] I was ill all week and nearly went home"]
    ]
  ],
  "a participle of relaying ends the subject after the verb": [
    [
      'Shares rose sharply. "The position looks sensible for now," said one trader quoted by the [[ORGANIZATION:Kyodo]] news agency.',
      ["[one trader | said] The position looks sensible for now"]
    ],
    ['Sales slipped. "There is less money about for new acts," said one singer cited in the survey.', ["[one singer | said] There is less money about for new acts"]]
  ],
  "a verb of manner right after the quote's closing comma": [
    [
      'Trading was brisk. "You could call it a peace bonus," grins one dealer. "Let us see how long it lasts."',
      ["[one dealer | grins] You could call it a peace bonus", "[one dealer | null] Let us see how long it lasts"]
    ],
    [
      'Mr [[PERSON:Hale]] said: "We are united behind the plan." But the pair were all smiles on Friday, as they unveiled a poster promising "the lowest taxes in thirty years".',
      ["[Hale | said] We are united behind the plan"]
    ]
  ],
  "say and a lower-case subject between commas": [
    [
      'Mr [[PERSON:Rana]] spoke first. Abroad, too, say economists, the mood has lifted. "It is a peace bonus and it will last."',
      ["[economists | null] It is a peace bonus and it will last"]
    ],
    [
      '[[PERSON:Jo Banks]], an MP for the city, said the row would fade, and added: "People will soon forget it."',
      ["[Jo Banks | added] People will soon forget it"]
    ]
  ],
  "he: not a person inside an adverbial clause after the subject's comma": [
    [
      'Coach [[PERSON:Ed Sullivan]] said: "We have a depth of talent." Ireland, despite having [[PERSON:Sean Daly]] on the injury list, are lifted by the comeback of captain [[PERSON:Brian Kerr]] who sat out the last match. "Everyone is hungry for this one," he said.',
      ["[Ed Sullivan | said] We have a depth of talent", "[Brian Kerr | said] Everyone is hungry for this one"]
    ]
  ],
  "he: a sentence that names nobody but holds he refers to the one before it": [
    [
      'England have called up [[PERSON:Dan Bell]]. [[PERSON:Dan Bell]], 30, had set his sights on Wales. But last year, the [[ORGANIZATION:International Rugby Board]] ruled that he was eligible for England alone. "I thought I had burned all my bridges," he said.',
      ["[Dan Bell | said] I thought I had burned all my bridges"]
    ],
    [
      'Actress [[PERSON:Ann Lee]] said: "We are all ready for tonight." [[PERSON:Tom Reed]] faces [[PERSON:Jo Bern]] in the final. The crowd cheered when he arrived. "It is very loud here tonight," he told reporters.',
      ["[Ann Lee | said] We are all ready for tonight", "[Tom Reed | told] It is very loud here tonight"]
    ]
  ],
  "he: after such a sentence, no object and no passive agent": [
    [
      'Actress [[PERSON:Ann Lee]] said: "We are all ready for tonight." The star faces competition from [[PERSON:Jo Bern]] in the category. The crowd screamed when he arrived. "It is very loud here tonight," he told reporters.',
      ["[Ann Lee | said] We are all ready for tonight", "[Ann Lee | told] It is very loud here tonight"]
    ],
    [
      '[[PERSON:Don Young]] lost in the first round. But the wildcard was beaten by fellow American [[PERSON:Rob Hale]] in straight sets. Despite that he was happy with his debut. "It was fun and I had my chances," he said.',
      ["[Don Young | said] It was fun and I had my chances"]
    ]
  ],
  "a person after said who ends the sentence, with no comma before the verb": [
    [
      '[[PERSON:Carl Gavin]] wrote: "Games are a fine way to learn." There are games on the market with such elements said Mr [[PERSON:Owen]]. "Even in the worst games it is not the violence that counts," he said.',
      ["[Carl Gavin | wrote] Games are a fine way to learn", "[Owen | said] Even in the worst games it is not the violence that counts"]
    ],
    ['Mr [[PERSON:Gavin]] said Mr [[PERSON:Owen]] was wrong. "It is not the violence that counts at all," he said.', ["[Gavin | said] It is not the violence that counts at all"]]
  ],
  "he: the person before the speech verb of the sentence before, past a relative clause": [
    [
      'In a statement, Mr [[PERSON:Blair]] said the families deserved "to be fully and publicly cleared". However, one of the so-called Bristol Four, [[PERSON:Gerry Conlon]] - who was wrongly jailed - said the families were delighted. He said Mr [[PERSON:Blair]] had spoken with "such care", adding: "He went far beyond what we had expected of him."',
      ["[Blair | said] to be fully and publicly cleared", "[Gerry Conlon | said] such care", "[Gerry Conlon | adding] He went far beyond what we had expected of him"]
    ],
    [
      'In a statement, Mr [[PERSON:Blair]] said the families deserved "to be fully and publicly cleared". However, one of the so-called Bristol Four, [[PERSON:Gerry Conlon]], who was wrongly jailed, said the families were delighted. He said Mr [[PERSON:Blair]] had spoken with "such care", adding: "He went far beyond what we had expected of him."',
      ["[Blair | said] to be fully and publicly cleared", "[Gerry Conlon | said] such care", "[Gerry Conlon | adding] He went far beyond what we had expected of him"]
    ],
    [
      'Mr [[PERSON:Blair]] said: "We are deeply sorry for it." The families said they had written to [[PERSON:Gerry Conlon]] on Monday. "It is a great day for all of us," he said.',
      ["[Blair | said] We are deeply sorry for it", "[Blair | said] It is a great day for all of us"]
    ]
  ],
  "but with no comma before a subject of its own": [
    [
      'US [[ORGANIZATION:Customs]] claimed Mr [[PERSON:Pryce]] ran the network but his lawyer, [[PERSON:Alan Whitby]], told the BBC the claim was absurd and added: "He was on benefits and owned a ten-year-old laptop."',
      ["[Alan Whitby | added] He was on benefits and owned a ten-year-old laptop"]
    ],
    ['Shadow minister [[PERSON:Owen Hart]] called the scheme "a fine way of wasting money" but said he would not oppose it.', ["[Owen Hart | called] a fine way of wasting money"]]
  ],
  "a person and the full stop right after the quote's comma, with no verb": [
    ['[[ORGANIZATION:Deloitte]] said rates would fall. "It could well be the beginning of a tougher year for shoppers," Mr [[PERSON:Barlow]].', ["[Barlow | null] It could well be the beginning of a tougher year for shoppers"]],
    ['[[ORGANIZATION:Deloitte]] said rates would fall. "It could well be the beginning of a tougher year for shoppers," Mr [[PERSON:Barlow]] warned.', ["[Barlow | warned] It could well be the beginning of a tougher year for shoppers"]]
  ],
  "a year and afterwards between the subject and its verb": [
    ['Mr [[PERSON:Howard]] pointed to how [[PERSON:Tony Blair]] had in 1997 complained about "nasty and personal attacks".', ["[Tony Blair | complained] nasty and personal attacks"]],
    ['Model [[PERSON:Tamsin]], who left in the third eviction, afterwards said: "I feel great, I am really pleased to be home."', ["[Tamsin | said] I feel great, I am really pleased to be home"]]
  ],
  "a long relative clause after who stands for the name before it": [
    ['Lord [[PERSON:Goldsmith]] has denied being "leaned on" by anyone. Mr Mates, who sits on the defence and security committee of the house and was part of the long inquiry into the pre-war claims, told the BBC on Friday: "That, broadly speaking, is correct."', ["[Mr Mates | told] That, broadly speaking, is correct"]],
    ['[[PERSON:Jo Hale]] spoke first. The committee, which met for the first time in the long history of the 37% club, said: "That, as a general rule, is right."', ["[Jo Hale | said] That, as a general rule, is right"]],
    ['[[PERSON:Ann Cole]] spoke to the men, who were arrested in May after a long and difficult inquiry into the missing funds, and told reporters: "They did nothing wrong."', ["[Ann Cole | told] They did nothing wrong"]]
  ],
  "a capitalized word glued after a hyphen is no name": [
    [
      '[[PERSON:Sam Reid]] spoke on Friday. And the ex-Wallaby added: "They will struggle without their captain."',
      ["[the ex-Wallaby | added] They will struggle without their captain"]
    ]
  ]
})

describe("the mannerVerbs list (forty-fourth session)", () => {
  it("is required, with no form twice and none a speech verb of its own", () => {
    const file = decodeLexicon(EnglishQuotesFile, "quotes/en")(enFile)
    expect(new Set(file.mannerVerbs).size).toBe(file.mannerVerbs.length)
    for (const form of file.mannerVerbs) expect(file.verbs).not.toContain(form)
    const { mannerVerbs: _gone, ...without } = enFile
    expect(() => decodeLexicon(EnglishQuotesFile, "quotes/en")(without)).toThrow(LexiconError)
  })
})
