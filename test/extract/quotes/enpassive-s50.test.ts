/**
 * English rules of the fiftieth session (helper enpassive, after the readings of BBC News English, E22 and E23): words
 * a passive of naming or judging puts in marks are the agent's after `by` (`passiveAgentCue`); a plural noun-verb
 * (`claims`) after a verb that takes it as object and its determiner, or after a preposition or a particle, is the noun
 * (`pluralNounVerb`); subject phrases: a glued hyphen inside the sentence's subject, `and` after a verb that opens a
 * clause's own subject, a relative word at the phrase's end, `meanwhile` with no comma and `since` between a subject and
 * its verb; `the minister`, `the mayor` are the one person named with a role of two words or more ending in that
 * word; `points out` and `concedes` are speech verbs. Sentences written for this test in the style of British news
 * copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English passive agents, noun-verbs and subject phrases (fiftieth session)", {
  "words in marks of a passive of naming or judging are the agent's after by": [
    ['Plans to shut the depot have been branded "a reckless gamble" by the [[ORGANIZATION:Liberal Democrats]].', ["[Liberal Democrats | branded] a reckless gamble"]],
    ['The scheme was described as "a national disgrace" by the shadow home secretary.', ["[the shadow home secretary | described] a national disgrace"]],
    ['The striker was fined £5,000 and "severely reprimanded" by the [[ORGANIZATION:Football Association]].', ["[Football Association | reprimanded] severely reprimanded"]],
    ['The plan was described as "reckless" and "unworkable" by the [[ORGANIZATION:Transport Union]].', ["[Transport Union | described] reckless", "[Transport Union | described] unworkable"]],
    ['[[PERSON:Tessa Hall]] has cut the number of new stadiums, in a move branded a "humiliating climbdown" by the Tories.', ["[Tories | branded] humiliating climbdown"]],
    ['The singer was called the "voice of a generation" by his friend and fellow broadcaster [[PERSON:Tom Varley]].', ["[Tom Varley | called] voice of a generation"]],
    // (the merge: `called` and an untagged agent ending in a plural is a group's usage, the forty-fifth session's rows)
    ['The smuggler was called "one of the busiest film pirates in the country" by the sentencing judge.', ["[the sentencing judge | called] one of the busiest film pirates in the country"]],
    ['Prices rose in what is called a "relief rally" by dealers.', []]
  ],
  "no agent: a participle of feeling or harm, a time, a gerund after by": [
    ['[[PERSON:Ana Hale]] said she was "shocked" by the decision.', ["[Ana Hale | said] shocked"]],
    ['[[PERSON:Ana Hale]] said the ticket outlets had been "bombarded" by fans.', ["[Ana Hale | said] bombarded"]],
    ['The side was labelled "the team to beat" by Friday.', []],
    ['The plan was criticised for "putting profit before safety" by cutting staff.', []]
  ],
  "a plural noun-verb after a verb that takes it as object, or after a particle, is the noun": [
    ['A Treasury spokesperson dismissed the new figures, saying it was "firmly within its borrowing limits".', ["[A Treasury spokesperson | saying] firmly within its borrowing limits"]],
    ['[[PERSON:Tony Blair]] spoke in Leeds. The prime minister shrugged off claims from rivals that he led a "tired government". He said: "We have delivered on every promise we made."', ["[Tony Blair | said] We have delivered on every promise we made"]]
  ],
  "the noun-verb with a subject of its own stays a verb": [
    ['The report claims the plan "will cost far more than anyone expected".', ["[The report | claims] will cost far more than anyone expected"]]
  ],
  "subject phrases: a glued hyphen, a clause after and, a relative word, meanwhile, since": [
    ['[[PERSON:Jo Penn]] won the prize. Shivering in a floor-length dress, the 40-year-old singer stopped to sign autographs and joked: "It is cold but I love it."', ["[Jo Penn | joked] It is cold but I love it"]],
    ['[[PERSON:Rob Kerr]] is ready to commit his future to the club. Initial discussions have begun and the defender said: "I want to stay here for years."', ["[Rob Kerr | said] I want to stay here for years"]],
    ['The government faced pressure from exporter groups which have publicly stated the currency could fall to "dangerous new lows".', ["[exporter groups | stated] dangerous new lows"]],
    ['The foreign secretary meanwhile said the "fairness" of the rebate remained. "We pay more than most other members," he said.', ["[The foreign secretary | said] fairness", "[The foreign secretary | said] We pay more than most other members"]],
    ['[[PERSON:Rob Kerr]] is keen to stay. He was dropped last year but has since responded with fine displays. "I want to stay here for years," he said.', ["[Rob Kerr | said] I want to stay here for years"]]
  ],
  "subject phrases that stay whole": [
    ['The chairman and chief executive said: "We are pleased with the results this year."', ["[The chairman and chief executive | said] We are pleased with the results this year"]],
    ['The [[ORGANIZATION:WHO]] said the appeal faced "a funding gap of many millions".', ["[WHO | said] a funding gap of many millions"]],
    ['Others, however, who had stayed away, continued to warn that the "market could crash without notice".', ["[Others | continued] market could crash without notice"]]
  ],
  "the minister, the mayor: the one person named with a role of two words or more ending in that word": [
    ['Justice Minister [[PERSON:Cathy Hale|Justice Minister]] has dropped the plan. The minister said: "Closer co-operation will serve the prisons well."', ["[Cathy Hale | said] Closer co-operation will serve the prisons well"]],
    ['London mayor [[PERSON:Ken Stone|London mayor]] refused to apologise. "I will not say sorry for this," the mayor said.', ["[Ken Stone | said] I will not say sorry for this"]]
  ],
  "a role of the word alone (its qualifier perhaps cut), and the chancellor, stay phrases": [
    ['Shadow minister [[PERSON:Oliver Hart|minister]] attacked the plan. The minister said: "This is a waste of public money."', ["[The minister | said] This is a waste of public money"]],
    ['Shadow chancellor [[PERSON:Oliver Hart|chancellor]] attacked the plan. The chancellor said: "This is a waste of public money."', ["[The chancellor | said] This is a waste of public money"]]
  ],
  "points out and concedes are speech verbs": [
    ['"These people are trying to work every day," [[PERSON:Sam Hadi]] points out.', ["[Sam Hadi | points out] These people are trying to work every day"]],
    ['[[PERSON:Craig Hart]] runs the festival. "It has grown awfully fast in three years," he concedes.', ["[Craig Hart | concedes] It has grown awfully fast in three years"]]
  ]
})
