import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { QUOTE_CAPPED, extractQuotes, quotesOf, quotesStage } from "../../../src/extract/quotes/index.js"
import { normalize } from "../../../src/normalize/index.js"
import type { Entity } from "../../../src/schema/record.js"
import { docOf } from "../numbers/doc.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"

/** `[speaker | verb] text`, one per quote. */
const show = (text: string, entities: ReadonlyArray<Entity> = []): Array<string> =>
  extractQuotes(text, { entities }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)

/** Every sentence here is written for these tests. */
const tables: Record<string, ReadonlyArray<readonly [string, ReadonlyArray<string>]>> = {
  "quotation marks introduced by a verb": [
    ["وقال الوزير: «سنواصل العمل حتى نهاية العام».", ["[الوزير | قال] سنواصل العمل حتى نهاية العام"]],
    ["وقالت المتحدثة باسم الوزارة: “الحملة مستمرة في كل المناطق”", ["[المتحدثة باسم الوزارة | قالت] الحملة مستمرة في كل المناطق"]],
    ['وأكد المدير أن "المشروع سيكتمل قبل الصيف المقبل"', ["[المدير | أكد] المشروع سيكتمل قبل الصيف المقبل"]],
    ["وأوضح رئيس اللجنة في بيان إن «النتائج ستعلن الأسبوع المقبل»", ["[رئيس اللجنة | أوضح] النتائج ستعلن الأسبوع المقبل"]],
    ["وصرح قائد الفريق للصحفيين بأن «اللاعبين جاهزون للمباراة»", ["[قائد الفريق | صرح] اللاعبين جاهزون للمباراة"]],
    ["وأضاف قائلاً:” نحن مستعدون لكل الاحتمالات”", ["[null | قائلاً] نحن مستعدون لكل الاحتمالات"]]
  ],
  "speech after a colon, without marks": [
    ["وقال المجلس في بيان: إن الاجتماع المقبل سيعقد في العاصمة.", ["[المجلس | قال] إن الاجتماع المقبل سيعقد في العاصمة"]],
    ["ونقل المكتب عن الوزير قوله: إنه سيزور المنطقة قريبا.", ["[الوزير | نقل] إنه سيزور المنطقة قريبا"]],
    ["ونقلت الوكالة عن المتحدثة قولها: إن الطرق مغلقة بسبب الثلوج.", ["[المتحدثة | نقلت] إن الطرق مغلقة بسبب الثلوج"]],
    ["وقال الطبيب: المرضى بحاجة إلى الراحة. وأضاف المدير أن المستشفى جاهز.", ["[الطبيب | قال] المرضى بحاجة إلى الراحة"]],
    ["وذكر التقرير: نما الاقتصاد بسرعة كبيرة خلال الربع الأول", ["[التقرير | ذكر] نما الاقتصاد بسرعة كبيرة خلال الربع الأول"]]
  ],
  "chains: وأضاف, pronouns, participles, feminine verbs": [
    ["وقال المدرب سامي الحربي إن الفريق استعد جيدا.\nوأضاف: «سنلعب من أجل الفوز فقط»", ["[سامي الحربي | أضاف] سنلعب من أجل الفوز فقط".replace("سامي الحربي", "المدرب سامي الحربي")]],
    ["وقالت الوزيرة هدى ناصر إن الخطة جاهزة، مضيفة أن «التنفيذ يبدأ غدا في كل المدن»", ["[الوزيرة هدى ناصر | مضيفة] التنفيذ يبدأ غدا في كل المدن"]],
    ["وقال المحافظ إن الطريق سيفتح.\nوقالت المهندسة ليلى إن الجسر جاهز.\nوأضافت: «الأعمال انتهت قبل الموعد بأسبوع»", ["[المهندسة ليلى | أضافت] الأعمال انتهت قبل الموعد بأسبوع"]],
    ["وقالت المهندسة ليلى إن الجسر جاهز.\nوقال المحافظ إن الطريق سيفتح.\nوأضافت: «الأعمال انتهت قبل الموعد بأسبوع»", ["[المهندسة ليلى | أضافت] الأعمال انتهت قبل الموعد بأسبوع"]],
    ["وتابع: «لا عودة إلى الوراء في هذا الملف»", ["[null | تابع] لا عودة إلى الوراء في هذا الملف"]]
  ],
  "marks that are not speech": [
    ["افتتح مهرجان «أيام الربيع» في المدينة", []],
    ["قال الوزير إن تنظيم «داعش» يتراجع", []],
    ["وتضمن برنامج «تعليم بلا حدود» عدة مسارات", []]
  ],
  "English": [
    ['"We are happy with the result," the coach said.', ["[the coach | said] We are happy with the result"]],
    ['"We are happy with the result," said coach Tom Reed.', ["[Tom Reed | said] We are happy with the result"]],
    ['"Sales will rise," chairman and chief executive Anna Cole said.', ["[Anna Cole | said] Sales will rise"]],
    ['The mayor, Jane Hill, said on Monday: "The road will reopen soon."', ["[Jane Hill | said] The road will reopen soon"]],
    ['Ms Hill told reporters: "We need more time."', ["[Ms Hill | told] We need more time"]],
    ['Jane Hill said the plan was late. "We need more time," she said. "The work is hard."', ['[Jane Hill | said] We need more time', '[Jane Hill | null] The work is hard']],
    ['"Prices will fall next year," according to Mark Dunn.', ["[Mark Dunn | according to] Prices will fall next year"]],
    ['The firm said profits "rose sharply in every market this year".', ["[The firm | said] rose sharply in every market this year"]],
    // adverbs and auxiliaries between the subject and its verb are not the speaker; she is the lawyer named before
    [
      'The family lawyer, Maria Delgado, said her client would appeal. "We will take this case to the highest court in the land," she also said.',
      ["[Maria Delgado | said] We will take this case to the highest court in the land"]
    ],
    // a quote that ends its sentence takes no verb from the next one (`She also said the ruling …` has its own object)
    [
      'The family lawyer, Maria Delgado, said her client would appeal. "We will take this case to the highest court in the land." She also said the ruling ignored the evidence.',
      ["[Maria Delgado | null] We will take this case to the highest court in the land"]
    ],
    ['Jane Hill said the plan was late. She has told reporters: "The road will reopen soon."', ["[Jane Hill | told] The road will reopen soon"]],
    // a quote left open at the end of its paragraph goes on in the next one (the news convention): a verb inside it is quoted words
    [
      'But the chairman, Tom Reed, added: "Nobody has come to me and said they want to buy the striker from us.\n\n"If a bid comes in for him I will speak to the board first and then to the manager."',
      [
        "[Tom Reed | added] Nobody has come to me and said they want to buy the striker from us",
        "[Tom Reed | null] If a bid comes in for him I will speak to the board first and then to the manager"
      ]
    ],
    // a pronoun right before the verb is the whole subject
    [
      'The singer Ana Ruiz said the evening was a gift. Asked whether she was nervous about the nomination she said: "It is out of my hands now."',
      ["[Ana Ruiz | said] It is out of my hands now"]
    ],
    // `and` opens no speaker: the verb belongs to the subject named before the quote (the sentence's subject, forty-third
    // session; null before)
    ['The chamber found that exporters still faced "serious headwinds across the continent" and warned that growth would slow.', ["[The chamber | warned] serious headwinds across the continent"]]
  ]
}

describe("quotes", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }

  it("an unclosed mark ends the quote at its paragraph and flags it", () => {
    const text = "وقال الوزير: «سنواصل العمل حتى النهاية\nوفي سياق آخر، افتتح المحافظ مدرسة جديدة في المدينة."
    const r = quotesOf(text)
    expect(r.quotes.map((q) => q.text)).toEqual(["سنواصل العمل حتى النهاية"])
    expect(r.capped).toEqual([{ start: r.quotes[0]!.start, end: r.quotes[0]!.end }])
    const doc = Effect.runSync(quotesStage().run(docOf("عنوان\n" + text)))
    expect(doc.diagnostics.map((d) => d.code)).toEqual([QUOTE_CAPPED])
    expect(doc.quotes).toHaveLength(1)
  })

  it("with entities, the speaker is the entity's canonical form and id", () => {
    const text = "عنوان\nوقال الرئيس الفرنسي إيمانويل ماكرون: «الاتفاق خطوة مهمة».\nونقلت عن الرئيس الفرنسي قوله: إن المفاوضات ستستمر طويلا."
    const start = text.indexOf("إيمانويل ماكرون")
    const entities: Array<Entity> = [
      { text: "إيمانويل ماكرون", type: "PERSON", canonical: "إيمانويل ماكرون", entityId: "e1", role: "الرئيس الفرنسي", confidence: 0.9, start, end: start + "إيمانويل ماكرون".length }
    ]
    const doc = Effect.runSync(quotesStage().run(docOf(text, { entities })))
    expect(doc.quotes.map((q) => [q.speaker, q.speakerEntityId])).toEqual([
      ["إيمانويل ماكرون", "e1"],
      ["إيمانويل ماكرون", "e1"]
    ])
    expect(quotesStage()).toMatchObject({ name: "extract.quotes", requires: ["structure"], provides: ["quotes"] })
  })

  it("every span is the quoted words, on the text and on the search view", () => {
    const pieces = ["وقال", "الوزير", ":", "«", "»", "“", "”", '"', "إن", "الطرق", "مغلقة", "وأضاف", "قوله", "عن", "ونقل", "said", "he", ",", ".", "\n", "مضيفا", "according to", "Jane", "Hill"]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }), (xs) => {
        const text = xs.join(" ")
        for (const view of [undefined, normalize(text, "search")]) {
          let last = 0
          for (const q of extractQuotes(text, { view })) {
            expect(text.slice(q.start, q.end)).toBe(q.text)
            expect(q.start).toBeGreaterThanOrEqual(last)
            expect(q.end).toBeGreaterThan(q.start)
            last = q.end
          }
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe("quote scanning is linear in the worst cases", () => {
  const cases: Record<string, (n: number) => string> = {
    "100k opening guillemets": (n) => "«".repeat(n),
    "guillemets and words that never close": (n) => "وقال: «كلمة ".repeat(n),
    "alternating marks of different styles": (n) => "« “ \" » ” ".repeat(n),
    "straight quotes only": (n) => '"'.repeat(n),
    "verbs and colons without speech": (n) => "وقال الوزير في بيان: ".repeat(n),
    "reported speech that never names the quote (نقل عن …)": (n) => "ونقل عن ".repeat(n),
    "straight quotes opened again after every full stop": (n) => 'He said: "It was late. "We '.repeat(n),
    "English appositions and pronouns without end": (n) => 'Mr Reed, 54, a farmer, said he was fine. "It is over," he said, '.repeat(n),
    "sentences whose verb and colon come a few words in": (n) => "وقال: الأمر صعب. وعن الخطة المقبلة يقول: ".repeat(n),
    // session 7: English participles read back to their sentence's subject, attributions after a quote read past
    // appositions and ages, a colon with no verb reads its clause's subject (each a bounded window)
    "English participles without end": (n) => 'On Monday, the council defended it, with a spokesman saying, adding that, he claimed, saying "it was fine", '.repeat(n),
    "attributions after quotes with appositions and ages": (n) => '"It is over," Mr Reed, 54, from the farm, told us. "Fine," the 36-year-old said. "Yes," Reuters quoted an official as saying, '.repeat(n),
    "colons after clauses without a speech verb": (n) => 'Ms Hill was at a loss, but Mr Reed countered: "We are fine and we will stay fine for a long time" '.repeat(n)
  }
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      expect(growth(make, (t) => quotesOf(t), 3000)).toBeLessThan(LINEAR_BOUND)
    })
  }

  // with entities: a one-word subject looks back for the person it stands for, a subjectless verb at a sentence's
  // start for the subject of the sentence before (each a bounded window, however many entities the text holds)
  const tagged = (text: string): Array<Entity> => {
    const out: Array<Entity> = []
    for (const [name, type] of [["ليلى حسن", "PERSON"], ["الجبهة الشعبية", "ORGANIZATION"], ["Tom Reed", "PERSON"], ["Acme Bank", "ORGANIZATION"], ["اليونان", "LOCATION"]] as const) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
        out.push({ text: name, type, canonical: name, entityId: `e-${type}`, role: null, confidence: 1, start: i, end: i + name.length })
    }
    return out.sort((a, b) => a.start - b.start)
  }
  const withEntities: Record<string, (n: number) => string> = {
    "one-word subjects after many entities": (n) => "وقالت المتحدثة باسم الشرطة، ليلى حسن، إن الأمر جاد. وأعلنت الجبهة الشعبية موقفها. وقال المسؤول: ".repeat(n),
    "subjectless verbs after sentences that open with a subject": (n) => "وتبنت الجبهة الشعبية الهجوم. وقالت: إن العملية ناجحة، وأضافت: ".repeat(n),
    "بقوله and نقل عن X، … without end": (n) => "واكتفى ليلى حسن بقوله: ونقلت الوكالة عن ليلى حسن، مديرة ".repeat(n),
    "English participles, colons and appositions with entities": (n) =>
      'Acme Bank welcomed it, with Tom Reed saying, but the Acme Bank boss Tom Reed countered: "We are fine here," Tom Reed, of Acme Bank, told us, '.repeat(n),
    // session 9: marks with no speech verb read the subject after their sentence's verb, far reported marks, and
    // marked words checked against the entities (names in marks), all in one paragraph
    "unattributed marks after a verb and a person, far reported marks, names in marks": (n) =>
      "وفي المقابل، أشاد ليلى حسن بدور الجبهة الشعبية في «تحسين الخدمات الصحية المقدمة للمواطنين في المناطق النائية كل عام». وقال إن أي شركة تقدم خدمات أو لا تلتزم بالقرارات المفروضة على تلك الجماعات في كل مكان من العالم «الجبهة الشعبية» و«تشارك في تمويل الإرهاب بشكل مباشر» ".repeat(n),
    // session 10: roles without the article looked up for a one-word subject (وزير … الوزير), lead words after a
    // quote (كما يقول, هذا ما قاله), press-review subjects (الكاتب, الصحيفة), relative clauses and د. in phrases
    "roles in construct, lead words after quotes, press-review subjects": (n) =>
      "قال وزير النقل وزير الدولة وزير ليلى حسن إن «الطرق جاهزة تماما» كما يقول الوزير، «والجسور أيضا» هذا ما قاله د. علي الذي يعتبر بمثابة الخبير. ويقول الكاتب: وتضيف الصحيفة: وأضاف المدرب البرتغالي: ".repeat(n),
    // session 11: a statement's issuer looked up before `البيان`, a body's name before `الوزارة`, nouns of speech
    // after اختتم, the writer of an article (each a bounded look-back, however many mentions the text holds)
    "statements, bodies, nouns of speech and writers of articles without end": (n) =>
      "وأكدت الجبهة الشعبية في بيان له أن الأمر جاد. بيان تقرير مقالا لليلى حسن وزارة الداخلية الكويتية. وقال البيان: وقالت الوزارة: وأضاف التقرير: واختتم حديثه بقوله: وقالت كاتبة المقال: ".repeat(n),
    // session 11, second round: a definite role looked up before it (مدير مكتب … الأردني after مدير مكتب … في X، Y),
    // verbs of describing with an object, marks glued to the word before them (each a bounded look-back)
    "roles looked up by head and words, objects of وصف, glued marks without end": (n) =>
      'وقال مدير مكتب الإعلام الحكومي في الأردن، ليلى حسن، إن الأمر جاد. وأشار مدير مكتب الإعلام الحكومي الأردني إلى أن المتحدث مدير مصدر مقرب من ليلى حسن. ووصف الاتفاق بأنه «خطوة». ويضيف المدير" لقد أنجزنا العمل كله" '.repeat(n),
    // session 12: a lead phrase and a role in construct before the subject of the sentence before, addressee and
    // object pronouns after the verb, the person before a relative pronoun, أيضا (each a bounded window)
    "lead phrases, pronouns after the verb, relative pronouns and أيضا without end": (n) =>
      "ومن جانبها، زارت وزيرة الصحة ليلى حسن المستشفى. وقالت إن «الخدمات جيدة». وقال له المدير: وقالت عنها الجبهة الشعبية إن ليلى حسن، التي قالت حينها: فقال أيضا بلهجة حادة إن «الأمر انتهى» ".repeat(n),
    // session 12, second round: a word that closes a name (ليلى حسن الابن … الابن), a person's role before a body
    // (اللاعب … لنادي X), a conjunction before the verb of the sentence before (each a bounded look-back)
    "name-closing words, roles before a body and conjunctions before a verb without end": (n) =>
      "وأكدت ليلى حسن الابن أن الأمر جاد. وقال الابن: «انتهى الأمر كله». تحدث اللاعب الدولي ليلى حسن عن زميله. وقال اللاعب والمدرب السابق لنادي الجبهة الشعبية: «الانتقاد ظالم». إذ ينصح ليلى حسن بأن نكتب. ويقول: «لا تتأخر» ".repeat(n),
    // session 13: a country before قد, دون أن after the verb, an age for the person before, a complementizer after an
    // apposition, a bare role in construct with a body (each a bounded window or look-back)
    "countries before قد, دون أن, ages, appositions before a complementizer and roles with a body without end": (n) =>
      "وكانت اليونان قد أعلنت أن «القرار مؤقت تماما». وكتب دون أن يسمي أحدا «من العار أن يحدث هذا». وأضاف الرجل البالغ 60 عاما: «انتهى». وقال وزير المالية، ليلى حسن، إن الحكومة ستخفض الإنفاق كثيرا في العام المقبل على المشاريع، وهو ما سيجعل الميزانية «أكثر توازنا من قبل». وأوضح رئيس الجبهة الشعبية «لن نؤجل شيئا أبدا» ".repeat(n),
    // session 16: according phrases between commas after a verb, وعبر … عن before a subjectless verb, بين after a
    // closing mark, the subject before أما … فقال and لكن … تقول (each a bounded window of at most ten tokens)
    "according asides, وعبر … عن, بين after a mark and subjects before the verb without end": (n) =>
      "وأكد، بحسب وكالة «الأنباء» الرسمية، أن التعاون «مهم جدا للبلدين». وعبر ليلى حسن، عن سعادته، وقال: الأمر جيد. من جهته، عبر الوزير عن شكوكه. وقال «لن نؤجل شيئا» بين البلدين «اتفاق سلام» بين أما البعض الآخر فيقول: لكن السلطات المحلية تقول: أما ".repeat(n)
  }
  // (each reads inputs of about 1 MB: 20–50 s on a quiet machine as the rules have grown, so each has a timeout of its
  // own that a loaded machine does not reach, as the two tests of session 14 below; forty-first session)
  for (const [name, make] of Object.entries(withEntities)) {
    it(name, () => {
      expect(growth(make, (t) => quotesOf(t, { entities: tagged(t) }), 1000)).toBeLessThan(LINEAR_BOUND)
    }, 120_000)
  }

  // session 13, second round: a role's body after في, a dash, and المسؤول and a nisba for a person whose role (as
  // the entity stage read it) holds the nisba: the window before each such phrase is searched for the official's word
  it("roles with a body after في, dashes and المسؤول with a nisba without end", () => {
    const withRoles = (t: string): Array<Entity> => tagged(t).map((e) => (e.type === "PERSON" ? { ...e, role: "وزير الداخلية اليوناني" } : e))
    const make = (n: number): string =>
      "وقال القيادي في الجبهة الشعبية ليلى حسن إن «الأمر جاد جدا». وقال المبعوث الخاص -ليلى حسن- إن «الحل قريب جدا». وقال المسؤول اليوناني: «لن نتراجع أبدا» ".repeat(n)
    expect(growth(make, (t) => quotesOf(t, { entities: withRoles(t) }), 1000)).toBeLessThan(LINEAR_BOUND)
  })

  // session 14: verbs of describing with their object pronoun (a subject searched in the sentence, the cue before
  // them when none), ب and بقوله before the marks, phrases that end at a time phrase, أيضا or a demonstrative, and
  // roles named before with a title after the comma or a place in construct (the role's window, as before), and
  // circumstantial clauses after the verb
  // (this test and the next read inputs of about 2 MB, the size at which a cheap quadratic look shows up here: an
  // injected scan of the paragraph per mark gave ×11–15 in the next test at a tenth of the size and passed this one;
  // 20–30 s each on a quiet machine, so each has a timeout of its own that a loaded machine does not reach)
  it("verbs of describing with their pronoun and time phrases without end", () => {
    const make = (n: number): string =>
      'وأشاد ليلى حسن بالخطة ووصفها بأنها «خطوة جريئة جدا». وهو ما وصفه بـ«السند الحقيقي للناس». ووصفته الوزارة بأنه "عمل جيد جدا". وقال وزير المالية هذا الأسبوع إن «العجز سيتراجع قريبا». وقالت النقابة أيضا: «سنواصل». ووصفت البلدية هذا القرار واصفا إياه «بأنه ضروري جدا». وقال وزير خارجية عمان، الشيخ ليلى حسن، إن «الحل قريب». وقال وزير الخارجية العماني: «لن نتراجع». وقال وهو يبتسم: «انتهى» '.repeat(n)
    expect(growth(make, (t) => quotesOf(t, { entities: tagged(t) }), 1000)).toBeLessThan(LINEAR_BOUND)
    expect(growth(make, (t) => quotesOf(t), 1000)).toBeLessThan(LINEAR_BOUND)
  }, 120_000)

  it("phrases of manner, words of quantity, بحسب ما and هكذا after a quote without end", () => {
    const make = (n: number): string =>
      'ويقول بثقة كبيرة إن «المشروع سيفتتح قريبا جدا». وقال بهذا الخصوص: «لن نقبل». ويقول عدد من سكان الحي إن «المياه لم تصل بعد». وقال كل من ليلى حسن وسامي العلي: «الفريق يستحق». واتفق الطرفان على العمل «من أجل تهدئة الوضع سريعا»، بحسب ما ذكره مكتب رئيس الوزراء. «السفر علمني الكثير جدا»، هكذا يقول الرحالة ليلى حسن. «شيء آخر تماما هنا»، حسبما أفادت به وكالة الأنباء '.repeat(n)
    expect(growth(make, (t) => quotesOf(t, { entities: tagged(t) }), 1000)).toBeLessThan(LINEAR_BOUND)
    expect(growth(make, (t) => quotesOf(t), 1000)).toBeLessThan(LINEAR_BOUND)
  }, 120_000)

  // the scanner uses the entities as given when they are in text order (as the entity stage hands them over) and
  // sorts a copy otherwise: the order they come in changes nothing, and the caller's array is left as it was
  it("entities in any order give the same quotes", () => {
    let linked = 0
    for (const make of Object.values(withEntities)) {
      const text = make(3)
      const sorted = tagged(text)
      const reversed = [...sorted].reverse()
      const before = [...reversed]
      const expected = quotesOf(text, { entities: sorted })
      linked += expected.quotes.filter((q) => q.speakerEntityId !== null).length
      expect(quotesOf(text, { entities: reversed })).toEqual(expected)
      expect(reversed).toEqual(before)
    }
    // the texts do link speakers to entities, so the order could matter
    expect(linked).toBeGreaterThan(0)
  })
})
