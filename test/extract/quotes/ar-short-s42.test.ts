import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile, quoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import { foldKey } from "../../../src/extract/internal/tokens.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Short quotes embedded in a sentence that the A78 and A79 readings found missed or given to the object
 * (docs/history/quotes.md, "Forty-second session (helper, short)"): one word alone before `بأنه` after a verb of
 * describing is its object (`ووصفت الموقف بأنه "…"`), one word between `بأنه` and the marks (`بأنها أصبحت "…"`), a
 * phrase of `في` between a verb that needs a mark and its complementizer (`ويرى X في صحيفة "Y" أن … "…"`), epithets
 * after the object of a verb of condemning (`دان … السلوك العدواني "…"`), and marks that end a demand (`طالب X بزي
 * للسجناء "…"`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 * Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "one word alone before بأنه after a verb of describing is its object (describedAlone)": [
    ['وأعلن المدعي العام [[PERSON:سامر الخطيب]] توجيه الاتهامات، ووصف الموقع بأنه "سوق مفتوحة للمجرمين على الشبكة".', ["[سامر الخطيب | وصف] سوق مفتوحة للمجرمين على الشبكة"]],
    ['وأعلن المدعي العام [[PERSON:سامر الخطيب]] توجيه الاتهامات، ووصف نادر بأنه "العقل المدبر للشبكة كلها".', ["[سامر الخطيب | وصف] العقل المدبر للشبكة كلها"]],
    ['أما الأمين العام ل[[ORGANIZATION:حزب الأمة]] الوطني، [[PERSON:سامر الخطيب]]، فوصف رفيقه بأنه "رجل عظيم".', ["[سامر الخطيب | وصف] رجل عظيم"]],
    // must not fire: the bare بأن (no pronoun calls for an object), an object pronoun on the verb (the phrase is its
    // subject), two words before بأنه (the subject and the object: the forty-first session's rule)
    ['ووصف الوزير بأن "الخطة ستنجح في النهاية بلا شك".', ["[الوزير | وصف] الخطة ستنجح في النهاية بلا شك"]],
    ['ووصفته الوزيرة بأنه "خطوة كبيرة نحو الحل".', ["[الوزيرة | وصفته] خطوة كبيرة نحو الحل"]],
    ['ووصف [[PERSON:سامر الخطيب]] الموقع بأنه "سوق مفتوحة للمجرمين على الشبكة".', ["[سامر الخطيب | وصف] سوق مفتوحة للمجرمين على الشبكة"]]
  ],
  "a place right after the feminine verb that opens the sentence (placeFirstSubject)": [
    ['وقال [[PERSON:سامر الخطيب]] إن الحوار مستمر. من جانبها، حثت [[LOCATION:الصين]] الأطراف على ضبط النفس، ووصفت الوضع بأنه "دقيق وحساس".', ["[الصين | وصفت] دقيق وحساس"]],
    // must not fire: a masculine verb (the place is no subject the feminine verb agrees with), a place that is the
    // object, after a verb with its subject named
    ['وقال [[PERSON:سامر الخطيب]] إن الحوار مستمر. من جانبه، حث [[LOCATION:الأردن]] الأطراف على ضبط النفس، ووصف الوضع بأنه "دقيق وحساس".', ["[سامر الخطيب | وصف] دقيق وحساس"]],
    ['وقالت [[PERSON:هند الصبيح]] إن الحوار مستمر. من جانبها، زارت الوزيرة [[LOCATION:الصين]] الأسبوع الماضي، ووصفت الوضع بأنه "دقيق وحساس".', ["[هند الصبيح | وصفت] دقيق وحساس"]]
  ],
  "one word between بأنه and the marks of a verb of describing (describedThroughWord)": [
    ['وانتقد الوزير [[PERSON:سالم العتيبي]] الخطة، ووصفها بأنها أصبحت «عبئا ثقيلا» على الدولة.', ["[سالم العتيبي | وصفها] عبئا ثقيلا"]],
    ['ووصف [[PERSON:سالم العتيبي]] الحادث بأنه كان "مأساويا".', ["[سالم العتيبي | وصف] مأساويا"]],
    ['ووصف [[PERSON:سالم العتيبي]] الرد بأنه اعتذار «مقتضب».', ["[سالم العتيبي | وصف] مقتضب"]],
    ['وانتقد [[PERSON:سالم العتيبي]] العقود ووصفها بأنها مشاريع «احتكارية» لا تخدم أحدا.', ["[سالم العتيبي | وصفها] احتكارية"]],
    // must not fire: a word that does not agree with a noun in ات (a foreign term), a definite word after a copula,
    // a name after its noun, an adverb in no adjective's shape
    ['ووصفها [[PERSON:سالم العتيبي]] بأنها قنوات "كانالي" بالإيطالية.', []],
    ['ووصف [[PERSON:سالم العتيبي]] الفريق بأنه كان "الأفضل".', []],
    ['ووصف [[PERSON:سالم العتيبي]] المشروع بأنه مدينة «الملك فهد».', []],
    ['ووصف [[PERSON:سالم العتيبي]] الحادث بأنه مؤلم "جدا".', []]
  ],
  "a phrase of في between a verb that needs a mark and its complementizer (reportsPastFi)": [
    ['ويرى [[PERSON:أحمد السالم]] في صحيفة "الوطن" المحلية أن المدينة أصبحت "نموذجا ناجحا" في المنطقة.', ["[أحمد السالم | يرى] نموذجا ناجحا"]],
    ['وكتب [[PERSON:أحمد السالم]] في مقاله الأسبوعي أن الحكومة "أخطأت كثيرا في تقدير الموقف".', ["[أحمد السالم | كتب] أخطأت كثيرا في تقدير الموقف"]],
    // must not fire: no subject named before في, a comma inside the phrase, two names in marks inside it
    ['ويرى في صحيفة "الوطن" المحلية أن المدينة أصبحت "نموذجا ناجحا" في المنطقة.', []],
    ['ويرى [[PERSON:أحمد السالم]] في الصباح، قبل الاجتماع، أن المدينة أصبحت "نموذجا ناجحا" في المنطقة.', []],
    ['ويرى [[PERSON:أحمد السالم]] في "الوطن" و"الرياض" أن المدينة أصبحت "نموذجا ناجحا" في المنطقة.', []]
  ],
  "epithets in marks after the object of a verb of condemning (condemnedEpithet)": [
    ['وكان [[ORGANIZATION:حزب النهضة]] دان استمرار الاعتداءات المتكررة "الوحشية والعدوانية" على أنصاره.', ["[حزب النهضة | دان] الوحشية والعدوانية"]],
    ['وأدان الوزير [[PERSON:سالم العتيبي]] القرار الأخير «غير المسؤول» للمجلس.', ["[سالم العتيبي | أدان] غير المسؤول"]],
    ['ونددت [[ORGANIZATION:منظمة العفو الدولية]] بالنظام القضائي «المعيب بشدة» في البلاد.', ["[منظمة العفو الدولية | نددت] المعيب بشدة"]],
    // must not fire: no verb of condemning (a schedule's two sessions), one word, no named subject, a subject with
    // no name between كان and the verb
    ['وانتقلت الفرقة إلى تدريبات الفترتين «الصباحية والمسائية» بعد العيد.', []],
    ['وأدان الوزير [[PERSON:سالم العتيبي]] الهجوم «الإرهابي».', []],
    ['ودان الحضور المراكز الانتخابية "الرجالية والنسائية" في المدينة.', []],
    ['وكان الحزب الحاكم أدان السلوك "الوحشي والعدواني" للمسلحين.', []]
  ],
  "marks that end the sentence of a demand, after its complement (demandTail)": [
    ['وفي الذكرى الأولى للأحداث طالب [[PERSON:سالم العتيبي]] بلباس موحد للموقوفين "كما في السجون الأمريكية".', ["[سالم العتيبي | طالب] كما في السجون الأمريكية"]],
    ['وطالب النائب [[PERSON:سالم العتيبي]] الحكومة بإقالة مسؤولين "ثبت تورطهم في الفساد".', ["[سالم العتيبي | طالب] ثبت تورطهم في الفساد"]],
    // must not fire: a list of two posts, one word, marks with the article first, marks the sentence goes on after,
    // no complement's preposition before the marks
    ['وطالب المدرب [[PERSON:سالم العتيبي]] في اجتماع مع الإدارة بتدعيم مركزي «الوسط، الجناح الأيسر».', []],
    ['وتعهد [[PERSON:سالم العتيبي]] في كلمته باتخاذ الرد "الملائم".', []],
    ['وطالب [[PERSON:سالم العتيبي]] بإنشاء مستشفى "المدينة الطبية الجديدة".', []],
    ['وطالب [[PERSON:سالم العتيبي]] بلباس موحد للموقوفين "كما في السجون الأمريكية" في كل المدن.', []],
    ['وفي الذكرى الأولى للأحداث طالب [[PERSON:سالم العتيبي]] الحضور "كما في كل عام".', []]
  ]
}

describeQuoteTables("Arabic short quotes embedded in a sentence (forty-second session)", tables)

describe("the condemningVerbs list (forty-second session)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("is required, described, with no form twice", () => {
    const file = decode(arFile)
    expect(file.condemningVerbs.description).toMatch(/session/)
    expect(new Set(file.condemningVerbs.forms).size).toBe(file.condemningVerbs.forms.length)
    const { condemningVerbs: _dropped, ...rest } = arFile
    expect(() => decode(rest)).toThrow(LexiconError)
    expect(() => decode({ ...arFile, condemningVerbs: { ...arFile.condemningVerbs, forms: ["دان", 7] } })).toThrow(LexiconError)
  })

  it("compiles to the keys of its forms", () => {
    const lex = quoteLexicons()
    expect(lex.condemningVerbs.has(foldKey("أدانت")[0]!)).toBe(true)
    expect(lex.condemningVerbs.has(foldKey("قال")[0]!)).toBe(false)
  })
})
