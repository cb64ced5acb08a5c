/**
 * English pieces of BBC News shapes (fifty-eighth session, helper enquote8; docs/history/quotes.md, "Fifty-eighth
 * session: enquote8"): a plural group noun that speaks for a piece and stays off the chain (`groupCue`), a passive of
 * charging whose marks hold a charge's wording (`chargedPassive`), doubled marks read as one (`doubledMarksView`), an
 * English piece left open before the paragraph's next piece (`unclosedPieceCut`), `accuse`/`accuses` as cues, and a
 * subject read back through the asides of a `, who` clause (`relativeAsideSubject`). Sentences written for this test in
 * the style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English groups, charges and doubled or unclosed marks (fifty-eighth session)", {
  "a plural group noun before a verb of claiming, fearing, arguing or warning": [
    ["Peers will debate a bill which critics claim would open the door to \"care by postcode\".", ["[critics | claim] care by postcode"]],
    ['[[PERSON:Ann Price]] backed the bill. Critics fear it could allow "rationing by stealth" in hospitals.', ["[Critics | fear] rationing by stealth"]],
    ['[[PERSON:Ann Price]] said the plan was sound. Ministers say the treaty would help trade but opponents fear creating a "federal giant".', ["[opponents | fear] federal giant"]],
    ['Campaigners are warning councillors that the town may have to accept "serious harm" to its skyline.', ["[Campaigners | warning] serious harm"]],
    ['[[ORGANIZATION:Plaid]] officials also argue [[PERSON:Mr Rees]] has not been "open" with members.', ["[Plaid | argue] open"]],
    // the group stays off the chain: a later `he said` is the person named before, never the group
    ['[[PERSON:Tom Reed]] defended the scheme. Critics claim the scheme is "unworkable". He added: "We will go on."', ["[Critics | claim] unworkable", "[Tom Reed | added] We will go on"]],
    // must not change: no group noun before the verb (a term), a capital opening the sentence is no part of the group,
    // a verb of believing is no cue
    ['Airlines fear that "exceptional events" will be read widely.', []],
    ['Privately ministers believe this will be the "less costly" option, our correspondent added.', []]
  ],
  "a passive of charging: a charge's wording, the accuser's when named": [
    ['Oil boss [[PERSON:Carl Benton]], 58, is accused of "steering" a $1bn accounting fraud at the firm.', []],
    ['[[PERSON:Dan Moss]] said: "I did nothing wrong." He was charged with "conduct likely to bring the sport into disrepute" after the race.', ["[Dan Moss | said] I did nothing wrong"]],
    ['[[PERSON:Mr Hale]] was accused by [[ORGANIZATION:Labour]] of "scaremongering" over the plans.', ["[Labour | accused] scaremongering"]],
    ['The Greens accuse [[PERSON:Mr Hale]] of making a "cynical" offer to voters.', ["[The Greens | accuse] cynical"]],
    // must not change: the active voice gives the accuser
    ['[[PERSON:Mr Fox]] accused the prime minister of "hiding from scrutiny".', ["[Mr Fox | accused] hiding from scrutiny"]]
  ],
  "doubled marks read as one": [
    ["The club was thrown out of the cup. ''A law firm will put our case to the board,'' said club boss [[PERSON:Roy Adams]]. ''This is a big issue for us,'' he added.", ["[Roy Adams | said] A law firm will put our case to the board", "[Roy Adams | added] This is a big issue for us"]],
    ['[[ORGANIZATION:Qwestar]] said the rival bid was an ""unfair and grossly inadequate" sum for the firm.', ["[Qwestar | said] unfair and grossly inadequate"]],
    ['[[ORGANIZATION:Qwestar]] said the rival bid was an ""unfair" sum. Its chairman [[PERSON:Bob Hart]] said: "We will fight it all the way."', ["[Qwestar | said] unfair", "[Bob Hart | said] We will fight it all the way"]],
    // must not change: a writer's term in doubled single marks, no cue near
    ["We will say nothing of [[PERSON:Mike Rudd]] ''poaching'' eight of the side.", []]
  ],
  "an English piece left open before the paragraph's next piece": [
    ['A spokeswoman said the scheme had been "bold and far-sighted, but take-up had not been "enough to keep it going". She added: "It was not the only one."', ["[A spokeswoman | said] bold and far-sighted", "[A spokeswoman | said] enough to keep it going", "[A spokeswoman | added] It was not the only one"]],
    // must not change: no sentence end nor comma and `and`/`but` to end the open piece at
    ['[[PERSON:Alan Green]] warned that, barring big rises in output "pension schemes would need "significant" changes. He called on Congress to act.', ["[Alan Green | warned] pension schemes would need"]]
  ],
  "a subject read back through the asides of a `, who` clause": [
    ['[[PERSON:Dr Gibbs]], who was a GP in [[LOCATION:Tonyrefail]], in the [[LOCATION:Rhondda Valley]], before becoming an AM, said staff wanted calm after "years of upheaval".', ["[Dr Gibbs | said] years of upheaval"]]
  ]
})
