import { describeDateTables, linearDateCases } from "../tables/timing.js"

/**
 * Session 29 (helper), after R31 and R32: a count of units ahead without `time` (`In four days, …`, `in a fortnight`)
 * in a clause about the future (`within two weeks` stays a duration); `the coming year` and `the year ahead` (the
 * twelve months from the reference's month); a count of years from a period is that period moved (`the third quarter
 * … a year earlier`, `1998/99 … the previous year`; `the previous year` after a quarter stays its year); `بالأمس`
 * before a noun is yesterday, `بالأمس الأول` the day before, and `بالأمس … واليوم` sets then against now (no date for
 * `بالأمس`); weekdays after `أيام` or before `من كل أسبوع` repeat each week and name no day.
 */
const AR = "ar" as const
const EN = "en" as const
// a Thursday
const REF = "2005-02-10"
// a Friday: a SaudiNewsNet crawl
const CRAWL = "2015-07-31"

describeDateTables("session 29: dates after R31 and R32", {
  "a count of units ahead without `time`, in a clause about the future": [
    ["In four days, Unison will start balloting its members.", REF, EN, ["In four days → 2005-02-14 day rel"]],
    ["He said: In two days, we will vote on the deal.", REF, EN, ["In two days → 2005-02-12 day rel"]],
    ["Wales will travel to Paris in a fortnight.", REF, EN, ["in a fortnight → 2005-02-24 day rel"]],
    // stretches that end now, a past or modal clause, a count from another event, a vague count: no date
    ["This is the second lawsuit in two weeks from the firm.", REF, EN, []],
    ["It was the best showing in five years.", REF, EN, []],
    ["He scored twice in four days.", REF, EN, []],
    ["In 12 months, sales rose 5%.", REF, EN, []],
    ["In three months, we should rebuild most of the homes.", REF, EN, []],
    ["We think he will be fit again in a fortnight, but nobody can be sure.", REF, EN, ["in a fortnight → 2005-02-24 day rel"]],
    ["They could face England in a fortnight.", REF, EN, []],
    ["It is the second time in a fortnight that the club has lost.", REF, EN, []],
    ["In four days of talks, nothing will change.", REF, EN, []],
    // `within` stays a duration, as chrono's other durations (english.test.ts: `within 62 days`)
    ["The plant will reopen within two weeks, the company said.", REF, EN, []],
    ["The firm aims to break even within three years.", REF, EN, []],
    // with `time`, as before (session 28)
    ["Ireland face France in two weeks' time.", REF, EN, ["in two weeks' time → 2005-02-24 day rel"]]
  ],
  "the coming year and the year ahead: the twelve months from the reference's month": [
    ["Spyware will be the biggest threat in the coming year, experts said.", REF, EN, ["the coming year → 2005-02/2006-01 range rel"]],
    ["He forecast profitable growth for the year ahead.", REF, EN, ["the year ahead → 2005-02/2006-01 range rel"]],
    ["The coming year's budget will be tight.", REF, EN, ["The coming year → 2005-02/2006-01 range rel"]],
    ["The model was launched a year ahead of schedule.", REF, EN, []],
    ["Unemployment will swell in the coming months.", REF, EN, []],
    ["The coming weeks will be hard for the club.", REF, EN, []]
  ],
  "a count of years from a period is that period moved": [
    ["Contributions rose 9% in 1998/99, up on the previous year.", REF, EN, ["1998/99 → 1998/1999 range", "the previous year → 1997/1998 range"]],
    [
      "Sales rose to $805m in the third quarter of 2004, up from $393m a year earlier.",
      REF,
      EN,
      ["the third quarter of 2004 → 2004-07/2004-09 range", "a year earlier → 2003-07/2003-09 range"]
    ],
    // `the previous year` after a quarter stays that year (session 25); a year stays a year; a span of many years gives
    // no year to count from
    [
      "Sales in the third quarter of 2004 were 26% higher than the previous year.",
      REF,
      EN,
      ["the third quarter of 2004 → 2004-07/2004-09 range", "the previous year → 2003 year"]
    ],
    ["Sales rose to 9m in 2004 from 7m a year earlier.", REF, EN, ["2004 → 2004 year", "a year earlier → 2003 year"]],
    ["The survey covered 1984-2010 and the following year.", REF, EN, ["1984-2010 → 1984/2010 range"]]
  ],
  "بالأمس before a noun is yesterday; set against اليوم it is the past": [
    ["وتؤكد التحقيقات التي أعلنت عنها بالأمس الداخلية السعودية أن", CRAWL, AR, ["الأمس → 2015-07-30 day rel"]],
    ["وعثرت الشرطة بالأمس الأول على جثة شاب", CRAWL, AR, ["الأمس الأول → 2015-07-29 day rel"]],
    ["قالت الشركة بالأمس إنها ستلغي الاتفاقية", CRAWL, AR, ["الأمس → 2015-07-30 day rel"]],
    ["بالأمس القريب كنا نتبادل التهاني", CRAWL, AR, []],
    ["بالأمس البعيد كانت المدينة قرية صغيرة", CRAWL, AR, []],
    // then and now: no yesterday (the present's اليوم stays as it was)
    ["الطبقة التي وقفت ضد الثورة بالأمس واليوم هي ضد الإصلاح", CRAWL, AR, ["اليوم → 2015-07-31 day rel"]],
    ["ولنا في تلك الدولة بالأمس مثال واضح، وفي جارتها اليوم مثال أوضح", CRAWL, AR, ["اليوم → 2015-07-31 day rel"]],
    // a sentence's end or a bracket between them: each its own day
    ["على طريقة (لا نشتري مثل اليوم)، وهاهو بالأمس يوقع مع لاعب جديد", CRAWL, AR, ["اليوم → 2015-07-31 day rel", "الأمس → 2015-07-30 day rel"]],
    ["وصل الوفد بالأمس. واليوم تبدأ المحادثات", CRAWL, AR, ["الأمس → 2015-07-30 day rel", "اليوم → 2015-07-31 day rel"]]
  ],
  "weekdays that repeat each week name no day": [
    ["تفتح الحديقة أبوابها أيام الخميس والجمعة والسبت من كل أسبوع", CRAWL, AR, []],
    ["يقام السوق الشعبي يوم الجمعة من كل أسبوع", CRAWL, AR, []],
    ["تزدحم الطرق أيام الجمعة، ولذلك", CRAWL, AR, []],
    ["وتغلق المحلات أيام الإثنين، الثلاثاء، الأربعاء في الصيف", CRAWL, AR, []],
    // a count of days, a direction, dates after the list, one day: those days
    [
      "تستمر الفعاليات ثلاثة أيام الخميس والجمعة والسبت",
      CRAWL,
      AR,
      ["الخميس → 2015-07-30 weekday rel", "الجمعة → 2015-07-31 weekday rel", "السبت → 2015-07-25 weekday rel"]
    ],
    [
      "تقام المباريات أيام الخميس والجمعة والسبت المقبلة",
      CRAWL,
      AR,
      ["الخميس → 2015-07-30 weekday rel", "الجمعة → 2015-07-31 weekday rel", "السبت المقبلة → 2015-08-01 weekday rel"]
    ],
    [
      "وحددت الوزارة أيام الأحد والاثنين والثلاثاء 10 و11 و12 شوال الجاري للمراجعة",
      CRAWL,
      AR,
      ["الأحد → 2015-07-26 weekday rel", "الاثنين → 2015-07-27 weekday rel", "الثلاثاء → 2015-07-28 weekday rel", "11 و12 شوال الجاري → 2015-07-27/2015-07-28 range rel"]
    ],
    ["وصل الوفد يوم الخميس والجمعة", CRAWL, AR, ["يوم الخميس → 2015-07-30 weekday rel", "الجمعة → 2015-07-31 weekday rel"]]
  ]
})

linearDateCases("session 29: the English rules stay linear", {
  "counts ahead and the coming year repeated": (n) => "In four days, in in a fortnight in 3 years of the coming year ahead In a week, will ".repeat(n)
})
linearDateCases(
  "session 29: the Arabic rules stay linear",
  { "بالأمس and repeated weekdays repeated": (n) => "بالأمس الأول واليوم أيام الخميس والجمعة من كل أسبوع بالأمس ".repeat(n) },
  { reference: CRAWL, language: "ar" }
)
