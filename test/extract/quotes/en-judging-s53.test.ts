/**
 * English verbs of judging, passives of naming and appositions (fifty-third session, helper enquote3;
 * docs/history/quotes.md, "Fifty-third session: enquote3"): a verb of judging whose subject is a role's noun
 * (`The Tory co-chairman attacked … as "…"`) or that stands in the present (`brands`, `describes`, `dismisses`) quotes
 * the words after its object's `as` (`judgedCue`, `judgingVerbs` in en.json); a passive of naming whose agent stands
 * between `by` and `as` gives the words to the agent (`was described by X as the "…"`: `agentBeforeAsCue`); `called`
 * quotes one word after `a`/`an` that `of` follows (`called him a "giant" of the Labour movement`: `calledCue`); an
 * apposition holds a possessive in `s'` (`Wales' two-try scorer`, `the manufacturers' organisation`:
 * `englishSubjectBefore`). Sentences written for this test in the style of British wire copy; entities are marked by
 * hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English verbs of judging, passives and appositions (fifty-third session)", {
  "a verb of judging with a role's noun or in the present": [
    ['Tory co-chairman [[PERSON:Liam Ford]] told BBC News: "It is going to be fear and smear." The Tory co-chairman attacked Labour\'s six new pledges as "vacuous" and said voters would notice.', ["[Liam Ford | told] It is going to be fear and smear", "[The Tory co-chairman | attacked] vacuous"]],
    ['Tory leader [[PERSON:Mark Hollis]] was in Leeds on Monday. The Tory leader brands such criticisms as "absolutely rubbish", arguing he has been consistent on the war.', ["[Mark Hollis | brands] absolutely rubbish"]],
    ['On the auction site [[PERSON:Mr Fisher]] describes himself as an "average family man, give or take".', ["[Mr Fisher | describes] average family man, give or take"]],
    ['[[ORGANIZATION:PBS]] is watched in most US homes, and describes itself as a "trusted community resource" for millions.', ["[PBS | describes] trusted community resource"]],
    ['The chancellor dismisses the report as "complete rubbish" and says the figures are wrong.', ["[The chancellor | dismisses] complete rubbish"]],
    // must not fire: a subject that is neither a role nor named, a name in marks
    ['The team bus brands itself as "the pride of the city" on its side panels.', []],
    ['The club captain describes the ground as "The Fortress".', []]
  ],
  "a passive's agent between by and as": [
    ['The $499 machine was described by [[PERSON:Steve Jobs]] as the "most important Mac" the firm has made.', ["[Steve Jobs | described] most important Mac"]],
    ['Mr Brown also announced plans to merge 35 agencies into nine - described by one civil service union as a "bonfire of the quangos".', ["[one civil service union | described] bonfire of the quangos"]],
    ['A sapphire bought for their daughters was described by [[PERSON:Sharon Osbourne]] as "one of the purest stones in the world".', ["[Sharon Osbourne | described] one of the purest stones in the world"]],
    // must not fire: a name in marks, a manner after `by`, a participle that names nothing
    ['He was described by friends as "Big Jim".', []],
    ['The loan was described by far as the "biggest risk" the bank had taken.', []],
    ['The pitch was marked out by volunteers as a "temporary measure" for the season.', []]
  ],
  "called with one word after an article and before of": [
    ['Prime Minister [[PERSON:Tony Blair]] called him a "giant" of the Labour movement.', ["[Tony Blair | called] giant"]],
    // must not fire: `the` before the marks, another preposition after them
    ['[[PERSON:Jo Hill]] called it the "heart" of the club.', []],
    ['[[PERSON:Jo Hill]] called him a "giant" in the game.', []]
  ],
  "an apposition with a possessive in s'": [
    ['[[PERSON:Mervyn Davies]], a member of the 1970s side, hailed it as "one of the great performances of the past three decades". [[PERSON:Martyn Williams]], Wales\' two-try scorer on the day, called it "one of the most surreal games I have ever played in".', ["[Mervyn Davies | hailed] one of the great performances of the past three decades", "[Martyn Williams | called] one of the most surreal games I have ever played in"]],
    ['"Services are doing so well that we are back to trend," said [[PERSON:Ross Walker]], an economist at RBS. But [[PERSON:Steve Radley]], chief economist at the manufacturers\' organisation EEF, said: "These figures remain at odds with what is happening on the ground."', ["[Ross Walker | said] Services are doing so well that we are back to trend", "[Steve Radley | said] These figures remain at odds with what is happening on the ground"]],
    // must not change: a possessive that the apposition read already
    ['[[PERSON:Jo Hill]], the players\' union chief, said: "We will not accept this offer."', ["[Jo Hill | said] We will not accept this offer"]]
  ]
})
