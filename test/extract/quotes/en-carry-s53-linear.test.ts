import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-third session's English rules of helper encarry (docs/history/quotes.md, "Fifty-third session: encarry")
 * read a bounded window however long the text: the sentence between two quotes is read only when the quotes are at most
 * 24 tokens apart; the clause after `but` at most 40 tokens into the sentence before a pronoun; a `where` clause at
 * most 12 tokens to its verb; `and` inside a role at most 5 words to a name; a name before `himself`, the `!` of a name,
 * a slogan's noun and a passive's body before `they` are read at one place each. Texts with no paragraph break: many
 * quotes with sentences between them, many `but` clauses before `he`, many marks before `where` with no punctuation.
 */
const cases: Record<string, (n: number) => string> = {
  "sentences with their own subject between quotes": (n) => "Ana Ruiz said: \"We need a change.\" " + "But her agent insisted she had merely postponed the trip. \"The physios check on her every morning.\" Ana Ruiz warned that it was hard. \"Nobody knows yet.\" ".repeat(n),
  "but clauses before he, one paragraph": (n) => "Ana Ruiz said: \"We need a change.\" " + "France have been criticised for a lack of \"flair\" but captain Ana Ruiz sees hope. \"I get the feeling we are better,\" he said. ".repeat(n),
  "but clauses with no full stop": (n) => "France have been criticised " + "but the side remain unbeaten and ".repeat(n),
  "marks before where with no punctuation": (n) => "The vote comes after " + "a \"heated session\" where several junior people argued against the plan and ".repeat(n) + ", party sources told reporters.",
  "names with ! and roles with and": (n) => "Protests have gone on. " + "Ana Ruiz of campaign group Shoutback! said they were \"turning a new page\" according to legal and policy adviser Ana Ruiz. ".repeat(n),
  "they after passives, himself, slogans": (n) => "The reform is likely to be resisted by the Green Alliance. They have said the proposal is \"poorly costed\". Ana Ruiz himself was unmoved. \"It is wrong,\" he said. Under the slogan \"Towns Come First\", the minister insisted. ".repeat(n)
}

linearQuoteCases("fifty-third session, English carry-on: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Green Alliance", "ORGANIZATION"], ["Shoutback", "ORGANIZATION"]]), 200)
