import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Speakers that are a document rather than the body that issued it (docs/history/quotes.md, "Forty-eighth session:
 * issuer"): a letter (`الخطاب`) or a recommendation (`التوصية`) reads as the statement and the report do; a definite
 * document whose issuer the text names only later (`هذا الخطاب الذي ورد من X`) speaks for X; an indefinite statement in
 * construct with a body noun (`بيان النادي`) is the body; a verb of issuing after a comma opens the clause as it opens
 * a sentence (`وفي سياق متصل، أصدر X توصية`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]`
 * marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a letter whose issuer the text names after the quote": [
    ['فاجأ مكتب الشؤون البلدية الجمعية الخيرية بخطاب يعلن فيه فتح باب التسجيل.\nوجاء في الخطاب: "تقرر فتح باب التسجيل للراغبين لمدة أسبوعين كاملين". من جهته، أوضح رئيس الجمعية أن هذا الخطاب الذي ورد من هيئة الرياضة إجراء نظامي.', ["[هيئة الرياضة | جاء في] تقرر فتح باب التسجيل للراغبين لمدة أسبوعين كاملين"]],
    // must not change: no issuer named anywhere
    ['وجاء في الخطاب: "تقرر فتح باب التسجيل للراغبين لمدة أسبوعين كاملين". وأوضح رئيس الجمعية أن الإجراء نظامي.', ["[الخطاب | جاء في] تقرر فتح باب التسجيل للراغبين لمدة أسبوعين كاملين"]],
    // must not change: the later issuer is of another letter (an indefinite mention stops the search)
    ['وجاء في الخطاب: "تقرر فتح باب التسجيل للراغبين لمدة أسبوعين كاملين". ثم وصل خطاب ثان، وقيل إن الخطاب الذي ورد من هيئة الرياضة ألغى الأول.', ["[الخطاب | جاء في] تقرر فتح باب التسجيل للراغبين لمدة أسبوعين كاملين"]]
  ],
  "a report conducted by a company (`أجرته`)": [
    ['كشف تقرير هندسي أن الأضرار محدودة.\nوجاء في التقرير الذي أجرته [[ORGANIZATION:شركة الأفق للدراسات]] أن "غالبية المباني لم تتعرض لأي أضرار كبيرة".', ["[شركة الأفق للدراسات | جاء في] غالبية المباني لم تتعرض لأي أضرار كبيرة"]],
    // must not change: a report relayed, not conducted
    ['كشف تقرير هندسي أن الأضرار محدودة.\nوجاء في التقرير الذي نقلته [[ORGANIZATION:وكالة الأنباء]] أن "غالبية المباني لم تتعرض لأي أضرار كبيرة".', ["[التقرير | جاء في] غالبية المباني لم تتعرض لأي أضرار كبيرة"]]
  ],
  "a statement in construct with a body noun": [
    ['مدد المدرب عقده مع الفريق بحسب ما أعلن النادي أمس.\nوجاء في بيان النادي: "نحن سعداء بالاتفاق مع المدرب على عامين إضافيين".', ["[النادي | جاء في] نحن سعداء بالاتفاق مع المدرب على عامين إضافيين"]],
    // must not change: a noun that is no body's
    ['وجاء في بيان الختام: "نحن سعداء بالاتفاق على عامين إضافيين من التعاون".', ["[بيان الختام | جاء في] نحن سعداء بالاتفاق على عامين إضافيين من التعاون"]]
  ],
  "a recommendation issued after a comma": [
    ['وفي سياق متصل، أصدر [[ORGANIZATION:المجلس الوطني للإعلام]] توصية للقنوات الإذاعية.\nوأشارت التوصية إلى أن وسائل الإعلام «تتحمل كامل المسؤولية عن تلك التغطية».', ["[المجلس الوطني للإعلام | أشارت] تتحمل كامل المسؤولية عن تلك التغطية"]],
    // must not change: no verb of issuing in the clause
    ['وفي سياق متصل، نشرت الصحف توصية للقنوات الإذاعية.\nوأشارت التوصية إلى أن وسائل الإعلام «تتحمل كامل المسؤولية عن تلك التغطية».', ["[التوصية | أشارت] تتحمل كامل المسؤولية عن تلك التغطية"]]
  ]
}

describeQuoteTables("Speakers that are documents, resolved to their issuer (forty-eighth session, helper issuer)", tables)
