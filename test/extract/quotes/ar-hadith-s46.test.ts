import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A hadith introduced by a word of his saying and the Prophet's blessing after a verb that attributes the sentence
 * (docs/history/quotes.md, "Forty-sixth session: three fresh samples at the start"): `وشدد X على … لقوله صلى الله عليه
 * وسلم: «…»` is scripture cited, no news quote (as a hadith with no verb has been since the forty-fourth session), and
 * never X's words. Sentences written for these tests in the style of a sermon's report; `[[TYPE:text]]` marks become
 * entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a hadith after his saying and the blessing is no quote": [
    ['وشدد إمام الجامع على أهمية صلة الرحم لقوله صلى الله عليه وسلم: «من أحب أن يبسط له في رزقه فليصل رحمه».', []],
    ['وحث الخطيب المصلين على الرفق بالضعفاء بقوله صلى الله عليه وسلم :( إنما تنصرون وترزقون بضعفائكم ) .', []],
    ['وذكرت الكاتبة أحاديث كثيرة - مثل قوله صلى الله عليه وسلم: "الكلمة الطيبة صدقة" - في مقالها عن الأخلاق.', []]
  ],
  "must not fire: a person's saying, and the preacher's own words": [
    ['ونقلت الصحيفة عن الإمام [[PERSON:ماجد الراشد]] قوله: «إن صلة الرحم واجبة على كل مسلم».', ["[ماجد الراشد | نقلت] إن صلة الرحم واجبة على كل مسلم"]],
    ['وقال الإمام [[PERSON:سامي الحداد]] في خطبته: «إن صلة الرحم تزيد في الرزق وتبارك في العمر».', ["[سامي الحداد | قال] إن صلة الرحم تزيد في الرزق وتبارك في العمر"]]
  ]
}

describeQuoteTables("Arabic: a hadith after his saying and the blessing (forty-sixth session)", tables)
