import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { normalize, normalizeText, tokenize, type Token } from "../../src/normalize/index.js"
import { someText } from "./arbitraries.js"

const texts = (tokens: ReadonlyArray<Token>) => tokens.map((t) => t.text)
const split = (t: Token) => (t.clitics ? [...t.clitics.map((c) => c.text), t.stem!.text] : [t.text])

describe("tokenize", () => {
  it("splits words, numbers, punctuation and symbols with offsets", () => {
    const text = "قال الوزير: «ارتفعت الأسعار 3.5% في 2015م» — Reuters"
    const tokens = tokenize(text)
    expect(texts(tokens)).toEqual(["قال", "الوزير", ":", "«", "ارتفعت", "الأسعار", "3.5", "%", "في", "2015", "م", "»", "—", "Reuters"])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(tokens.map((t) => t.kind)).toEqual([
      "word",
      "word",
      "punct",
      "punct",
      "word",
      "word",
      "number",
      "punct",
      "word",
      "number",
      "word",
      "punct",
      "punct",
      "word"
    ])
  })

  it("keeps numbers with separators whole, in any digits", () => {
    expect(texts(tokenize("1,250.5 ريال و٣٫٥ مليون و۱۲"))).toEqual(["1,250.5", "ريال", "و", "٣٫٥", "مليون", "و", "۱۲"])
    expect(texts(tokenize("عام 2015."))).toEqual(["عام", "2015", "."])
  })

  it("keeps Latin words with digits and inner apostrophes", () => {
    expect(texts(tokenize("G20 summit, don't O’Neil's 3D"))).toEqual(["G20", "summit", ",", "don't", "O’Neil's", "3D"])
    expect(texts(tokenize("'quoted'"))).toEqual(["'", "quoted", "'"])
  })

  it("keeps diacritics, tatweel and joiners inside words", () => {
    expect(texts(tokenize("كَتَبَ الطـالب كل\u200cمة"))).toEqual(["كَتَبَ", "الطـالب", "كل\u200cمة"])
  })

  it("makes a free-standing tatweel a punctuation token that searches as a dash", () => {
    const t = tokenize("عواصم ـ وكالات")
    expect(texts(t)).toEqual(["عواصم", "ـ", "وكالات"])
    expect(t[1]!.kind).toBe("punct")
    expect(t[1]!.norm).toBe("-")
  })

  it("skips spaces and format characters", () => {
    expect(texts(tokenize("\u200fالرياض\u200f\u00a0 جدة\n"))).toEqual(["الرياض", "جدة"])
  })

  it("keeps emoji sequences together", () => {
    expect(texts(tokenize("👍🏽 🇸🇦 👨‍👩‍👧 ❤️"))).toEqual(["👍🏽", "🇸🇦", "👨‍👩‍👧", "❤️"])
  })

  it("gives the search-normalized form of every token", () => {
    const t = tokenize("أعلنت الوزارةُ «٣» ﻻ")
    expect(t.map((x) => x.norm)).toEqual(["اعلنت", "الوزاره", '"', "3", '"', "لا"])
  })

  it("never throws and covers every letter and digit", () => {
    fc.assert(
      fc.property(someText, (s) => {
        const tokens = tokenize(s)
        let last = 0
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last)
          expect(t.end).toBeGreaterThan(t.start)
          expect(s.slice(t.start, t.end)).toBe(t.text)
          expect(t.norm).toBe(normalizeText(t.text, "search"))
          if (t.clitics) {
            expect(t.clitics[0]!.start).toBe(t.start)
            expect(t.stem!.end).toBe(t.end)
            let at = t.start
            for (const c of t.clitics) {
              expect(c.start).toBe(at)
              expect(s.slice(c.start, c.end)).toBe(c.text)
              at = c.end
            }
            expect(t.stem!.start).toBe(at)
          }
          last = t.end
        }
        const covered = new Uint8Array(s.length)
        for (const t of tokens) covered.fill(1, t.start, t.end)
        // a character reference to a space or an invisible character (`&nbsp;`, `&rlm;`) reads as that character
        for (const m of s.matchAll(/&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g))
          if (normalizeText(m[0], "search").trim() === "") covered.fill(1, m.index, m.index + m[0].length)
        for (let i = 0; i < s.length; i++) {
          if (/[\p{L}\p{Nd}]/u.test(s[i]!)) expect(covered[i]).toBe(1)
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe("Arabic proclitics", () => {
  it("splits the article and the letters before it", () => {
    const t = tokenize("والكتاب بالرياض للمدرسة وللمرة فبالتالي")
    expect(t.map(split)).toEqual([
      ["و", "ال", "كتاب"],
      ["ب", "ال", "رياض"],
      ["ل", "ل", "مدرسة"],
      ["و", "ل", "ل", "مرة"],
      ["ف", "ب", "ال", "تالي"]
    ])
    expect(t[0]!.clitics!.map((c) => c.kind)).toEqual(["conjunction", "article"])
    expect(t[2]!.clitics!.map((c) => c.kind)).toEqual(["preposition", "article"])
  })

  it("does not split letters that begin the word", () => {
    const words = "بيروت لبنان كندا فرنسا فلسطين واشنطن وزير وزارة وكالة وكالات ولاية وقت ولد الله التي الذي إلى الى ألمانيا أمريكا"
    for (const t of tokenize(words)) expect(t.clitics, t.text).toBeUndefined()
  })

  it("does not split a conjunction off common words that begin with و", () => {
    // (their rest is no word: و + قتها, و + فاته)
    const words = "وقتها وفاته وصفها وجوه واسط وضعية وظيفته"
    for (const t of tokenize(words)) expect(t.clitics, t.text).toBeUndefined()
    // and still splits it where the rest is a word
    expect(tokenize("وقتل ويقول وصفق").map(split)).toEqual([
      ["و", "قتل"],
      ["و", "يقول"],
      ["و", "صفق"]
    ])
  })

  it("reads the word lists behind their sieves: the exceptions stay whole, a short function word after ف is split", () => {
    // (a stem of the article's exceptions, of the common و words and stems, with and without marks; the lists' first
    // and last words)
    const whole = "الآن اللواتي والدهما والدَته بالغين كالسيوم ولد وجهاء وحشية وريث وصيف وديعة وكلاء"
    for (const t of tokenize(whole)) expect(t.clitics, t.text).toBeUndefined()
    expect(tokenize("فهو فعلى فليست فإليه وجاءت فيتم").map(split)).toEqual([
      ["ف", "هو"],
      ["ف", "على"],
      ["ف", "ليست"],
      ["ف", "إليه"],
      ["و", "جاءت"],
      ["ف", "يتم"]
    ])
  })

  it("does not take a hamza alef for the article", () => {
    expect(tokenize("بألف وإلى")[0]!.clitics).toBeUndefined()
  })

  it("splits the conjunction before a known word or a long remainder", () => {
    expect(tokenize("وقال وهو فقد فإن ولبنان وبيروت").map(split)).toEqual([
      ["و", "قال"],
      ["و", "هو"],
      ["ف", "قد"],
      ["ف", "إن"],
      ["و", "لبنان"],
      ["و", "بيروت"]
    ])
  })

  it("keeps the diacritics of a clitic with it", () => {
    const [t] = tokenize("وَالْكِتَابُ")
    expect(split(t!)).toEqual(["وَ", "الْ", "كِتَابُ"])
    expect(t!.stem!.norm).toBe("كتاب")
    expect(t!.clitics!.map((c) => c.norm)).toEqual(["و", "ال"])
  })

  it("uses a lexicon when given one", () => {
    const known = new Set(["لبنان", "بيروت", "الرياض"].map((w) => normalizeText(w, "search")))
    const isKnown = (w: string) => known.has(w)
    expect(tokenize("بلبنان لبيروت للبنان لبنان والرياض", { isKnown }).map(split)).toEqual([
      ["ب", "لبنان"],
      ["ل", "بيروت"],
      ["ل", "لبنان"],
      ["لبنان"],
      ["و", "الرياض"]
    ])
  })

  it("can be turned off", () => {
    expect(tokenize("والكتاب", { clitics: false })[0]!.clitics).toBeUndefined()
  })

  it("gives clitics and stems offsets that map through a view", () => {
    const text = "قال: وبالمدينةِ\u200f المنورة"
    const view = normalize(text, "search")
    const word = tokenize(view.text).find((t) => t.stem?.norm === "مدينه")!
    const o = view.toOriginal(word.stem!.start, word.stem!.end)
    expect(text.slice(o.start, o.end)).toBe("مدينةِ")
  })
})

describe("tokenize: proclitics of words written with marks, tatweel or presentation forms", () => {
  // [word, clitics as [text, norm, start, end, kind], stem as [text, norm, start, end]]: the letters are read apart
  // from the marks and the tatweel, and each part keeps its own marks and offsets into the word
  const table: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string, number, number, string]> | null, readonly [string, string, number, number] | null]> = [
    ["والرئيسُ", [["و", "و", 0, 1, "conjunction"], ["ال", "ال", 1, 3, "article"]], ["رئيسُ", "رءيس", 3, 8]],
    ["بالـمدينة", [["ب", "ب", 0, 1, "preposition"], ["الـ", "ال", 1, 4, "article"]], ["مدينة", "مدينه", 4, 9]],
    ["ﺑﺎﻟﻤﺪﻳﻨﺔ", [["ﺑ", "ب", 0, 1, "preposition"], ["ﺎﻟ", "ال", 1, 3, "article"]], ["ﻤﺪﻳﻨﺔ", "مدينه", 3, 8]],
    ["وَلِلْمُواطِنِينَ", [["وَ", "و", 0, 2, "conjunction"], ["لِ", "ل", 2, 4, "preposition"], ["لْ", "ل", 4, 6, "article"]], ["مُواطِنِينَ", "مواطنين", 6, 17]],
    ["فالأمْر", [["ف", "ف", 0, 1, "conjunction"], ["ال", "ال", 1, 3, "article"]], ["أمْر", "امر", 3, 7]],
    ["ﻭﺍﻟﺴﻼﻡ", [["ﻭ", "و", 0, 1, "conjunction"], ["ﺍﻟ", "ال", 1, 3, "article"]], ["ﺴﻼﻡ", "سلام", 3, 6]],
    ["ولـلـحكومة", [["و", "و", 0, 1, "conjunction"], ["لـ", "ل", 1, 3, "preposition"], ["لـ", "ل", 3, 5, "article"]], ["حكومة", "حكومه", 5, 10]],
    ["وﷺ", [["و", "و", 0, 1, "conjunction"]], ["ﷺ", "صلي الله عليه وسلم", 1, 2]],
    ["بﷲ", null, null],
    ["كالسَّيف", [["ك", "ك", 0, 1, "preposition"], ["ال", "ال", 1, 3, "article"]], ["سَّيف", "سيف", 3, 8]],
    ["لِلّه", null, null]
  ]
  it.each(table)("%s", (word, clitics, stem) => {
    const [t] = tokenize(word)
    expect(t!.clitics?.map((c) => [c.text, c.norm, c.start, c.end, c.kind]) ?? null).toEqual(clitics)
    expect(t!.stem === undefined ? null : [t!.stem.text, t!.stem.norm, t!.stem.start, t!.stem.end]).toEqual(stem)
    for (const c of t!.clitics ?? []) expect(word.slice(c.start, c.end)).toBe(c.text)
  })

  it("reads a word of 64 presentation forms that each stand for many letters", () => {
    const word = "و" + "\ufdfa".repeat(63)
    const [t] = tokenize(word)
    expect(t!.text).toBe(word)
    expect(t!.clitics?.map((c) => c.text)).toEqual(["و"])
    expect(t!.stem!.start).toBe(1)
  })
})
