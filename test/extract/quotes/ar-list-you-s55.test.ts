/**
 * Arabic quotes that are no one's words (fifty-fifth session, helper arfalse; the readers of fresh samples counted them
 * false): a list after a list's head and its colon inside a cue's reported clause (`… لأسباب عديدة، ومن أهمها: …`,
 * `مشيرا إلى فوائد …، وأهمها: …`, `… بعض الخدمات، منها: …`: a colon quote of the cue's subject), and a column's
 * question put in the reader's mouth, in the second person that `تسأل`, `تتساءل`, `تقول` share with the third
 * feminine (`أريدك أن تسأل نفسك: «…»`: the speaker `نفسك`; `وتقول لنفسك: …`, `تجعلك تتساءل مستغربا: …`, `…
 * يخرجون لك …، تسأل: …`: the chain's or no speaker). Rows run whole articles through `processText`; the articles and
 * lines were written for this test, with near misses that stay quotes: a document's copy (`على نسخة منها: «…»`), a
 * woman named before or after `تقول`, a bare `تقول` after a comma with no addressed you in its sentence.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const news = (body: string): string =>
  `وزارة النقل تطلق برنامجا لتحسين الخدمات\n\nالرياض - واس\n\nأطلقت وزارة النقل برنامجا جديدا لتحسين الخدمات الإلكترونية في المدن الكبرى.\n\n${body}`

const column = (body: string): string => `خدعوك بالأرقام\n\nسعد المالكي\n\n${body}`

const quotesOf = async (text: string): Promise<Array<string>> =>
  (await processText(text, {})).quotes.map((q) => `[${q.speaker ?? "-"} | ${q.verb ?? "-"}] ${q.text}`)

describe("quotes: a list's head before a colon in reported speech (fifty-fifth session)", () => {
  it.each([
    [
      "ومن أهمها: after a complementizer's clause",
      "وبيّن خالد الحربي –مدير البرنامج- أنّه يفضل الخدمات الرقمية على المراجعة في المكاتب لأسباب عديدة، ومن أهمها: توفير الوقت والجهد وتقليل الزحام المروري في ساعات الذروة."
    ],
    [
      "وأهمها: after a participle",
      "وتحدث الحربي عن خطة الوزارة للعام المقبل، مشيرا إلى فوائد الربط الإلكتروني للمعاملات، وأهمها: سرعة إنجاز المعاملات، وخفض التكاليف، وتقليل أعداد المراجعين."
    ],
    [
      "منها: after a comma",
      "وكشف الحربي عن تراجع الإقبال على بعض الخدمات الورقية، منها: تجديد الرخص وإصدار البطاقات وتسجيل المركبات في الفروع."
    ]
  ])("%s: no quote", async (_, body) => {
    expect(await quotesOf(news(body))).toEqual([])
  })

  it.each([
    [
      "a document's copy, على نسخة منها:",
      "وقالت الوزارة في مذكرة حصلت «الوطن» على نسخة منها: «سنعمل على رقمنة جميع الخدمات خلال عامين».",
      ["[وزارة النقل | قالت] سنعمل على رقمنة جميع الخدمات خلال عامين"]
    ]
  ])("still a quote: %s", async (_, body, expected) => {
    expect(await quotesOf(news(body))).toEqual(expected)
  })
})

describe("quotes: the reader's question in a column (fifty-fifth session)", () => {
  it.each([
    ["تسأل نفسك: before marks", "قبل أن تبدأ القراءة أريدك أن تسأل نفسك: «هل تعرف حقا كم تدفع كل شهر للخدمات التي لا تستخدمها؟»."],
    ["وتقول لنفسك: before a colon quote", "تنتهي من الصلاة فتجد من يعرض مشاكله، وتقول لنفسك: هذا الرجل يحتاج إلى المساعدة أكثر من أي أحد آخر."],
    [
      "تجعلك تتساءل and a word of manner",
      "أفواههم عامرة بالمواعظ، خاشعين أتقياء، حالتهم هذه تجعلك تتساءل مستغربا: كلكم أهل خير وصلاح، فمن أين يأتيكم هذا الدخل؟"
    ],
    [
      "a bare تسأل after a comma, لك earlier in its sentence",
      "تذهب إلى البنك وتطلب قرضا، فيشرحون لك مراحل القرض كلها، وأخيرا يخرجون لك الفتاوى التي تجيزه، تسأل: لماذا كل هذه الرسوم الإضافية إذن؟ لا أحد يجيبك."
    ]
  ])("%s: no quote", async (_, body) => {
    expect(await quotesOf(column(body))).toEqual([])
  })

  it.each([
    [
      "a woman named after تقول",
      "وتقول نائبة المدير هند الشمري: «نحن ماضون في تنفيذ الخطة حتى نهاية العام المقبل».",
      ["[هند الشمري | تقول] نحن ماضون في تنفيذ الخطة حتى نهاية العام المقبل"]
    ],
    [
      "a woman named before فتقول",
      "أما المهندسة نورة العتيبي فتقول: إن التطبيق الجديد سيختصر الإجراءات إلى النصف في الفروع كلها.",
      ["[نورة العتيبي | تقول] إن التطبيق الجديد سيختصر الإجراءات إلى النصف في الفروع كلها"]
    ],
    [
      "a bare تقول after a comma, no addressed you in its sentence",
      "وقالت المهندسة نورة العتيبي إن التطبيق جاهز. وعن موعد إطلاقه للجمهور، تقول: «سيكون متاحا للجميع مطلع الشهر المقبل».",
      ["[نورة العتيبي | تقول] سيكون متاحا للجميع مطلع الشهر المقبل"]
    ]
  ])("still a quote: %s", async (_, body, expected) => {
    expect(await quotesOf(news(body))).toEqual(expected)
  })
})
