/**
 * English verbs of judging, passives of naming and appositions (fifty-third session, helper enquote3;
 * docs/history/quotes.md, "Fifty-third session: enquote3"): a verb of judging whose subject is a role's noun
 * (`The Tory co-chairman attacked … as "…"`) or that stands in the present (`brands`, `describes`, `dismisses`) quotes
 * the words after its object's `as` (`judgedCue`, `judgingVerbs` in en.json); a passive of naming whose agent stands
 * between `by` and `as` gives the words to the agent (`was described by X as the "…"`: `agentBeforeAsCue`); `called`
 * quotes one word after `a`/`an` that `of` follows (`called her a "pillar" of the local party`: `calledCue`); an
 * apposition holds a possessive in `s'` (`Wales' two-try scorer`, `the manufacturers' organisation`:
 * `englishSubjectBefore`). Sentences written for this test in the style of British wire copy; entities are marked by
 * hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English verbs of judging, passives and appositions (fifty-third session)", {
  "a verb of judging with a role's noun or in the present": [
    // (the role's holder since the fifty-fourth session, helper enquote4: `co-` before a held role's head, isHeldHead)
    ['Tory co-chairman [[PERSON:Dan Merritt]] told reporters: "This is a budget of smoke and mirrors." The Tory co-chairman attacked Labour\'s four housing promises as "hollow" and said families would see through them.', ["[Dan Merritt | told] This is a budget of smoke and mirrors", "[Dan Merritt | attacked] hollow"]],
    ['Tory leader [[PERSON:Gareth Penrose]] visited a Derby factory on Friday. The Tory leader brands such complaints as "utter nonsense", insisting his line on taxes has never changed.', ["[Gareth Penrose | brands] utter nonsense"]],
    ['On his campaign leaflet [[PERSON:Mr Pemberton]] describes himself as an "honest grocer, more or less".', ["[Mr Pemberton | describes] honest grocer, more or less"]],
    ['[[ORGANIZATION:Radio Kestrel]] is heard across most of the valley, and describes itself as a "friendly local voice" for farmers.', ["[Radio Kestrel | describes] friendly local voice"]],
    ['The chancellor dismisses the report as "complete rubbish" and says the figures are wrong.', ["[The chancellor | dismisses] complete rubbish"]],
    // must not fire: a subject that is neither a role nor named, a name in marks
    ['The team bus brands itself as "the pride of the city" on its side panels.', []],
    ['The club captain describes the ground as "The Fortress".', []]
  ],
  "a passive's agent between by and as": [
    ['The $499 machine was described by [[PERSON:Steve Jobs]] as the "most important Mac" the firm has made.', ["[Steve Jobs | described] most important Mac"]],
    ['Ms Carter also unveiled plans to fold 40 regional offices into six - described by one transport union as a "raid on local jobs".', ["[one transport union | described] raid on local jobs"]],
    ['A sapphire bought for their daughters was described by [[PERSON:Sharon Osbourne]] as "one of the purest stones in the world".', ["[Sharon Osbourne | described] one of the purest stones in the world"]],
    // must not fire: a name in marks, a manner after `by`, a participle that names nothing
    ['He was described by friends as "Big Jim".', []],
    ['The loan was described by far as the "biggest risk" the bank had taken.', []],
    ['The pitch was marked out by volunteers as a "temporary measure" for the season.', []]
  ],
  "called with one word after an article and before of": [
    ['Prime Minister [[PERSON:Helen Marsh]] called him a "titan" of the farming world.', ["[Helen Marsh | called] titan"]],
    // must not fire: `the` before the marks, another preposition after them
    ['[[PERSON:Jo Hill]] called it the "heart" of the club.', []],
    ['[[PERSON:Jo Hill]] called him a "giant" in the game.', []]
  ],
  "an apposition with a possessive in s'": [
    ['[[PERSON:Owen Prydderch]], a veteran of the 1980s team, hailed it as "the finest display this side has given in twenty years". [[PERSON:Rhys Bevan]], Wales\' three-try winger on the night, called it "the strangest match I have ever been part of".', ["[Owen Prydderch | hailed] the finest display this side has given in twenty years", "[Rhys Bevan | called] the strangest match I have ever been part of"]],
    ['"Retail sales have held up better than anyone expected," said [[PERSON:Clara Voss]], an analyst at Halbrook Bank. But [[PERSON:Tom Ashdown]], chief analyst at the retailers\' federation BRF, said: "Shop owners tell us a very different story about their tills."', ["[Clara Voss | said] Retail sales have held up better than anyone expected", "[Tom Ashdown | said] Shop owners tell us a very different story about their tills"]],
    // must not change: a possessive that the apposition read already
    ['[[PERSON:Jo Hill]], the players\' union chief, said: "We will not accept this offer."', ["[Jo Hill | said] We will not accept this offer"]]
  ]
})
