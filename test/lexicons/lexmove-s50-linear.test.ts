import { linearQuoteCases, taggedBy } from "../extract/quotes/linear/timing.js"

/**
 * Fiftieth session (helper lexmove, `lexmove-s50.test.ts`): the channel of a speaker (`ownChannel`: a pronoun ending
 * and one clitic, constant work per word) and an unnamed member's body (`affiliationAt`, `opensWithArticle`) read
 * from the lexicon stay linear however long the phrase runs.
 */
linearQuoteCases(
  "fiftieth session, lexmove: channels and affiliations stay linear",
  {
    "channels with clitics and leads, again and again": (n) => "وقالت الهيئة وحسابها على صفحتها لقناتها ".repeat(n) + "إن «المعسكر سيبدأ».",
    "members in bodies with the article after clitics": (n) => "وقال ناشط في المعارضة بالمدينة للشرعية والمقاومة ".repeat(n) + "إن «القصف استمر».",
  },
  taggedBy([["سعد الغامدي", "PERSON"]]),
  200
)
