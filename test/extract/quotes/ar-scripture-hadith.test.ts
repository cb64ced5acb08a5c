/**
 * Scripture, hadith and poetry that are not news quotes (thirty-fourth session; the readers' calls: a Quran verse is
 * never a quote, whatever its brackets; a hadith in marks was a quote of the Prophet until the forty-fourth session,
 * which drops it as no news quote; a poem recited by a named person is that person's quote). The thirty-third session dropped verses after a phrase that names God (`scripture.test.ts`);
 * these rows are the shapes it left: a verse cited with no divine phrase (`قوله: (…)`, `مصداقا لقوله:`, `مستشهدا
 * بقوله:`, a sura reference after it) when its words are fully vocalized, `الله` alone as the speaker phrase, the
 * blessing read as a hadith's speaker, a hadith's chain of narrators that ends at the Prophet, and a vocalized object
 * or adverb read as the speaker. Rows run whole articles through `processText`. Articles and lines written for this
 * test (the verses are very short, well-known phrases).
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string =>
  `خطيب الجامع الكبير يدعو إلى التكافل في العيد\n\nالرياض - واس\n\nدعا خطيب الجامع الكبير في الرياض الشيخ سعد الدوسري المصلين إلى التكافل مع الأسر المحتاجة في أيام العيد.\n\n${body}`

const quotesOf = async (body: string): Promise<Array<string>> =>
  (await processText(article(body), {})).quotes.map((q) => `[${q.speaker ?? "-"} | ${q.verb ?? "-"}] ${q.text}`)

describe("quotes: verses cited with no divine phrase are no quotes (thirty-fourth session)", () => {
  it.each([
    ["a vocalized verse after قوله", "وأشار الدوسري إلى فضل التعاون في قوله: (وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى)."],
    ["a vocalized verse after مصداقا لقوله", "وأكد الدوسري أن الفرج قريب، وقال مصداقا لقوله: «فَإِنَّ مَعَ الْعُسْرِ يُسْرًا»."],
    ["a vocalized verse after مستشهدا بقوله", "وختم الدوسري خطبته مستشهدا بقوله: «وَقُولُوا لِلنَّاسِ حُسْنًا»."],
    ["a vocalized verse after الآية الكريمة", "وقال الدوسري مذكرا بالآية الكريمة: \"إِنَّ مَعَ الْعُسْرِ يُسْرًا\"."],
    ["a vocalized verse before a sura reference", "وقال الدوسري: \"وَقُولُوا لِلنَّاسِ حُسْنًا\" (البقرة: 83)."],
    ["بقوله عز اسمه, a phrase of the lexicon's mighty", "وبين الدوسري حال المفسدين بقوله عز اسمه: \"أولئك الذين خسروا أنفسهم في الدنيا والآخرة\"."],
    ["الله alone as the speaker phrase", "وقال الدوسري إن المفسدين خاسرون، وهم ممن قال الله فيهم: \"أولئك لهم سوء الدار في الآخرة\"."]
  ])("%s", async (_, body) => {
    expect(await quotesOf(body)).toEqual([])
  })

  it.each([
    [
      "a minister's words with a few vowels",
      "وقال وزير الصحة خالد الفهد: \"إنَّ المشروعَ سيكتمل قبل نهاية العام، وسنعلن تفاصيله قريبا\".",
      "[خالد الفهد | قال] إنَّ المشروعَ سيكتمل قبل نهاية العام، وسنعلن تفاصيله قريبا"
    ],
    [
      "a poet's vocalized line, ending his evening بقوله",
      "وختم الشاعر سالم العتيبي أمسيته بقوله: «يَا دَارَنَا طَالَ الْغِيَابُ وَعُدْتُ لَكِ».",
      "[سالم العتيبي | ختم] يَا دَارَنَا طَالَ الْغِيَابُ وَعُدْتُ لَكِ"
    ],
    [
      "a poet's vocalized line after قائلا",
      "وأنشد الشاعر سالم العتيبي في الحفل قائلا: «يَا دَارَنَا طَالَ الْغِيَابُ وَعُدْتُ لَكِ».",
      "[سالم العتيبي | قائلا] يَا دَارَنَا طَالَ الْغِيَابُ وَعُدْتُ لَكِ"
    ]
  ])("still a quote: %s", async (_, body, expected) => {
    expect(await quotesOf(body)).toEqual([expected])
  })

  it("the preacher's words after a verse cited with no divine phrase are his", async () => {
    const quotes = await quotesOf(
      "وأشار الدوسري إلى فضل التعاون في قوله: (وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى). وأضاف: \"على كل واحد منا أن يتفقد جيرانه قبل أن يفرح بعيده\"."
    )
    expect(quotes).toEqual(["[سعد الدوسري | أضاف] على كل واحد منا أن يتفقد جيرانه قبل أن يفرح بعيده"])
  })
})

describe("quotes: a hadith is no news quote (thirty-fourth session read it as the Prophet's; forty-fourth session)", () => {
  it.each([
    ["the title and the blessing after قال", "وقال رسول الله صلى الله عليه وسلم: \"المسلم أخو المسلم لا يظلمه ولا يخذله\"."],
    [
      "the blessing alone after قال: the title named before",
      "وذكّر الدوسري بحديث النبي في الرحمة، إذ قال صلى الله عليه وسلم: \"الراحمون يرحمهم الرحمن يوم القيامة\"."
    ],
    [
      "a chain of narrators that ends at the Prophet",
      "وروى الدوسري عن أبي هريرة أن النبي صلى الله عليه وسلم قال: \"الكلمة الطيبة صدقة بين الناس\"."
    ],
    [
      "the blessing between dashes and a verb that has no subject after it",
      "وفي الصحيح عن ابن عمر أن رسول الله -صلى الله عليه وسلم- قال: \"المسلم من سلم الناس من لسانه ويده\"."
    ]
  ])("%s", async (_, body) => {
    expect(await quotesOf(body)).toEqual([])
  })

  it.each([
    ["the title after a preposition: the man who came to him speaks", "وروى الدوسري أن رجلا أقبل على رسول الله صلى الله عليه وسلم فقال: \"جئت أطلب العلم والنصيحة يا رسول الله\"."],
    ["a feminine verb after the title", "وافتتحت المديرة نورة السالم الحفل بالصلاة على النبي صلى الله عليه وسلم، وقالت: \"طالباتنا فخر لنا في كل عام\"."]
  ])("not the Prophet: %s", async (_, body) => {
    const quotes = await quotesOf(body)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).not.toMatch(/^\[(?:رسول الله|النبي) /)
  })

  it("a named narrator's own words stay his", async () => {
    const quotes = await quotesOf("وقال الدوسري: \"التكافل واجب على كل قادر في هذه الأيام المباركة\".")
    expect(quotes).toEqual(["[سعد الدوسري | قال] التكافل واجب على كل قادر في هذه الأيام المباركة"])
  })
})

describe("quotes: a vocalized object or adverb is no speaker (thirty-fourth session)", () => {
  it.each([
    ["an adverb with the tanween", "وأكد المهندس فهد العمري أن المشروع تأخر شهرين، وقال صراحةً: \"التأخير سببه المقاول وحده\".", "[فهد العمري | قال] التأخير سببه المقاول وحده"],
    [
      "an object with a plural pronoun",
      "وأكد المهندس فهد العمري أن العمال صبروا طويلا، وأوضَحَ حقيقتَهم: \"هم أكثر الناس تعبا في هذا المشروع\".",
      "[فهد العمري | أوضَحَ] هم أكثر الناس تعبا في هذا المشروع"
    ]
  ])("%s", async (_, body, expected) => {
    expect(await quotesOf(body)).toEqual([expected])
  })

  it("a name with a shadda is still the speaker", async () => {
    const quotes = await quotesOf("وقال عمّار: \"سنعود إلى الملعب أقوى من قبل\".")
    expect(quotes).toEqual(["[عمّار | قال] سنعود إلى الملعب أقوى من قبل"])
  })
})
