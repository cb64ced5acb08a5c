import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The forty-ninth session's lead rule (docs/history/quotes.md, "Forty-ninth session: lead"): in speech that went on
 * over paragraphs the scrape joined, the sentence before the next paragraph's opening mark may end inside words quoted
 * in the quote (`saying 'what now?' "To …`); the single closing mark glued to the stop no longer hides the stop, so the
 * straight mark opens the next quote instead of closing the first. Sentences written for these tests in the style of
 * the wires; `[[TYPE:text]]` marks become entities. The table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "English: a joined paragraph after words quoted inside that end the sentence": [
    [
      '"In the tunnel they were calling my players cheats," [[PERSON:Tom Hale]] said. "He came at me shouting \'what are you going to do about it?\' "Not to say sorry to another manager after that is beyond me."',
      [
        "[Tom Hale | said] In the tunnel they were calling my players cheats",
        "[Tom Hale | null] He came at me shouting 'what are you going to do about it?'",
        "[Tom Hale | null] Not to say sorry to another manager after that is beyond me"
      ]
    ],
    [
      '[[PERSON:Ann Cole]] said: "The players were told to ask the referee \'can we take it quickly?\' "If he says yes, the game goes on at once."',
      ["[Ann Cole | said] The players were told to ask the referee 'can we take it quickly?'", "[Ann Cole | null] If he says yes, the game goes on at once"]
    ],
    [
      '[[PERSON:Ann Cole]] said: "You drop the first set and you begin to feel: \'Today is not going to work.\' "Then you find a way back into the match."',
      ["[Ann Cole | said] You drop the first set and you begin to feel: 'Today is not going to work.'", "[Ann Cole | null] Then you find a way back into the match"]
    ],
    // must not fire: the straight mark after the single closing mark is glued to the word before it (it closes)
    [
      '[[PERSON:Ann Cole]] said: "The referee asked us \'can we take it quickly?\'" and the game went on.',
      ["[Ann Cole | said] The referee asked us 'can we take it quickly?'"]
    ],
    // must not fire: no stop before the single closing mark (the quoted words end mid-sentence)
    [
      '[[PERSON:Ann Cole]] said: "The referee told us to \'take it quickly\' "because the light was going."',
      ["[Ann Cole | said] The referee told us to 'take it quickly'"]
    ]
  ]
}

describeQuoteTables("a joined paragraph after quoted words that end the sentence (forty-ninth session, lead)", tables)
