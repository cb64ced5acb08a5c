/**
 * English short pieces in marks (fifty-second session, helper enshort; docs/history/quotes.md): one to three words in
 * marks later in the sentence of a piece an English verb attributed are the same speaker's, however far from the verb,
 * when they read as no name, title or term (`englishLaterPiece`), and so are the first ones past the verb's window in
 * the clause it reports, up to 32 tokens, when the text names the speaker surely (`englishFarPiece`); an adverb of
 * manner between the subject and its verb is no part of the subject (`verbModifiers` in en.json); an aside between
 * spaced dashes right before the verb stands for the subject before it (`dashAsideBefore`). Sentences written for this test in the style of British wire copy;
 * entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English short pieces (fifty-second session)", {
  "a later piece of the same sentence": [
    ['[[PERSON:Graham Robb]] said the council\'s plan to close the library and the pool had dragged the whole debate "into the gutter" and showed its members were "rattled".', ["[Graham Robb | said] into the gutter", "[Graham Robb | said] rattled"]],
    ['[[ORGANIZATION:Amnesty International]] has called the prison a "moral stain" and a "symbol of impunity".', ["[Amnesty International | called] moral stain", "[Amnesty International | called] symbol of impunity"]],
    ['[[PERSON:Ann Kerr]] accused the ministers of being "pathetic" when it came to their efforts on flood defences and of "surrendering" on the issue.', ["[Ann Kerr | accused] pathetic", "[Ann Kerr | accused] surrendering"]],
    ['[[PERSON:Meg Dunne]] called 2004 an "outstanding year" that generated "real momentum" for the group.', ["[Meg Dunne | called] outstanding year", "[Meg Dunne | called] real momentum"]],
    // must not fire: a capitalized word, a term's lead, a number, a person between, a new sentence inside the marks
    ['[[PERSON:Graham Robb]] said the council\'s plan to close the library and the pool had dragged the whole debate "into the gutter" and let the "Big Four" decide.', ["[Graham Robb | said] into the gutter"]],
    ['[[PERSON:Graham Robb]] said the council\'s plan to close the library and the pool had dragged the whole debate "into the gutter" and revived the so-called "poll tax".', ["[Graham Robb | said] into the gutter"]],
    ['[[PERSON:Graham Robb]] said the council\'s plan to close the library and the pool had dragged the whole debate "into the gutter" ahead of a "2005" vote.', ["[Graham Robb | said] into the gutter"]],
    ['[[PERSON:Graham Robb]] said the council\'s plan to close the library and the pool had dragged the whole debate "into the gutter", although [[PERSON:Jo Hill]] was "rattled".', ["[Graham Robb | said] into the gutter"]],
    ['[[PERSON:Tony Blair]] insisted there was no plan for military action, saying: "Some people think this country is next." Instead there was a good chance of a "negotiated settlement" to the dispute, he said.', ["[Tony Blair | saying] Some people think this country is next", "[Tony Blair | said] negotiated settlement"]]
  ],
  "a first piece past the verb's window": [
    ['[[PERSON:Tony Blair]] said nobody had yet decided who would lead the campaign but the chancellor\'s role would be "central".', ["[Tony Blair | said] central"]],
    ['The Japanese carmaker said it was looking at building a second factory in the region, but that the plan was still only a "possible" option.', ["[The Japanese carmaker | said] possible"]],
    // must not fire: a lower-case scrap as the subject, a capitalized piece
    ['Many of those questioned said they had a bond with their fixed phone that drew on its place in the home and the "cosiness" of a call.', []],
    ['[[PERSON:Tony Blair]] said nobody had yet decided who would lead the campaign but the chancellor would lead the "Yes Campaign".', []],
  ],
  "an adverb between the subject and its verb": [
    ['The board widely criticised the plan, saying it was "a recipe for disaster for everyone".', ["[The board | saying] a recipe for disaster for everyone"]],
    ['The union bitterly said the offer was "an insult to every nurse in the land".', ["[The union | said] an insult to every nurse in the land"]],
    // must not change: a noun in -ly is the subject
    ['The family said the verdict was "a great relief to all of us".', ["[The family | said] a great relief to all of us"]]
  ],
  "an aside between dashes before the verb": [
    ['Home Secretary [[PERSON:Charles Clarke]] said: "We will study the judgment carefully." [[PERSON:Lord Bingham]] - a senior law lord - said the rules permitted "a form of detention the law does not allow".', ["[Charles Clarke | said] We will study the judgment carefully", "[Lord Bingham | said] a form of detention the law does not allow"]],
    ['"The offer undervalues the group," said [[PERSON:Jo Hill]]. [[ORGANIZATION:Deutsche Boerse]] - whose market value is more than £3bn - said the bid was "fair to every shareholder we have".', ["[Jo Hill | said] The offer undervalues the group", "[Deutsche Boerse | said] fair to every shareholder we have"]],
    // must not change: a dash that closes no aside
    ['Sales fell by 5% - the firm said it was "a difficult year for everyone in retail".', ["[the firm | said] a difficult year for everyone in retail"]]
  ]
})
