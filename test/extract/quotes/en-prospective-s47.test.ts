import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A speech verb after a form of `be`, a word of time to come and `to` (`he was due to say`, `she is expected to tell`;
 * docs/history/quotes.md, "Forty-seventh session: three fresh samples at the start"): the subject ends before `be`, so
 * a pronoun there resolves to the person named before instead of giving the phrase `he was due to` as the speaker.
 * Sentences written for these tests in the style of a wire; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "`be` + a word of time to come + `to` before the verb": [
    ['[[PERSON:Margaret Hale]] will open the party conference in Leeds on Friday. "We have listened to the people who run our schools and hospitals," she was due to say. "Now we will let them get on with it."', ["[Margaret Hale | say] We have listened to the people who run our schools and hospitals", "[Margaret Hale | null] Now we will let them get on with it"]],
    ['[[PERSON:Tom Brennan]] faces the committee next week. "The figures were never hidden from anyone," he is expected to say in his evidence.', ["[Tom Brennan | say] The figures were never hidden from anyone"]],
    ['"This is the last chance for a deal this year," she was due to say on Monday, a day before [[PERSON:Anna Ruiz]] arrives.', ["[null | say] This is the last chance for a deal this year"]]
  ],
  "a name before the phrase (read as before)": [
    ['"This is the last chance for a deal this year," [[PERSON:Anna Ruiz]] was set to say on Monday.', ["[Anna Ruiz | say] This is the last chance for a deal this year"]]
  ],
  "must not change: the plain verb and its auxiliary": [
    ['[[PERSON:Margaret Hale]] spoke in Leeds. "We have listened to the people who run our schools," she said.', ["[Margaret Hale | said] We have listened to the people who run our schools"]],
    ['[[PERSON:Tom Brennan]] faces the committee. "The figures were never hidden," he has told MPs.', ["[Tom Brennan | told] The figures were never hidden"]]
  ]
}

describeQuoteTables("English: a speech verb after `was due to`, `is expected to` (forty-seventh session)", tables)
