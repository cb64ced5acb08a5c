import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The fifty-first session's names after a long speaker phrase and reports off the chain (helper arcomma;
 * docs/history/quotes.md, "Fifty-first session: arcomma"): a spokesman's role joined by و after a first role names the
 * name set off by commas after it (`conjoinedSpokesman`, speakers.ts), the apposition search goes on past a second role
 * set off by commas (`appositionPerson`, speakers.ts), and reports or studies as a verb's subject join no chain through a
 * later participle's complementizer (`introducesSpeech`, `reportsSubject`, cues.ts). Sentences written for these tests
 * in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const EXPERT = 'وقال الخبير [[PERSON:سامي العتيبي]] إن «الأسعار ستنخفض قريبا».\n'
const QUOTE = "«المشروع سيكتمل قبل نهاية العام»"
const FRONT = "«الجبهات هادئة منذ أسبوع»"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a spokesman's role joined by و after a first role names the name after it": [
    [`وقال عضو المجلس البلدي والمتحدث الرسمي باسم المجلس، سالم حمدان، في حديث للصحيفة إن ${QUOTE}.`, ["[سالم حمدان | قال] المشروع سيكتمل قبل نهاية العام"]],
    // must not change: the name tagged, a side clause with no name, a second role that is no spokesman's
    [`وقال عضو المجلس البلدي والمتحدث الرسمي باسم المجلس، [[PERSON:سالم حمدان]]، إن ${QUOTE}.`, ["[سالم حمدان | قال] المشروع سيكتمل قبل نهاية العام"]],
    [`وقال عضو المجلس البلدي والمتحدث الرسمي باسم المجلس، في مؤتمر صحافي، إن ${QUOTE}.`, ["[عضو المجلس البلدي والمتحدث الرسمي باسم المجلس | قال] المشروع سيكتمل قبل نهاية العام"]],
    // (the name between commas after the roles speaks since session 61: `untaggedAppositive`, speakers.ts, helper arquote17)
    [`وقال عضو المجلس البلدي والمهندس المشرف على المشروع، سالم حمدان، إن ${QUOTE}.`, ["[سالم حمدان | قال] المشروع سيكتمل قبل نهاية العام"]]
  ],
  "the apposition after a second role set off by commas": [
    [
      `وقال القيادي في الحزب الوطني الديمقراطي، وأحد قادة الفصائل الميدانيين في محور الجبل والوادي، [[PERSON:سعيد حمود]]، إن ${FRONT}.`,
      ["[سعيد حمود | قال] الجبهات هادئة منذ أسبوع"]
    ],
    // must not change: a side clause with no name, a name inside a side clause
    [`وقال القيادي في الحزب الوطني، في مؤتمر صحافي عقده في مقر الحزب بالعاصمة مساء أمس، إن ${FRONT}.`, ["[القيادي | قال] الجبهات هادئة منذ أسبوع"]],
    [`وقال المتحدث، خلافا لما قاله [[PERSON:سعيد حمود]]، إن ${FRONT}.`, ["[المتحدث | قال] الجبهات هادئة منذ أسبوع"]],
    [
      `وقال القيادي في الحزب الوطني الديمقراطي، وهو يرد في مؤتمر صحافي عقده مساء أمس على نائب رئيس الحكومة [[PERSON:سعيد حمود]]، إن ${FRONT}.`,
      ["[القيادي | قال] الجبهات هادئة منذ أسبوع"]
    ]
  ],
  "reports as a verb's subject join no chain through a later participle": [
    [
      EXPERT + "وتوقع أن تعاود الأسعار الارتفاع، إذ تشير التقارير إلى هذا بوضوح، مؤكدا أن السوق يخضع للعرض والطلب، ونصح المستهلك بـ«مقارنة الأسعار قبل الشراء في عشرة محلات».",
      ["[سامي العتيبي | قال] الأسعار ستنخفض قريبا", "[سامي العتيبي | مؤكدا] مقارنة الأسعار قبل الشراء في عشرة محلات"]
    ],
    [
      EXPERT + "وتوقع أن تعاود الأسعار الارتفاع، إذ تشير الدراسات إلى ذلك، مشيرا إلى أن السوق يخضع للعرض والطلب، ونصح المستهلك بـ«مقارنة الأسعار قبل الشراء في عشرة محلات».",
      ["[سامي العتيبي | قال] الأسعار ستنخفض قريبا", "[سامي العتيبي | مشيرا] مقارنة الأسعار قبل الشراء في عشرة محلات"]
    ],
    // must not change: a body's verb before its participle, reports that speak with أن and marks
    [
      EXPERT + "وأعربت [[ORGANIZATION:وزارة التجارة]] عن أسفها لارتفاع الأسعار، مشيرة إلى أن «الرقابة ستشتد على المحلات».",
      ["[سامي العتيبي | قال] الأسعار ستنخفض قريبا", "[وزارة التجارة | مشيرة] الرقابة ستشتد على المحلات"]
    ],
    [EXPERT + "وأشارت التقارير إلى أن «الطلب تراجع بنسبة كبيرة».", ["[سامي العتيبي | قال] الأسعار ستنخفض قريبا", "[التقارير | أشارت] الطلب تراجع بنسبة كبيرة"]]
  ]
}

describeQuoteTables("fifty-first session, arcomma: names after a long speaker phrase, reports off the chain", tables)
