/**
 * English speakers of the fifty-first session (helper enscrap, after the reading of BBC News English E25): scraps of
 * text and wrong persons as speakers. A passive with `-ly` adverbs before its participle attributes nothing
 * (`passiveOverAdverbs`); a verb in the present ends a subject that an `and` after the object shares
 * (`presentVerbAfter`); `the`, words of address and a person's name in apposition are the subject
 * (`englishSubjectBefore`); a one-word name before `have`/`are`/`were` is a team (`pluralName`); the first words read
 * after a closing mark glued to the sentence before (`recentSubject`); a person's voice in the possessive speaks as
 * its phrase (`possessedVoice`); a document's issuer after `from` in apposition speaks (`issuerInApposition`);
 * `asserts` is a speech verb and `the party` the body that opens the sentence before. Sentences written for this test
 * in the style of British news copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English scraps and wrong persons as speakers (fifty-first session, enscrap)", {
  "a passive with -ly adverbs before its participle attributes nothing": [
    ['[[PERSON:Ana Hale]] spoke first. The board was widely criticised for "ignoring the staff again".', []]
  ],
  "an adverb with no passive auxiliary keeps the verb": [
    ['[[PERSON:Ana Hale]] openly criticised the plan as "a costly mistake for all".', ["[Ana Hale | criticised] a costly mistake for all"]]
  ],
  "a present verb ends the subject an and after the object shares": [
    ['[[PERSON:Ana Hale]] leads the union. The union leader backs a fresh ballot over pay and has said the offer is "far too low to accept".', ["[The union leader | said] far too low to accept"]]
  ],
  "a past verb reads the subject as before": [
    ['The board met on Monday and said the deal was "a fair price for both sides".', ["[The board | said] a fair price for both sides"]]
  ],
  "the, words of address and a name in apposition: the name": [
    ['The Bishop of Leeds, the Right Reverend [[PERSON:Paul Moss]], told the BBC that people should "think hard before they vote".', ["[Paul Moss | told] think hard before they vote"]]
  ],
  "a role in apposition after a name: the name, as before": [
    ['[[PERSON:Ann Cole]], the Labour MP, said the plan was "a waste of money".', ["[Ann Cole | said] a waste of money"]]
  ],
  "a one-word name before have is a team; the age stands for the player": [
    ['[[PERSON:Ipswich]] have signed Leeds defender [[PERSON:Tom Varley]] for a small fee. "It was an easy decision to make," the 31-year-old told the club\'s website.', ["[Tom Varley | told] It was an easy decision to make"]]
  ],
  "a name before has stays the person": [
    ['[[PERSON:Jo Penn]] has signed a new deal with the club. "I am very happy here," the 29-year-old said.', ["[Jo Penn | said] I am very happy here"]]
  ],
  "the first words after a closing mark glued to the sentence before": [
    ['[[PERSON:Tom Hill]] said: "We have a clear view on this." His words came as Cardinal [[PERSON:John Ward]] backed the plan. In a statement, he said the vote was "a very key issue for us".', ["[Tom Hill | said] We have a clear view on this", "[John Ward | said] a very key issue for us"]]
  ],
  "a person's voice in the possessive speaks as its phrase": [
    ['Mr [[PERSON:Hale]]\'s spokesman said: "The prime minister will study the report."', ["[Mr Hale's spokesman | said] The prime minister will study the report"]],
    ['Mr [[PERSON:Hale]]\'s official spokesman said: "The prime minister will study the report."', ["[Mr Hale's official spokesman | said] The prime minister will study the report"]]
  ],
  "a body's spokesman in the possessive is the body; a relative is no voice": [
    ['[[ORGANIZATION:Acme]]\'s spokesman said: "The firm will study the report."', ["[Acme | said] The firm will study the report"]],
    ['Mr [[PERSON:Hale]]\'s son said: "My father will study the report."', ["[Hale | said] My father will study the report"]]
  ],
  "a document's issuer after from in apposition speaks": [
    ['The letter, from the [[ORGANIZATION:Home Office]], says: "You may appeal within 28 days."', ["[Home Office | says] You may appeal within 28 days"]]
  ],
  "an issuer with no organisation tagged leaves the document": [
    ['The letter, from a local solicitor, says: "You may appeal within 28 days."', ["[The letter | says] You may appeal within 28 days"]]
  ],
  "asserts is a speech verb; the party is the body that opens the sentence before": [
    ['A spokesman for [[ORGANIZATION:UKIP]] called on Mr [[PERSON:Hale]] to quit. The party asserts that Mr Hale "has a moral duty to stand down".', ["[UKIP | asserts] has a moral duty to stand down"]]
  ],
  "the party after a sentence that opens with a person stays the phrase": [
    ['[[PERSON:Ann Cole]] left the party in May. The party said she had "broken its rules many times".', ["[The party | said] broken its rules many times"]]
  ]
})
