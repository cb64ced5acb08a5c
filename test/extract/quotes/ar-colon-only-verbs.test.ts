import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Verbs that mostly take an object and quote only through a colon (`colonOnly` in src/lexicons/quotes/ar.json:
 * `أكمل`, "went on" before a colon, "completed" before an object; docs/quotes.md, thirty-first session). Sentences
 * written for these tests in the style of the Saudi papers; `[[PERSON:text]]` marks become entities.
 */
const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a colon right after the verb or its subject: speech, the chain's speaker when it has none": [
    [
      "وقال المدرب [[PERSON:زلاتكو داليتش]] إن الفريق قدم مباراة كبيرة أمام منافس قوي. وأكمل: الحقيقة أن المكاسب التي خرجنا بها من المباراة كبيرة جدا.",
      ["[زلاتكو داليتش | أكمل] الحقيقة أن المكاسب التي خرجنا بها من المباراة كبيرة جدا"]
    ],
    [
      'وأكملت [[PERSON:هوازن العتيبي]]: "الزواج مسؤولية مشتركة بين الطرفين ولا يقوم على طرف واحد".',
      ["[هوازن العتيبي | أكملت] الزواج مسؤولية مشتركة بين الطرفين ولا يقوم على طرف واحد"]
    ],
    // a colon after the verb splits the speech before it: the words after it are a quote of their own
    [
      'وقال السائق [[PERSON:سعيد المالكي]]: "لن أتحرك من هنا قبل أن يصل المسؤول". ثم أوقف السيارة وأكمل: "انزل الآن وإلا أبلغت الشرطة".',
      ["[سعيد المالكي | قال] لن أتحرك من هنا قبل أن يصل المسؤول", "[سعيد المالكي | أكمل] انزل الآن وإلا أبلغت الشرطة"]
    ]
  ],
  "an object after the verb: no cue, the speech is the next verb's": [
    [
      "وتحدث [[PERSON:سعيد بن مانع آل حسن]] نائب رئيس الجمعية عام 2011 وأكمل بقية الدورة رئيسا لها حيث قال: إن الراحل كان قدوة لزملائه في العمل.",
      ["[سعيد بن مانع آل حسن | قال] إن الراحل كان قدوة لزملائه في العمل"]
    ],
    ["ثم أكملت الدورية بقية الطريق مشيا حتى بلغت الموقع، وتبين أنهم ثلاثة أشخاص: يمنيان وسوداني.", []],
    ["وشدد على تقديم الخدمات للمستفيدين على أكمل وجه في جميع الفروع.", []]
  ]
}

describeQuoteTables("quotes: verbs that quote only through a colon (أكمل)", tables)
