import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../../src/extract/quotes/index.js"
import { describeQuoteTables, parseMarked, type QuoteRow } from "../marked.js"

/**
 * Session 29, second helper (docs/history/quotes.md, "Twenty-ninth session (helper, finding quotes)"): finding quotes, not
 * their speakers. A mark left open before the next attribution's mark, a term quoted inside a quote, speech closed by
 * a mark with no opening one, the verbs that need a mark reporting through a complementizer, and marks that hold no
 * speech (the gist of a message, a list of places). Sentences written for these tests in the style of the wires;
 * `[[PERSON:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a mark left open before a sentence that opens with a speech verb": [
    // the open quote ends at the full stop before the verb; the verb's mark opens the next quote
    ['وقال [[PERSON:سامي الحداد]] في مؤتمر صحفي "إن التحقيق يكشف أن الهجوم نفذه انتحاري من التنظيم. وأضاف الوزير "لكننا لم نصل بعد إلى حكم نهائي".', ["[سامي الحداد | قال] إن التحقيق يكشف أن الهجوم نفذه انتحاري من التنظيم", "[الوزير | أضاف] لكننا لم نصل بعد إلى حكم نهائي"]],
    ['وقال الاتحاد في بيان "نشعر بارتياح كبير لأن الركاب جميعا بخير. وأضاف "إن فرق الإطفاء وصلت في دقائق وأدت عملا رائعا".', ["[الاتحاد | قال] نشعر بارتياح كبير لأن الركاب جميعا بخير", "[الاتحاد | أضاف] إن فرق الإطفاء وصلت في دقائق وأدت عملا رائعا"]],
    // must not fire: no full stop before the verb (the open quote runs on, as before)
    ['وقال [[PERSON:سامي الحداد]] "إن الوضع صعب جدا وأضاف "الأمور ستتحسن قريبا بإذن الله".', ["[سامي الحداد | قال] إن الوضع صعب جدا وأضاف"]],
    // must not fire: a closed quote, then a new one (paired as before)
    ['وقال [[PERSON:سامي الحداد]] "إن الوضع صعب جدا في المدينة". وأضاف الوزير "الأمور ستتحسن قريبا بإذن الله".', ["[سامي الحداد | قال] إن الوضع صعب جدا في المدينة", "[الوزير | أضاف] الأمور ستتحسن قريبا بإذن الله"]]
  ],
  "a term quoted inside a quote": [
    ['وقال [[PERSON:سامي الحداد]]، "إذا أرسل النادي العرض خلال المهلة فإن التوقيع يكون رسميا ويلزم النادي بإرفاق الاستمارة "ب" التي يوقعها اللاعب والناديان".', ['[سامي الحداد | قال] إذا أرسل النادي العرض خلال المهلة فإن التوقيع يكون رسميا ويلزم النادي بإرفاق الاستمارة "ب" التي يوقعها اللاعب والناديان']],
    ['وأضافت [[PERSON:ليلى حسن]] أن "انتصار الحكومة يمثل خطوة لاستعادة السيطرة على ما يسمى "الشريط المفيد" - وهو حزام من المدن الكبرى على الساحل".', ['[ليلى حسن | أضافت] انتصار الحكومة يمثل خطوة لاستعادة السيطرة على ما يسمى "الشريط المفيد" - وهو حزام من المدن الكبرى على الساحل']],
    // must not fire: no mark left for the outer quote after the term (the term's mark closes the quote, as before)
    ['وقال [[PERSON:سامي الحداد]] "إن النادي سيوقع على نموذج "أ" قريبا.', ["[سامي الحداد | قال] إن النادي سيوقع على نموذج"]]
  ],
  "speech closed by a mark with no opening one": [
    // a verb and a comma
    ['قال [[PERSON:سامي الحداد]] إن اللجنة لم تتلق أي عرض.\nوأضاف، ولكن الإدارة لم تبعث نسخة من عقدها المبدئي إلى اللجنة في الموعد".', ["[سامي الحداد | أضاف] ولكن الإدارة لم تبعث نسخة من عقدها المبدئي إلى اللجنة في الموعد"]],
    // (a participle or a verb and a complementizer opened the words too until the fifty-sixth session, helper arspan2:
    // readers count words after a complementizer with no opening mark as the writer's indirect speech)
    ['وأعلن المتحدث باسم الوزارة العميد [[PERSON:سعد الحربي]] في تصريح أمس أن "الحملة الأمنية نفذت على ثلاث مراحل"، مضيفا أن المطلوبين الذين بقوا في المزرعة سلموا أنفسهم دون مقاومة".', ["[سعد الحربي | أعلن] الحملة الأمنية نفذت على ثلاث مراحل"]],
    ['وأكد [[PERSON:سامي الحداد]] أن الفريق سيواصل استعداداته للموسم المقبل بمعسكر خارجي».', []],
    // must not fire: no speech verb in the sentence; too few words; the mark closes a pair
    ['وزار [[PERSON:سامي الحداد]] المعرض الذي افتتح أمس في المدينة الكبيرة".', []],
    ['وأكد [[PERSON:سامي الحداد]] أن الفريق جاهز".', []],
    ['وقال [[PERSON:سامي الحداد]] إن اللجنة "لم تتلق أي عرض" من النادي حتى الآن".', ["[سامي الحداد | قال] لم تتلق أي عرض"]]
  ],
  "a verb that needs a mark reports through a complementizer": [
    ['وتابع [[PERSON:مراد أوزتورك]] أن هوية المشتبه به لم تحدد لكن التفاصيل ستكشف "حين تكتمل التحقيقات".', ["[مراد أوزتورك | تابع] حين تكتمل التحقيقات"]],
    ['ويرى [[PERSON:سامي الحداد]] أن قدرة التنظيم على تصدير النفط «وهم كبير».', ["[سامي الحداد | يرى] وهم كبير"]],
    ['وكتبت صحيفة [[ORGANIZATION:الغد]] أن هذه الزيارة «السريعة بل المتسرعة» رسالة إلى الخصوم.', ["[الغد | كتبت] السريعة بل المتسرعة"]],
    // must not fire: `بين` between, `زاد` grew, and a verb of describing (quotes through its own ب)
    ['وبين [[PERSON:سامي الحداد]] أن الوزارة ستطلق وحدة جديدة تحت مسمى "مكتب إدارة المشاريع الكبرى" قريبا.', []],
    ['وزادت التكهنات بأن يكون الحطام من الرحلة «إم إتش 370» المفقودة.', []],
    ['ووصفت [[PERSON:ليلى حسن]] أن العلاقات بين البلدين في «أحسن حالاتها منذ سنوات».', []]
  ],
  "the gist of a message is no speech": [
    ['وأضاف [[PERSON:سامي الحداد]] أن العملية تبعث رسالة مفادها «أن التنظيم لم يعد قادرا على تجنيد الشباب كما كان».', []],
    ['وقال [[PERSON:سامي الحداد]] إن الجماعة أرادت إرسال رسالة مفادها: «إننا قادرون على الضرب في أي مكان نريده».', []],
    // must not fire: `ما مفاده` after a speech verb is what someone said, in gist
    ['وقالت المصادر الدبلوماسية ما مفاده: «سنحكم على أفعال الحكومة وتصرفاتها وليس على أقوالها».', ["[المصادر الدبلوماسية | قالت] سنحكم على أفعال الحكومة وتصرفاتها وليس على أقوالها"]]
  ],
  "a list of places is no speech": [
    ['وقال اللواء [[PERSON:يحيى الغامدي]] إن رجال الأمن يقومون بحماية المقدسات «[[LOCATION:مكة]] المكرمة، [[LOCATION:المدينة المنورة]]» في كل المواسم.', []],
    ['وأوضح [[PERSON:سامي الحداد]] أن الجولة تشمل «[[LOCATION:عسير]]، [[LOCATION:جازان]]، [[LOCATION:صبيا]]، [[LOCATION:نجران]]، سراة عبيدة».', []],
    // must not fire: a place that opens a sentence, a list of people tagged by mistake
    ['وقال [[PERSON:سامي الحداد]] إن الفريق «[[LOCATION:مصر]] قادرة، ولن نستسلم أبدا».', ["[سامي الحداد | قال] مصر قادرة، ولن نستسلم أبدا"]],
    ['وأجاب [[PERSON:سامي الحداد]]: «[[PERSON:شيء جميل]]، [[PERSON:شيء جميل]]».', ["[سامي الحداد | أجاب] شيء جميل، شيء جميل"]]
  ]
}

describeQuoteTables("session 29, second helper: finding Arabic quotes", tables)

describe("session 29, second helper: linear time", () => {
  it("a long paragraph of open marks before attributions stays fast", () => {
    const piece = 'وقال الوزير "إن الوضع صعب جدا في المدينة. وأضاف المدير "لكن الأمور ستتحسن "قريبا" بإذن الله. '
    const { text, entities } = parseMarked(piece.repeat(2000) + 'وأكد أن الفريق سيواصل استعداداته للموسم المقبل".')
    const t0 = performance.now()
    extractQuotes(text, { entities })
    expect(performance.now() - t0).toBeLessThan(5000)
  })
})
