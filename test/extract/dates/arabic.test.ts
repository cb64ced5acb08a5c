import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/extract.js"

/** [sentence, reference, expected mentions as `text → value granularity calendar [rel]`]. All sentences are written for these tests. */
type Row = readonly [string, string | null, ReadonlyArray<string>]

const show = (text: string, ref: string | null): Array<string> =>
  extractDates(text, { reference: ref, language: "ar" }).map(
    (d) => `${d.text} → ${d.value} ${d.granularity} ${d.calendar}${d.relative ? " rel" : ""}`
  )

const REF = "2017-11-21" // a Tuesday

const tables: Record<string, ReadonlyArray<Row>> = {
  "Egyptian/Gulf months and their spellings": [
    ["افتتح المعرض في 10 يناير 2016 بحضور الوزير", null, ["10 يناير 2016 → 2016-01-10 day gregorian"]],
    ["وصل الوفد في 3 فبراير 2014", null, ["3 فبراير 2014 → 2014-02-03 day gregorian"]],
    ["أعلنت النتائج يوم 10 اغسطس 2015 مساءً", null, ["يوم 10 اغسطس 2015 → 2015-08-10 day gregorian"]],
    ["أعلنت النتائج في 10 أغسطس 2015", null, ["10 أغسطس 2015 → 2015-08-10 day gregorian"]],
    ["بدأ الموسم في أبريل 2012 وانتهى في إبريل 2013", null, ["أبريل 2012 → 2012-04 month gregorian", "إبريل 2013 → 2013-04 month gregorian"]],
    ["عقد الاجتماع في 7 ديسمبر 2019", null, ["7 ديسمبر 2019 → 2019-12-07 day gregorian"]]
  ],
  "Levantine and Iraqi months": [
    ["صدر القرار في 5 كانون الثاني 2016", null, ["5 كانون الثاني 2016 → 2016-01-05 day gregorian"]],
    ["تأسست الجمعية في شباط 2018", null, ["شباط 2018 → 2018-02 month gregorian"]],
    ["جرت الانتخابات في آذار 2011", null, ["آذار 2011 → 2011-03 month gregorian"]],
    ["افتتح الجسر في نيسان 2012", null, ["نيسان 2012 → 2012-04 month gregorian"]],
    ["عاد اللاعب في أيار 2013", null, ["أيار 2013 → 2013-05 month gregorian"]],
    ["وقعت الحادثة في 14 حزيران 2014", null, ["14 حزيران 2014 → 2014-06-14 day gregorian"]],
    ["اكتمل المشروع في تموز 2015", null, ["تموز 2015 → 2015-07 month gregorian"]],
    ["انتهت الأعمال في 30 آب 2016", null, ["30 آب 2016 → 2016-08-30 day gregorian"]],
    ["تبدأ الدراسة في أيلول 2017", null, ["أيلول 2017 → 2017-09 month gregorian"]],
    ["في تشرين الأول 2015 قررت الحكومة", null, ["تشرين الأول 2015 → 2015-10 month gregorian"]],
    ["في 2 تشرين الثاني 2015 وقعت الاتفاقية", null, ["2 تشرين الثاني 2015 → 2015-11-02 day gregorian"]],
    ["حتى 31 كانون الأول 2020", null, ["31 كانون الأول 2020 → 2020-12-31 day gregorian"]],
    ["وصل الوفد في 9 كانون ثاني 2016", null, ["9 كانون ثاني 2016 → 2016-01-09 day gregorian"]],
    ["صدر العدد في 3 كانون ثان 2017", null, ["3 كانون ثان 2017 → 2017-01-03 day gregorian"]],
    ["جرت القمة في تشرين ثان 2014", null, ["تشرين ثان 2014 → 2014-11 month gregorian"]]
  ],
  "Maghrebi months": [
    ["انطلقت الحملة في 12 جانفي 2016", null, ["12 جانفي 2016 → 2016-01-12 day gregorian"]],
    ["في فيفري 2016 ارتفعت الأسعار", null, ["فيفري 2016 → 2016-02 month gregorian"]],
    ["أجريت الانتخابات في ماي 2016", null, ["ماي 2016 → 2016-05 month gregorian"]],
    ["في 5 جوان 2016 أعلنت الوزارة", null, ["5 جوان 2016 → 2016-06-05 day gregorian"]],
    ["احتفلت المدينة في 5 جويلية 2016", null, ["5 جويلية 2016 → 2016-07-05 day gregorian"]],
    ["عادت العائلات في أوت 2016", null, ["أوت 2016 → 2016-08 month gregorian"]],
    ["وفي شتنبر 2016 وغشت 2017 ونونبر 2018 ودجنبر 2019", null, [
      "شتنبر 2016 → 2016-09 month gregorian", "غشت 2017 → 2017-08 month gregorian", "نونبر 2018 → 2018-11 month gregorian", "دجنبر 2019 → 2019-12 month gregorian"
    ]]
  ],
  "paired month names": [
    ["تأسست الشركة في مارس/آذار 2011", null, ["مارس/آذار 2011 → 2011-03 month gregorian"]],
    ["زار الوزير العاصمة في 20 أكتوبر/تشرين الأول 2015", null, ["20 أكتوبر/تشرين الأول 2015 → 2015-10-20 day gregorian"]],
    ["في 30 حزيران/يونيو و13 تموز/يوليو 2015", null, ["30 حزيران/يونيو → 2015-06-30 day gregorian", "13 تموز/يوليو 2015 → 2015-07-13 day gregorian"]],
    ["نشر التقرير في أبريل (نيسان) 2015", null, ["أبريل (نيسان) 2015 → 2015-04 month gregorian"]],
    ["منذ ديسمبر كانون الأول 2014", null, ["ديسمبر كانون الأول 2014 → 2014-12 month gregorian"]],
    ["أقر القانون قبل الثاني عشر من آب/أغسطس 2015", null, ["الثاني عشر من آب/أغسطس 2015 → 2015-08-12 day gregorian"]]
  ],
  "Hijri dates and the dual form": [
    ["صدر الأمر في 25 شوال 1436 هـ", null, ["25 شوال 1436 هـ → 2015-08-10 day hijri"]],
    ["تنطلق الدورة في 1 رمضان 1436هـ", null, ["1 رمضان 1436هـ → 2015-06-18 day hijri"]],
    ["الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م", null, ["25 شوال 1436 هـ الموافق 10 أغسطس 2015 م → 2015-08-10 day both"]],
    ["جدة 16 ذو الحجة 1436 هـ الموافق 29 سبتمبر 2015 م", null, ["16 ذو الحجة 1436 هـ الموافق 29 سبتمبر 2015 م → 2015-09-29 day both"]],
    ["تبدأ الإجازة يوم الخميس 10 ذي القعدة 1436هـ", null, ["يوم الخميس 10 ذي القعدة 1436هـ → 2015-08-25 day hijri"]],
    ["في 10 أغسطس 2015 الموافق 25 شوال 1436هـ", null, ["10 أغسطس 2015 الموافق 25 شوال 1436هـ → 2015-08-10 day both"]],
    ["يوم الأحد (10/شوال/1436هـ) الموافق (26/7/2015م)", null, ["يوم الأحد (10/شوال/1436هـ) الموافق (26/7/2015م) → 2015-07-26 day both"]],
    ["في التاريخ 1436/10/25 هـ صدر القرار", null, ["1436/10/25 هـ → 2015-08-10 day hijri"]],
    ["بتاريخ 25/10/1436هـ", null, ["25/10/1436هـ → 2015-08-10 day hijri"]],
    ["خلال العام المالي 1435 / 1436هـ", null, ["1435 / 1436هـ → 2013-11-04/2015-10-13 range hijri"]],
    ["في عام 1436 هـ", null, ["عام 1436 هـ → 2014-10-25/2015-10-13 year hijri"]],
    ["منذ بداية شهر رمضان 1436", null, ["بداية شهر رمضان 1436 → 2015-06-18/2015-07-16 month hijri"]]
  ],
  "numeric dates and digits": [
    ["صدر في 10/8/2015 قرار", null, ["10/8/2015 → 2015-08-10 day gregorian"]],
    ["سجل في 2015-08-10 رقما قياسيا", null, ["2015-08-10 → 2015-08-10 day gregorian"]],
    ["في ١٠/٨/٢٠١٥ أعلن", null, ["١٠/٨/٢٠١٥ → 2015-08-10 day gregorian"]],
    ["الموعد ١٥ يوليو ٢٠١٦ للتسجيل", null, ["١٥ يوليو ٢٠١٦ → 2016-07-15 day gregorian"]],
    ["حتى 17 / 7 / 2015م", null, ["17 / 7 / 2015م → 2015-07-17 day gregorian"]],
    ["في 10.8.2015 تقريبا", null, ["10.8.2015 → 2015-08-10 day gregorian"]],
    ["النتيجة 3/1 لصالح الفريق", null, []]
  ],
  "years": [
    ["اندلعت الثورة عام 2011", null, ["عام 2011 → 2011 year gregorian"]],
    ["منذ العام 2014", null, ["العام 2014 → 2014 year gregorian"]],
    ["في سنة 2010 تأسست الشركة", null, ["سنة 2010 → 2010 year gregorian"]],
    ["ارتفعت الصادرات في 2014", null, ["2014 → 2014 year gregorian"]],
    ["بلغت المبيعات 2015م", null, ["2015م → 2015 year gregorian"]],
    ["منذ عام 2011 تعيش البلاد", null, ["عام 2011 → 2011 year gregorian"]],
    ["وعد بتحقيق الأهداف بحلول 2030", null, ["2030 → 2030 year gregorian"]],
    ["حضر أكثر من 2000 شخص", null, []],
    ["ارتفع المؤشر إلى 2015 نقطة", null, []],
    ["بين عامي 2014 و2015", null, ["عامي 2014 و2015 → 2014/2015 range gregorian"]],
    ["من 2011 إلى 2015 تضاعف العدد", null, ["2011 إلى 2015 → 2011/2015 range gregorian"]],
    ["في موسم 2014/2015", null, ["موسم 2014/2015 → 2014/2015 range gregorian"]]
  ],
  "ranges": [
    ["تعقد الورشة في جدة يومي 22 و 23 نوفمبر/تشرين الثاني الحالي", REF, ["يومي 22 و 23 نوفمبر/تشرين الثاني الحالي → 2017-11-22/2017-11-23 range gregorian rel"]],
    ["يقام المعرض من 22 إلى 25 نوفمبر 2017", null, ["22 إلى 25 نوفمبر 2017 → 2017-11-22/2017-11-25 range gregorian"]],
    ["يستمر الموسم بين 21 يونيو و21 سبتمبر 2016", null, ["21 يونيو و21 سبتمبر 2016 → 2016-06-21/2016-09-21 range gregorian"]],
    ["من يونيو إلى سبتمبر 2016", null, ["يونيو إلى سبتمبر 2016 → 2016-06/2016-09 range gregorian"]],
    ["يومي السبت والأحد المقبلين", REF, ["يومي السبت والأحد → 2017-11-18/2017-11-19 range gregorian rel"]]
  ],
  "weekdays": [
    ["التقى الوزير نظيره الاثنين في القاهرة", REF, ["الاثنين → 2017-11-20 weekday gregorian rel"]],
    ["وصل الوفد يوم الأحد", REF, ["يوم الأحد → 2017-11-19 weekday gregorian rel"]],
    ["سيعقد المجلس جلسته الخميس", REF, ["الخميس → 2017-11-23 weekday gregorian rel"]],
    ["عقدت الجلسة يوم الثلاثاء الماضي", REF, ["يوم الثلاثاء الماضي → 2017-11-14 weekday gregorian rel"]],
    ["تبدأ الامتحانات يوم الأحد المقبل", REF, ["يوم الأحد المقبل → 2017-11-26 weekday gregorian rel"]],
    ["أقيمت صلاة الجمعة في المسجد", REF, ["الجمعة → 2017-11-17 weekday gregorian rel"]],
    ["قال أحد الشهود إن جمعة وصل", REF, []],
    ["الخميس 20 يوليو 2017 موعد التسليم", REF, ["الخميس 20 يوليو 2017 → 2017-07-20 day gregorian"]]
  ],
  "relative days and nights": [
    ["وصل الرئيس أمس إلى جدة", REF, ["أمس → 2017-11-20 day gregorian rel"]],
    ["يزور الوفد اليوم العاصمة", REF, ["اليوم → 2017-11-21 day gregorian rel"]],
    ["تبدأ القمة غداً", REF, ["غداً → 2017-11-22 day gregorian rel"]],
    ["المعرض الذي يفتتح غداً الأربعاء", REF, ["غداً الأربعاء → 2017-11-22 day gregorian rel"]],
    ["أعلن اليوم (الثلاثاء) عن الخطة", REF, ["اليوم (الثلاثاء) → 2017-11-21 day gregorian rel"]],
    ["وقع الحادث أول من أمس", REF, ["أول من أمس → 2017-11-19 day gregorian rel"]],
    ["يصل الوفد بعد غد", REF, ["بعد غد → 2017-11-23 day gregorian rel"]],
    ["وصل الوفد الليلة قبل الماضية", REF, ["الليلة قبل الماضية → 2017-11-19 part-of-day gregorian rel"]],
    ["انقطع التيار الليلة الماضية", REF, ["الليلة الماضية → 2017-11-20 part-of-day gregorian rel"]],
    ["احتفل الناس باليوم الوطني", REF, []],
    ["يعمل المتجر ثلاث ساعات في اليوم", REF, []],
    ["وصل الفريق أمس", null, ["أمس → null day gregorian rel"]]
  ],
  "parts of the day and times": [
    ["استقبل الوزير ضيفه مساء أمس الاثنين في جدة", REF, ["مساء أمس الاثنين → 2017-11-20 part-of-day gregorian rel"]],
    ["انطلقت المباراة صباح اليوم", REF, ["صباح اليوم → 2017-11-21 part-of-day gregorian rel"]],
    ["وصل الوزير مساء الخميس الماضي", REF, ["مساء الخميس الماضي → 2017-11-16 part-of-day gregorian rel"]],
    ["يقام الحفل عند الثامنة من صباح يوم غد الأربعاء", REF, ["الثامنة من صباح يوم غد الأربعاء → 2017-11-22T08:00 time gregorian rel"]],
    ["يبدأ اللقاء الساعة العاشرة صباح اليوم", REF, ["الساعة العاشرة صباح اليوم → 2017-11-21T10:00 time gregorian rel"]],
    ["تغلق البنوك اليوم الثلاثاء حتى الساعة التاسعة مساء", REF, ["اليوم الثلاثاء → 2017-11-21 day gregorian rel", "الساعة التاسعة مساء → 2017-11-21T21:00 time gregorian rel"]],
    ["في الساعة 10:30 صباح الأحد 5 مارس 2017", null, ["الساعة 10:30 صباح الأحد 5 مارس 2017 → 2017-03-05T10:30 time gregorian"]],
    ["عند الساعة الحادية عشرة والنصف من مساء 2 مايو 2016", null, ["الساعة الحادية عشرة والنصف من مساء 2 مايو 2016 → 2016-05-02T23:30 time gregorian"]],
    // twelve at night or in the evening is the midnight that ends the day: the next day's first hour (`حتى الساعة 12
    // ليلا`, the end of the day's events); twelve at noon stays noon
    ["ويستمر الحفل يوم الاثنين حتى الساعة 12 ليلاً", REF, ["يوم الاثنين → 2017-11-20 weekday gregorian rel", "الساعة 12 ليلاً → 2017-11-21T00:00 time gregorian rel"]],
    ["وينتهي التسجيل الساعة الثانية عشرة مساء 31 مايو 2016", null, ["الساعة الثانية عشرة مساء 31 مايو 2016 → 2016-06-01T00:00 time gregorian"]],
    ["ويبدأ البث الساعة 12:30 ليلا يوم الاثنين", REF, ["الساعة 12:30 ليلا يوم الاثنين → 2017-11-21T00:30 time gregorian rel"]],
    ["ويقام الحفل الساعة 12 ظهرا يوم الاثنين", REF, ["الساعة 12 ظهرا يوم الاثنين → 2017-11-20T12:00 time gregorian rel"]],
    // `مغرب` without the article is sunset; `المغرب` before a day is Morocco, not a time of the day
    ["ويقام الإفطار الجماعي مغرب اليوم في ساحة المسجد", REF, ["مغرب اليوم → 2017-11-21 part-of-day gregorian rel"]],
    ["ويغادر المنتخب إلى المغرب اليوم الثلاثاء لمواجهة الوداد", REF, ["اليوم الثلاثاء → 2017-11-21 day gregorian rel"]]
  ],
  "periods": [
    ["تستأنف المفاوضات الأسبوع المقبل", REF, ["الأسبوع المقبل → 2017-11-27/2017-12-03 range gregorian rel"]],
    ["تراجعت الأسعار الشهر الماضي", REF, ["الشهر الماضي → 2017-10 month gregorian rel"]],
    ["تنطلق البطولة العام المقبل", REF, ["العام المقبل → 2018 year gregorian rel"]],
    ["ارتفع النمو هذا العام", REF, ["هذا العام → 2017 year gregorian rel"]],
    ["تبدأ الدراسة مطلع الشهر القادم", REF, ["مطلع الشهر القادم → 2017-12 month gregorian rel"]],
    ["حتى نهاية العام الجاري", REF, ["نهاية العام الجاري → 2017 year gregorian rel"]],
    ["غادر البلاد قبل يومين", REF, ["قبل يومين → 2017-11-19 day gregorian rel"]],
    // a guarded month read without a proclitic is another word: باب (a gate), not ب + آب
    ["تطل اليمن على موقع استراتيجي في باب المندب", REF, []],
    ["ودخل المصلون من باب الملك عبدالعزيز", REF, []],
    ["توقف المشروع منذ 3 سنوات", REF, ["منذ 3 سنوات → 2014 year gregorian rel"]],
    ["تعود البعثة بعد أسبوعين", REF, ["بعد أسبوعين → 2017-12-05 day gregorian rel"]],
    ["افتتح المصنع قبل ثلاثة أشهر", REF, ["قبل ثلاثة أشهر → 2017-08 month gregorian rel"]],
    ["تصاعدت الأزمة منذ أسبوع", REF, ["منذ أسبوع → 2017-11-14 day gregorian rel"]],
    ["سافر بعد شهر رمضان", REF, ["شهر رمضان → 2017-05-27/2017-06-24 month hijri rel"]],
    ["عاد إلى بلاده في نوفمبر الماضي", REF, ["نوفمبر الماضي → 2016-11 month gregorian rel"]],
    ["يبدأ التطبيق في يناير المقبل", REF, ["يناير المقبل → 2018-01 month gregorian rel"]],
    ["في 14 شوال الجاري", "2015-07-22", ["14 شوال الجاري → 2015-07-30 day hijri rel"]]
  ],
  "months that are also words": [
    ["مارس الضغط على الحكومة", REF, []],
    ["التقى رجب طيب أردوغان", REF, []],
    ["ارتفع العدد من صفر إلى عشرة", REF, []],
    ["وقعت الاتفاقية في مارس", REF, ["مارس → 2017-03 month gregorian rel"]],
    ["صام المسلمون شهر رمضان المبارك", REF, ["شهر رمضان المبارك → 2017-05-27/2017-06-24 month hijri rel"]]
  ],
  // the scanner decides by key id which words have such a reading: each kind of starter, and words that have none
  "a word read without its proclitics (the span leaves them out)": [
    ["وصل الوفد والاثنين الماضي إلى المدينة", REF, ["الاثنين الماضي → 2017-11-20 weekday gregorian rel"]],
    // (the weekday agrees with the reference's yesterday: when they disagree the weekday wins, real-errors.test.ts)
    ["وأمس الاثنين افتتح المعرض", REF, ["أمس الاثنين → 2017-11-20 day gregorian rel"]],
    ["فالأسبوع المقبل حاسم للفريق", REF, ["الأسبوع المقبل → 2017-11-27/2017-12-03 range gregorian rel"]],
    ["بحلول للعام المقبل تكتمل الأعمال", REF, ["للعام المقبل → 2018 year gregorian rel"]],
    ["وفي يوم الثلاثاء عقد الاجتماع", REF, ["يوم الثلاثاء → 2017-11-21 weekday gregorian rel"]],
    ["وقبل يومين وصل الوفد", REF, ["قبل يومين → 2017-11-19 day gregorian rel"]],
    ["وشهر رمضان على الأبواب", REF, ["شهر رمضان → 2017-05-27/2017-06-24 month hijri rel"]],
    ["ومنذ 3 سنوات لم يعد", REF, ["منذ 3 سنوات → 2014 year gregorian rel"]],
    ["والليلة الماضية سقط المطر", REF, ["الليلة الماضية → 2017-11-20 part-of-day gregorian rel"]],
    ["وبعد غد الخميس تبدأ الدراسة", REF, ["بعد غد الخميس → 2017-11-23 day gregorian rel"]],
    ["قال في 2010 ثم في اليوم التالي", REF, ["2010 → 2010 year gregorian"]]
  ]
}

describe("Arabic dates", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, ref, expected) => {
        expect(show(text, ref)).toEqual(expected)
      })
    })
  }

  it("every span is the text it names, and no two overlap", () => {
    for (const rows of Object.values(tables)) {
      for (const [text, ref] of rows) {
        let last = -1
        for (const d of extractDates(text, { reference: ref })) {
          expect(text.slice(d.start, d.end)).toBe(d.text)
          expect(d.start).toBeGreaterThanOrEqual(last)
          last = d.end
        }
      }
    }
  })
})
