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
    ['Tournament director [[PERSON:Paul Ward]] had said: "Her knee is clearly not going to heal in time." But her spokesman insisted she had only delayed sending in her entry. "The doctors are looking at the knee every week and she may still play."', ["[Paul Ward | said] Her knee is clearly not going to heal in time", "[her spokesman | null] The doctors are looking at the knee every week and she may still play"]],
    ['[[PERSON:Jose Silva]] said: "We think it is a serious injury and he will be out for weeks." [[PERSON:Alan Berry]] said he did not know how the knock had happened. "It was a shame, I don\'t think we even touched each other."', ["[Jose Silva | said] We think it is a serious injury and he will be out for weeks", "[Alan Berry | null] It was a shame, I don't think we even touched each other"]],
    ['[[PERSON:Rory Ames]] said: "We can only guess what the new machines will do." [[PERSON:Mr Hart]] warned that studios still had to learn how to tell a story. "Nobody has cracked that yet in this industry."', ["[Rory Ames | said] We can only guess what the new machines will do", "[Mr Hart | null] Nobody has cracked that yet in this industry"]],
    // must not change: the same person again, a pronoun, a body speaking through the person quoted, the quote's own attribution
    ['[[PERSON:Rory Ames]] said: "We can only guess what the new machines will do." [[PERSON:Rory Ames]] said the firm would wait and see. "Nobody has cracked that yet in this industry."', ["[Rory Ames | said] We can only guess what the new machines will do", "[Rory Ames | null] Nobody has cracked that yet in this industry"]],
    ['[[PERSON:Rory Ames]] said: "We can only guess what the new machines will do." He said the firm would wait and see. "Nobody has cracked that yet in this industry."', ["[Rory Ames | said] We can only guess what the new machines will do", "[Rory Ames | null] Nobody has cracked that yet in this industry"]],
    ['[[PERSON:Gert Flohr]] said: "Our goal is to bring games to everyone." [[ORGANIZATION:Acme Games]] said the games market was now bigger than music. "Nobody queues for records any more."', ["[Gert Flohr | said] Our goal is to bring games to everyone", "[Gert Flohr | null] Nobody queues for records any more"]],
    ['"Prices are rising fast," said [[PERSON:Jo Park]], an economist at the bank. "It is no longer a risk but a fact."', ["[Jo Park | said] Prices are rising fast", "[Jo Park | null] It is no longer a risk but a fact"]]
  ],
  "he after a clause that but opens with a person": [
    ['Wales coach [[PERSON:Mark Rudd]] said: "We must be bold when we go to Paris." France have been criticised for a lack of "flair" this year but captain [[PERSON:Fabien Pelle]] sees hope on the horizon. "I get the feeling we are getting better," he said.', ["[Mark Rudd | said] We must be bold when we go to Paris", "[Fabien Pelle | said] I get the feeling we are getting better"]],
    // must not change: a person opening the sentence, no person after `but`
    ['Wales coach [[PERSON:Mark Rudd]] said: "We must be bold when we go to Paris." [[PERSON:Mark Rudd]] has named his side but captain [[PERSON:Gareth Tom]] is out injured. "I expect a hard game in Paris," he said.', ["[Mark Rudd | said] We must be bold when we go to Paris", "[Mark Rudd | said] I expect a hard game in Paris"]],
    ['Wales coach [[PERSON:Mark Rudd]] said: "We must be bold when we go to Paris." France have been criticised this year but the side remain unbeaten. "I expect a hard game in Paris," he said.', ["[Mark Rudd | said] We must be bold when we go to Paris", "[Mark Rudd | said] I expect a hard game in Paris"]]
  ],
  "he after a name and himself, a subordinating word before a subject": [
    ['[[PERSON:Tait]], given little chance to shine, was praised by [[PERSON:Robinson]], even if the coach admitted the ground was an "unforgiving place" for him. [[ORGANIZATION:Tait]] himself, at least outwardly, seemed unaffected by the treatment. "I want more of that," he said.', ["[the coach | admitted] unforgiving place", "[Tait | said] I want more of that"]],
    ['[[PERSON:Tait]] was praised by [[PERSON:Robinson]], even if the coach admitted the ground was an "unforgiving place" for the teenager.', ["[the coach | admitted] unforgiving place"]],
    // must not change: `himself` after a lower-case word
    ['[[PERSON:Tait]] was praised by the coach. The coach himself seemed unaffected by the result. "I want more of that," he said.', ["[Tait | said] I want more of that"]]
  ],
  "they after a passive's by and a body": [
    ['The bill, which ministers say will tackle crime, is expected to be opposed by the [[ORGANIZATION:Liberal Democrats]].\nThey have said the scheme is "deeply flawed" and a waste of money.', ["[Liberal Democrats | said] deeply flawed"]],
    // must not change: no passive before the body
    ['Party sources said the meeting had been a "tough meeting" and that they had backed the [[ORGANIZATION:Liberal Democrats]].\nThey have said the scheme is "deeply flawed" and a waste of money.', ["[Party sources | said] tough meeting", "[Party sources | said] deeply flawed"]]
  ],
  "the ! of a name, and inside a role a name closes": [
    ['Campaigns against singers such as [[PERSON:Buju Mann]] have been waged for years. [[PERSON:Brett Lowe]] of gay group [[ORGANIZATION:OutRage]]! said they were "wiping the slate clean".', ["[Brett Lowe | said] wiping the slate clean"]],
    ['The labels have agreed. "The industry will work with the artists while keeping their freedom of speech," according to media and PR strategist [[PERSON:Glen Yardley]], who represents them.', ["[Glen Yardley | according to] The industry will work with the artists while keeping their freedom of speech"]],
    ['Profits rose. "We are very pleased with the figures for the year," said chairman and chief executive officer [[PERSON:Bill Ford]].', ["[Bill Ford | said] We are very pleased with the figures for the year"]],
    // must not change: `!` that ends a sentence, `and` between two people
    ['Campaigns against singers such as [[PERSON:Buju Mann]] have been waged for years. It was a triumph! He said they were "wiping the slate clean" now.', ["[Buju Mann | said] wiping the slate clean"]]
  ],
  "a where clause after the marks, a slogan": [
    ['The decision follows a "tough meeting" where some senior [[ORGANIZATION:Tories]] argued against the move, party sources told the BBC.', ["[party sources | told] tough meeting"]],
    ['The bill would give legal force to "living wills", where people say they want treatment withheld.', []],
    ['Under what is to be the general election slogan "Britain is working", the prime minister again insisted the party would stay on course.', []],
    ['"I was quite surprised by the result in the end," said [[PERSON:Jo Hill]], who wore the bid slogan, "Back the Bid", on her shorts.', ["[Jo Hill | said] I was quite surprised by the result in the end"]],
    // must not change: a verb right after the marks
    ['"The talks were tough," said senior [[ORGANIZATION:Tories]] who attended.', ["[Tories | said] The talks were tough"]]
  ]
})
