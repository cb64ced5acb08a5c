/**
 * Thirty-fourth session (helper, speakers: roles, epithets, carried-on), after the fresh readings A54–A57:
 * - a definite role phrase as the subject of a speech verb (`وقال المدير الفني البرتغالي`) is the one person of the
 *   document described before with every word of it (the entity stage's role, the apposition after the name, the
 *   role right before the name; `المدرب` ~ `المدير الفني` through `roleSynonyms`): `describedPersonBefore`;
 * - a word of manner after ب the entity stage typed a person (`وأشار باستخفاف`) names nobody;
 * - definite words in marks right after a verb in the middle of its clause (`شريط فيديو يؤكد «الدعم القوي»`) are
 *   its object, no name, and no speaker of the quotes after them (`markedObject`);
 * - a verb with و and no subject right after the subject of the verb before it (`ونددت بها كوريا الجنوبية ووصفتها`)
 *   is that subject's (`coordinatedSubject`);
 * - an organisation the entity stage made of a nisba adjective alone (`التكتل الاقتصادي الأوربي` → `الأوربي`) is the
 *   one body the document names with it (`bodyByEpithet`);
 * - a relaying outlet's verb (`أفادت الأنباء أن …`) with an according phrase right after the words it reports names
 *   their source (`بحسب أحد مساعدي ترامب`: `sourceAfterRelay`).
 * Rows run whole articles through `processText` (the entity stage gives the names and roles). Articles written for
 * this test.
 */
import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { processText } from "../../../src/index.js"

const speakersOf = async (text: string): Promise<Array<string>> =>
  (await processText(text, {})).quotes.map((q) => `${q.speaker ?? "-"} | ${q.verb ?? "-"}`)

const sports = (body: string): string => `مدرب تشيلسي يتهم منافسيه\n\nلندن - وكالات\n\n${body}\n`

describe("a definite role phrase for the one person described before with it", () => {
  it.each([
    [
      "the role written before the name and its other form after it (المدرب ~ المدير الفني)",
      "قال المدرب البرتغالي جوزيه مورينيو، المدير الفني لفريق تشيلسي الإنجليزي، إن فريقه لن يغير أسلوبه. ويستعد النادي لمباراة الافتتاح بعد جولة طويلة في آسيا.\nوقال المدير الفني البرتغالي: «لعبنا بالطريقة نفسها في الموسم الماضي، وسنلعب بها هذا الموسم أيضا».",
      ["جوزيه مورينيو | قال"]
    ],
    [
      "the head through its other form, the nisba in the words before the name",
      "ويتدرب اللاعب منذ أسابيع تحت إشراف المدير الفني الجديد للنادي الإسباني، رافاييل بينيتيز، استعدادا للموسم. ونشرت صحيفة محلية صورا من الحصص.\nوقال المدرب الإسباني: «من يشاهده في الملعب يفهم سر نجاحه الطويل».",
      ["رافاييل بينيتيز | قال"]
    ],
    [
      "a kin noun as the role and the name in marks after it",
      "أقامت الزوجة \"نادية فؤاد\" دعوى خلع ضد زوجها أمام محكمة الأسرة في الإسكندرية.\nوتنقل الصحيفة عن الزوجة قولها: منذ الشهر الأول تبين لي أن طباعنا لا تلتقي في شيء.",
      ["نادية فؤاد | تنقل"]
    ],
    [
      "an apposition after a pronoun",
      "أصدر الدكتور مارك ديلون، وهو طبيب أسنان من ولاية أوهايو، بيانا عن الحادث. ونشرت البيان صحيفة محلية.\nوقال الطبيب: «لم أتوقع أن تثير القصة كل هذا الاهتمام في العالم».",
      ["مارك ديلون | قال"]
    ]
  ])("%s", async (_, body, expected) => {
    expect(await speakersOf(sports(body))).toEqual(expected)
  })

  it.each([
    [
      "a word of the phrase nobody's description holds (الإيطالي)",
      "قال المدرب البرتغالي جوزيه مورينيو، المدير الفني لفريق تشيلسي الإنجليزي، إن فريقه لن يغير أسلوبه. ويستعد النادي لمباراة الافتتاح بعد جولة طويلة في آسيا.\nوقال المدير الفني الإيطالي: «لعبنا بالطريقة نفسها في الموسم الماضي، وسنلعب بها هذا الموسم أيضا».",
      ["المدير الفني الإيطالي | قال"]
    ],
    [
      "two persons fit",
      "قال المدرب البرتغالي جوزيه مورينيو، المدير الفني لفريق تشيلسي، إن فريقه جاهز. وقال المدرب البرتغالي أندريه فياش بواش، المدير الفني لفريق زينيت، إن الموسم صعب.\nوقال المدير الفني البرتغالي: «الصداقة بيننا قديمة، لكن المباراة تبقى مباراة».",
      ["المدير الفني البرتغالي | قال"]
    ],
    [
      "a role a relative clause describes anew",
      "قال المدرب البرتغالي جوزيه مورينيو، المدير الفني لفريق تشيلسي، إن فريقه لن يغير أسلوبه. ويستعد النادي لمباراة الافتتاح.\nوقال المدير الفني البرتغالي الذي تولى تدريب الفريق: «لعبنا بالطريقة نفسها في الموسم الماضي، وسنلعب بها هذا الموسم أيضا».",
      ["المدير الفني البرتغالي | قال"]
    ],
    [
      "a surname with the article is no role",
      "قال النائب عبدالحميد دشتي إنه لن يعتذر عن تصريحاته الأخيرة. وطالب رئيس المجلس مرزوق الغانم بتطبيق اللائحة.\nوقال الغانم: «إن تصرف النائب مرفوض وغير مسؤول ولا يصب في مصلحة الوحدة الوطنية».",
      ["الغانم | قال"]
    ],
    [
      "an unnamed source named again is no role",
      // (since the forty-fourth session the sources as the text described them, still not the minister)
      "قال الوزير خالد الحمد إن الوزارة تتابع القضية. وذكرت مصادر مطلعة أن التحقيق بدأ.\nوقالت المصادر: «إن التحقيق سيستمر عدة أسابيع قبل إعلان النتائج النهائية للرأي العام».",
      ["مصادر مطلعة | قالت"]
    ],
    [
      "an apposition that opens with another word (X، فقد قال المتحدث)",
      "أما عن مساعد مدرب المنتخب سالم الحربي، فقد أكد المتحدث أن عقده سيجدد. وانتهى المؤتمر بعد ساعة.\nوذكر المتحدث: «إن المال ليس كل شيء، والاستقرار أهم من الأسماء الكبيرة في رأينا».",
      ["المتحدث | ذكر"]
    ]
  ])("the phrase stays: %s", async (_, body, expected) => {
    expect(await speakersOf(sports(body))).toEqual(expected)
  })
})

const news = (body: string): string => `تطورات جديدة في المنطقة\n\nواشنطن - وكالات\n\n${body}\n`

describe("carried-on speakers: a word of manner, an object in marks, a coordinated subject", () => {
  it.each([
    [
      "a tenth-form masdar after ب the entity stage reads as a name",
      "قال دونالد ترامب إنه يريد موقفا محايدا في الشأن الفلسطيني.\nوأشار باستخفاف إلى المفاوضين قائلا إنهم \"لا يملكون قرارهم بأيديهم\".",
      ["دونالد ترامب | قائلا"]
    ],
    [
      "definite words in marks after a verb in the middle of its clause",
      "وبعد فوز المدينة بالتنظيم ظهر الرئيس الصيني شي جينبينغ في تسجيل مصور يؤكد «الالتزام الكامل» لبلاده متعهدا بدورة «مميزة». وأضاف أن البطولة «ستجمع الرياضيين من كل القارات في أجواء آمنة».",
      ["شي جينبينغ | أضاف"]
    ],
    [
      "a verb with و after the subject of the verb before it",
      "ووصفت اليابان الإطلاق بأنه \"متهور\" ونددت به كوريا الجنوبية ووصفته بأنه \"خرق فاضح\" للقرارات الدولية.",
      ["اليابان | وصفت", "كوريا الجنوبية | وصفته"]
    ]
  ])("%s", async (_, body, expected) => {
    expect(await speakersOf(news(body))).toEqual(expected)
  })

  it.each([
    [
      "a name in marks right after the verb that opens the sentence",
      "وقال «شجاع» في تصريحات صحفية: إن الميليشيا استهدفت منازل الأهالي في المدينة طوال الليل.",
      ["شجاع | قال"]
    ],
    [
      "after كما the marks name the speaker",
      "كما يقول «المرصد السوري» إن القصف «استمر طوال الليل على الأحياء الشرقية للمدينة».",
      ["المرصد السوري | يقول"]
    ],
    [
      "a name that opens with ب is no word of manner",
      "وقال باستيان شفاينشتايغر إن الفريق سيعود أقوى في الموسم المقبل، مضيفا: «نحن نعمل بجد كل يوم».",
      ["باستيان شفاينشتايغر | مضيفا"]
    ],
    [
      "a verb with و after a place its verb before it has no و on (استهدف الرياض ووصفه): the chain",
      "قال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي، وأدان الهجوم الذي استهدف الرياض ووصفه بأنه «عمل إرهابي جبان لن يمر دون عقاب».",
      ["عادل الجبير | وصفه"]
    ],
    [
      "a name after a noun with و and a preposition (وللرئيس هادي وقال): the subject named before",
      "أكد العميد سعيد علي العامري في حوار أجرته معه الصحيفة أن المنطقة آمنة وتحت سيطرة القوى الموالية للشرعية وللرئيس عبدربه منصور هادي وقال: المنطقة تشمل ألف كيلومتر من الحزام الحدودي وهي الأفضل أمنيا.",
      ["سعيد علي العامري | قال"]
    ]
  ])("unchanged: %s", async (_, body, expected) => {
    expect((await speakersOf(news(body))).slice(-expected.length)).toEqual(expected)
  })
})

const trade = (body: string): string => `خلافات تجارية في جنيف\n\nجنيف - وكالات\n\n${body}\n`

describe("a body named by an epithet", () => {
  it("a nisba adjective the entity stage made an organisation is the body the document names with it (أوربي ~ أوروبي)", async () => {
    const body =
      "وخلال الاجتماع، أبدى الاتحاد الأوروبي تحفظه على الرسوم الجديدة المفروضة على واردات الصلب. وقال التكتل الاقتصادي الأوربي \"إنه يطلب توضيحا لأسباب هذه الرسوم قبل نهاية الشهر لأن مصانعه تتضرر منها\"."
    const speakers = await speakersOf(trade(body))
    expect(speakers.at(-1)).toBe("الاتحاد الأوروبي | قال")
  })

  it("unchanged when two bodies hold the adjective", async () => {
    const body =
      "وأعرب الاتحاد الأوروبي عن قلقه، ودعا البنك المركزي الأوروبي إلى الحذر في السياسة النقدية خلال الأشهر المقبلة. وقال التكتل الاقتصادي الأوربي \"إنه يطلب توضيحا لأسباب هذه الرسوم قبل نهاية الشهر لأن مصانعه تتضرر منها\"."
    const speakers = await speakersOf(trade(body))
    expect(speakers.at(-1)).not.toBe("الاتحاد الأوروبي | قال")
    expect(speakers.at(-1)).not.toBe("البنك المركزي الأوروبي | قال")
  })
})

describe("the channel and the source", () => {
  it.each([
    [
      "an according phrase right after the words an outlet relays names their source",
      "وفي الأثناء، أفادت الأنباء أن دونالد ترامب سيستقبل الرئيس الفلبيني رودريغو دوتيرتي في واشنطن الربيع المقبل \"بعد محادثات هاتفية وصفت بالإيجابية\"، بحسب أحد مساعدي ترامب.",
      "مساعدي ترامب | أفادت"
    ]
  ])("%s", async (_, body, expected) => {
    expect((await speakersOf(news(body))).at(-1)).toBe(expected)
  })

  it.each([
    [
      "the according phrase names another outlet",
      "وفي الأثناء، أفادت الأنباء أن دونالد ترامب سيستقبل الرئيس الفلبيني رودريغو دوتيرتي في واشنطن الربيع المقبل \"بعد محادثات هاتفية وصفت بالإيجابية\"، بحسب وكالة رويترز.",
      "الأنباء | أفادت"
    ],
    [
      "the verb's subject is no outlet",
      "وقال المتحدث باسم البيت الأبيض جوش إرنست إن الرئيس \"سيواصل العمل مع الكونغرس على هذا الملف\"، بحسب مسؤول في الإدارة.",
      "جوش إرنست | قال"
    ]
  ])("unchanged: %s", async (_, body, expected) => {
    expect((await speakersOf(news(body))).at(-1)).toBe(expected)
  })
})

describe("the session's lists in ar.json (roleHeads, roleSynonyms)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("decode, described, no form twice, each synonym form one or two words with the article", () => {
    const file = decode(arFile)
    expect(file.roleHeads.description.length).toBeGreaterThan(40)
    expect(new Set(file.roleHeads.forms).size).toBe(file.roleHeads.forms.length)
    for (const group of file.roleSynonyms.groups) {
      expect(group.length).toBeGreaterThan(1)
      for (const form of group) {
        expect(form.startsWith("\u0627\u0644")).toBe(true)
        expect(form.split(" ").length).toBeLessThanOrEqual(2)
      }
    }
  })

  it("are required: a file without one is rejected", () => {
    for (const name of ["roleHeads", "roleSynonyms"] as const) {
      const { [name]: _dropped, ...rest } = arFile
      expect(() => decode(rest)).toThrow(LexiconError)
    }
  })
})
