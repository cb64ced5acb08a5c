import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { extractNumbers, numberValue, numbersStage } from "../../../src/extract/numbers/index.js"
import { datesStage } from "../../../src/extract/dates/index.js"
import { normalize } from "../../../src/normalize/index.js"
import { docOf } from "./doc.js"
import { LINEAR_BOUND, growth } from "./timing.js"

const show = (text: string): Array<string> => extractNumbers(text).map((n) => `${n.text}=${n.value}${n.unit === null ? "" : " " + n.unit}`)

/** [sentence, expected `text=value unit`]; every sentence is written for these tests. */
const tables: Record<string, ReadonlyArray<readonly [string, ReadonlyArray<string>]>> = {
  "digits in every script, with separators": [
    ["بلغ عدد الزوار 1500 زائر", ["1500=1500"]],
    ["بلغ عدد الزوار ١٥٠٠ زائر", ["١٥٠٠=1500"]],
    ["بلغ عدد الزوار ۱۵۰۰ زائر", ["۱۵۰۰=1500"]],
    ["بلغت القيمة 1,500,000 وحدة", ["1,500,000=1500000"]],
    ["سجل المؤشر 35,5 نقطة", ["35,5=35.5"]],
    ["سجل المؤشر ٣٥٫٥ نقطة و١٬٢٠٠ سهم", ["٣٥٫٥=35.5", "١٬٢٠٠=1200"]],
    ["The index closed at 1.13 points and 12,345 trades", ["1.13=1.13", "12,345=12345"]],
    ["ارتفع إلى 1.000.000 مشترك", ["1.000.000=1000000"]]
  ],
  "Arabic number words (gender, case, compounds)": [
    ["قتل ثلاثة أشخاص", ["ثلاثة أشخاص=3 people"]],
    ["وصلت ثلاث سيارات", ["ثلاث=3"]],
    ["شارك خمسة وعشرون لاعبا", ["خمسة وعشرون=25"]],
    ["شارك خمسة وعشرين لاعبا", ["خمسة وعشرين=25"]],
    ["يضم الفريق أحد عشر لاعبا", ["أحد عشر=11"]],
    ["فازت إحدى عشرة لاعبة", ["إحدى عشرة=11"]],
    ["حضر اثنا عشر عضوا", ["اثنا عشر=12"]],
    ["استمر تسعة عشر يوما", ["تسعة عشر=19"]],
    ["بلغ العدد عشرين طالبا", ["عشرين=20"]],
    ["يضم ثلاثمائة وخمسين موظفا", ["ثلاثمائة وخمسين=350"]],
    ["يضم ثلاثمئة موظف", ["ثلاثمئة=300"]],
    ["استقبلت مئة ضيف ومائتي زائر", ["مئة=100", "مائتي=200"]],
    ["بيع ألف كتاب وألفا نسخة", ["ألف=1000", "ألفا=1000"]],
    ["بلغ عددهم ألفين", ["ألفين=2000"]],
    ["وصل ثلاثة آلاف حاج", ["ثلاثة آلاف حاج=3000 people"]],
    ["بلغت الصادرات مليون برميل", ["مليون=1000000"]],
    ["جمعت الحملة مليوني ريال", ["مليوني ريال=2000000 SAR"]],
    ["بلغت الخسائر نصف مليون دولار", ["نصف مليون دولار=500000 USD"]],
    ["قال أحد الشهود إن ست دول شاركت", []],
    ["شارك واحد وعشرون فريقا", ["واحد وعشرون=21"]],
    // the construct forms of two (اثنا, اثني, اثنتا, اثنتي) are numbers only before عشر/عشرة: the verb أثنى ("praised")
    // folds as اثني (fifty-sixth session; 59 false twos in the first six SaudiNewsNet files)
    ["أثنى الوزير على جهود الفرق الطبية", []],
    ["وأثنت اللجنة على اثنتي عشرة عيادة", ["اثنتي عشرة=12"]],
    ["حضر اثنان من الأعضاء واثنتان من العضوات", ["اثنان=2", "اثنتان=2"]]
  ],
  "digits with scale words": [
    ["بلغ عدد السكان 20 مليون نسمة", ["20 مليون نسمة=20000000 people"]],
    ["وصل 3 آلاف زائر", ["3 آلاف=3000"]],
    ["استثمرت الشركة 1.5 مليار دولار", ["1.5 مليار دولار=1500000000 USD"]],
    ["وصل 50 ألف متظاهر", ["50 ألف=50000"]],
    ["Profits reached $1.13bn and £600m", ["$1.13bn=1130000000 USD", "£600m=600000000 GBP"]],
    ["The fund holds 3.4 billion euros", ["3.4 billion euros=3400000000 EUR"]]
  ],
  "percentages": [
    ["ارتفعت الأسعار 50 في المئة", ["50 في المئة=50 percent"]],
    ["ارتفعت الأسعار 50 في المائة", ["50 في المائة=50 percent"]],
    ["تراجع المؤشر 8 بالمئة", ["8 بالمئة=8 percent"]],
    ["بنسبة 7 بالمائة", ["7 بالمائة=7 percent"]],
    ["بنسبة 12%", ["12%=12 percent"]],
    ["بنسبة ٣٫٢٪ فقط", ["٣٫٢٪=3.2 percent"]],
    ["بنسبة %20 فقط", ["%20=20 percent"]],
    ["بنسبة ثلاثة في المئة", ["ثلاثة في المئة=3 percent"]],
    ["Profits jumped 76% and sales 8 per cent", ["76%=76 percent", "8 per cent=8 percent"]]
  ],
  "money": [
    ["بلغت التكلفة 100 دولار", ["100 دولار=100 USD"]],
    ["بلغت التكلفة 500 ريال", ["500 ريال=500 SAR"]],
    ["بلغت القيمة 500 ريال قطري", ["500 ريال قطري=500 QAR"]],
    ["دفع 200 يورو", ["200 يورو=200 EUR"]],
    ["بيع بسعر 40 جنيها", ["40 جنيها=40 EGP"]],
    ["بلغ 10 جنيهات إسترلينية", ["10 جنيهات إسترلينية=10 GBP"]],
    ["كلف المشروع 30 مليون درهم", ["30 مليون درهم=30000000 dirham"]],
    ["كلف المشروع 30 مليون درهم إماراتي", ["30 مليون درهم إماراتي=30000000 AED"]],
    ["بلغت الميزانية 5 ملايين دينار كويتي", ["5 ملايين دينار كويتي=5000000 KWD"]],
    ["بلغ السعر 1500 ليرة", ["1500 ليرة=1500 lira"]],
    ["Prices rose to $250,000 and US$ 5", ["$250,000=250000 USD", "US$ 5=5 USD"]]
  ],
  "English number words": [
    ["Two hundred and fifty people came", ["Two hundred and fifty people=250 people"]],
    ["twenty-one teams took part", ["twenty-one=21"]],
    ["one of the largest firms", []],
    ["The loss was two million dollars", ["two million dollars=2000000 USD"]]
  ]
}

describe("numbers", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }

  it.each([
    ["1500", 1500],
    ["1,500", 1500],
    ["1,500,000", 1500000],
    ["35,5", 35.5],
    ["1.13", 1.13],
    ["1.000.000", 1000000],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["10.8.2015", null],
    ["12,34,5", null]
  ] as const)("numberValue(%s) = %s", (key, value) => {
    expect(numberValue(key)).toBe(value)
  })

  it("the stage leaves dates and boilerplate alone", () => {
    const text = "عنوان\nفي 10 أغسطس 2015 وصل 3 آلاف زائر عام 2014\nشارك 5 أشخاص"
    const doc = docOf(text, { boilerplate: [["شارك 5 أشخاص", "other", "test"]] })
    const out = Effect.runSync(numbersStage().run(Effect.runSync(datesStage().run(doc))))
    expect(out.numbers.map((n) => n.text)).toEqual(["3 آلاف"])
    expect(numbersStage()).toMatchObject({ name: "extract.numbers", requires: ["structure"], provides: ["numbers"] })
  })

  // twenty-ninth session: `ستين` is sixty and the family name of Aaron Stein; the entity stage's people decide
  it.each([
    // a number word inside a longer person's name is no quantity; the same word elsewhere still is
    ["inside a longer name", "عنوان\nوقال أرون ستين إن ستين شخصا قتلوا", [["أرون ستين", 0]], ["ستين شخصا"]],
    ["an English nickname", "Title\nHenk Ten Cate said ten players were injured", [["Henk Ten Cate", 0]], ["ten"]],
    // a person that is the number alone is the tagger's error: the number stays
    ["a person of the number alone", "عنوان\nقتل ستين شخصا في الهجوم", [["ستين", 0]], ["ستين شخصا"]],
    // digits inside a person's span (a phone number run into the name) stay numbers
    ["digits run into a name", "عنوان\nالعزاء على جوال عبد الرحمن 0505442411 مساء", [["عبد الرحمن 0505442411", 0]], ["0505442411"]]
  ] as const)("the stage leaves number words inside a person's name: %s", (_, text, people, expected) => {
    const entities = people.map(([name], i) => {
      const start = text.indexOf(name)
      return { text: name, type: "PERSON" as const, canonical: name, entityId: `e${i}`, role: null, confidence: 1, start, end: start + name.length }
    })
    const doc = docOf(text, { entities, language: /[a-z]/.test(text) ? "en" : "ar" })
    expect(Effect.runSync(numbersStage().run(doc)).numbers.map((n) => n.text)).toEqual(expected)
  })

  it("every span is the text it names, on the text and on the search view", () => {
    const pieces = ["50", "في", "المئة", "ثلاثة", "آلاف", "و", "عشرون", "مليون", "دولار", "$", "1,5", "٣٫٥", "%", "٪", "ريال", "-", "twenty", "one", "bn", "\n", " ", "أحد", "عشر", "َ", "ـ", "\u200f"]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string({ maxLength: 10 }), (xs, noise) => {
        const text = xs.join(" ") + noise
        for (const view of [undefined, normalize(text, "search")]) {
          let last = 0
          for (const n of extractNumbers(text, { view })) {
            expect(text.slice(n.start, n.end)).toBe(n.text)
            expect(n.start).toBeGreaterThanOrEqual(last)
            expect(Number.isFinite(n.value)).toBe(true)
            last = n.end
          }
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe("number scanning is linear in the worst cases", () => {
  const cases: Record<string, (n: number) => string> = {
    "one long run of digits and separators": (n) => "1,".repeat(n) + "1",
    "digits separated by spaces": (n) => "1 ".repeat(n),
    "a chain of number words (ثلاثة وعشرون و …)": (n) => "ثلاثة وعشرون و ".repeat(n),
    "scale after scale": (n) => "مليون ".repeat(n),
    "currency signs with no number": (n) => "$ % ".repeat(n)
  }
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      expect(growth(make, (t) => extractNumbers(t), 3000)).toBeLessThan(LINEAR_BOUND)
    })
  }
})
