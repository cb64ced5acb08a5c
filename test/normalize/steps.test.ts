/**
 * Each step alone, with the before → after examples of its documentation page.
 */
import { describe, expect, it } from "vitest"
import {
  alef,
  apostrophes,
  diacritics,
  digits,
  hamza,
  invisibles,
  latinCase,
  latinDiacritics,
  normalizeText,
  persian,
  presentationForms,
  punctuation,
  spaces,
  stepOrder,
  stepsByName,
  tatweel,
  tehMarbuta,
  unicode,
  yeh,
  type Step
} from "../../src/normalize/index.js"

const run = (step: Step, text: string): string => step.apply(text).text

describe("unicode", () => {
  it("composes with NFC by default", () => {
    expect(run(unicode(), "ا\u0654")).toBe("أ")
    expect(run(unicode(), "Cafe\u0301")).toBe("Café")
  })
  it("orders combining marks canonically", () => {
    expect(run(unicode(), "ب\u0651\u064e")).toBe("ب\u064e\u0651")
  })
  it("folds compatibility characters with NFKC", () => {
    expect(run(unicode({ form: "NFKC" }), "ﻻ ﺍﻟﺮﻳﺎﺽ")).toBe("لا الرياض")
    expect(run(unicode({ form: "NFKC" }), "ﬁle ① ²")).toBe("file 1 2")
    expect(run(unicode(), "ﬁle")).toBe("ﬁle")
  })
  it("spells ﷼ and ﷽ out, as CAMeL Tools does, when asked", () => {
    expect(run(unicode({ form: "NFKC" }), "١٠٠ ﷼")).toBe("١٠٠ ریال")
    expect(run(unicode({ form: "NFKC", spellSymbols: true }), "١٠٠ ﷼")).toBe("١٠٠ ريال")
    expect(run(unicode({ form: "NFKC", spellSymbols: true }), "﷽")).toBe("بسم الله الرحمن الرحيم")
  })
})

describe("presentationForms", () => {
  it("maps presentation forms to letters", () => {
    expect(run(presentationForms(), "ﺍﻟﺮﻳﺎﺽ")).toBe("الرياض")
  })
  it("expands ligatures by default and keeps them by option", () => {
    expect(run(presentationForms(), "ﻻ ﷲ ﷺ")).toBe("لا الله صلى الله عليه وسلم")
    expect(run(presentationForms({ wordLigatures: "keep" }), "ﻻ ﷲ ﷺ")).toBe("لا ﷲ ﷺ")
    expect(run(presentationForms({ letterLigatures: "keep", wordLigatures: "keep" }), "ﻻ ﷲ")).toBe("ﻻ ﷲ")
  })
  it("leaves other text alone", () => {
    expect(run(presentationForms(), "ﬁ Ａ")).toBe("ﬁ Ａ")
  })
})

describe("invisibles", () => {
  it("removes zero-width characters, bidi controls, soft hyphens and the BOM", () => {
    expect(run(invisibles(), "\ufeff\u200fالرياض\u200e \u202bجدة\u202c")).toBe("الرياض جدة")
    expect(run(invisibles(), "infor\u00admation\u200b")).toBe("information")
  })
  it("removes joiners unless asked to keep them", () => {
    expect(run(invisibles(), "می\u200cخواهم")).toBe("میخواهم")
    expect(run(invisibles({ joiners: "keep" }), "می\u200cخواهم")).toBe("می\u200cخواهم")
  })
  it("removes control characters but not tabs or line breaks", () => {
    expect(run(invisibles(), "a\u0000b\u0007\tc\n")).toBe("ab\tc\n")
    expect(run(invisibles({ controls: "keep" }), "a\u0007b")).toBe("a\u0007b")
  })
})

describe("spaces", () => {
  it("turns every space character into a space and collapses runs", () => {
    expect(run(spaces(), "عواصم\u00a0\u00a0ـ  وكالات")).toBe("عواصم ـ وكالات")
    expect(run(spaces(), "a\u2009\u202fb\tc")).toBe("a b c")
  })
  it("unifies line breaks", () => {
    expect(run(spaces(), "a\r\nb\rc\u2028d")).toBe("a\nb\nc\nd")
    expect(run(spaces({ newlines: "space" }), "a \r\n b")).toBe("a b")
    expect(run(spaces({ newlines: "keep" }), "a\r\nb")).toBe("a\r\nb")
  })
  it("can leave runs alone", () => {
    expect(run(spaces({ collapse: false }), "a\u00a0 b")).toBe("a  b")
  })
})

describe("diacritics", () => {
  it("removes tashkeel", () => {
    expect(run(diacritics(), "كَتَبَ الطّالِبُ الدَّرْسَ")).toBe("كتب الطالب الدرس")
    expect(run(diacritics(), "شكراً جزيلاً")).toBe("شكرا جزيلا")
  })
  it("removes Quranic marks and hamza marks with set all (default), not with tashkeel", () => {
    expect(run(diacritics(), "الرَّحْمٰنِ\u06d6")).toBe("الرحمن")
    expect(run(diacritics({ set: "tashkeel" }), "الرَّحْمٰنِ\u06d6")).toBe("الرحمن\u06d6")
    expect(run(diacritics({ set: "tashkeel" }), "ا\u0654")).toBe("ا\u0654")
  })
  it("keeps shadda by option", () => {
    expect(run(diacritics({ keepShadda: true }), "الدَّرْسَ")).toBe("الدّرس")
  })
  it("does not touch Latin accents", () => {
    expect(run(diacritics(), "café")).toBe("café")
  })
})

describe("tatweel", () => {
  it("removes tatweel inside words", () => {
    expect(run(tatweel(), "الســـلام عليـكم")).toBe("السلام عليكم")
  })
  it("turns a free-standing tatweel into a dash", () => {
    expect(run(tatweel(), "عواصم ـ وكالات")).toBe("عواصم - وكالات")
    expect(run(tatweel(), "الرياض ـــ واس")).toBe("الرياض - واس")
    expect(run(tatweel(), "2015ـ2016")).toBe("2015-2016")
  })
  it("keeps a free-standing tatweel by option", () => {
    expect(run(tatweel({ freeStanding: "keep" }), "عواصم ـ وكالات")).toBe("عواصم ـ وكالات")
  })
  it("removes a tatweel that leads or ends a word", () => {
    expect(run(tatweel(), "كلمةـ ـكلمة")).toBe("كلمة كلمة")
  })
})

describe("persian", () => {
  it("maps Persian and Urdu letters to Arabic ones", () => {
    expect(run(persian(), "کتاب یک ہے")).toBe("كتاب يك هي")
  })
  it("keeps letters with no Arabic counterpart unless asked", () => {
    expect(run(persian(), "پاکستان گاز")).toBe("پاكستان گاز")
    expect(run(persian({ borrowed: "fold" }), "پاکستان گاز")).toBe("باكستان كاز")
  })
})

describe("alef, yeh, tehMarbuta", () => {
  it("folds alef forms", () => {
    expect(run(alef(), "أحمد إلى آخر ٱلكتاب")).toBe("احمد الى اخر الكتاب")
  })
  it("folds alef maksura to yeh", () => {
    expect(run(yeh(), "على مستشفى")).toBe("علي مستشفي")
  })
  it("folds teh marbuta to heh", () => {
    expect(run(tehMarbuta(), "مدينة جدة")).toBe("مدينه جده")
  })
})

describe("hamza", () => {
  it("reduces hamza on a seat to a bare hamza, so that spellings meet", () => {
    expect(run(hamza(), "مسؤول مسئول")).toBe("مسءول مسءول")
  })
  it("keeps the seat by option", () => {
    expect(run(hamza({ carriers: "seat" }), "مسؤول رئيس")).toBe("مسوول رييس")
  })
  it("leaves alef with hamza to the alef step", () => {
    expect(run(hamza(), "أحمد")).toBe("أحمد")
  })
})

describe("digits", () => {
  it("maps Arabic-Indic and extended digits and separators to ASCII", () => {
    expect(run(digits(), "٢٠١٥ ۱۳۹۴ ٣٫٥ ١٬٢٥٠")).toBe("2015 1394 3.5 1,250")
    expect(run(digits({ separators: false }), "٣٫٥")).toBe("3٫5")
  })
  it("maps to Arabic-Indic", () => {
    expect(run(digits({ to: "arabic-indic" }), "2015 ۱۳۹۴")).toBe("٢٠١٥ ١٣٩٤")
  })
  it("keeps digits with to: keep", () => {
    expect(run(digits({ to: "keep" }), "٢٠١٥ 2015")).toBe("٢٠١٥ 2015")
  })
})

describe("punctuation", () => {
  it("maps Arabic punctuation, quotes, dashes and the ellipsis", () => {
    expect(run(punctuation(), "قال: «نعم»، ثم؟ ٥٠٪ …")).toBe('قال: "نعم", ثم? ٥٠% ...')
    expect(run(punctuation(), "“Yes” – he said — „ja“")).toBe('"Yes" - he said - "ja"')
    expect(run(punctuation(), "﴿ الآية ﴾")).toBe("( الآية )")
  })
  it("can leave a group alone", () => {
    expect(run(punctuation({ quotes: false }), "«نعم»،")).toBe("«نعم»,")
    expect(run(punctuation({ arabic: false, ellipsis: false }), "،…")).toBe("،…")
  })
})

describe("latinCase and latinDiacritics", () => {
  it("lowercases", () => {
    expect(run(latinCase(), "Reuters İSTANBUL ΑΘΗΝΑ")).toBe("reuters istanbul αθηνα")
  })
  it("removes Latin diacritics", () => {
    expect(run(latinDiacritics(), "Café Zürich Łódź Ørsted naïve")).toBe("Cafe Zurich Lodz Orsted naive")
    expect(run(latinDiacritics(), "e\u0301")).toBe("e")
  })
  it("leaves other scripts alone", () => {
    expect(run(latinDiacritics(), "й ά")).toBe("й ά")
  })
})

describe("apostrophes", () => {
  it("maps typographic apostrophes and primes to '", () => {
    expect(run(apostrophes(), "don’t O‘Neil ʻAli 5′")).toBe("don't O'Neil 'Ali 5'")
  })
})

describe("steps in a list", () => {
  it("are applied in the fixed order, whatever the order of the list", () => {
    expect(normalizeText("ﺃ", [alef(), presentationForms()])).toBe("ا")
    expect(normalizeText("ﺃ", [presentationForms(), alef()])).toBe("ا")
  })
  it("use the last options of a step named twice", () => {
    expect(normalizeText("٣", [digits({ to: "ascii" }), digits({ to: "keep" })])).toBe("٣")
  })
  it("has one step function per name, in order", () => {
    expect(Object.keys(stepsByName).sort()).toEqual([...stepOrder].sort())
    for (const name of stepOrder) expect(stepsByName[name]().name).toBe(name)
  })
  it("freezes steps and their options", () => {
    const s = diacritics()
    expect(Object.isFrozen(s)).toBe(true)
    expect(Object.isFrozen(s.options)).toBe(true)
  })
})
