/**
 * English verbs of judging and the pronoun after an opening clause (fifty-second session, helper enjudge;
 * docs/history/quotes.md, "Fifty-second session: enjudge (second round)"): a person named inside a clause that opens
 * the sentence (`While saying he admired Mr Brown's …,`) is no subject of it, and a main clause that opens with `he`
 * refers to the sentence before (`openingClauseEnd`); a verb of judging that is no speech verb quotes the words in marks
 * after its object's `as` or possessor as its subject's (`attacked Labour's pledges as "vacuous"`, `attacked Labour's
 * "unfair" taxes`: `judgedCue`, `judgingVerbs` in en.json); `called` reaches a long object that an article or a possessive opens
 * (`called the UK's £2bn claim on the European Union budget "unfair"`: `calledCue`). Sentences written for this test in the style of British wire
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
  ],
  "a verb of judging after its object's as or possessor": [
    ['The Tory chairman [[PERSON:Liam Ford]] attacked Labour\'s transport plans as "hollow" and said voters would notice.', ["[Liam Ford | attacked] hollow"]],
    ['The [[ORGANIZATION:Airlines Association]], which has attacked the scheme as a "costly mistake", will appeal.', ["[Airlines Association | attacked] costly mistake"]],
    ['[[PERSON:Jo Hill]] allegedly berated the referees as "clueless".', ["[Jo Hill | berated] clueless"]],
    ['Responding to the report, [[PERSON:Mr Cable]] also attacked Labour\'s "chaotic" and costly pension rules.', ["[Mr Cable | attacked] chaotic"]],
    ['[[PERSON:Mr Panke]] praised the new saloon as the "best execution" yet of the idea.', ["[Mr Panke | praised] best execution"]],
    ['Shadow home secretary [[PERSON:David Davis]] welcomed her "honest admission" and the inquiry.', ["[David Davis | welcomed] honest admission"]],
    // must not fire: no named subject, a term's lead, a name in marks, a passive (its agent speaks)
    ['Rebels attacked the town\'s "green zone" at dawn.', []],
    ['[[PERSON:Jo Hill]] mocked the plan as the so-called "fix".', []],
    ['[[PERSON:Jo Hill]] attacked the plan, dubbed "the big squeeze".', []],
    ['[[PERSON:Jo Hill]] praised the club\'s "Young Lions" for their spirit.', []],
    ['[[PERSON:Jo Hill]] was attacked as "a traitor" by the union.', ["[the union | attacked] a traitor"]]
  ],
  "called with a long object": [
    ['French president [[PERSON:Jacques Chirac]] has called the UK\'s £2bn claim on the [[ORGANIZATION:European Union]] budget "unfair".', ["[Jacques Chirac | called] unfair"]],
    ['Labour minister [[PERSON:Wolf Clement]] called the fall in March\'s retail figure "a small wobble".', ["[Wolf Clement | called] a small wobble"]],
    ['[[PERSON:Sam Carter]] has called the feud between [[ORGANIZATION:Manchester United]] and the Gunners "nasty and needless".', ["[Sam Carter | called] nasty and needless"]],
    // must not fire: no article or possessive opening the object, a noun `calls`, a name in marks
    ['[[PERSON:Jo Hill]] joined a band called Red Lights in "the summer of love".', []],
    ['[[PERSON:Jo Hill]] streams films to his phone using "mobile broadband".', []],
    ['[[PERSON:Jo Hill]] called the new stand at the ground in Leeds "The Kop".', []]
  ]
})
