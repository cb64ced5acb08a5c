/**
 * fast-check arbitraries for the normalize tests: any UTF-16 text (lone
 * surrogates included), Arabic-heavy text, and realistic news lines built
 * from phrases written for these tests.
 */
import fc from "fast-check"

/** Any code unit, lone surrogates included. */
export const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))

/** Any code point, as a string of one or two code units. */
export const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c)))

/** Text of any code units and code points. */
export const anyText = fc.string({ unit: fc.oneof(anyUnit, anyCodePoint), maxLength: 60 })

const chars = (s: string): Array<string> => [...s]

const ARABIC_LETTERS = chars("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱکیہۀەپچژگڤ")
const ARABIC_MARKS = chars("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0610\u06d6\u08f0")
const PRESENTATION = chars("ﺍﺎﻟﻠﻻﻷﻹﺓﺔﻰﻲﷲﷺ﷼﷽ﹰﹱﹲﹶ")
const DIGITS = chars("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳٫٬")
const PUNCT = chars("،؛؟.!?,:;«»“”„″'’‘-–—…()﴾﴿%٪")
const SPACES = chars(" \u00a0\u2009\u202f\u3000\t\n\r")
const INVISIBLE = chars("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u2066\u2069\ufeff\u00ad\u061c")
const LATIN = chars("abcdeABCDEéÉèçñøİıßæ\u0301\u0308")

/** Arabic-heavy text: letters, marks, tatweel, presentation forms, digits, punctuation, spaces, invisibles, some Latin. */
export const arabicText = fc.string({
  unit: fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...ARABIC_LETTERS) },
    { weight: 4, arbitrary: fc.constantFrom(...ARABIC_MARKS) },
    { weight: 2, arbitrary: fc.constant("\u0640") },
    { weight: 1, arbitrary: fc.constantFrom(...PRESENTATION) },
    { weight: 2, arbitrary: fc.constantFrom(...DIGITS) },
    { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
    { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
    { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
    { weight: 1, arbitrary: fc.constantFrom(...LATIN) }
  ),
  maxLength: 80
})

/** Phrases written for these tests, in the style of news copy. */
const PHRASES = [
  "عواصم ـ وكالات",
  "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",
  "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة",
  "وقال المتحدث الرسمي: «إن العمل مستمر على مدار الساعة»",
  "وأضاف أن نسبة النمو بلغت ٣٫٥٪ خلال الربع الأول من العام",
  "مسؤول في الأمم المتحدة يحذر من تفاقم الأزمة الإنسانية",
  "كَتَبَ الطّالِبُ الدَّرْسَ بِعِنايَةٍ",
  "اجتمع الوزير بنظيره الفرنسي في باريس وبحثا العلاقات الثنائية",
  "— سبق — الدمام: ضبطت الجهات المختصة ١٢٠ كيلوغراماً",
  "// انتهى //",
  "Reuters – The minister said on Tuesday that talks would resume.",
  "Café owners in Zürich said “prices won’t fall” … for now",
  "U.S. officials met Dr. Smith at 3 p.m.",
  "ﺍﻟﺮﻳﺎﺽ ﻻ ﺗﺰﺍﻝ",
  "بيروت ولبنان وكندا والكويت",
  "للمرة الأولى منذ 2010"
]

const MUTATIONS = [...ARABIC_MARKS, "\u0640", "\u00a0", "\u200f", "\u200b", "  ", "\r\n", "ـــ", "…"]

/** A realistic line: phrases joined, with random marks, tatweel, invisibles and odd spaces inserted. */
export const newsLine = fc
  .tuple(
    fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MUTATIONS)), { maxLength: 6 })
  )
  .map(([phrases, edits]) => {
    let s = phrases.join(" ")
    for (const [at, ins] of edits) {
      const k = at % (s.length + 1)
      s = s.slice(0, k) + ins + s.slice(k)
    }
    return s
  })

/** All three kinds. */
/** Pieces of HTML character references and of the texts that may make or hide one (case, full-width forms, digits). */
const REFERENCE_PIECES = [
  "&quot;", "&amp;", "&#233;", "&#x2019;", "&#X201C;", "&nbsp;", "&shy;", "&rlm;", "&#1600;", "&#769;", "&#150;", "&#0;",
  "&#xD800;", "&lt;", "&Eacute;", "&AMP;", "&QUOT;", "&#١٦٠;", "&", "#", ";", "؛", "x", "quot", "amp", "233", "＆", "＃",
  "ｑｕｏｔ", "\u0301", "\u0640", "\u200b", " ", "\u00a0", "\n", "قال", "é", "ى"
]

/** Text made of character references and the pieces around them. */
export const referenceText = fc.array(fc.constantFrom(...REFERENCE_PIECES), { maxLength: 16 }).map((a) => a.join(""))

export const someText = fc.oneof(anyText, arabicText, newsLine, referenceText)
