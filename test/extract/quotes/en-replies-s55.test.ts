/**
 * English speakers of BBC News shapes readers found wrong (fifty-fifth session, helper enquote5; docs/history/quotes.md,
 * "Fifty-fifth session: enquote5"): `he` after a sentence whose opener's words are reported and a clause after `but`
 * whose person answers them (`butReplier`); `remarks` as a verb of saying; a person who opens the clause after an
 * opening adverbial that names another (`personAfterPhrase`); a relative `which` after a body and `who` past an
 * apposition (`englishRelativeAntecedent`); a speech participle after the verb of a named person who opens the sentence
 * before marks no cue attributes (`speechParticipleAfter`); words glued by hyphens counted once in the opening words
 * read for `he` (`Man-of-the-match Jo Hill`). Sentences written for this test in the style of British wire copy;
 * entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English replies, remarks and relatives (fifty-fifth session)", {
  "he after a clause with but that answers the words reported": [
    ['[[PERSON:Dan Rook]] said he was "sick and tired" of asking for a faster court but Squash Wales\'s [[PERSON:Huw Pell]] rejected his complaints. "We did ask for a quicker floor this year," he said.', ["[Dan Rook | said] sick and tired", "[Huw Pell | said] We did ask for a quicker floor this year"]],
    // must not change: the opener quoted by a verb of judging, read so before; an opener whose verb is no verb of
    // saying, a but-clause person who does something else, a body
    ['[[PERSON:Dan Rook]] attacked the new floor as "a disgrace" but club secretary [[PERSON:Huw Pell]] dismissed his complaints. "We spent a lot of money on it," he said.', ["[Dan Rook | attacked] a disgrace", "[Huw Pell | said] We spent a lot of money on it"]],
    ['[[PERSON:Dan Rook]] said: "It was a hard week." [[PERSON:Dan Rook]] lost the first set but [[PERSON:Huw Pell]] faded late on. "I kept believing until the end," he said.', ["[Dan Rook | said] It was a hard week", "[Dan Rook | said] I kept believing until the end"]],
    ['[[PERSON:Dan Rook]] said he was "sick and tired" of the floor but [[PERSON:Huw Pell]] scored twice in the final. "I kept believing until the end," he said.', ["[Dan Rook | said] sick and tired", "[Dan Rook | said] I kept believing until the end"]],
    ['[[PERSON:Dan Rook]] said he was "sick and tired" of asking but [[ORGANIZATION:Squash Wales]] rejected his complaints. "I will keep asking," he said.', ["[Dan Rook | said] sick and tired", "[Dan Rook | said] I will keep asking"]]
  ],
  "remarks as a verb of saying": [
    ['Retired fisherman [[PERSON:Aled Moss]] sits on the harbour wall every morning. "The sea has been kind to this town," he remarks.', ["[Aled Moss | remarks] The sea has been kind to this town"]],
    ['As [[PERSON:Mr Venn]] remarks: "Every old ledger here has a story."', ["[Mr Venn | remarks] Every old ledger here has a story"]],
    // must not change: the noun
    ['[[PERSON:Mr Venn]] said his remarks "were taken out of context" by the paper.', ["[Mr Venn | said] were taken out of context"]]
  ],
  "a person who opens the clause after an opening phrase that names another": [
    ['On the edge of [[PERSON:Brecon]], 81-year-old [[PERSON:Ifor Bell]] walks the hills with friends. "It is the air up here that keeps us going," he said.', ["[Ifor Bell | said] It is the air up here that keeps us going"]],
    // must not change: no person after the phrase's comma (the person in the phrase is whose view it gives)
    ['[[PERSON:Ifor Bell]] said: "We expected more." For analyst [[PERSON:Jo Hale]], the bank erred badly. "It misread the market," he said.', ["[Ifor Bell | said] We expected more", "[Jo Hale | said] It misread the market"]]
  ],
  "marks after a sentence whose opener speaks through a participle": [
    ['"Prices will ease by the spring," said [[PERSON:Rob Hale]] of [[ORGANIZATION:Kestrel Bank]]. Finance Minister [[PERSON:Ada Lunn]] put a brave face on the figures, saying they showed a strong economy. "People are spending because they feel secure in their jobs."', ["[Rob Hale | said] Prices will ease by the spring", "[Ada Lunn | null] People are spending because they feel secure in their jobs"]],
    // must not change: no participle of saying, another person before the participle
    ['"Prices will ease by the spring," said [[PERSON:Rob Hale]] of [[ORGANIZATION:Kestrel Bank]]. Finance Minister [[PERSON:Ada Lunn]] put a brave face on the figures, pointing to strong exports. "People are spending because they feel secure in their jobs."', ["[Rob Hale | said] Prices will ease by the spring", "[Rob Hale | null] People are spending because they feel secure in their jobs"]],
    ['"Prices will ease by the spring," said [[PERSON:Rob Hale]] of [[ORGANIZATION:Kestrel Bank]]. Finance Minister [[PERSON:Ada Lunn]] met [[PERSON:Tom Vey]] on Friday, saying little. "People are spending because they feel secure in their jobs."', ["[Rob Hale | said] Prices will ease by the spring", "[Rob Hale | null] People are spending because they feel secure in their jobs"]]
  ],
  "he after a sentence that opens with a hyphenated compound": [
    ['"We showed real character," said the coach. Man-of-the-match [[PERSON:Rhys Bowen]], who kicked four penalties, was delighted after the win.\n"It is a special day for all of us," he said.', ["[the coach | said] We showed real character", "[Rhys Bowen | said] It is a special day for all of us"]],
    // must not change: a compound further in, whose wider reach would take the sentence's object
    ['[[PERSON:Ann Rees]] will miss the cross-country race in January. The 31-year-old was third behind [[PERSON:Kay Moss]] last week but she prefers the track. "It was great winning bronze," she said.', ["[Ann Rees | said] It was great winning bronze"]]
  ],
  "a relative which or who that stands for a body or a person": [
    ['The claims were rejected by the [[ORGANIZATION:Interior Ministry]], which said the report was "baseless and false".', ["[Interior Ministry | said] baseless and false"]],
    ['The show drew protests from the [[ORGANIZATION:National Fostering Council]], which said it "cheapens" family life.', ["[National Fostering Council | said] cheapens"]],
    ['The row grew after a comment from [[PERSON:Princess Ilse of Varna]], the eldest daughter of ex-King [[PERSON:Boris of Varna]], who said a marriage with him was "duty, duty, duty".', ["[Princess Ilse of Varna | said] duty, duty, duty"]],
    // must not change: a relative after a name with no apposition
    ['Critics included [[PERSON:Jo Hale]], who said the plan was "a mess from start to finish".', ["[Jo Hale | said] a mess from start to finish"]]
  ]
})
