import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Thirty-fourth session (lead, after the A58 and A59 readings; docs/history/quotes.md, "Thirty-fourth session (lead,
 * two small rules)"): short marks right before a participle that opens speech with a colon or a mark (`«X» قائلا: «…»`)
 * are a name or a term, not that participle's quote; `بحسب تعبيره`, `حسب تعبيرها` are according phrases whose pronoun
 * is the speaker named before, not a source named `تعبيره`. Sentences written for these tests in the style of the wires;
 * `[[PERSON:text]]` marks become entities.
 */

const DENY = "لا أستطيع أن أنفي أو أؤكد ذلك الآن"
const READY = "نحن جاهزون تماما للمباراة المقبلة"
const LONG = "الفريق قدم مباراة كبيرة أمام منافس قوي جدا"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "short marks before a participle that opens speech are no quote": [
    [`ورفض المتحدث [[PERSON:عبده الحذيفي]] تأكيد القبض على قائد الحوثيين «عبدالخالق الحوثي» قائلا: «${DENY}».`, [`[عبده الحذيفي | قائلا] ${DENY}`]],
    [`وتحدث المدرب [[PERSON:سامي الحربي]] عن معسكر «آفيون التركية» قائلاً: ${READY}.`, [`[سامي الحربي | قائلاً] ${READY}`]],
    [`وأشاد المدرب [[PERSON:صالح يوسف]] بملعب «الأمير فيصل» مضيفًا: "${READY}".`, [`[صالح يوسف | مضيفًا] ${READY}`]],
    // must stay: marks of three words or more before the participle are the speaker's words it goes on from, and a
    // participle with no colon or mark after it attributes the short marks before it as before
    [`وقال [[PERSON:سامي الحربي]] إن «${LONG}» مضيفا: «${READY}».`, [`[سامي الحربي | قال] ${LONG}`, `[سامي الحربي | مضيفا] ${READY}`]]
  ],
  "`بحسب تعبيره` speaks for the subject named before": [
    [`ودعا النائب [[PERSON:وائل أبو فاعور]] إلى التوقف عن التعطيل بذرائع "لا تقنع حتى أصحابها"، بحسب تعبيره.`, ["[وائل أبو فاعور | بحسب تعبيره] لا تقنع حتى أصحابها"]],
    [`وتوقفت الوزيرة [[PERSON:هدى ناصر]] عند ما جرى في الجلسة "من فوضى لا تليق بالمجلس"، حسب تعبيرها.`, ["[هدى ناصر | حسب تعبيرها] من فوضى لا تليق بالمجلس"]],
    // must stay: an according phrase that names its source
    [`وقال [[PERSON:هدى ناصر]] إن الجلسة "انتهت بلا قرار واضح"، بحسب وكالة الأنباء.`, ["[هدى ناصر | قال] انتهت بلا قرار واضح"]]
  ]
}

describeQuoteTables("Arabic: participles that open speech, and according phrases of one's own words", tables)
