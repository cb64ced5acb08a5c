/**
 * The writer of an article in a press review (twenty-first session, lead): `كاتب المقال`, `كاتبة المقال`, `معد
 * التقرير` is the person named after the nearest article or report introduced before it, whichever of the two the
 * phrase calls it (`تقريرا لهانا سميث … وقالت كاتبة المقال`), even when someone quoted in the article spoke since
 * (`ونقل التقرير عن X قوله …`); an article introduced with no writer named stops the search (its writer is unknown, not
 * the one of the article before). Sentences written for this test in the style of BBC Arabic's press reviews;
 * entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: writers in a press review (twenty-first session)", {
  "the writer of the nearest article or report": [
    [
      'ونطالع في صحيفة التايمز تقريرا ل[[PERSON:هانا سميث]] بعنوان "اتفاق جديد في الشمال".\nوقالت كاتبة المقال إن "آلاف المقاتلين انتقلوا إلى الشمال خلال الأسبوع الماضي".',
      ["[هانا سميث | قالت] آلاف المقاتلين انتقلوا إلى الشمال خلال الأسبوع الماضي"]
    ],
    [
      'ونشرت صحيفة آي تقريرا ل[[PERSON:آنا ديفيس]] بعنوان "لاجئ يتخرج طبيبا".\nونقل التقرير عن [[PERSON:سامر يوسف]] قوله "أنا جاهز للقيام بدوري كطبيب في هذا البلد".\nوختمت كاتبة المقال بالقول إن "حفل تخرجه يأتي بعد أربع سنوات من وصوله إلى البلاد".',
      ["[سامر يوسف | نقل] أنا جاهز للقيام بدوري كطبيب في هذا البلد", "[آنا ديفيس | ختمت] حفل تخرجه يأتي بعد أربع سنوات من وصوله إلى البلاد"]
    ]
  ],
  "an article whose writer is not named stops the search": [
    [
      'ونطالع في صحيفة التايمز تقريرا ل[[PERSON:هانا سميث]] عن الحرب.\nونقرأ في صحيفة الغارديان مقالا لكاتب بريطاني بعنوان "استفتاء جديد".\nوقال كاتب المقال إن "التصويت الأخير قلب المشهد السياسي رأسا على عقب".',
      ["[كاتب المقال | قال] التصويت الأخير قلب المشهد السياسي رأسا على عقب"]
    ]
  ]
})
