/**
 * English speakers (twenty-ninth session, lead; docs/history/quotes.md "Twenty-ninth session (lead, English)"): a person
 * placed by `of` before the verb (`Laura Hale of the Refugee Council said`) is the speaker, not the body after `of`;
 * `As X put it:` attributes; `as` opens a clause and is no part of a speaker (`"…", as one activist put it`); a web
 * address is one phrase; an irregular past that does not end in -ed (`quit`, `cut`) is a main verb, so a verb after
 * `and` shares its subject (`X quit his post on 24 November and vowed:`). Sentences written for this test in the style
 * of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "../marked.js"

const EARLIER = '[[PERSON:Nick Ross]] said the plan was sound. "We are happy with it," he said.\n'

describeQuoteTables("quotes: English speakers (twenty-ninth session)", {
  "a person placed by `of` speaks, not the body after it": [
    [
      'Officials said hundreds had been sent back. [[PERSON:Laura Hale]] of [[ORGANIZATION:the Refugee Council]] said there were grave concerns.\n"If people are going to be returned, there should be proper checks," she said.',
      ["[Laura Hale | said] If people are going to be returned, there should be proper checks"]
    ],
    [
      `${EARLIER}[[PERSON:Tom Reid]] of [[ORGANIZATION:Barclays Capital]] said: "The figures are better than the market expected."`,
      ["[Nick Ross | said] We are happy with it", "[Tom Reid | said] The figures are better than the market expected"]
    ],
    [
      `${EARLIER}Detective Inspector [[PERSON:Paul Hart]] of [[ORGANIZATION:Thames Valley Police]] said: "The man was seen leaving by the back door."`,
      ["[Nick Ross | said] We are happy with it", "[Paul Hart | said] The man was seen leaving by the back door"]
    ],
    // a name after `of` with no person before it stays the subject's (`The Department of Health`, `Friends of the Earth`)
    [
      '[[ORGANIZATION:The Department of Health]] said: "We will publish the figures next month as planned."',
      ["[The Department of Health | said] We will publish the figures next month as planned"]
    ],
    // a body before `of` (no person ends there) stays as it was
    [
      '[[ORGANIZATION:Friends of the Earth]] said: "The plan does nothing for the climate at all."',
      ["[Friends of the Earth | said] The plan does nothing for the climate at all"]
    ]
  ],
  "`As X put it` attributes the quote": [
    [
      `${EARLIER}As [[PERSON:Paul Dean]] of the popular kitbuilders.co.uk website put it: "Nobody will make a home-built PC this small."`,
      ["[Nick Ross | said] We are happy with it", "[Paul Dean | put it] Nobody will make a home-built PC this small"]
    ],
    [
      'Critics were unmoved. As one analyst puts it, "the numbers simply do not add up for the company this year."',
      ["[one analyst | puts it] the numbers simply do not add up for the company this year"]
    ],
    [
      'But they did have one "trump card with the voters", as one activist put it.',
      ["[one activist | put it] trump card with the voters"]
    ],
    [
      '[[PERSON:Gordon Brown]] put it bluntly: "We will not raise taxes on working families this year."',
      ["[Gordon Brown | put it] We will not raise taxes on working families this year"]
    ]
  ],
  "an irregular past without -ed ends the sentence's subject before a verb after `and`": [
    [
      'The former boss replaces Tom Arden. [[PERSON:Jack Denton]], 57, left his job on 24 November and vowed: "I am not going back there."',
      ["[Jack Denton | vowed] I am not going back there"]
    ],
    [
      '[[PERSON:Jane Cole]] cut the budget by half last year and said: "We had no other choice at the time."',
      ["[Jane Cole | said] We had no other choice at the time"]
    ]
  ],
  "a web address is one phrase": [
    [
      `${EARLIER}The buildyourown.org.uk website said: "It will be hard to build a PC as small as this one."`,
      ["[Nick Ross | said] We are happy with it", "[The buildyourown.org.uk website | said] It will be hard to build a PC as small as this one"]
    ]
  ]
})
