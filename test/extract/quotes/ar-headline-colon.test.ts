import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { processText } from "../../../src/index.js"
import { parseMarked } from "./marked.js"

/**
 * Arabic headlines `X: statement` read as X's quote (docs/history/quotes.md, "Thirty-sixth session (helper, headlines
 * with a colon)"): the statement after the colon to the title's end, the speaker the person X names when the body
 * names that person again, the verb null. Sentences written for these tests in the style of the wires; `[[PERSON:text]]`
 * marks become entities (one id per distinct text); the title is the first line, and `{byline}` marks a byline line
 * (the parse stage's byline span). Each table has rows where the rule must not fire.
 */

/** The quotes of a marked text whose first line is its title, one `[speaker | verb] text` string each. */
const headlineQuotes = (marked: string): Array<string> => {
  const bylineAt = marked.indexOf("{byline}")
  const { text: raw, entities } = parseMarked(marked.replace("{byline}", ""))
  const text = raw
  const lineEnd = text.indexOf("\n")
  const title = { start: 0, end: lineEnd < 0 ? text.length : lineEnd }
  // the byline: the line the marker opened (its offsets in the text without the marks)
  let byline: { start: number; end: number } | null = null
  if (bylineAt >= 0) {
    const { text: before } = parseMarked(marked.slice(0, bylineAt))
    const end = text.indexOf("\n", before.length)
    byline = { start: before.length, end: end < 0 ? text.length : end }
  }
  return extractQuotes(text, { entities, title, byline }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)
}

type Row = readonly [string, ReadonlyArray<string>]

const tables: Record<string, ReadonlyArray<Row>> = {
  "a person before the colon, named again in the body": [
    [
      '[[PERSON:الحداد]]: سنعيد النظر في رسوم الموانئ قبل نهاية العام\nأكد وزير النقل [[PERSON:الحداد]] أن الوزارة تدرس رسوم الموانئ.',
      ["[الحداد | null] سنعيد النظر في رسوم الموانئ قبل نهاية العام"]
    ],
    // a title before the name, an outlet after `لـ`, an addressee glued to `ل`
    [
      'اللواء [[PERSON:العتيبي]] لـ«[[ORGANIZATION:الوطن]]»: الحدود آمنة ولا تسلل هذا الأسبوع\nوقال [[PERSON:العتيبي]] إن الدوريات مستمرة.',
      ["[العتيبي | null] الحدود آمنة ولا تسلل هذا الأسبوع"]
    ],
    ['د. [[PERSON:العتيبي]]: الحدود آمنة ولا تسلل هذا الأسبوع\nوقال الدكتور [[PERSON:العتيبي]] إن الدوريات مستمرة.', ["[العتيبي | null] الحدود آمنة ولا تسلل هذا الأسبوع"]],
    [
      '[[PERSON:ليلى الساعدي]] لنظيرها: التعاون بين البلدين يتسع كل عام\nالتقت الوزيرة [[PERSON:ليلى الساعدي]] نظيرها في العاصمة.',
      ["[ليلى الساعدي | null] التعاون بين البلدين يتسع كل عام"]
    ],
    // definite words before the name, and a role head before the body it heads
    [
      'الرئيس الفنلندي [[PERSON:ماتي كورهونن]]: لن نغلق حدودنا أمام اللاجئين\nوقال [[PERSON:ماتي كورهونن]] في مؤتمر صحفي إن بلاده ملتزمة.',
      ["[ماتي كورهونن | null] لن نغلق حدودنا أمام اللاجئين"]
    ],
    [
      'مدرب [[ORGANIZATION:الوحدة]] [[PERSON:كارلوس بينيا]]: الفريق جاهز لمباراة السبت\nوأضاف [[PERSON:كارلوس بينيا]] أن اللاعبين بخير.',
      ["[كارلوس بينيا | null] الفريق جاهز لمباراة السبت"]
    ],
    // must not fire: the body never names the person again, a place or a label before the colon, a person after a noun
    // that is no role (an obituary, a funeral), two people joined by و, the statement of two words
    ['[[PERSON:الحداد]]: سنعيد النظر في رسوم الموانئ قبل نهاية العام\nأكدت الوزارة أنها تدرس رسوم الموانئ.', []],
    ['[[LOCATION:تونس]]: اعتقال خلية جديدة في الجنوب\nأعلنت الداخلية اعتقال خلية في [[LOCATION:تونس]].', []],
    ['دراسة: النوم المبكر يحسن الذاكرة لدى الأطفال\nوجدت دراسة أجراها الباحث [[PERSON:سامي الحداد]] أن النوم مفيد.', []],
    ['جنازة [[PERSON:سامي الحداد]]: الآلاف يودعون الفنان الراحل في مسقط رأسه\nشيع الآلاف [[PERSON:سامي الحداد]] أمس.', []],
    ['[[PERSON:الحداد]] و[[PERSON:العتيبي]]: الفريق بخير ولا خوف عليه\nوقال [[PERSON:الحداد]] إن الفريق بخير.', []],
    ['[[PERSON:الحداد]]: الموسم الصعب\nوقال [[PERSON:الحداد]] إن الموسم كان صعبا.', []],
    // nor a topic before the person, nor a title of several speakers with a colon each
    ['أزمة الموانئ.. [[PERSON:الحداد]]: سنعيد النظر في الرسوم\nوقال [[PERSON:الحداد]] إن الرسوم مرتفعة.', []],
    ['[[PERSON:الحداد]]: سنعيد النظر.. [[PERSON:العتيبي]]: لا تغيير في الرسوم\nوقال [[PERSON:الحداد]] إن الرسوم مرتفعة.', []]
  ],
  "a post before the colon, its holder named in the body with that role": [
    [
      'وزير النقل: سنعيد النظر في رسوم الموانئ قبل نهاية العام\nأكد [[PERSON:سامي الحداد|وزير النقل]] أن الوزارة تدرس رسوم الموانئ.',
      ["[سامي الحداد | null] سنعيد النظر في رسوم الموانئ قبل نهاية العام"]
    ],
    // the role's words with others between them (`أمير منطقة الجوف`), an outlet after `لـ`, the article on the post
    [
      'أمير الجوف لـ«اليوم»: المشروعات الجديدة تخدم أهالي المنطقة كلها\nوقال [[PERSON:فهد بن بندر|أمير منطقة الجوف]] إن المشروعات تخدم الجميع.',
      ["[فهد بن بندر | null] المشروعات الجديدة تخدم أهالي المنطقة كلها"]
    ],
    [
      'الرئيس الفنلندي: لن نغلق حدودنا أمام اللاجئين هذا العام\nوقال [[PERSON:ماتي كورهونن|الرئيس الفنلندي]] في مؤتمر صحفي إن بلاده ملتزمة.',
      ["[ماتي كورهونن | null] لن نغلق حدودنا أمام اللاجئين هذا العام"]
    ],
    // must not fire: no person with the role, two people with it, a body in marks (a ministry, not its minister), a
    // word that opens no post, a role of one word
    ['وزير النقل: سنعيد النظر في رسوم الموانئ قبل نهاية العام\nأكد [[PERSON:سامي الحداد|وزير المالية]] أن الوزارة تدرس رسوم الموانئ.', []],
    [
      'وزير الخارجية: العلاقات بين البلدين في أفضل حالاتها\nالتقى [[PERSON:سامي الحداد|وزير الخارجية البحريني]] [[PERSON:كريم العبدلي|وزير الخارجية العماني]] أمس.',
      []
    ],
    ['«النقل»: سنعيد النظر في رسوم الموانئ قبل نهاية العام\nأكد [[PERSON:سامي الحداد|وزير النقل]] أن الوزارة تدرس رسوم الموانئ.', []],
    ['مطار الملك خالد: رحلات إضافية خلال موسم الصيف المقبل\nوقال [[PERSON:سامي الحداد|مدير مطار الملك خالد]] إن الرحلات ستزيد.', []],
    ['خبير: أسعار النفط سترتفع قبل نهاية العام\nوقال [[PERSON:سامي الحداد|الخبير النفطي]] إن الأسعار سترتفع.', []]
  ],
  "a column's writer over its title": [
    // the byline names the person, or the body opens with the name (the writer's name printed over the column)
    ['[[PERSON:سامي الحداد]]: المدارس الصيفية وأحلام الصغار\n{byline}[[PERSON:سامي الحداد]]\nفي كل صيف تعود الأسئلة نفسها عن [[PERSON:سامي الحداد]] وأمثاله.', []],
    ['[[PERSON:سامي الحداد]]: المدارس الصيفية وأحلام الصغار\n[[PERSON:سامي الحداد]] في كل صيف تعود الأسئلة نفسها.', []],
    // a profile: a role opens the words after the colon
    ['[[PERSON:سامي الحداد]]: السفير الذي أثار الجدل في واشنطن\nعمل [[PERSON:سامي الحداد]] سفيرا لسنوات.', []]
  ],
  // thirty-seventh session (helper, title quotes from the body): marks in the title, or the statement after a place or a
  // body, that the body repeats; the speaker of the body's quote, of its reported speech or of its according phrase
  "title words the body repeats, said by someone it names": [
    [
      'الوزارة "ستعيد النظر في رسوم الموانئ" قبل نهاية العام\nقال وزير النقل [[PERSON:سامي الحداد]] إن الوزارة ستعيد النظر في رسوم الموانئ خلال أشهر.',
      ["[سامي الحداد | null] ستعيد النظر في رسوم الموانئ"]
    ],
    // repeated in other forms inside a body quote (`يملك فرصا حقيقية` ~ `يملك الفرص الحقيقية`)
    [
      'الفريق "يملك فرصا حقيقية للفوز باللقب"\nوقال المدرب [[PERSON:كارلوس بينيا]]: "إن فريقنا يملك الفرص الحقيقية للفوز باللقب هذا الموسم".',
      ["[كارلوس بينيا | null] يملك فرصا حقيقية للفوز باللقب", "[كارلوس بينيا | قال] إن فريقنا يملك الفرص الحقيقية للفوز باللقب هذا الموسم"]
    ],
    // the source after the words, in an according phrase
    [
      'غرق عشرات الصيادين "بعد انقلاب قاربهم قرب الساحل"\nغرق عشرات الصيادين بعد انقلاب قاربهم قرب الساحل الشرقي، بحسب [[ORGANIZATION:خفر السواحل]].',
      ["[خفر السواحل | null] بعد انقلاب قاربهم قرب الساحل"]
    ],
    // a place before the colon: the person who said it in the body
    [
      '[[LOCATION:واشنطن]]: المحادثات مع الجانب الكوري لم تفشل بعد\nقال وزير الخارجية [[PERSON:سامي الحداد]] إن المحادثات مع الجانب الكوري لم تفشل.',
      ["[سامي الحداد | null] المحادثات مع الجانب الكوري لم تفشل بعد"]
    ],
    // any other X: a body's quote that repeats the statement, of a person
    [
      'فلكي: موسم الأمطار يبدأ الأسبوع المقبل\nوقال الباحث [[PERSON:سامي الحداد]]: "إن موسم الأمطار يبدأ الأسبوع المقبل في المنطقة".',
      ["[سامي الحداد | null] موسم الأمطار يبدأ الأسبوع المقبل", "[سامي الحداد | قال] إن موسم الأمطار يبدأ الأسبوع المقبل في المنطقة"]
    ],
    // must not fire: any other X with reported speech only, a column's writer (his name on the line after the title), a
    // statement that names the speaker (a column about him)
    ['فلكي: موسم الأمطار يبدأ الأسبوع المقبل\nقال الباحث [[PERSON:سامي الحداد]] إن موسم الأمطار يبدأ الأسبوع المقبل.', []],
    [
      'حديث الأحد: لا داعي للقلق من الغد\n[[PERSON:سامي الحداد]]\nوقال [[PERSON:سامي الحداد]]: "لا داعي للقلق من الغد أبدا".',
      ["[سامي الحداد | قال] لا داعي للقلق من الغد أبدا"]
    ],
    ['رحلات الصيف: [[PERSON:سامي الحداد]] في مدينة غدامس\nيقول [[PERSON:سامي الحداد]] عن رحلته: "وصلت إلى مدينة غدامس في الصيف".', ["[سامي الحداد | يقول] وصلت إلى مدينة غدامس في الصيف"]],
    // nor a place that is its own speaker in the body, a name in marks, a body that repeats nothing, words the
    // writer repeats with the speech after them, a speaker that is a phrase no entity tags
    // (a place that is its own speaker in the body: no quote of titleFromBody's; since the thirty-ninth session
    // headlineBody reads it as the place's quote)
    ['[[LOCATION:قطر]]: قائمة المطالب غير واقعية على الإطلاق\nقالت [[LOCATION:قطر]] إن قائمة المطالب غير واقعية.', ["[قطر | null] قائمة المطالب غير واقعية على الإطلاق"]],
    ['انطلاق مهرجان "صيف الشاطئ 12" الخميس\nقال رئيس البلدية [[PERSON:سامي الحداد]] إن مهرجان صيف الشاطئ 12 ينطلق الخميس.', []],
    ['الوزارة "ستعيد النظر في رسوم الموانئ" قبل نهاية العام\nقال وزير النقل [[PERSON:سامي الحداد]] إن الميزانية كافية هذا العام.', []],
    ['الوزارة "ستعيد النظر في رسوم الموانئ" قبل نهاية العام\nستعيد الوزارة النظر في رسوم الموانئ، وقال [[PERSON:سامي الحداد]] إن القرار قريب.', []],
    ['بريطانيا "تملك فرصا حقيقية بعد الخروج"\nدعا المحافظ السابق للبنك بلاده إلى الخروج بثقة، مؤكدا أن بريطانيا تملك الفرص الحقيقية بعد الخروج.', []],
    ['The ministry "will review port fees" this year\nTransport minister [[PERSON:Sam Haddad]] said the ministry will review port fees soon.', []]
  ],
  "English titles stay as they are": [['[[PERSON:Sam Haddad]]: We will review port fees this year\n[[PERSON:Sam Haddad]] told reporters the fees were high.', []]]
}

describe("Arabic headlines `X: statement` as quotes of X", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(headlineQuotes(text)).toEqual(expected)
      })
    })
  }

  it("spans map back to the text and the quote opens the list", () => {
    const { text, entities } = parseMarked('[[PERSON:الحداد]]: سنعيد النظر في رسوم الموانئ\nوقال [[PERSON:الحداد]]: «الرسوم مرتفعة جدا هذا العام».')
    const quotes = extractQuotes(text, { entities, title: { start: 0, end: text.indexOf("\n") } })
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(quotes.map((q) => q.text))
    expect(quotes.map((q) => q.speaker)).toEqual(["الحداد", "الحداد"])
    expect(quotes[0]!.start).toBeLessThan(quotes[1]!.start)
  })

  it("through processText: the parse stage's title, the entity stage's surname linked to the body's full name", async () => {
    const r = await processText("الجبوري: سنعيد النظر في رسوم الموانئ قبل نهاية العام\n\nبغداد - أكد وزير النقل العراقي سالم الجبوري أن الوزارة تدرس رسوم الموانئ، وقال الجبوري إن القرار سيصدر قريبا.", {})
    expect(r.quotes.map((q) => [q.speaker, q.verb, q.text])).toEqual([["سالم الجبوري", null, "سنعيد النظر في رسوم الموانئ قبل نهاية العام"]])
    const en = await processText("Haddad: We will review port fees this year\n\nTransport minister Sam Haddad told reporters the fees were high.", {})
    expect(en.quotes).toEqual([])
  })

  it("without a title span the headline is read as before", () => {
    const { text, entities } = parseMarked('[[PERSON:الحداد]]: سنعيد النظر في رسوم الموانئ قبل نهاية العام\nأكد وزير النقل [[PERSON:الحداد]] أن الوزارة تدرس الرسوم.')
    expect(extractQuotes(text, { entities })).toEqual([])
  })
})
