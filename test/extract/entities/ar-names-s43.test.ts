/**
 * Forty-third session (helper, names): names the entity stage cut or ran on where quotes take their speakers
 * (docs/history/quotes.md, "Forty-third session (helper, names)"; the A80 and A81 readings):
 *
 * - foreign names with a particle: `فان` as written is the Dutch particle where a name opens with it, not `ف` + `أن`
 *   (`وأشار فان غال`, text.ts), but `فإن` after a comma (`soBeforeName`); a particle never ends a person's name
 *   (`particleBeforeSurname`: `[فلاديمير فان] [ويلينبرغ]`, `فرنسيس دي سال`);
 * - a plural noun of people in construct opens no person's name (`possessorPlurals` of name-cues.json: `وقال المحامي إن
 *   [خاطفي إيلنغ]`), and the quote stage keeps the phrase as the speaker (`adjacentPossessors` of quotes/ar.json);
 * - `ل` and a news outlet's noun with no article ends a name after words with no article (`outletToldAt`: `وقال [إيفانز
 *   لراديو بي بي سي] 4 إن`; `راديو` joins `addressedOutlets`).
 *
 * Sentences written for these tests in the style of the news wires; the tags are set by hand, as the model gives them.
 */
import { describe, expect, it } from "vitest"
import { rows, typedTexts, type Marks } from "./helpers.js"
import { showQuotes } from "../quotes/marked.js"
import { loadNameCues, validateNameCues } from "../../../src/extract/entities/evidence.js"

/** A table of sentences tagged by hand (`marks`) and the people expected of them, `TYPE text`. */
const markedTable = (title: string, rows: ReadonlyArray<readonly [string, Marks, ReadonlyArray<string>]>) =>
  describe(title, () => {
    it.each(rows)("%s", (text, marks, expected) => {
      expect(typedTexts(text, marks, ["PERSON"], { propagate: true })).toEqual(expected)
    })
  })

markedTable("foreign names with a particle (text.ts `فان`, soBeforeName, particleBeforeSurname)", [
  // `فان` opening a name keeps its `ف`
  ["وأوضح فان دايك أن الفريق بحاجة إلى مدافع جديد .", [["فان دايك", "PERSON"]], ["PERSON فان دايك"]],
  ["ووفق فان هويدونك ، فإن المفاوضات لم تبدأ بعد .", [["فان هويدونك", "PERSON"]], ["PERSON فان هويدونك"]],
  ["ويعتمد فريق فان باستن على الهجمات المرتدة .", [["فان باستن", "PERSON"]], ["PERSON فان باستن"]],
  // `فان` after a comma is `فإن`: the name is the word after it
  ["وبحسب مصادر في الاتحاد ، فان بلاتيني لن يترشح مجددا .", [["فان بلاتيني", "PERSON"]], ["PERSON بلاتيني"]],
  ["وطبقا لوثائق المحكمة، فان هيرنانديز دفع الرشوة مرتين .", [["فان هيرنانديز", "PERSON"]], ["PERSON هيرنانديز"]],
  // a particle ends no name: the family name after it, tagged apart or not at all
  ["ويرى يوهان فان ويسترفيلت ، الخبير في الشؤون الأوروبية ، أن الأزمة ستطول .", [["يوهان فان", "PERSON"], ["ويسترفيلت", "PERSON"]], ["PERSON يوهان فان ويسترفيلت"]],
  ["ويرى يوهان فان ويسترفيلت ، الخبير في الشؤون الأوروبية ، أن الأزمة ستطول .", [["يوهان فان", "PERSON"]], ["PERSON يوهان فان ويسترفيلت"]],
  ["وكتب الراهب فرنسوا دي سال رسائل كثيرة .", [["فرنسوا دي سال", "PERSON"]], ["PERSON فرنسوا دي سال"]],
  // unchanged: a word with the article or a function word after the particle; a particle alone
  ["وقال ماركو دي الأخير إن الأزمة ستطول .", [["ماركو دي", "PERSON"]], ["PERSON ماركو دي"]],
  ["وقال ماركو دي إن الأزمة ستطول .", [["ماركو دي", "PERSON"]], ["PERSON ماركو دي"]],
  // unchanged: `لو` as a family name (Lew) before the conjunction glued to a title written with no space
  ["والتقى وزير المالية تيم لو ووزيرالدفاع في الوزارة .", [["تيم لو", "PERSON"]], ["PERSON تيم لو"]],
  ["وقال حسن سال الماء في الشوارع .", [["حسن سال", "PERSON"]], ["PERSON حسن"]]
])

markedTable("a plural noun of people in construct before a name (possessorPlurals)", [
  ["وقال المحامي إن خاطفي سيلفيا هددوها بالقتل .", [["خاطفي سيلفيا", "PERSON"]], ["PERSON سيلفيا"]],
  ["وأكد مساعدو غراهام أن الحملة مستمرة .", [["مساعدو غراهام", "PERSON"]], ["PERSON غراهام"]],
  ["ويتهم خصوم أردوغان الحكومة بالتضييق .", [["خصوم أردوغان", "PERSON"]], ["PERSON أردوغان"]],
  // alone: no name
  ["وخرج أنصار إلى الشارع بعد الحكم .", [["أنصار", "PERSON"]], []],
  // a noun of `possessedNouns` (sixty-second session, helper arent6: `محامي`, the client's lawyer) is left out, the
  // person is the client (the quote stage still reads `محامي X` as the speaker's phrase); unchanged: a given name, a
  // word of no list
  ["وقال محامي سيلفيا إن الحكم جائر .", [["محامي سيلفيا", "PERSON"]], ["PERSON سيلفيا"]],
  ["وقال منصور حداد إن الحكم جائر .", [["منصور حداد", "PERSON"]], ["PERSON منصور حداد"]]
])

describe("an outlet told after a speaker's name (outletToldAt)", () => {
  it.each([
    [
      "قال المدرب بيتر هاريسون إن الموسم صعب . وقال هاريسون لراديو كابيتال إن الفريق سيتعافى .",
      [["بيتر هاريسون", "PERSON"], ["هاريسون لراديو كابيتال", "ORGANIZATION"]],
      ["PERSON بيتر هاريسون", "PERSON هاريسون"]
    ],
    ["وقالت ماريا لوبيز لصحيفة إل باييس إن الحكومة أخطأت .", [["ماريا لوبيز لصحيفة إل باييس", "PERSON"]], ["PERSON ماريا لوبيز"]],
    // unchanged: a body's name with the article before the outlet's noun; `ل` before a word that is no outlet's noun
    ["وقالت الهيئة العامة لإذاعة الشباب إن البث سيتوقف .", [["الهيئة العامة لإذاعة الشباب", "ORGANIZATION"]], ["ORGANIZATION الهيئة العامة لإذاعة الشباب"]],
    ["وقال هاريسون لمحاميه إن الحكم جائر .", [["هاريسون لمحاميه", "PERSON"]], ["PERSON هاريسون لمحاميه"]]
  ] as const)("%s", (text, marks, expected) => {
    expect(typedTexts(text, marks as Marks, ["PERSON", "ORGANIZATION"], { propagate: true })).toEqual(expected)
  })
})

describe("the possessor's name is not the phrase's (possessorPlurals)", () => {
  it("a later mention of the name links to the name, not to the kidnappers", () => {
    const text = "وقال المحامي إن خاطفي سيلفيا هددوها بالقتل . وقالت سيلفيا إنها كانت خائفة ."
    expect(rows("ar", text, [["خاطفي سيلفيا", "PERSON"], ["سيلفيا", "PERSON"]], ["text", "canonical"])).toEqual([
      ["سيلفيا", "سيلفيا"],
      ["سيلفيا", "سيلفيا"]
    ])
  })

  it.each([
    ['ويقول أنصار [[PERSON:كاسترو]] إنه "أعاد البلاد إلى أهلها بعد عقود".', ["[أنصار كاسترو | يقول] أعاد البلاد إلى أهلها بعد عقود"]],
    ['وقال خاطفو [[PERSON:سيلفيا]] لعائلتها: "ندفع بها إلى أول مشتر يدفع".', ["[خاطفو سيلفيا | قال] ندفع بها إلى أول مشتر يدفع"]],
    // unchanged: the person's own words
    ['وقالت [[PERSON:سيلفيا]] إنها عاشت "أياما طويلة من الخوف والجوع".', ["[سيلفيا | قالت] أياما طويلة من الخوف والجوع"]]
  ])("the quote stage keeps the phrase as the speaker: %s", (marked, expected) => {
    expect(showQuotes(marked)).toEqual(expected)
  })
})

describe("the list of this session", () => {
  it("name-cues holds the plural nouns of people, and a file without them is refused", () => {
    const f = loadNameCues()
    expect(f.possessorPlurals.ar).toEqual(expect.arrayContaining(["خاطفي", "مساعدو", "أنصار"]))
    const { possessorPlurals: _p, ...rest } = f
    expect(() => validateNameCues(rest)).toThrow(/possessorPlurals/)
  })
})
