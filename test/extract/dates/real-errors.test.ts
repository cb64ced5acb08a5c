import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/extract.js"

/**
 * Date errors found by reading real articles (docs/dates.md, "Measured on real articles"), each as a table of
 * sentences written for these tests in the style of the wires. Rows: [text, reference, expected mentions as
 * `text → value granularity [rel]`].
 */
type Row = readonly [string, string | null, ReadonlyArray<string>]

const show = (text: string, ref: string | null): Array<string> =>
  extractDates(text, { reference: ref, language: "ar" }).map((d) => `${d.text} → ${d.value} ${d.granularity}${d.relative ? " rel" : ""}`)

const REF = "2015-08-04" // a Tuesday

const tables: Record<string, ReadonlyArray<Row>> = {
  "a month or a date with a relative year (من العام الماضي)": [
    ["توقفت الرحلات في أبريل/نيسان من العام الماضي", REF, ["أبريل/نيسان من العام الماضي → 2014-04 month rel"]],
    ["تراجعت المبيعات في مارس من العام الجاري", REF, ["مارس من العام الجاري → 2015-03 month rel"]],
    ["يفتتح المعرض في 12 يناير من العام المقبل", REF, ["12 يناير من العام المقبل → 2016-01-12 day rel"]],
    ["وقعت الحادثة في يوليو من هذا العام", REF, ["يوليو من هذا العام → 2015-07 month rel"]],
    ["عقدت الدورة الأولى في سبتمبر من العام قبل الماضي", REF, ["سبتمبر من العام قبل الماضي → 2013-09 month rel"]],
    ["بدأ المشروع في مايو العام الماضي", REF, ["مايو العام الماضي → 2014-05 month rel"]],
    // without a reference the value stays open, and the phrase is still one mention
    ["توقفت الرحلات في أبريل من العام الماضي", null, ["أبريل من العام الماضي → null month rel"]],
    // a year after the month still wins; a month direction is not a year
    ["في أبريل من عام 2014 تغير كل شيء", REF, ["أبريل من عام 2014 → 2014-04 month"]],
    ["صدر القرار في مايو الماضي", REF, ["مايو الماضي → 2015-05 month rel"]]
  ],
  "a day of a relative month (الثامن من الشهر المقبل)": [
    ["تجرى الانتخابات في الثامن من الشهر المقبل", REF, ["الثامن من الشهر المقبل → 2015-09-08 day rel"]],
    ["يلتقي الفريقان في السابع والعشرين من الشهر الجاري", REF, ["السابع والعشرين من الشهر الجاري → 2015-08-27 day rel"]],
    ["وقع الحادث يوم 20 من الشهر الماضي", REF, ["يوم 20 من الشهر الماضي → 2015-07-20 day rel"]],
    ["يبدأ التسجيل يوم 15 الشهر الجاري", REF, ["يوم 15 الشهر الجاري → 2015-08-15 day rel"]],
    // December of the reference year + 1 month is January of the next year
    ["يعقد المؤتمر في العاشر من الشهر المقبل", "2015-12-20", ["العاشر من الشهر المقبل → 2016-01-10 day rel"]],
    // a count before the month is no day
    ["سجل المهاجم 12 الشهر الماضي", REF, ["الشهر الماضي → 2015-07 month rel"]],
    // no such day in that month: no value
    ["في الحادي والثلاثين من الشهر المقبل", REF, ["الحادي والثلاثين من الشهر المقبل → null day rel"]]
  ],
  "يوم أمس الأول is the day before yesterday": [
    ["بدأ البنك يوم أمس الأول استقبال الطلبات", REF, ["يوم أمس الأول → 2015-08-02 day rel"]],
    ["بدأ البنك يوم أمس استقبال الطلبات", REF, ["يوم أمس → 2015-08-03 day rel"]]
  ],
  "a day or night of the story is not today (نفس اليوم, تلك الليلة)": [
    ["وفي نفس اليوم أعلنت الشرطة القبض على المشتبه به", REF, []],
    ["وانتظر السكان اليوم تلو اليوم دون جدوى", REF, []],
    ["ولن أنسى تلك الليلة ما حييت", REF, []],
    ["وصل الوفد إلى المدينة اليوم نفسه", REF, []],
    ["وفي ذات اليوم افتتح المعرض", REF, []],
    // today and tonight stay what they are
    ["يفتتح الوزير المعرض اليوم في جدة", REF, ["اليوم → 2015-08-04 day rel"]],
    ["تبث القناة اللقاء الليلة", REF, ["الليلة → 2015-08-04 part-of-day rel"]]
  ],
  "the outlet اليوم in a dateline is no date": [
    ["عنوان الخبر\n\nاليوم - الدمام\n\nأعلنت الشركة نتائجها", REF, []],
    ["عنوان الخبر\n\nاليوم – جيزان\n\nاحتفى المركز بالعيد", REF, []],
    // today, in a sentence or at a line start without a dash, stays today
    ["عنوان الخبر\n\nاليوم يبدأ المهرجان في أبها", REF, ["اليوم → 2015-08-04 day rel"]],
    ["شهدت المنطقة اليوم - كما توقعت الأرصاد - أمطارا غزيرة", REF, ["اليوم → 2015-08-04 day rel"]]
  ],
  "a quarter or half of a year (الربع الثاني من العام الماضي)": [
    ["ارتفعت أرباح الشركة في الربع الثاني من العام الماضي", REF, ["الربع الثاني من العام الماضي → 2014-04/2014-06 range rel"]],
    ["سجلت المصارف نموا في الربع الأول من العام", REF, ["الربع الأول من العام → 2015-01/2015-03 range rel"]],
    ["تراجع الإنتاج خلال النصف الثاني من عام 2014", REF, ["النصف الثاني من عام 2014 → 2014-07/2014-12 range"]],
    ["يتوقع أن تتحسن الأرقام بالربع الأخير من العام الجاري", REF, ["الربع الأخير من العام الجاري → 2015-10/2015-12 range rel"]],
    ["نمت الصادرات في النصف الأول من هذا العام", REF, ["النصف الأول من هذا العام → 2015-01/2015-06 range rel"]],
    // two proclitics and ال before the quarter word; two phrases after a word that holds ربع (أربعة)
    ["وبالربع الثالث من العام تحسن الأداء", REF, ["الربع الثالث من العام → 2015-07/2015-09 range rel"]],
    [
      "ارتفعت أربعة مؤشرات في الربع الأول من العام وتراجعت في النصف الثاني من السنة",
      REF,
      ["الربع الأول من العام → 2015-01/2015-03 range rel", "النصف الثاني من السنة → 2015-07/2015-12 range rel"]
    ],
    // a quarter with no ordinal, or an ordinal with no year, is no date
    ["باع ربع أسهمه في عام 2014", REF, ["عام 2014 → 2014 year"]],
    ["تقدم الفريق في الربع الثاني من المباراة", REF, []]
  ],
  "a score is no date (2 / صفر)": [
    ["فاز الفريق 2 / صفر على ضيفه", REF, []],
    ["وانتهت المباراة 3/صفر لصالح الضيوف", REF, []],
    // a day, a Hijri month and a year joined by slashes stay a date
    ["تبدأ الدراسة يوم 5 / صفر / 1437 هـ", REF, ["يوم 5 / صفر / 1437 هـ → 2015-11-17 day"]]
  ],
  "a bare year after a preposition with a glued conjunction (وفي 2010)": [
    ["وفي 2010 صدر حكم بإخلاء المبنى", REF, ["2010 → 2010 year"]],
    ["فمنذ 2011 والمفاوضات متعثرة", REF, ["2011 → 2011 year"]],
    ["وفي 2000 شخص لم تصل المساعدات", REF, []]
  ],
  "a clock time after a weekday takes its day": [
    ["وأطلق الصاروخ يوم السبت الساعة 22:55 بتوقيت غرينتش", REF, ["يوم السبت → 2015-08-01 weekday rel", "الساعة 22:55 → 2015-08-01T22:55 time rel"]],
    ["وبدأ الحفل الخميس في الساعة الثامنة مساء", REF, ["الخميس → 2015-07-30 weekday rel", "الساعة الثامنة مساء → 2015-07-30T20:00 time rel"]]
  ],
  // session 9: the reference is often a crawl date a day or more after the text; the weekday the writer named wins
  "a relative day with a weekday that disagrees with the reference (اليوم الاثنين on a Tuesday)": [
    ["اشتعلت النيران صباح اليوم الاثنين في مستودع للأخشاب", REF, ["صباح اليوم الاثنين → 2015-08-03 part-of-day rel"]],
    ["فاز الفريق أمس الأحد على ضيفه بهدفين", REF, ["أمس الأحد → 2015-08-02 day rel"]],
    ["يلعب الفريق مساء اليوم (السبت) مباراته الأخيرة", REF, ["مساء اليوم (السبت) → 2015-08-01 part-of-day rel"]],
    // a day or two ahead is the next such day
    ["تنطلق البطولة غداً (الخميس) في جدة", REF, ["غداً (الخميس) → 2015-08-06 day rel"]],
    // when they agree nothing changes
    ["وصل الوفد أمس الاثنين إلى الرياض", REF, ["أمس الاثنين → 2015-08-03 day rel"]],
    ["يصل الوفد اليوم الثلاثاء", REF, ["اليوم الثلاثاء → 2015-08-04 day rel"]]
  ],
  "a quarter or half of a year with a shadda on the ordinal (النصف الأوّل)": [
    ["ارتفعت الصادرات في النصف الأوّل من العام الجاري", REF, ["النصف الأوّل من العام الجاري → 2015-01/2015-06 range rel"]],
    ["تراجعت الأرباح في الربع الثّالث من عام 2014", REF, ["الربع الثّالث من عام 2014 → 2014-07/2014-09 range"]],
    ["أعلنت الشركة نتائج الربع الأخيـر من العام", REF, ["الربع الأخيـر من العام → 2015-10/2015-12 range rel"]]
  ],
  "a bare year named by an event, a title or a timeline (مونديال 2018, (2009), 1967 - …)": [
    ["يستعد المنتخب لنهائيات مونديال 2018 في روسيا", REF, ["2018 → 2018 year"]],
    ["تأهل الفريق إلى كأس العالم 2014 بعد غياب طويل", REF, ["2014 → 2014 year"]],
    ["ورفض البرلمان مشروع موازنة 2016 بالأغلبية", REF, ["2016 → 2016 year"]],
    ["صدر ديوانه الأول «مدن الملح» (2009)، ثم توالت أعماله", REF, ["2009 → 2009 year"]],
    ["1967 - اندلاع الحرب في المنطقة\n1973 - عبور القناة", REF, ["1967 → 1967 year", "1973 → 1973 year"]],
    // counts stay counts
    ["وزعت الجمعية (2000) سلة غذائية على الأسر", REF, []],
    ["بلغ عدد الزوار 2015 زائرا خلال المهرجان", REF, []],
    ["شارك في السباق 1990 عداء من العالم 2000 متفرج", REF, []]
  ],
  "the preceding month follows the month the text named (مقارنة بالشهر السابق)": [
    ["سجلت الصادرات في يوليو الماضي نموا مقارنة بالشهر السابق", REF, ["يوليو الماضي → 2015-07 month rel", "الشهر السابق → 2015-06 month rel"]],
    // every preceding month of the report follows the same named month
    ["بلغت المبيعات في شهر يوليو 2015م مليار ريال بزيادة عن الشهر السابق، وتراجع عدد الصفقات عن الشهر السابق", REF, ["شهر يوليو 2015م → 2015-07 month", "الشهر السابق → 2015-06 month rel", "الشهر السابق → 2015-06 month rel"]],
    // with no month named before it, or the reference's own month, it is the month before the reference's
    ["تراجعت الواردات خلال الشهر السابق", REF, ["الشهر السابق → 2015-07 month rel"]],
    ["تحسنت الأرقام في أغسطس الجاري مقارنة بالشهر السابق", REF, ["أغسطس الجاري → 2015-08 month rel", "الشهر السابق → 2015-07 month rel"]],
    // last month is last month, whatever the text named before
    ["سجلت الصادرات في يونيو 2015 نموا، وتراجعت في الشهر الماضي", REF, ["يونيو 2015 → 2015-06 month", "الشهر الماضي → 2015-07 month rel"]]
  ],
  "an outlet named with اليوم in quotes is no today («العرب اليوم»)": [
    ['وكتب المحلل في صحيفة "العرب اليوم" الأردنية مقالا', REF, []],
    ["وقال المدير لـ«اليوم» إن المشروع تأخر", REF, []],
    ["ونقلت قناة «روسيا اليوم» عن مصدر عسكري", REF, []],
    // a quote that says today keeps it
    ["وقال الوزير: «سنلتقي اليوم» مع الوفد", REF, ["اليوم → 2015-08-04 day rel"]],
    ["ونشرت الحملة على “فيسبوك” اليوم “بيانا جديدا”", REF, ["اليوم → 2015-08-04 day rel"]]
  ],
  "decades (الثمانينات, ستينات القرن الماضي)": [
    ["تعود الخرائط إلى الأربعينات", REF, ["الأربعينات → 1940/1949 range"]],
    ["ازدهرت الصناعة في ثمانينات القرن الماضي", REF, ["ثمانينات القرن الماضي → 1980/1989 range"]],
    ["بدأت الهجرة منذ الستينيات من القرن العشرين", REF, ["الستينيات من القرن العشرين → 1960/1969 range"]],
    ["وعاش البلد في السبعينات والثمانينات طفرة", REF, ["السبعينات → 1970/1979 range", "الثمانينات → 1980/1989 range"]],
    // an age, and the twenties or thirties without a century, are no decade
    ["توفي رجل في الخمسينات من عمره", REF, []],
    ["شاب في العشرينات يقود السيارة", REF, []],
    ["تتجاوز الحرارة منتصف الأربعينات المئوية ظهرا", REF, []],
    ["تأسست الشركة في بداية التسعينات الهجرية", REF, []],
    ["وصلت الموسيقى في العشرينات من القرن الماضي", REF, ["العشرينات من القرن الماضي → 1920/1929 range"]]
  ],
  "one day is no Sunday (يوم واحد)": [
    ["بلغ عدد الزوار 2015 زائرا في يوم واحد", REF, []],
    ["نفدت التذاكر خلال يوم واحد فقط", REF, []],
    ["تقام المباراة يوم الأحد", REF, ["يوم الأحد → 2015-08-02 weekday rel"]],
    ["تقام المباراتان يومي السبت والأحد", REF, ["يومي السبت والأحد → 2015-08-01/2015-08-02 range rel"]]
  ]
}

describe("Arabic dates: errors found on real articles", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      for (const [text, ref, expected] of rows) {
        it(text.replace(/\n/g, " / "), () => {
          expect(show(text, ref)).toEqual(expected)
        })
      }
    })
  }
})
