import { describe, expect, it } from "vitest"
import { tokenize } from "../../src/normalize/index.js"
import { tokensWith } from "../../src/normalize/tokenize.js"

/**
 * The tokenizer after the fifty-ninth session's speed change (helper perf5): `tokensWith` adds each token through
 * `pushToken`, a function of the module, instead of a closure made per call. Every field of every token must stay as it
 * was: the rows below were written for this test in the style of the wires and their tokens read from the tokenizer
 * before the change (089c0c8) — words with proclitics and the article, numbers in both digits, HTML character
 * references, emoji sequences, a run of tatweel, a ligature, Latin words with periods and apostrophes; and the entity
 * stage's path, with a list of known words that the clitic split consults.
 */

const show = (t: ReturnType<typeof tokenize>[number]): string =>
  [
    t.text,
    t.norm,
    t.start,
    t.end,
    t.kind,
    t.clitics === undefined ? "" : t.clitics.map((c) => `${c.kind}:${c.text}:${c.norm}:${c.start}-${c.end}`).join(" "),
    t.stem === undefined ? "" : `${t.stem.text}:${t.stem.norm}:${t.stem.start}-${t.stem.end}`
  ].join("|")

const plain: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  [
    "وقال وزير الخارجية للصحفيين: «سنواصل العمل بالتعاون مع الشركاء».",
    [
      "وقال|وقال|0|4|word|conjunction:و:و:0-1|قال:قال:1-4",
      "وزير|وزير|5|9|word||",
      "الخارجية|الخارجيه|10|18|word|article:ال:ال:10-12|خارجية:خارجيه:12-18",
      "للصحفيين|للصحفيين|19|27|word|preposition:ل:ل:19-20 article:ل:ل:20-21|صحفيين:صحفيين:21-27",
      ":|:|27|28|punct||",
      "«|\"|29|30|punct||",
      "سنواصل|سنواصل|30|36|word||",
      "العمل|العمل|37|42|word|article:ال:ال:37-39|عمل:عمل:39-42",
      "بالتعاون|بالتعاون|43|51|word|preposition:ب:ب:43-44 article:ال:ال:44-46|تعاون:تعاون:46-51",
      "مع|مع|52|54|word||",
      "الشركاء|الشركاء|55|62|word|article:ال:ال:55-57|شركاء:شركاء:57-62",
      "»|\"|62|63|punct||",
      ".|.|63|64|punct||"
    ]
  ],
  [
    "ارتفع المؤشر 3.5% إلى 7,250.25 نقطة في ٢٠١٥م، وللمرة الثانية",
    [
      "ارتفع|ارتفع|0|5|word||",
      "المؤشر|المءشر|6|12|word|article:ال:ال:6-8|مؤشر:مءشر:8-12",
      "3.5|3.5|13|16|number||",
      "%|%|16|17|punct||",
      "إلى|الي|18|21|word||",
      "7,250.25|7,250.25|22|30|number||",
      "نقطة|نقطه|31|35|word||",
      "في|في|36|38|word||",
      "٢٠١٥|2015|39|43|number||",
      "م|م|43|44|word||",
      "،|,|44|45|punct||",
      "وللمرة|وللمره|46|52|word|conjunction:و:و:46-47 preposition:ل:ل:47-48 article:ل:ل:48-49|مرة:مره:49-52",
      "الثانية|الثانيه|53|60|word|article:ال:ال:53-55|ثانية:ثانيه:55-60"
    ]
  ],
  [
    "قال &quot;المتحدث&quot; إن الاجتماع&nbsp;انتهى &#8221;أمس&#8221;",
    [
      "قال|قال|0|3|word||",
      "&quot;|\"|4|10|punct||",
      "المتحدث|المتحدث|10|17|word|article:ال:ال:10-12|متحدث:متحدث:12-17",
      "&quot;|\"|17|23|punct||",
      "إن|ان|24|26|word||",
      "الاجتماع|الاجتماع|27|35|word|article:ال:ال:27-29|اجتماع:اجتماع:29-35",
      "انتهى|انتهي|41|46|word||",
      "&#8221;|\"|47|54|punct||",
      "أمس|امس|54|57|word||",
      "&#8221;|\"|57|64|punct||"
    ]
  ],
  [
    "فرح المشجعون 🇸🇦👍🏽 بالفوز ـــ وكتبوا: شكرا",
    [
      "فرح|فرح|0|3|word||",
      "المشجعون|المشجعون|4|12|word|article:ال:ال:4-6|مشجعون:مشجعون:6-12",
      "🇸🇦|🇸🇦|13|17|symbol||",
      "👍🏽|👍🏽|17|21|symbol||",
      "بالفوز|بالفوز|22|28|word|preposition:ب:ب:22-23 article:ال:ال:23-25|فوز:فوز:25-28",
      "ـــ|-|29|32|punct||",
      "وكتبوا|وكتبوا|33|39|word|conjunction:و:و:33-34|كتبوا:كتبوا:34-39",
      ":|:|39|40|punct||",
      "شكرا|شكرا|41|45|word||"
    ]
  ],
  [
    "The U.S. envoy's plan — don't O’Neil's G20 ﻻ والـــــوزير",
    [
      "The|the|0|3|word||",
      "U|u|4|5|word||",
      ".|.|5|6|punct||",
      "S|s|6|7|word||",
      ".|.|7|8|punct||",
      "envoy's|envoy's|9|16|word||",
      "plan|plan|17|21|word||",
      "—|-|22|23|punct||",
      "don't|don't|24|29|word||",
      "O’Neil's|o'neil's|30|38|word||",
      "G20|g20|39|42|word||",
      "ﻻ|لا|43|44|word||",
      "والـــــوزير|والوزير|45|57|word|conjunction:و:و:45-46 article:الـــــ:ال:46-53|وزير:وزير:53-57"
    ]
  ],
  [
    "وبالمملكة وكالسعودية فالأمر ولـ\"سبق\" بسوريا",
    [
      "وبالمملكة|وبالمملكه|0|9|word|conjunction:و:و:0-1 preposition:ب:ب:1-2 article:ال:ال:2-4|مملكة:مملكه:4-9",
      "وكالسعودية|وكالسعوديه|10|20|word|conjunction:و:و:10-11 preposition:ك:ك:11-12 article:ال:ال:12-14|سعودية:سعوديه:14-20",
      "فالأمر|فالامر|21|27|word|conjunction:ف:ف:21-22 article:ال:ال:22-24|أمر:امر:24-27",
      "ولـ|ول|28|31|word||",
      "\"|\"|31|32|punct||",
      "سبق|سبق|32|35|word||",
      "\"|\"|35|36|punct||",
      "بسوريا|بسوريا|37|43|word||"
    ]
  ]
]

const known = new Set(["سوريا", "مملكه", "لندن"])
const withKnown: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  [
    "وبسوريا ولندن بالمملكه وبريطانيا",
    [
      "وبسوريا|وبسوريا|0|7|word|2:conjunction,preposition:",
      "ولندن|ولندن|8|13|word|1:conjunction:",
      "بالمملكه|بالمملكه|14|22|word|3:preposition,article:",
      "وبريطانيا|وبريطانيا|23|32|word|1:conjunction:"
    ]
  ],
  [
    "كالسعودية ﻻ وبسوريا،",
    [
      "كالسعودية|كالسعوديه|0|9|word|3:preposition,article:",
      "ﻻ|لا|10|11|word|",
      "وبسوريا|وبسوريا|12|19|word|2:conjunction,preposition:",
      "،|,|19|20|punct|"
    ]
  ]
]

describe("tokensWith through pushToken (fifty-ninth session, helper perf5)", () => {
  it.each(plain)("tokenize: %s", (text, tokens) => {
    expect(tokenize(text).map(show)).toEqual(tokens)
  })
  it.each(withKnown)("with known words: %s", (text, tokens) => {
    const got = tokensWith(text, { isKnown: (n) => known.has(n) }, (t, norm, start, end, kind, w) =>
      [t, norm, start, end, kind, w === undefined ? "" : `${w.split.letters}:${w.split.parts.map((p) => p.kind).join(",")}:${w.pos === undefined ? "" : w.pos.join(",")}`].join("|")
    )
    expect(got).toEqual(tokens)
  })
})
