import { describe, expect, it } from "vitest"
import { extractDates } from "../../../../src/extract/dates/extract.js"

/**
 * Date errors of the sixteenth session's development sample (docs/history/dates.md, "Session 16"), each as a table of
 * sentences written for these tests in the style of the wires. Rows: [text, reference, language, expected mentions
 * as `text → value granularity [rel]`]. Each table fails without its rule.
 */
type Row = readonly [string, string | null, "ar" | "en", ReadonlyArray<string>]

const show = (text: string, ref: string | null, language: "ar" | "en"): Array<string> =>
  extractDates(text, { reference: ref, language }).map((d) => `${d.text} → ${d.value} ${d.granularity}${d.relative ? " rel" : ""}`)

const AR = "2015-08-04" // a Tuesday
const EN = "2005-02-10" // a Thursday

const tables: Record<string, ReadonlyArray<Row>> = {
  "an approximate count after قبل or منذ (قبل نحو شهرين)": [
    ["احترقت سيارة المواطن قبل نحو شهرين في أحد أحياء المدينة", AR, "ar", ["قبل نحو شهرين → 2015-06 month rel"]],
    ["وتشهد المنطقة اشتباكات متقطعة منذ حوالي ثلاث سنوات", AR, "ar", ["منذ حوالي ثلاث سنوات → 2012 year rel"]],
    ["دخل المقاتلون البلدة قبل حوالى أسبوعين", AR, "ar", ["قبل حوالى أسبوعين → 2015-07-21 day rel"]],
    ["ويقيم الفنان في المدينة منذ قرابة عشرة أيام", AR, "ar", ["منذ قرابة عشرة أيام → 2015-07-25 day rel"]],
    // after بعد the count is mostly from an event of the story: no date
    ["لكن الخطوة جرت وراءها نتائج أخرى بعد نحو شهرين", AR, "ar", []],
    // a bound is no value: more than two months ago
    ["غادر الوفد قبل أكثر من شهرين", AR, "ar", []]
  ],
  "الأمس after a noun of an event, and بالأمس": [
    ["وشهدت تداولات الأمس ارتفاع أسهم معظم الشركات", AR, "ar", ["الأمس → 2015-08-03 day rel"]],
    ["وأوضح المدرب أن مران الأمس ركز على اللياقة", AR, "ar", ["الأمس → 2015-08-03 day rel"]],
    ["بالأمس وصل وفد تجاري كبير إلى العاصمة", AR, "ar", ["الأمس → 2015-08-03 day rel"]],
    ["وأعلن اللاعب بالأمس أنه سيعتزل", AR, "ar", ["الأمس → 2015-08-03 day rel"]],
    ["ارتفعت الأسعار حتى الأمس ثم استقرت، وظلت مرتفعة وحتى الأمس", AR, "ar", ["الأمس → 2015-08-03 day rel", "الأمس → 2015-08-03 day rel"]],
    // the past, not yesterday: after another noun, beside كان, بالأمس القريب, between yesterday and today
    ["كرم النادي نجوم الأمس في حفل كبير", AR, "ar", []],
    ["وبالأمس كانوا في ساحات القتال", AR, "ar", []],
    ["ولم يكن لها بالأمس أي معنى", AR, "ar", []],
    ["بالأمس القريب كانت القرية هادئة", AR, "ar", []],
    ["تغير الكثير بين الأمس واليوم", AR, "ar", ["اليوم → 2015-08-04 day rel"]],
    // وفي الغد, وحتى غد: the conjunction is read only before الأمس
    ["يمكن تحقيقه اليوم وفي الغد", AR, "ar", ["اليوم → 2015-08-04 day rel"]]
  ],
  "منذ يوم أمس is since yesterday, not a day ago": [
    ["وتتواصل عمليات البحث منذ يوم أمس في المنطقة", AR, "ar", ["يوم أمس → 2015-08-03 day rel"]],
    ["يجري الرئيس اتصالات منذ يوم الأمس مع قادة المنطقة", AR, "ar", ["يوم الأمس → 2015-08-03 day rel"]],
    // a day counted alone stays
    ["وصل الوفد منذ يوم واحد", AR, "ar", ["منذ يوم → 2015-08-03 day rel"]]
  ],
  "an hour after في with a part of the day and a day (في الثالثة من عصر اليوم)": [
    ["ويلتقي الفريقان في الثالثة من عصر اليوم على ملعب المدينة", AR, "ar", ["الثالثة من عصر اليوم → 2015-08-04T15:00 time rel"]],
    ["تنطلق المباراة في التاسعة من مساء الأربعاء المقبل", AR, "ar", ["التاسعة من مساء الأربعاء المقبل → 2015-08-05T21:00 time rel"]],
    ["شب الحريق في الرابعة من عصر أمس", AR, "ar", ["الرابعة من عصر أمس → 2015-08-03T16:00 time rel"]],
    // a lone hour: its day may be of the sentence before; no part of the day: an ordinal
    ["وقال الضابط صباح اليوم إن الاشتباك اندلع في السابعة مساء بالتوقيت المحلي", AR, "ar", ["صباح اليوم → 2015-08-04 part-of-day rel"]],
    ["حل الفريق في الثالثة من حيث عدد النقاط", AR, "ar", []]
  ],
  "later on a weekday inside a sentence is the article's day or after": [
    ["The chancellor hopes to announce a deal on debt relief later on Friday.", EN, "en", ["Friday → 2005-02-11 weekday rel"]],
    ["Rates are tipped to rise at a Fed meeting later on Tuesday.", EN, "en", ["Tuesday → 2005-02-15 weekday rel"]],
    ["MPs could vote on the amendment later on Tuesday, during the debate.", EN, "en", ["Tuesday → 2005-02-15 weekday rel"]],
    // a sentence that opens with it tells the story; a past verb decides
    ["But later on Saturday, according to a newspaper, the manager said he was happy.", EN, "en", ["Saturday → 2005-02-05 weekday rel"]],
    ["The man was released later on Tuesday.", EN, "en", ["Tuesday → 2005-02-08 weekday rel"]]
  ],
  "a year after both, and after a plural's possessive": [
    ["Growth is forecast at 2.5% in both 2005 and 2006.", EN, "en", ["2005 → 2005 year", "2006 → 2006 year"]],
    ["The party won the vote in both 1997 and 2001.", EN, "en", ["1997 → 1997 year", "2001 → 2001 year"]],
    ["Veterans marked the Allies' 1944 invasion of Normandy.", EN, "en", ["1944 → 1944 year"]],
    ["The All Blacks' 1935 tour began with a defeat.", EN, "en", ["1935 → 1935 year"]],
    // counts stay counts
    ["The players' 2000 shirts were sold at auction.", EN, "en", []],
    ["Both 2000 and 3000 people were counted.", EN, "en", []]
  ]
}

describe("dates: errors of the sixteenth session's sample", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      for (const [text, ref, language, expected] of rows) {
        it(text, () => {
          expect(show(text, ref, language)).toEqual(expected)
        })
      }
    })
  }
})
