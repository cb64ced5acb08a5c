import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A speech verb where a verb's subject would stand opens the next clause: it is no subject (`غرد به وقال:` gave the
 * quote to `وقال`; A51, thirty-first session, docs/history/quotes.md). Sentences written for these tests in the style
 * of the Saudi papers; `[[PERSON:text]]` marks become entities.
 */
const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a speech verb right after a verb, or after its preposition and pronoun, is no subject": [
    [
      'وهنأ [[PERSON:عبدالله بن مساعد]] لاعبي المنتخب بالميداليات. وقدم التهنئة عبر حسابه في تويتر، ثم غرد به وقال: "ألف مبروك لهؤلاء الأبطال".',
      ["[عبدالله بن مساعد | قال] ألف مبروك لهؤلاء الأبطال"]
    ],
    [
      'وتحدثت المعلمة [[PERSON:فاطمة السلمي]] عن دور الأسرة في التربية. ثم علقت عليه وأجابت: "المسؤولية الكبرى تقع على عاتقنا نحن".',
      ["[فاطمة السلمي | أجابت] المسؤولية الكبرى تقع على عاتقنا نحن"]
    ]
  ],
  "a subject after the verb and its addressee stays": [
    ['وقال له الوزير [[PERSON:سامي العتيبي]]: "الخطة جاهزة للتنفيذ في موعدها".', ["[سامي العتيبي | قال] الخطة جاهزة للتنفيذ في موعدها"]],
    ['وكتب الوزير [[PERSON:سامي العتيبي]]: "الخطة جاهزة للتنفيذ في موعدها".', ["[سامي العتيبي | كتب] الخطة جاهزة للتنفيذ في موعدها"]]
  ]
}

describeQuoteTables("quotes: a speech verb is no subject of the verb before it", tables)
