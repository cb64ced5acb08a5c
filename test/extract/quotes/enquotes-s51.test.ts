/**
 * English speakers of the fifty-first session (helper enquotes; docs/history/quotes.md, "Fifty-first session: enquotes"):
 * an attribution after the quote whose subject holds a name with a glued hyphen (`cueAfter`); a slip of the source with
 * no verb after an employer's possessive (`afterEmployerPossessive`); `he`/`she` inside a sentence that opens with a
 * person (`ownSentenceOpener`); a relative clause on quoted words, `the "bonfire" Labour had promised,`, that names no
 * speaker (`reportingBeforeMarks`). Sentences written for this test in the style of British wire copy; entities are
 * marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers (fifty-first session, enquotes)", {
  "an attribution after the quote with a hyphenated name in its subject": [
    ['The rise came as no shock, the [[ORGANIZATION:Norbank]] said. The increase "was due mainly to the cold snap", jobs office head [[PERSON:Karl-Heinz Otte]] said.', ["[Karl-Heinz Otte | said] was due mainly to the cold snap"]],
    // must not change: a lower-case hyphenated word is no name; the quote is a term of the sentence
    ['The rise came as no shock, the [[ORGANIZATION:Norbank]] said. It was a "zero tolerance" drive, a well-known official said.', []]
  ],
  "no verb after the quote, an employer's possessive before the person": [
    ['"It was softer than hoped," said [[PERSON:Gary Pike]], an economist at [[ORGANIZATION:Norbank]]. Analysts said rates would hold. "The economy is not robust," [[ORGANIZATION:Norbank]]\' [[PERSON:Pike]].', ["[Gary Pike | said] It was softer than hoped", "[Pike | null] The economy is not robust"]],
    ['"It was softer than hoped," said [[PERSON:Gary Pike]]. Analysts said rates would hold. "The economy is not robust," Lloyd\'s [[PERSON:Pike]].', ["[Gary Pike | said] It was softer than hoped", "[Pike | null] The economy is not robust"]],
    // must not change: no person after the possessive
    ['"It was softer than hoped," said [[PERSON:Gary Pike]]. Analysts agreed. "The economy is not robust," Lloyd\'s report.', ["[Gary Pike | said] It was softer than hoped", "[Gary Pike | null] The economy is not robust"]]
  ],
  "he or she inside a sentence that opens with a person": [
    ['[[PERSON:Ed Dunn]] said: "We will act." [[PERSON:Mr Lowe]] wants an inquiry into the agencies - cash he says which "appears to be wasted".', ["[Ed Dunn | said] We will act", "[Mr Lowe | says] appears to be wasted"]],
    // must not change: a parenthetical after a comma, a clause after an opening phrase, marks before the pronoun
    ['[[PERSON:Ed Dunn]] said: "We will act." [[PERSON:Mr Lowe]] has failed to act, he claimed, saying he has the "wrong answer" to it.', ["[Ed Dunn | said] We will act", "[Ed Dunn | saying] wrong answer"]],
    ['[[PERSON:Ed Dunn]] said: "We will act." [[PERSON:Mr Lowe]] has "the same passion" as before, he said.', ["[Ed Dunn | said] We will act", "[Ed Dunn | said] the same passion"]]
  ],
  "a voice's name in apposition after an inverted verb; a source close to someone": [
    ['"The routes are under review," said a spokesman for [[ORGANIZATION:Telvia]], [[PERSON:Jo Hill]].', ["[Jo Hill | said] The routes are under review"]],
    ['"The routes are under review," said a spokeswoman for the regulator, [[PERSON:Jo Hill]], on Monday.', ["[Jo Hill | said] The routes are under review"]],
    ['"We are not worried," said a source close to the firm.', ["[a source close to the firm | said] We are not worried"]],
    // must not change: no name after the voice (the body, by convention), no voice noun, the subject-first order
    ['"The routes are under review," said a spokesman for [[ORGANIZATION:Telvia]].', ["[Telvia | said] The routes are under review"]],
    ['"The routes are under review," said a spokesman for [[ORGANIZATION:Telvia]], a firm that runs ferries.', ["[Telvia | said] The routes are under review"]],
    ['"We are not worried," a source close to the firm said.', ["[a source close to the firm | said] We are not worried"]]
  ],
  "a title with of before the person after an inverted verb": [
    ['"This is the first time gold has been named," said UK Chancellor of the Exchequer [[PERSON:Tom Grey]].', ["[Tom Grey | said] This is the first time gold has been named"]],
    ['"This is the first time gold has been named," said Secretary of State for Trade [[PERSON:Tom Grey]], on Monday.', ["[Tom Grey | said] This is the first time gold has been named"]],
    // must not change: no person after the title
    ['"This is the first time gold has been named," said [[ORGANIZATION:Friends of the Earth]].', ["[Friends of the Earth | said] This is the first time gold has been named"]]
  ],
  "a newspaper quotes an unnamed voice": [
    ['[[ORGANIZATION:Norbank]] said it was fine. "We see no reason at all for concern," the newspaper quotes a source close to the firm.', ["[a source close to the firm | quotes] We see no reason at all for concern"]],
    ['[[ORGANIZATION:Norbank]] said it was fine. "We see no reason at all for concern," the paper quoted an aide to the minister.', ["[an aide to the minister | quoted] We see no reason at all for concern"]],
    // must not change: `as saying` after the object, as before
    ['"We see no reason at all for concern," the paper quoted [[PERSON:Jo Hill]] as saying.', ["[Jo Hill | saying] We see no reason at all for concern"]]
  ],
  "a dash aside after the name of an inverted verb's subject": [
    ['"The routes are under review," said [[PERSON:Jo Hill]] – who runs the firm – on Monday. "We will say more soon."', ["[Jo Hill | said] The routes are under review", "[Jo Hill | null] We will say more soon"]],
    ['"The routes are under review," said the festival\'s director, [[PERSON:Jo Hill]] – who runs it – on Monday.', ["[Jo Hill | said] The routes are under review"]],
    ['"The routes are under review," said a spokesman for [[ORGANIZATION:Telvia]], [[PERSON:Jo Hill]] - who joined in May - on Monday.', ["[Jo Hill | said] The routes are under review"]],
    // must not change: a dash that opens no relative clause
    ['"The routes are under review," said the festival\'s director, [[PERSON:Jo Hill]] - a new post - on Monday.', ["[the festival's director | said] The routes are under review"]]
  ],
  "a description after a sentence that puts its subject after was": [
    ['[[PERSON:Ann Lee]] said: "I never thought this would happen." Cheering for [[PERSON:Lee]] in the front row was [[PERSON:Kate Moss]], herself nominated. In a long red dress, the Canadian-born actress joked: "It is tight but I love it."', ["[Ann Lee | said] I never thought this would happen", "[Kate Moss | joked] It is tight but I love it"]],
    // must not change: a sentence that opens with its subject
    ['[[PERSON:Ann Lee]] said: "I never thought this would happen." [[PERSON:Kate Moss]] was cheering for her. In a long red dress, the Canadian-born actress joked: "It is tight but I love it."', ["[Ann Lee | said] I never thought this would happen", "[Kate Moss | joked] It is tight but I love it"]]
  ],
  "the chancellor: the person with that role, no qualifier in it": [
    ['German Chancellor [[PERSON:Gerda Stein|German Chancellor]] flew to Rome. The chancellor said: "We have done our part."', ["[Gerda Stein | said] We have done our part"]],
    // must not change: a shadow chancellor, a former one, a Lord Chancellor are other posts
    ['Tory shadow chancellor [[PERSON:Owen Lett|Tory shadow chancellor]] spoke first. The chancellor said: "We have done our part."', ["[The chancellor | said] We have done our part"]],
    ['Earlier, ex-Conservative chancellor [[PERSON:Ken Clay|ex-Conservative chancellor]] spoke. The chancellor said: "We have done our part."', ["[The chancellor | said] We have done our part"]],
    ['Lord Chancellor [[PERSON:Lord Fenn|Lord Chancellor]] spoke first. The chancellor said: "We have done our part."', ["[The chancellor | said] We have done our part"]]
  ],
  "a relative clause on quoted words names no speaker": [
    ['[[PERSON:Ed Dunn]] said instead of the "cull of quangos" [[ORGANIZATION:New Labour]] had pledged, there had been a "boom" in them.', ["[Ed Dunn | said] cull of quangos", "[Ed Dunn | pledged] boom"]],
    // must not change: the verb with an object of its own speaks for its subject
    ['[[ORGANIZATION:New Labour]] had promised a "bonfire of agencies" in 1997.', ["[New Labour | promised] bonfire of agencies"]]
  ]
})
