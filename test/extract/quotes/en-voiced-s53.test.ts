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
    ['"What a great way to end the season," said [[PERSON:Rafael Nadal]] afterwards. US coach [[PERSON:Patrick McEnroe]] wants his players to spend more time on clay. "I think it will help them learn how to mix things up on slow courts."', ["[Rafael Nadal | said] What a great way to end the season", "[Patrick McEnroe | null] I think it will help them learn how to mix things up on slow courts"]],
    ['"The guys want some game time," [[PERSON:Jason Forster]] told BBC Wales Sport. "It would remind the coach what they can do." [[PERSON:Mike Ruddock]], though, is keen to protect his players from injury. "At this stage there is nothing more they can do to impress me."', ["[Jason Forster | told] The guys want some game time", "[Jason Forster | null] It would remind the coach what they can do", "[Mike Ruddock | null] At this stage there is nothing more they can do to impress me"]],
    ['"We are back to our best," said [[PERSON:Jo Hill]]. "It was a great night for the club." Double try scorer [[PERSON:Sam Ode]] was keen not to talk about the title. "There is a long way to go and we have tough games to come."', ["[Jo Hill | said] We are back to our best", "[Jo Hill | null] It was a great night for the club", "[Sam Ode | null] There is a long way to go and we have tough games to come"]],
    ['"We will take no view on it yet," said [[PERSON:Ann Lee]]. Dr [[PERSON:Liam Ford]] was asked if he would back the plan. "I\'m sure that we would look at it sympathetically and with an open mind."', ["[Ann Lee | said] We will take no view on it yet", "[Liam Ford | null] I'm sure that we would look at it sympathetically and with an open mind"]],
    ['"We expect most people to obey the law," said [[PERSON:Nigel Yeo]]. But [[PERSON:Simon Hart]] of the [[ORGANIZATION:Countryside Alliance]] has questioned how police will cope. "The rules are so blurred that officers are being asked to make impossible calls."', ["[Nigel Yeo | said] We expect most people to obey the law", "[Simon Hart | null] The rules are so blurred that officers are being asked to make impossible calls"]],
    ['"This issue will not go away," said [[PERSON:Mark Hollis]]. Liberal Democrat foreign affairs spokesman [[PERSON:Menzies Hill]] repeated his party\'s calls for the advice to be published. "Only the fullest disclosure can serve the public interest now."', ["[Mark Hollis | said] This issue will not go away", "[Menzies Hill | null] Only the fullest disclosure can serve the public interest now"]],
    ['"The Budget is a wasted chance," said [[PERSON:Ann Lee]]. [[PERSON:Roger Knapp]] attacked the plans for pensioners. "They need more money and the dignity of spending it how they want."', ["[Ann Lee | said] The Budget is a wasted chance", "[Roger Knapp | null] They need more money and the dignity of spending it how they want"]],
    // must not change: a person with no verb of speech or stance, a person inside the quote's own attribution
    ['"He is the best striker in the world," said [[PERSON:Arsene Wenger]]. [[PERSON:Thierry Henry]] scored twice in the first half. "He is happy here and he will stay with us."', ["[Arsene Wenger | said] He is the best striker in the world", "[Arsene Wenger | null] He is happy here and he will stay with us"]],
    ['"We played well today," said [[PERSON:Jo Hill]]. The club\'s owner [[PERSON:Sam Ode]] watched from the stand. "It was a good day for all of us at the club."', ["[Jo Hill | said] We played well today", "[Jo Hill | null] It was a good day for all of us at the club"]],
    ['"We played well today," said [[PERSON:Jo Hill]], adding that [[PERSON:Sam Ode]] wants to stay. "He is happy here and he will sign a new deal."', ["[Jo Hill | said] We played well today", "[Jo Hill | null] He is happy here and he will sign a new deal"]]
  ]
})
