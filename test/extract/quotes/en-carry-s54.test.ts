/**
 * English speakers carried on from the quote before (fifty-fourth session, helper enquote4; docs/history/quotes.md,
 * "Fifty-fourth session: enquote4"), after the E26 reading: `he` after a sentence that a role opens with the person set
 * off by commas after it (`apposedAfterRole`); an inverted `said` and its person with an apposition to the sentence's
 * end, no comma before the verb (`apposedToEnd`); `he` after a sentence that names one person past its first words
 * (`solePersonIn`); a name the entity stage left untagged before `of` and a body (`untaggedNameEndingAt`); a role whose
 * head is shared (`co-chairman`, `isHeldHead`). Sentences written for this test in the style of British wire copy;
 * entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers carried on (fifty-fourth session)", {
  "he after a role that opens the sentence and the person after its comma": [
    ['Upgrades will help inspectors spot smuggling, according to a spokesman.\nSenior engineer at the [[ORGANIZATION:IAEA]], [[PERSON:Tomas Reel]], hopes to bring game graphics into the inspectors\' kit. "Players already walk through virtual worlds every night," he said.', ["[Tomas Reel | said] Players already walk through virtual worlds every night"]],
    ['Forecasts will sharpen within two years, according to a spokesman.\nChief scientist at the [[ORGANIZATION:Met Office]], [[PERSON:Ian Cole]], would like faster machines for the forecasters. "We could model storms street by street," he said.', ["[Ian Cole | said] We could model storms street by street"]],
    // must not change: a preposition after the name's comma (an object set off), no comma after the name
    ['[[PERSON:Ruth Ames]] said: "The plant must be inspected again before winter." Police questioned the night guard, [[PERSON:Ian Cole]], on Friday. "We cannot cover every shift as things stand," she said.', ["[Ruth Ames | said] The plant must be inspected again before winter", "[Ruth Ames | said] We cannot cover every shift as things stand"]],
    ['[[PERSON:Ruth Ames]] said: "The plant must be inspected again before winter." Staff at the site, [[PERSON:Ian Cole]] and others, have asked for more help. "We cannot cover every shift as things stand," she said.', ["[Ruth Ames | said] The plant must be inspected again before winter", "[Ruth Ames | said] We cannot cover every shift as things stand"]]
  ],
  "an inverted said with no comma before it and an apposition to the full stop": [
    ['[[PERSON:Marc Ode]] said: "The surge in traffic is a wake-up call for the whole trade." Shaping traffic will become vital for providers who want to keep heavy gamers said [[PERSON:Lena Voss]], an analyst with research firm [[ORGANIZATION:Kestrel Group]]. "Operators need to set apart the way they sell access to games," she said.', ["[Marc Ode | said] The surge in traffic is a wake-up call for the whole trade", "[Lena Voss | said] Operators need to set apart the way they sell access to games"]],
    // must not change: a clause reported after the name (a second comma and its verb)
    ['[[PERSON:Marc Ode]] said: "The surge in traffic is a wake-up call for the whole trade." The board said [[PERSON:Lena Voss]], the finance chief, would leave in May. "We thank her for her years of service," he said.', ["[Marc Ode | said] The surge in traffic is a wake-up call for the whole trade", "[Marc Ode | said] We thank her for her years of service"]]
  ],
  "he after a sentence that names one person past its first words": [
    ['Finance chief [[PERSON:Paul Dorn]] said a weak euro was "in our interest".\nBut that was not enough for [[PERSON:Mr Lavelle]]. "If they want a change of course, they must say so," he said.', ["[Paul Dorn | said] in our interest", "[Mr Lavelle | said] If they want a change of course, they must say so"]],
    ['[[PERSON:Sam Kell]] told jurors he had warned his boss about the accounts. However during the hearing on Monday [[PERSON:Mr Rudd]] denied the claims. "Nobody ever told me an entry was wrong," he told the court.', ["[Mr Rudd | told] Nobody ever told me an entry was wrong"]],
    // must not change: the one person inside a clause with a verb before him, a name that modifies a noun
    ['[[PERSON:Gil Sarro]] said: "We made life hard for ourselves." The defender reckons the club made the right call when it hired [[PERSON:Mourin]] last year. "He keeps everyone hungry," he said.', ["[Gil Sarro | said] We made life hard for ourselves", "[Gil Sarro | said] He keeps everyone hungry"]],
    ['Boss [[PERSON:Gil Sarro]] said: "We were never in danger." An early own goal followed by a [[PERSON:Tom Shale]] strike earned them the win. "It gave us a great advantage," he said.', ["[Gil Sarro | said] We were never in danger", "[Gil Sarro | said] It gave us a great advantage"]]
  ],
  "a name the entity stage left untagged before of and a body": [
    ['Among those charged are three former buyers. Marco Dell\'Orto of the [[ORGANIZATION:FBI]] called the buyers the "key ingredients in the fraud" at the chain.', ["[Marco Dell'Orto | called] key ingredients in the fraud"]],
    // must not change: a post before `of` (a title word in it), one capitalized word
    ['Among those charged are three former buyers. Assistant Director of the [[ORGANIZATION:FBI]] Jo Pell called the buyers the "key ingredients in the fraud" at the chain.', ["[FBI | called] key ingredients in the fraud"]],
    ['Among those charged are three former buyers. Agents of the [[ORGANIZATION:FBI]] called the buyers the "key ingredients in the fraud" at the chain.', ["[FBI | called] key ingredients in the fraud"]]
  ],
  "a role whose head is shared": [
    ['Party co-chairman [[PERSON:Alan Mott]] was speaking after the minister set out his plans. The party co-chairman attacked the minister\'s new pledges as "hollow" and said voters would not forget.', ['[Alan Mott | attacked] hollow']],
    // must not change: a head after a prefix that is no `co-`
    ['Party vice-chairman [[PERSON:Alan Mott]] was speaking after the minister set out his plans. The party vice-chairman attacked the minister\'s new pledges as "hollow" and said voters would not forget.', ['[Alan Mott | attacked] hollow']]
  ]
})
