import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A stray straight mark inside a quote (docs/history/quotes.md, "Forty-fourth session (lead): a stray mark inside a
 * quote"): `"… كانت "فريدة …".`, a mark spaced from the word before it and glued to the word after it, whose
 * paragraph's next and last mark closes, is the writer's typo; the quote runs on to that last mark. Sentences written
 * for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Rows where the rule must not fire:
 * a term quoted inside the quote (closed, then the quote closed), two quotes, a mark that does not close.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a stray mark inside a quote does not end it": [
    ['وقال [[ORGANIZATION:الجيش الكوري الجنوبي]] في بيان إن "القذيفة سقطت قرب "المنطقة العازلة على الحدود الشرقية".', ['[الجيش الكوري الجنوبي | قال] القذيفة سقطت قرب "المنطقة العازلة على الحدود الشرقية']],
    ['وأضاف [[PERSON:سامي الحداد]] أن "الاتفاق الجديد كان "خطوة ضرورية لحماية العمال في الموانئ".', ['[سامي الحداد | أضاف] الاتفاق الجديد كان "خطوة ضرورية لحماية العمال في الموانئ']],
    // must not fire: a speech verb right before the mark opens a new quote after one left open
    ['وقال [[PERSON:سامي الحداد]] "إن الخطة تسير كما رسمت لها وأوضح "المرحلة الثانية تبدأ الشهر المقبل".', ["[سامي الحداد | قال] إن الخطة تسير كما رسمت لها وأوضح"]],
    // must not fire: a term quoted inside the quote (another mark closes the quote after the term's)
    ['وقال [[PERSON:سامي الحداد]] إن "الخطة تعتمد على نموذج "الشراكة" الذي أقرته الحكومة العام الماضي".', ['[سامي الحداد | قال] الخطة تعتمد على نموذج "الشراكة" الذي أقرته الحكومة العام الماضي']],
    // must not fire: the first quote closed, a second one opened
    ['وقال [[PERSON:سامي الحداد]] إن "الخطة ناجحة جدا حتى الآن" وأضاف أن "المرحلة الثانية تبدأ الشهر المقبل".', ["[سامي الحداد | قال] الخطة ناجحة جدا حتى الآن", "[سامي الحداد | أضاف] المرحلة الثانية تبدأ الشهر المقبل"]],
    ['وقال [[PERSON:سامي الحداد]] إن "المفاوضات ستنتهي قريبا وإلا ستصبح الورقة "ملغاة".', ['[سامي الحداد | قال] المفاوضات ستنتهي قريبا وإلا ستصبح الورقة "ملغاة']],
    // must not fire: a sentence end between the open mark and the stray one (a quote left open: it ends at the second mark, as before)
    ['وقال [[PERSON:سامي الحداد]] إن "الخطة ناجحة جدا حتى الآن. كما أوضح البيان "أن المرحلة الثانية تبدأ الشهر المقبل".', ["[سامي الحداد | قال] الخطة ناجحة جدا حتى الآن. كما أوضح البيان"]],
    // must not fire: one word in marks inside the sentence is a name
    // (since the fifty-second session, helper arreport: the quote never closed runs over the term to the paragraph's
    // end, `termInOpenQuote`; before, `الطائرة الجديدة تصنع الآن في مصنع`)
    ['وقال [[PERSON:سامي الحداد]] إن "الطائرة الجديدة تصنع الآن في مصنع "الشمال" الجوي قرب المطار', ['[سامي الحداد | قال] الطائرة الجديدة تصنع الآن في مصنع "الشمال" الجوي قرب المطار']],
    // must not fire: the next mark does not close (it opens again); the open quote closes at the second mark
    ['وقال [[PERSON:سامي الحداد]] إن "الخطة ناجحة جدا "حتى الآن "وفق الأرقام المعلنة اليوم', ["[سامي الحداد | قال] الخطة ناجحة جدا", "[سامي الحداد | قال] وفق الأرقام المعلنة اليوم"]]
  ]
}

describeQuoteTables("Arabic marks: a stray mark inside a quote (forty-fourth session)", tables)

const addresses: Record<string, ReadonlyArray<QuoteRow>> = {
  "a quote that opens with a web address, or a bare domain alone, is no speech": [
    ['ودعت [[ORGANIZATION:جامعة الشمال]] الراغبين إلى التسجيل عبر موقعها: www.north-uni.edu.sa خلال أسبوع من يوم الأحد المقبل.', []],
    ['وأهاب الدكتور [[PERSON:سامي الحداد]]،بالمرشحين إلى إحضار صورة الهوية الوطنية ووثيقة التخرج، داعياً إلى الاطلاع على تعليمات تسجيل موعد المقابلة عبر بوابة الخدمات على الرابط http://schools-portal.org/parents', []],
    // must not fire: speech that names a site inside it, an English company's name that is a domain inside words
    ['وقال [[PERSON:سامي الحداد]]: "سننشر النتائج على الموقع www.north-uni.edu.sa خلال أسبوع".', ["[سامي الحداد | قال] سننشر النتائج على الموقع www.north-uni.edu.sa خلال أسبوع"]],
    ['"Amazon.com will keep its prices low this Christmas," said [[PERSON:Jeff Bezos]].', ["[Jeff Bezos | said] Amazon.com will keep its prices low this Christmas"]]
  ]
}

describeQuoteTables("Arabic quotes: web addresses (forty-fourth session)", addresses)
