/**
 * Arabic quotes that are no one's words (fifty-fourth session, helper arscript; the readers of fresh samples counted
 * them false): a hadith cited by its noun (`وقد جاء في الحديث: «…»`, `وفي الحديث "…"`: the speaker was `الحديث`,
 * or the chain's), a sura reference in marks after a verse (`"البقرة 114"`: the preacher's quote) and the verse
 * before it, a verse after God named before the verb (`والله عز وجل يقول: "…"`) or after `جل شأنه`, and a
 * columnist's generic second person (`ولكنك لا تملك إلا أن تقول: …`: the last quote's speaker). Rows run whole
 * articles through `processText`; the articles and lines were written for this test (the verses and hadiths are very
 * short, well-known phrases), with near misses that stay quotes: an interview (`في حديث خاص لـ`), a topic (`وفي
 * الحديث عن …`), a feminine subject named before or after `تقول`, a man who praised God before his own verb, a score
 * in brackets after a quote. (The proverb among them, kept as its own speaker's quote, gives none since the fifty-fifth
 * session: `ar-verses-maxims-s55.test.ts`.)
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"
import { decodeSuras, quoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import surasFile from "../../../src/lexicons/quotes/ar-suras.json" with { type: "json" }
import { LexiconError } from "../../../src/lexicons/lexicon.js"

const article = (body: string): string =>
  `إمام المسجد الجامع يحث على صلة الرحم\n\nجدة - واس\n\nحث إمام المسجد الجامع في جدة الشيخ ماجد العمري المصلين على صلة الرحم والتراحم بين الجيران.\n\n${body}`

const quotesOf = async (body: string): Promise<Array<string>> =>
  (await processText(article(body), {})).quotes.map((q) => `[${q.speaker ?? "-"} | ${q.verb ?? "-"}] ${q.text}`)

describe("quotes: no one's words in a sermon or a column (fifty-fourth session)", () => {
  it.each([
    ["a hadith after جاء في الحديث and a colon", "وأوصى العمري ببر الوالدين، وقد جاء في الحديث: «رضا الرب في رضا الوالدين»."],
    ["a hadith after وفي الحديث, no colon", "ودعا العمري إلى الإنفاق في العيد، وفي الحديث \"ما نقص مال من صدقة، وما زاد الله عبدا بعفو إلا عزا\"."],
    ["a hadith after كما ورد في الحديث القدسي", "وذكّر العمري بسعة الرحمة، كما ورد في الحديث القدسي: «إن رحمتي سبقت غضبي»."],
    ["a hadith after الحديث الشريف and its colon", "ولفت العمري إلى أن التيسير منهج يعبر عنه الحديث الشريف: «يسروا ولا تعسروا، وبشروا ولا تنفروا»."],
    ["a hadith after ففي الحديث", "وأكد العمري أن الكلمة الطيبة عبادة، ففي الحديث «والكلمة الطيبة صدقة»."],
    [
      "a hadith after بحديث, a title and the blessing, with a participle before",
      "وختم العمري خطبته مستشهدا بحديث الرسول عليه الصلاة والسلام: «من كان يؤمن بالله واليوم الآخر فليكرم جاره»."
    ],
    ["a sura reference in marks after a verse in marks", "وقال العمري: «وأقيموا الصلاة وآتوا الزكاة» \"البقرة 43\"."],
    ["a longer sura reference in marks", "وقال العمري: \"وأقيموا الصلاة وآتوا الزكاة واركعوا مع الراكعين\" \"سورة البقرة الآية 43\"."],
    ["an unvocalized verse before a reference in brackets with its colon", "وقال العمري: \"وتعاونوا على البر والتقوى ولا تعاونوا على الإثم والعدوان\" (المائدة: 2)."],
    ["God named before the verb", "وبين العمري أن الصلاة عماد الدين، والله عز وجل يقول: \"وأقيموا الصلاة وآتوا الزكاة\"."],
    ["God named before the verb, vocalized", "وبين العمري أن الصلاة عماد الدين، واللهُ عزَّ وجلَّ يقول: \"وأقيموا الصلاة وآتوا الزكاة\"."],
    ["God named before the verb, then في كتابه", "وبين العمري أن الصلاة عماد الدين، فالله سبحانه وتعالى يقول في كتابه العزيز: \"وأقيموا الصلاة وآتوا الزكاة\"."],
    ["حيث between God's name and the verb", "وقال العمري إن الاختلاف سنة، وفيه تتجلى حكمة الله عز وجل حيث قال: (ولا يزالون مختلفين إلا من رحم ربك)."],
    ["جلَّ شأنه after the verb", "وبين العمري أن الصلاة عماد الدين، قال جلَّ شأنه: «وأقيموا الصلاة وآتوا الزكاة»."]
  ])("%s: no quote", async (_, body) => {
    expect(await quotesOf(body)).toEqual([])
  })

  it("a columnist's generic you after a minister's quote: only the minister's", async () => {
    const quotes = await quotesOf(
      "وقال وزير الشؤون البلدية خالد المطيري: «سننتهي من تطوير الحي قبل نهاية العام». وقد تتفق مع الوزير أو تختلف معه، ولكنك لا تملك إلا أن تقول: هذا رجل يعمل بصمت."
    )
    expect(quotes).toEqual(["[خالد المطيري | قال] سننتهي من تطوير الحي قبل نهاية العام"])
  })

  it("a proverb: no quote since the fifty-fifth session (helper arverse, maximBeforeSaying; before, the proverb was its speaker)", async () => {
    expect(await quotesOf("ويقول المثل الروسي: «الجار القريب خير من الأخ البعيد».")).toEqual([])
  })

  it.each([
    [
      "an interview, في حديث خاص لـ",
      "وقال العمري في حديث خاص لـ«الوطن»: «نستقبل في رمضان أكثر من ألف مصل كل ليلة».",
      ["[ماجد العمري | قال] نستقبل في رمضان أكثر من ألف مصل كل ليلة"]
    ],
    [
      "a topic, وفي الحديث عن",
      "وفي الحديث عن توسعة المسجد، قال العمري: «ستبدأ الأعمال بعد العيد مباشرة».",
      ["[ماجد العمري | قال] ستبدأ الأعمال بعد العيد مباشرة"]
    ],
    [
      // (the teacher's name alone since session 61, when `نورة` joined the given names and the name is tagged)
      "a feminine subject after تقول",
      "وتقول المعلمة نورة الحربي: «الأطفال يتعلمون الرحمة من آبائهم قبل مدارسهم».",
      ["[نورة الحربي | تقول] الأطفال يتعلمون الرحمة من آبائهم قبل مدارسهم"]
    ],
    [
      "a feminine subject before تقول",
      "أما المعلمة نورة الحربي فتقول: «الأطفال يتعلمون الرحمة من آبائهم قبل مدارسهم».",
      ["[نورة الحربي | تقول] الأطفال يتعلمون الرحمة من آبائهم قبل مدارسهم"]
    ],
    [
      "a man who praised God before his own verb with و",
      "وشكر مدير الجمعية سعد القرني المتطوعين، وحمد الله تعالى وقال: «نجح الموسم بفضل تعاون الجميع من موظفين ومتطوعين».",
      ["[سعد القرني | قال] نجح الموسم بفضل تعاون الجميع من موظفين ومتطوعين"]
    ],
    [
      "في الحديث after a verb: began to speak",
      "وقال العمري عندما بدأ الضيف في الحديث: «نرحب بكم في بيت من بيوت الله».",
      ["[ماجد العمري | قال] نرحب بكم في بيت من بيوت الله"]
    ],
    [
      "a page number after a novel's line",
      "ويبدو الراوي زاهدا في أخبار مدينته: «لا يهمني سماع أي شيء عن المدينة ولا أتابع أخبارها» ص36.",
      ["[ماجد العمري | -] لا يهمني سماع أي شيء عن المدينة ولا أتابع أخبارها"]
    ],
    [
      "أن تقول with its addressee before the colon",
      "وعاتب العمري شاعرا في حكاية رواها، فكيف زين لك عقلك يا أبا سالم أن تقول للأمير : «يا ليل الصب متى غده أقيام الساعة موعده».",
      ["[ماجد العمري | تقول] يا ليل الصب متى غده أقيام الساعة موعده"]
    ],
    [
      "a score in brackets after a coach's words",
      "وقال مدرب الفريق صالح الزهراني: «قدمنا مباراة كبيرة وسنواصل العمل» (النصر 2-1).",
      ["[صالح الزهراني | قال] قدمنا مباراة كبيرة وسنواصل العمل"]
    ]
  ])("still a quote: %s", async (_, body, expected) => {
    expect(await quotesOf(body)).toEqual(expected)
  })
})

describe("ar-suras.json: the 114 suras, validated on load", () => {
  it("compiles 114 names and their alternatives", () => {
    const names = [...quoteLexicons().suraNames.values()].flat()
    expect(names.length).toBeGreaterThanOrEqual(114)
    // indexed by their first key: `آل عمران` under `ال`, each list holding only names that open with its key
    for (const [first, list] of quoteLexicons().suraNames) for (const name of list) expect(name[0]).toBe(first)
  })

  it("rejects a list that is not 114 suras in order, or names a sura twice", () => {
    const file = surasFile as { suras: ReadonlyArray<{ number: number; name: string }> }
    expect(() => decodeSuras({ ...file, suras: file.suras.slice(1) })).toThrow(LexiconError)
    expect(() => decodeSuras({ ...file, suras: [file.suras[1], file.suras[0], ...file.suras.slice(2)] })).toThrow(/numbered/)
    expect(() => decodeSuras({ ...file, suras: [...file.suras.slice(0, 113), { number: 114, name: "البقرة" }] })).toThrow(/twice/)
    expect(() => decodeSuras(file)).not.toThrow()
  })
})
