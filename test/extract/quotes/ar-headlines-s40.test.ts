import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { parseMarked, type QuoteRow } from "./marked.js"

/**
 * Arabic headlines `X: …` whose X is a person the entity stage left untagged or a post its holder's role writes in
 * other forms (docs/history/quotes.md, "Fortieth session (helper, headlines)"). Sentences written for these tests in
 * the style of the wires; `[[TYPE:text]]` marks become entities, `[[PERSON:name|role]]` with the role read before the
 * name; the title is the first line. Each table has rows where the rule must not fire.
 */

/** The quotes of a marked text whose first line is its title, one `[speaker | verb] text` string each. */
const headlineQuotes = (marked: string): Array<string> => {
  const { text, entities } = parseMarked(marked)
  const lineEnd = text.indexOf("\n")
  return extractQuotes(text, { entities, title: { start: 0, end: lineEnd }, byline: null }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a family name no entity covers, the speaker of the body's quotes": [
    [
      "الدوسري: المرحلة المقبلة تتطلب صبرا طويلا من الجميع\nوقال الدوسري في ندوة أقيمت في [[LOCATION:الدمام]] مساء أمس «نحن أمام مرحلة صعبة تحتاج إلى صبر».",
      ["[الدوسري | null] المرحلة المقبلة تتطلب صبرا طويلا من الجميع", "[الدوسري | قال] نحن أمام مرحلة صعبة تحتاج إلى صبر"]
    ],
    [
      "د. الشمراني: أغلب حالات التسمم سببها الحفظ الخاطئ للطعام\nوقال استشاري الطوارئ الدكتور ناصر الشمراني لصحيفة محلية في [[LOCATION:أبها]] «معظم الحالات التي تصلنا سببها ترك الطعام خارج الثلاجة».",
      ["[استشاري الطوارئ الدكتور ناصر الشمراني | null] أغلب حالات التسمم سببها الحفظ الخاطئ للطعام", "[استشاري الطوارئ الدكتور ناصر الشمراني | قال] معظم الحالات التي تصلنا سببها ترك الطعام خارج الثلاجة"]
    ],
    // must not fire: a topic whose word no speaker ends with, two words before the colon, a post's noun
    [
      "المشهد: مدينة تستيقظ على صوت البحر كل صباح\nوقال الصياد سالم الدوسري في [[LOCATION:ينبع]] «البحر هنا رزقنا الوحيد منذ سنين».",
      ["[الصياد سالم الدوسري | قال] البحر هنا رزقنا الوحيد منذ سنين"]
    ],
    [
      "المتحدث: لا صحة لما نشر عن تأجيل الاختبارات النهائية\nوقال المتحدث في [[LOCATION:جدة]] «الاختبارات في موعدها المعلن دون أي تغيير».",
      ["[المتحدث | قال] الاختبارات في موعدها المعلن دون أي تغيير"]
    ]
  ],
  "a post whose holder's role writes its words in other forms": [
    [
      "مدير الأمن بالكويت: لا تهاون مع من يهدد سلامة المسافرين\nوأكد المدير العام للأمن العام الكويتي اللواء [[PERSON:فهد السالم|المدير العام للأمن العام الكويتي اللواء]] أن الإجراءات في المطار ستبقى مشددة.",
      ["[فهد السالم | null] لا تهاون مع من يهدد سلامة المسافرين"]
    ],
    [
      "الرئيس الأمريكي: الاتفاق التجاري الجديد يحمي الوظائف\nوقال الرئيس الاميركي [[PERSON:جون ميلر|الرئيس الاميركي]] في خطاب ألقاه أمس إن الاتفاق سيحمي ملايين الوظائف.",
      ["[جون ميلر | null] الاتفاق التجاري الجديد يحمي الوظائف"]
    ],
    // must not fire: the holder of another post of the same country
    [
      "وزير الخارجية الكويتي: لا وساطة جديدة في الأزمة هذا الشهر\nوقال وزير الداخلية الكويتي [[PERSON:فهد السالم|وزير الداخلية الكويتي]] إن الحدود آمنة.",
      []
    ]
  ]
}

describe("Arabic headlines: a person untagged or a post written in other forms before the colon (fortieth session)", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(headlineQuotes(text)).toEqual(expected)
      })
    })
  }
})
