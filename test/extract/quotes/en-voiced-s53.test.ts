/**
 * A named person who opens the sentence right before marks no cue attributes (fifty-third session, helper enquote3;
 * docs/history/quotes.md, "Fifty-third session: enquote3"): with a speech verb or a word of stance after him (`wants`,
 * `is keen`, `was asked`, `acknowledged`, `repeated`: `stanceVerbs` in en.json, the speech verbs and the verbs of
 * judging; the body after `of` he works for between), he speaks the marks, not the
 * one quoted before (`voicedBefore`). Sentences written for this test in the style of British wire copy; entities are
 * marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: a named person with a verb of stance before bare marks (fifty-third session)", {
  "the person who opens the sentence before the marks speaks": [
    ['"That was a perfect finish to the tour," said [[PERSON:Tomas Varga]] afterwards. US coach [[PERSON:Derek Holloway]] wants his squad to practise more on grass. "I believe it will teach them to vary their pace on fast surfaces."', ["[Tomas Varga | said] That was a perfect finish to the tour", "[Derek Holloway | null] I believe it will teach them to vary their pace on fast surfaces"]],
    ['"The younger lads need minutes on the pitch," [[PERSON:Gethin Powell]] told Radio Cymru. "It would show the selectors what they are capable of." [[PERSON:Alun Treharne]], though, is keen to rest his forwards before the final. "Right now none of them has anything left to prove to me."', ["[Gethin Powell | told] The younger lads need minutes on the pitch", "[Gethin Powell | null] It would show the selectors what they are capable of", "[Alun Treharne | null] Right now none of them has anything left to prove to me"]],
    ['"We are back to our best," said [[PERSON:Jo Hill]]. "It was a great night for the club." Double try scorer [[PERSON:Sam Ode]] was keen not to talk about the title. "There is a long way to go and we have tough games to come."', ["[Jo Hill | said] We are back to our best", "[Jo Hill | null] It was a great night for the club", "[Sam Ode | null] There is a long way to go and we have tough games to come"]],
    ['"We will take no view on it yet," said [[PERSON:Ann Lee]]. Dr [[PERSON:Liam Ford]] was asked if he would back the plan. "I\'m sure that we would look at it sympathetically and with an open mind."', ["[Ann Lee | said] We will take no view on it yet", "[Liam Ford | null] I'm sure that we would look at it sympathetically and with an open mind"]],
    ['"We expect nearly every driver to follow the new limits," said [[PERSON:Priya Nair]]. But [[PERSON:Colin Weller]] of the [[ORGANIZATION:Motorists Forum]] has questioned how councils will enforce them. "The signs are so confusing that drivers are being set up to fail."', ["[Priya Nair | said] We expect nearly every driver to follow the new limits", "[Colin Weller | null] The signs are so confusing that drivers are being set up to fail"]],
    ['"The council has run out of excuses," said [[PERSON:Mark Hollis]]. Green transport spokeswoman [[PERSON:Iris Penhale]] repeated her group\'s demand for the bus contract to be reopened. "Passengers deserve to see every line of that deal."', ["[Mark Hollis | said] The council has run out of excuses", "[Iris Penhale | null] Passengers deserve to see every line of that deal"]],
    ['"The Budget is a wasted chance," said [[PERSON:Ann Lee]]. [[PERSON:Roger Knapp]] attacked the plans for pensioners. "They need more money and the dignity of spending it how they want."', ["[Ann Lee | said] The Budget is a wasted chance", "[Roger Knapp | null] They need more money and the dignity of spending it how they want"]],
    // must not change: a person with no verb of speech or stance, a person inside the quote's own attribution
    ['"He is the best striker in the world," said [[PERSON:Arsene Wenger]]. [[PERSON:Thierry Henry]] scored twice in the first half. "He is happy here and he will stay with us."', ["[Arsene Wenger | said] He is the best striker in the world", "[Arsene Wenger | null] He is happy here and he will stay with us"]],
    ['"We played well today," said [[PERSON:Jo Hill]]. The club\'s owner [[PERSON:Sam Ode]] watched from the stand. "It was a good day for all of us at the club."', ["[Jo Hill | said] We played well today", "[Jo Hill | null] It was a good day for all of us at the club"]],
    ['"We played well today," said [[PERSON:Jo Hill]], adding that [[PERSON:Sam Ode]] wants to stay. "He is happy here and he will sign a new deal."', ["[Jo Hill | said] We played well today", "[Jo Hill | null] He is happy here and he will sign a new deal"]]
  ]
})
