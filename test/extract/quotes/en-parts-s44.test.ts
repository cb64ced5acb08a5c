/**
 * English partial quotes of one or two words (forty-fourth session, helper enshort; docs/history/quotes.md): the words
 * in marks inside the clause an English speech verb reports, within its window, are the speaker's when they read as no
 * name, title or term: a predicate after a copula, a modifier or a noun inside a noun phrase, a word after `as`, `of`
 * or `with`. Not a capitalized word in or next to the marks, a number, an entity, a term's lead (`so-called`, `known
 * as`, `dubbed`, `the word`, a later item of such a list), one word right after the verb, a verb written with a
 * capital, `announced`/`suggests`, `claims` after no pronoun, `added` before its object. Sentences written for this
 * test in the style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English partial quotes of one or two words (forty-fourth session)", {
  "a predicate after a copula in reported speech": [
    ['[[PERSON:Ana Ruiz]] said the second-quarter sales were "sluggish" in most of the shops.', ["[Ana Ruiz | said] sluggish"]],
    ['[[PERSON:Tom Lake]] told reporters he was "deeply hurt" by the vote of the board.', ["[Tom Lake | told] deeply hurt"]],
    ['The club said the offer for its captain remained "too low" for a player of his age.', ["[The club | said] too low"]],
    // must not fire: a number in the marks, an entity over them, a capital right after them
    ['[[PERSON:Ana Ruiz]] said the rise in sales was "5%" short of the target.', []],
    ['[[PERSON:Tom Lake]] said his next film would be "[[MISC:Northern Lights]]" and not a sequel.', []],
    ['[[PERSON:Ana Ruiz]] said the singer was "Mad" Molly to her friends.', []]
  ],
  "a modifier or a noun inside a noun phrase": [
    ['[[PERSON:Ruth Dane]] said the firm had enjoyed a "bumper" year in its home market.', ["[Ruth Dane | said] bumper"]],
    ['The regulator warned that banks faced a "perfect storm" of bad loans and weak demand.', ["[The regulator | warned] perfect storm"]],
    ['[[PERSON:Tom Lake]] described the merger as a "shotgun wedding" between two tired brands.', ["[Tom Lake | described] shotgun wedding"]],
    // must not fire: a term's lead, a later item of a list of terms, a capitalized word before the marks
    ['[[PERSON:Ruth Dane]] said the so-called "buyback clause" would be dropped next year.', []],
    ['[[PERSON:Ruth Dane]] said shoppers dubbed "savers" and "spenders" had left the high street.', []],
    ['[[PERSON:Tom Lake]] said the bank had ended its Treasury "swap lines" in March.', []]
  ],
  "after of, with or another preposition": [
    ['[[PERSON:Ana Ruiz]] accused the minister of "stalling" on the pay deal for nurses.', ["[Ana Ruiz | accused] stalling"]],
    ['[[PERSON:Tom Lake]] said the talks had ended with "real warmth" on both sides.', ["[Tom Lake | said] real warmth"]],
    // must not fire: the words talked about right after the verb, a verb with a capital, a noun's plural
    ['The dictionary said "selfie" topped its list of new words.', []],
    ["The aide said the tariffs were needed because of the United States' growing \"trade bullying\" of the island.", []],
    ['The union will look into claims that staff were "bullied" by managers.', []]
  ],
  "no later marks go on with one or two words": [
    ['All three said the split was friendly, although [[PERSON:Ben Cole]] admitted he was "gutted" to hear of it. "This has been a hard choice," 20-year-old [[PERSON:Sam Reed]] revealed, "I hope the fans will understand."', ["[Ben Cole | admitted] gutted", "[Sam Reed | revealed] I hope the fans will understand"]]
  ],
  "verbs that report no short words": [
    // must not fire: `added` before its object, `announced` before a term, `suggests` with a finding for its subject
    ['The new coach added "flair" to a side that had lost six games in a row.', []],
    ['The chain announced it would scrap its "value" range of ready meals.', []],
    ['Data from the survey suggests there are "worrying" gaps in the rules.', []],
    // but `he claims` does
    ['[[PERSON:Ana Ruiz]] left the meeting early. She claims the board was "badly misled" on the costs.', ["[Ana Ruiz | claims] badly misled"]]
  ]
})
