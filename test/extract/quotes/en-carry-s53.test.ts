/**
 * English speakers that carried on wrongly (fifty-third session, helper encarry; docs/history/quotes.md, "Fifty-third
 * session: encarry"), after the E26 reading: a whole sentence between two quotes whose verb has a subject of its own
 * (`speakerBetween`); `he` after a sentence whose clause after `but` opens with a person (`butClauseSubject`), or that
 * opens with a name and `himself` (`reflexiveName`); `they` after a passive's `by` and a body (`agentBodyBefore`); a
 * subordinating word before a subject (`even if the coach`); the `!` of a name (`nameBang`); `and` inside a role that a
 * name closes (`roleAndName`); a `where` clause after marks (`whereAfter`, `inWhereClause`); a slogan's words
 * (`sloganBefore`, `sloganNouns` in en.json). Sentences written for this test in the style of British wire copy;
 * entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers carried on (fifty-third session)", {
  "a sentence between two quotes with a subject of its own": [
    ['Tournament director [[PERSON:Paul Ward]] had said: "Her knee is clearly not going to heal in time." But her spokesman insisted the form was simply late in the post. "The doctors are looking at the knee every week and she may still play."', ["[Paul Ward | said] Her knee is clearly not going to heal in time", "[her spokesman | null] The doctors are looking at the knee every week and she may still play"]],
    ['[[PERSON:Tomas Brand]] said: "We fear the ankle is badly sprained and he may miss the final." [[PERSON:Niall Crane]] said he could not recall how the collision had started. "It was unlucky, I barely felt any contact at all."', ["[Tomas Brand | said] We fear the ankle is badly sprained and he may miss the final", "[Niall Crane | null] It was unlucky, I barely felt any contact at all"]],
    ['[[PERSON:Rory Ames]] said: "We can only guess what the new machines will do." [[PERSON:Mr Hart]] warned that developers remained far from mastering the craft. "Nobody has cracked that yet in this industry."', ["[Rory Ames | said] We can only guess what the new machines will do", "[Mr Hart | null] Nobody has cracked that yet in this industry"]],
    // must not change: the same person again, a pronoun, a body speaking through the person quoted, the quote's own attribution
    ['[[PERSON:Rory Ames]] said: "We can only guess what the new machines will do." [[PERSON:Rory Ames]] said the firm would wait and see. "Nobody has cracked that yet in this industry."', ["[Rory Ames | said] We can only guess what the new machines will do", "[Rory Ames | null] Nobody has cracked that yet in this industry"]],
    ['[[PERSON:Rory Ames]] said: "We can only guess what the new machines will do." He said the firm would wait and see. "Nobody has cracked that yet in this industry."', ["[Rory Ames | said] We can only guess what the new machines will do", "[Rory Ames | null] Nobody has cracked that yet in this industry"]],
    ['[[PERSON:Gert Flohr]] said: "We want a console in every living room." [[ORGANIZATION:Acme Games]] said the games market was now bigger than music. "Nobody queues for records any more."', ["[Gert Flohr | said] We want a console in every living room", "[Gert Flohr | null] Nobody queues for records any more"]],
    ['"Prices are rising fast," said [[PERSON:Jo Park]], an economist at the bank. "It is no longer a risk but a fact."', ["[Jo Park | said] Prices are rising fast", "[Jo Park | null] It is no longer a risk but a fact"]]
  ],
  "he after a clause that but opens with a person": [
    ['Wales coach [[PERSON:Mark Rudd]] said: "We must be bold when we go to Paris." Italy have been mocked for their slow "tempo" this season but captain [[PERSON:Luca Venni]] remains quietly upbeat. "Our training sessions have been sharper lately," he said.', ["[Mark Rudd | said] We must be bold when we go to Paris", "[Luca Venni | said] Our training sessions have been sharper lately"]],
    // must not change: a person opening the sentence, no person after `but`
    ['Wales coach [[PERSON:Mark Rudd]] said: "We must be bold when we go to Paris." [[PERSON:Mark Rudd]] has named his side but captain [[PERSON:Gareth Tom]] is out injured. "I expect a hard game in Paris," he said.', ["[Mark Rudd | said] We must be bold when we go to Paris", "[Mark Rudd | said] I expect a hard game in Paris"]],
    ['Wales coach [[PERSON:Mark Rudd]] said: "We must be bold when we go to Paris." France have been criticised this year but the side remain unbeaten. "I expect a hard game in Paris," he said.', ["[Mark Rudd | said] We must be bold when we go to Paris", "[Mark Rudd | said] I expect a hard game in Paris"]]
  ],
  "he after a name and himself, a subordinating word before a subject": [
    ['[[PERSON:Brennan]], rarely given the ball in open play, was applauded by [[PERSON:Okoro]], even if the manager admitted the stadium was a "hostile arena" for him. [[ORGANIZATION:Brennan]] himself, on the surface at least, looked untroubled by the heckling. "I enjoyed every minute," he said.', ["[the manager | admitted] hostile arena", "[Brennan | said] I enjoyed every minute"]],
    ['[[PERSON:Brennan]] was applauded by [[PERSON:Okoro]], even if the manager admitted the stadium was a "hostile arena" for the youngster.', ["[the manager | admitted] hostile arena"]],
    // must not change: `himself` after a lower-case word
    ['[[PERSON:Brennan]] was applauded by the manager. The manager himself looked untroubled by the score. "I enjoyed every minute," he said.', ["[Brennan | said] I enjoyed every minute"]]
  ],
  "they after a passive's by and a body": [
    ['The reform, which officials say will shorten waiting lists, is likely to be resisted by the [[ORGANIZATION:Green Alliance]].\nThey have said the proposal is "poorly costed" and unfair to rural patients.', ["[Green Alliance | said] poorly costed"]],
    // must not change: no passive before the body
    ['Party sources said the talks had been a "frank exchange" and that they had endorsed the [[ORGANIZATION:Green Alliance]].\nThey have said the proposal is "poorly costed" and unfair to rural patients.', ["[Party sources | said] frank exchange", "[Party sources | said] poorly costed"]]
  ],
  "the ! of a name, and inside a role a name closes": [
    ['Protests against rappers such as [[PERSON:Dex Marlow]] have gone on for months. [[PERSON:Kim Feld]] of campaign group [[ORGANIZATION:Shoutback]]! said they were "turning a new page".', ["[Kim Feld | said] turning a new page"]],
    ['The promoters have relented. "The venues will talk to the performers before any ban takes effect," according to legal and policy adviser [[PERSON:Ruth Okafor]], who advises them.', ["[Ruth Okafor | according to] The venues will talk to the performers before any ban takes effect"]],
    ['Sales slipped. "We remain confident about the outlook for next spring," said president and managing director [[PERSON:Carla Mendes]].', ["[Carla Mendes | said] We remain confident about the outlook for next spring"]],
    // must not change: `!` that ends a sentence, `and` between two people
    ['Protests against rappers such as [[PERSON:Dex Marlow]] have gone on for months. It was a breakthrough! He said they were "turning a new page" now.', ["[Dex Marlow | said] turning a new page"]]
  ],
  "a where clause after the marks, a slogan": [
    ['The vote comes after a "heated session" where several junior [[ORGANIZATION:Greens]] argued against the plan, party sources told reporters.', ["[party sources | told] heated session"]],
    ['The scheme would lend formal weight to "care passports", where patients say they want their wishes recorded.', []],
    ['Beneath what will be the party\'s campaign slogan "Towns Come First", the leader once more insisted her team would not change course.', []],
    ['"I honestly expected a slower time on that course," said [[PERSON:Mia Dorsey]], who wore the team slogan, "Finish Every Mile", on her cap.', ["[Mia Dorsey | said] I honestly expected a slower time on that course"]],
    // must not change: a verb right after the marks
    ['"The talks were tough," said senior [[ORGANIZATION:Tories]] who attended.', ["[Tories | said] The talks were tough"]]
  ]
})
