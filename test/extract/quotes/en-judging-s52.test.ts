/**
 * English verbs of judging and the pronoun after an opening clause (fifty-second session, helper enjudge;
 * docs/history/quotes.md, "Fifty-second session: enjudge (second round)"): a person named inside a clause that opens
 * the sentence (`While saying he admired Mr Brown's …,`) is no subject of it, and a main clause that opens with `he`
 * refers to the sentence before (`openingClauseEnd`). Sentences written for this test in the style of British wire
 * copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English verbs of judging and opening clauses (fifty-second session)", {
  "a person inside an opening clause is no subject": [
    ['In a letter to party members [[PERSON:Alan Reid]] wrote: "It is time for a change at the top of this party." While saying he admired [[PERSON:Mr Brown]]\'s "steady" handling of the economy, he bitterly criticised the party\'s stance on tax. "The party has lost its way on the issues that matter most to voters," he wrote.', ["[Alan Reid | wrote] It is time for a change at the top of this party", "[Alan Reid | wrote] The party has lost its way on the issues that matter most to voters"]],
    ['In a letter to party members [[PERSON:Alan Reid]] wrote: "It is time for a change at the top of this party." While saying he admired [[PERSON:Mr Brown]]\'s "steady" handling of the economy, he also criticised the party\'s stance on tax. "The party has lost its way on the issues that matter most to voters," he wrote.', ["[Alan Reid | wrote] It is time for a change at the top of this party", "[Alan Reid | wrote] The party has lost its way on the issues that matter most to voters"]],
    ['[[PERSON:Jo Hill]] said: "We will fight this closure all the way." After meeting [[PERSON:Mr Brown]] at the conference in Brighton, [[PERSON:Sam Ode]] toured the plant. "It makes no sense for the region at all," he said.', ["[Jo Hill | said] We will fight this closure all the way", "[Sam Ode | said] It makes no sense for the region at all"]],
    ['[[PERSON:Jo Hill]] said: "We will fight this closure all the way." Although he praised [[PERSON:Mr Brown]]\'s record on jobs, [[PERSON:Sam Ode]] voted against the plan. "It makes no sense for the region at all," he said.', ["[Jo Hill | said] We will fight this closure all the way", "[Sam Ode | said] It makes no sense for the region at all"]],
    // must not change: the clause's own subject right after its lead, a short adverbial phrase
    ['[[PERSON:Jo Hill]] said: "We will fight this closure all the way." When [[PERSON:Sam Ode]] arrived at the hall in Leeds, he was greeted by loud cheers. "This is a great day for the town," he said.', ["[Jo Hill | said] We will fight this closure all the way", "[Sam Ode | said] This is a great day for the town"]],
    ['[[PERSON:Jo Hill]] said: "We will fight this closure all the way." After [[PERSON:Sam Ode]]\'s speech to the hall in Leeds, he was greeted by loud cheers. "This is a great day for the town," he said.', ["[Jo Hill | said] We will fight this closure all the way", "[Sam Ode | said] This is a great day for the town"]],
    ['[[PERSON:Jo Hill]] said: "We will fight this closure all the way." On Sunday, [[PERSON:Sam Ode]] toured the plant. "It makes no sense for the region at all," he said.', ["[Jo Hill | said] We will fight this closure all the way", "[Sam Ode | said] It makes no sense for the region at all"]]
  ]
})
