/**
 * Arabic quotes that are no one's words (fifty-fifth session, helper arverse; the readers of fresh samples counted
 * them false): a verse of the Quran in marks, not vocalized and after no divine phrase, known by the call that opens
 * it (`«يا أيها الذين آمنوا …»`), by `سورة` and its name right before it (`وفي سورة العصر: «…»`), or by a verse's
 * noun before `حيث قال:` (`وفي الآية الكريمة … حيث قال: "…"`); and a proverb, a maxim or a rule that says something
 * (`فالمثل يقول «…»`, `على قاعدة تقول: …`, `ويقول المثل الشعبي: «…»`, `كما يقول المثل:`); and a title after a
 * name's noun in the accusative and a colon (`يحمل اسمًا مغربي اللهجة: «…»`). Before, each was a quote of the chain's
 * last speaker, of the proverb or of the statement named before. Rows run whole articles through `processText`; the
 * articles and lines were written for this test (the verses are very short, well-known phrases, the proverbs common
 * ones), with near misses that stay quotes: a preacher's own call to his brothers, a sura named before a verb with its
 * subject, a verb after `حيث` with its subject, a scholar's reading of a verse, a role model (`المثل الأعلى`), an
 * organisation's statement (`تنظيم القاعدة يقول`), `مثل هذا` ("such"), a name's noun three words before `قائلا:`.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const sermon = (body: string): string =>
  `خطيب الجامع الكبير يدعو إلى الصبر\n\nالطائف - واس\n\nدعا خطيب الجامع الكبير في الطائف الشيخ سلطان الغامدي المصلين إلى الصبر على الشدائد.\n\n${body}`

const column = (body: string): string =>
  `حين تتعطل المعاملات\n\nفهد العتيبي\n\nيقول البعض إن البيروقراطية قدر لا فكاك منه، وإن المراجع عليه أن يصبر.\n\n${body}`

const quotesOf = async (text: string): Promise<Array<string>> =>
  (await processText(text, {})).quotes.map((q) => `[${q.speaker ?? "-"} | ${q.verb ?? "-"}] ${q.text}`)

describe("quotes: verses not vocalized, and maxims (fifty-fifth session)", () => {
  it.each([
    [
      "a verse that opens with the Quran's call, after a colon and no divine word",
      sermon("وقال الغامدي إن الصبر نصف الإيمان. وذكّر المصلين بما أمرهم به ربهم: «يا أيها الذين آمنوا اصبروا وصابروا ورابطوا»."),
      []
    ],
    [
      "a verse that opens with يا أيها الناس, glued as ياأيها",
      sermon("وقال الغامدي إن الناس سواسية. ثم تلا على الحضور: «ياأيها الناس اتقوا ربكم الذي خلقكم من نفس واحدة»."),
      []
    ],
    [
      "a verse after سورة and its name and a colon",
      column("وبعيدا عن كلام الناس لنتأمل كلام الخالق في كتابه، وفي سورة العصر: \"إن الإنسان لفي خسر إلا الذين آمنوا وعملوا الصالحات\"."),
      []
    ],
    [
      "a verse after سورة, its name and الآية with a number",
      column("ولنتذكر دائما ما جاء في سورة البقرة الآية 286: \"لا يكلف الله نفسا إلا وسعها\"، فلا أحد مطالب بما لا يطيق."),
      []
    ],
    [
      "a verse after الآية الكريمة and حيث قال with no subject",
      column("وفي الآية الكريمة من سورة الشرح بشارة لكل مهموم حيث قال: \"فإن مع العسر يسرا إن مع العسر يسرا\"."),
      []
    ]
  ])("%s: no quote for the verse", async (_, text, expected) => {
    expect(await quotesOf(text)).toEqual(expected)
  })

  it.each([
    ["a rule after قاعدة تقول and a colon", "هذا منطق يعتمد للأسف على قاعدة تقول: إن الخطأ إذا شاع صار صوابا، وهذا ما يجب أن نتوقف عنده."],
    ["a proverb after فالمثل يقول, in marks", "والحل لن يأتي من لجنة جديدة، فالمثل يقول «من جرب المجرب حلت به الندامة» ولدينا من التجارب ما يكفي."],
    ["a proverb as the speaker after the verb", "ويقول المثل الشعبي: «اللي ما يعرف الصقر يشويه». وهذا حال كثير من إداراتنا مع الكفاءات."],
    ["a proverb after كما يقول المثل", "وكما يقول المثل: «الوقت كالسيف إن لم تقطعه قطعك»، فكل يوم تأخير يكلف المراجع الكثير."],
    ["a saying after هناك مقولة شهيرة تقول", "هناك مقولة شهيرة تقول: \"الإدارة الناجحة تبدأ بالاستماع\"، ولا أظن أن مسؤولينا سمعوا بها."],
    ["a saying after الحكمة التي تقول", "وعندها سيدرك المسؤول معنى الحكمة التي تقول: (لو دامت لغيرك ما وصلت إليك)."],
    ["a proverb after the indefinite مثل and its nisba", "وهناك مثل صيني يقول \"رحلة الألف ميل تبدأ بخطوة واحدة\"، فلنبدأ الخطوة الأولى."]
  ])("%s: no quote, not the carried speaker's", async (_, body) => {
    expect(await quotesOf(column(body))).toEqual([])
  })

  it.each([
    [
      "a preacher's own call to his brothers after يا أيها",
      sermon("وقال الغامدي: «يا أيها الإخوة، إن المسجد بيتكم فحافظوا على نظافته»."),
      ["[سلطان الغامدي | قال] يا أيها الإخوة، إن المسجد بيتكم فحافظوا على نظافته"]
    ],
    [
      "a sura read before a verb with its own subject",
      sermon("وبعد أن تلا الغامدي سورة الكهف قال: «نحتاج إلى مزيد من حلقات التحفيظ في الأحياء الجديدة»."),
      ["[سلطان الغامدي | قال] نحتاج إلى مزيد من حلقات التحفيظ في الأحياء الجديدة"]
    ],
    [
      "a verb after حيث with its subject named",
      sermon("وعن الآية الكريمة تحدث الغامدي حيث قال الشيخ: «هذه الآية تعلمنا أن الفرج يأتي بعد الشدة»."),
      ["[سلطان الغامدي | قال] هذه الآية تعلمنا أن الفرج يأتي بعد الشدة"]
    ],
    [
      "a scholar named before الآية الكريمة and حيث قال (his reading, not the verse; the speaker as before)",
      sermon("وأورد الغامدي تفسير الشيخ عبدالرحمن السعدي لهذه الآية الكريمة حيث قال: «في الآية بشارة عظيمة لكل من ضاقت به الدنيا»."),
      ["[سلطان الغامدي | قال] في الآية بشارة عظيمة لكل من ضاقت به الدنيا"]
    ]
  ])("still a quote: %s", async (_, text, expected) => {
    expect(await quotesOf(text)).toEqual(expected)
  })

  it("a film's title after a name's noun in the accusative and its colon: no quote (the statement's words before it stay)", async () => {
    const quotes = await quotesOf(
      "وانسحبت الأفلام المغربية بعدما «تجاهلت إدارة المهرجان كل مراسلاتنا بشأن البرنامج»، حسبما جاء في بيان منشور، ويتقدمها «نحبك يا وطن» (يحمل اسمًا مغربي اللهجة: «كنبغيك آ الوطن»)، وهو العمل الأول لمخرجته."
    )
    expect(quotes).toEqual(["[بيان منشور | حسبما] تجاهلت إدارة المهرجان كل مراسلاتنا بشأن البرنامج"])
  })

  it("still a quote: a name's noun in the accusative three words before a participle of saying and its colon", async () => {
    const quotes = await quotesOf("وأطلق الوزير على المشروع اسما يليق به قائلا: «سيكون هذا الحي نموذجا لكل مدن المملكة».")
    expect(quotes).toEqual(["[- | قائلا] سيكون هذا الحي نموذجا لكل مدن المملكة"])
  })

  it.each([
    ["a role model, المثل الأعلى", "ويقول المثل الأعلى لشباب الحي، العم سعد القرني: «نحن نزرع اليوم ليحصد أبناؤنا غدا»."],
    ["al-Qaeda, not a rule", "وتنظيم القاعدة يقول في بيانه: «سنواصل عملياتنا في المنطقة حتى النهاية»."],
    ["مثل هذا, such", "لكن مثل هذا الموظف يقول للمراجعين: «عودوا غدا فالنظام متوقف»."]
  ])("still a quote: %s", async (_, body) => {
    expect(await quotesOf(column(body))).toHaveLength(1)
  })
})
