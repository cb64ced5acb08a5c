/**
 * English quotes cut or missed by their marks and paragraphs, and non-names as speakers (forty-fifth session, helper
 * enpara): a short sentence in marks that opens a paragraph right after a paragraph whose last sentence attributed a
 * quote goes on with that quote's speaker; a mark glued to an editor's bracket after a sentence's end opens the next
 * quote of a run the scrape joined; a line break inside an open quote between two Latin words, the second in lower case,
 * goes on with the paragraph; a straight mark inside an open English quote that opens a short term (`"fake"`) nests when
 * the open quote's closing mark or the next quote's opening mark follows it; `X, from Y told` after a quote is X's; a
 * contracted pronoun (`I'd`, `we'll`) is the pronoun, never a name.
 * Sentences written for this test in the style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describe, expect, it } from "vitest"
import enFile from "../../../src/lexicons/quotes/en.json" with { type: "json" }
import { EnglishQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English spans and speakers (forty-fifth session)", {
  "a short sentence in marks opening the paragraph after an attributed quote": [
    [
      '"Our people fought the settlers and were called savages for it," said [[PERSON:Mr Grant|Mr]].\n\n"This must not be repeated on screen." Filming is due to start in May.',
      ["[Mr Grant | said] Our people fought the settlers and were called savages for it", "[Mr Grant | null] This must not be repeated on screen"]
    ],
    [
      '[[PERSON:Ann Lee]] said: "We have done all we could for the club."\n\n"It is over now." The board meets on Monday.',
      ["[Ann Lee | said] We have done all we could for the club", "[Ann Lee | null] It is over now"]
    ],
    // (not after another sentence in the paragraph before: nothing attributes the marks)
    [
      '"Our people fought the settlers and were called savages for it," said [[PERSON:Mr Grant|Mr]]. The studio declined to comment.\n\n"This must not be repeated on screen." Filming is due to start in May.',
      ["[Mr Grant | said] Our people fought the settlers and were called savages for it"]
    ],
    // (not words that are no sentence: a slogan or a title)
    [
      '"Our people fought the settlers and were called savages for it," said [[PERSON:Mr Grant|Mr]].\n\n"Pirates of the deep" opens in May in cinemas across the country.',
      ["[Mr Grant | said] Our people fought the settlers and were called savages for it"]
    ]
  ],
  "a mark glued to an editor's bracket opens the next quote of a joined run": [
    [
      '"The tour is a huge media event," said [[PERSON:Clive Ward]], the head coach. "The press and the fans will follow every step. "We need a plan to deal with the pressure. "[Alan] will advise us before and during the tour. His job is to work with me and the team manager." Ward is due back on Monday.',
      [
        "[Clive Ward | said] The tour is a huge media event",
        "[Clive Ward | null] The press and the fans will follow every step",
        "[Clive Ward | null] We need a plan to deal with the pressure",
        "[Clive Ward | null] [Alan] will advise us before and during the tour. His job is to work with me and the team manager"
      ]
    ],
    // (a bracket that holds no word opens nothing)
    [
      '"The tour is a huge media event," said [[PERSON:Clive Ward]]. "There will be a lot of interest from the fans. "[...] and we will be ready for all of it."',
      ["[Clive Ward | said] The tour is a huge media event", "[Clive Ward | null] There will be a lot of interest from the fans"]
    ]
  ],
  "a line break inside an open quote between Latin words": [
    [
      '[[PERSON:Owen Lloyd]] said: "What I mean is that the part they played was not the right one, like an\n\nundercover agent\n\nand perhaps stirring things up so it looked like the rebels were to blame." The show also heard from others.',
      ["[Owen Lloyd | said] What I mean is that the part they played was not the right one, like an\n\nundercover agent\n\nand perhaps stirring things up so it looked like the rebels were to blame"]
    ],
    // (no open mark before the break: a paragraph of its own)
    [
      '[[PERSON:Owen Lloyd]] said the plan was a "step too far" for the group\n\nand perhaps "for the whole town and its council".',
      ["[Owen Lloyd | said] step too far"]
    ],
    // (a capital after the break: a new paragraph)
    [
      '[[PERSON:Owen Lloyd]] said: "What I mean is that the part they played was not the right one\n\nThe show also heard from others who were there at the time.',
      ["[Owen Lloyd | said] What I mean is that the part they played was not the right one"]
    ]
  ],
  "a short term in marks inside an open English quote": [
    [
      '[[PERSON:Fred Shaw]] said: "At that meeting the striker told the coach that he planned to "stage" a knock at practice and leave the pitch. "He also agreed to say sorry to the squad."',
      ["[Fred Shaw | said] At that meeting the striker told the coach that he planned to \"stage\" a knock at practice and leave the pitch", "[Fred Shaw | null] He also agreed to say sorry to the squad"]
    ],
    [
      '[[PERSON:Jo Bell]] spoke. "You lie; you skip work because you "had things to do at home"; you turn down dinner," he wrote.',
      ['[Jo Bell | wrote] You lie; you skip work because you "had things to do at home"; you turn down dinner']
    ],
    // (a quote the writer left open before a second one: `She added:` opens the next mark, no closer)
    [
      '[[PERSON:Ann Lee]] said the plan had been "bold and new, but demand had not been "enough to keep it going". She added: "It was not the only one to fail."',
      // (session 58, enquote8's unclosedPieceCut: the open piece ends at its comma before `but`, and the next mark opens
      // the second piece)
      ["[Ann Lee | said] bold and new", "[Ann Lee | said] enough to keep it going", "[Ann Lee | added] It was not the only one to fail"]
    ],
    // (a sentence's end before the mark: a quote left open and a second one)
    [
      '[[PERSON:Ann Lee]] said waiting lists were "only a small part of the job. Her rival said staff wanted calm after "years of change" and "a real break from reform".',
      // (session 58, enquote8's unclosedPieceCut: the open piece ends at its first sentence end)
      ["[Ann Lee | said] only a small part of the job", "[Her rival | said] years of change", "[Her rival | said] a real break from reform"]
    ]
  ],
  "a person, from a body, told with no comma after the body": [
    [
      '"Growth will stay fragile and exposed to a rise in rates," [[PERSON:Paul Ferrand]], from Banque [[ORGANIZATION:Credit Lyonnais]] told Reuters.',
      ["[Paul Ferrand | told] Growth will stay fragile and exposed to a rise in rates"]
    ],
    [
      '"Growth will stay fragile this year," [[PERSON:Paul Ferrand]], of [[ORGANIZATION:Credit Lyonnais]] said.',
      ["[Paul Ferrand | said] Growth will stay fragile this year"]
    ],
    // (no person before the comma: the body speaks)
    [
      '"Growth will stay fragile this year," analysts, from [[ORGANIZATION:Credit Lyonnais]] told Reuters.',
      ["[Credit Lyonnais | told] Growth will stay fragile this year"]
    ]
  ],
  "a contracted pronoun is the pronoun": [
    [
      "I'd say that the risk of a strike on the city is a \"When\" not an \"If\" question and nothing more.\n\nThe writer recalls a line attributed to [[PERSON:Tom Baker]]. \"A state that trades liberty for safety will end up with neither.\"",
      ["[Tom Baker | null] A state that trades liberty for safety will end up with neither"]
    ],
    [
      '[[PERSON:Sara Kent]] met the panel on Friday. "We have no choice but to go ahead with the plan," she\'d said.',
      ["[Sara Kent | said] We have no choice but to go ahead with the plan"]
    ],
    // (a name with an apostrophe is a name)
    ['"We have no choice but to go ahead with the plan," [[PERSON:Mr O\'Dell|Mr]] said.', ["[Mr O'Dell | said] We have no choice but to go ahead with the plan"]]
  ]
})

describe("the pronounContractions list (forty-fifth session)", () => {
  it("is required, with no ending twice, each an apostrophe and letters", () => {
    const file = decodeLexicon(EnglishQuotesFile, "quotes/en")(enFile)
    const forms = file.pronounContractions.forms
    expect(new Set(forms).size).toBe(forms.length)
    for (const form of forms) expect(form).toMatch(/^'[a-z]+$/)
    const { pronounContractions: _gone, ...without } = enFile
    expect(() => decodeLexicon(EnglishQuotesFile, "quotes/en")(without)).toThrow(LexiconError)
  })
})
