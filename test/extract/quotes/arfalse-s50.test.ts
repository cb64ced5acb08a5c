import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { processText } from "../../../src/index.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"
import { parseMarked } from "./marked.js"

/**
 * Quotes that are no quote at all (docs/history/quotes.md, "Fiftieth session: arfalse"): a title after `بعنوان:` at
 * any length, and the colon of a title's noun opens no speech (headingNouns); an expression after `تعبير`, a term after
 * `مصطلح` (nameNouns); a list of names after `وهي:` under a cue (afterListColon); an abbreviation spelled in the
 * letters' names (letterNames); marks no cue attributes in a sentence whose subject is God (godSubjectBefore); and
 * headline quotes, on unless `headlines: false` (the lead kept the pipeline's default on after the merge).
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "titles, expressions, lists and abbreviations in marks: no quote": [
    ['وكتب الوزير [[PERSON:سامي الحداد]] مقالا بعنوان: «الطريق إلى الاستقرار يمر عبر التعاون بين دول الجوار» نشرته صحف عدة.', []],
    ['وأوضح مدير الأكاديمية [[PERSON:سامي الحداد]]، أن الدورة تضم محورين الأول بعنوان: (القيادة في العمل الحكومي) يتم من خلاله عرض تجارب الدول في التطوير الإداري.', []],
    ['وتشير [[ORGANIZATION:الشركة]] أيضا إلى تعبير «أخف، وأسرع» الذي يلخص فكرة الجهاز الجديد.', []],
    ['وأوضح [[PERSON:سامي الحداد]] أن الفريق زار خمس محافظات في الشمال وهي: “العلا، تيماء، ضبا، حقل، الوجه”.', []],
    ['وفي حديث لشبكة «إيه بي سي» قالت الأم وتدعى [[PERSON:ليلى حسن]] «كنت في المطبخ حين سمعت الخبر».', ["[ليلى حسن | قالت] كنت في المطبخ حين سمعت الخبر"]]
  ],
  "verses in marks in a sentence whose subject is God: no quote": [
    ['قد يقول قائل: هذا أمر لا يعنينا في شيء.\nدعوني أبدأ بالقرآن، فكثيرا ما يربط الله عبادته بالإحسان إلى الجار: «وأحسنوا إلى من جاوركم ولا تؤذوهم أبدا في قول ولا فعل»، وهذا أصل عظيم.', ["[قائل | يقول] هذا أمر لا يعنينا في شيء"]],
    ['قد يقول قائل: هذا أمر لا يعنينا في شيء.\nوإذا كان الله نهى عن كلمة «أف» «فلا تقل لهم كلمة تؤذيهم ولا ترفع صوتك عليهم»، فكيف بما هو أشد؟', ["[قائل | يقول] هذا أمر لا يعنينا في شيء"]]
  ],
  "must not change: a paper's own headline, a colon after another noun, a term after a complementizer, letters with words, a blessing": [
    ['وكتبت صحيفة [[ORGANIZATION:ستار]] الكينية في عنوانها: «طائرات الوفد الأميركي تهبط في العاصمة قبل الزيارة».', ["[ستار | كتبت] طائرات الوفد الأميركي تهبط في العاصمة قبل الزيارة"]],
    ['وقال [[PERSON:سامي الحداد]] عن شعار الحملة: إن الشعار يعبر عن طموح الشباب في المنطقة كلها.', ["[سامي الحداد | قال] إن الشعار يعبر عن طموح الشباب في المنطقة كلها"]],
    ['ودانت [[ORGANIZATION:الحركة]] في بيان القصف معتبرة أنه «عدوان سافر»، وقالت: إن الهدنة انتهت من جانب واحد بلا سبب.', ["[الحركة | معتبرة] عدوان سافر", "[الحركة | قالت] إن الهدنة انتهت من جانب واحد بلا سبب"]],
    ['وقال [[PERSON:سامي الحداد]]: «اي شيء يمكن أن يحدث في الانتخابات المقبلة».', ["[سامي الحداد | قال] اي شيء يمكن أن يحدث في الانتخابات المقبلة"]],
    ['وقال [[PERSON:سامي الحداد]] إن الملك يحفظه الله ماض في الإصلاح.\n«إن الإصلاح مسؤولية الجميع ولا يستثنى منه أحد في هذا البلد».', ["[سامي الحداد | null] إن الإصلاح مسؤولية الجميع ولا يستثنى منه أحد في هذا البلد"]]
  ]
}

describeQuoteTables("Arabic: quotes that are no quote (fiftieth session, arfalse)", tables)

describe("headline quotes: on unless `headlines: false` (fiftieth session, arfalse and the lead)", () => {
  const marked = "[[PERSON:الحداد]]: سنعيد النظر في رسوم الموانئ قبل نهاية العام\nأكد وزير النقل [[PERSON:الحداد]] أن الوزارة تدرس رسوم الموانئ."
  it("a bare call gives the headline quote unless told not to", () => {
    const { text, entities } = parseMarked(marked)
    const title = { start: 0, end: text.indexOf("\n") }
    expect(extractQuotes(text, { entities, title }).map((q) => q.text)).toEqual(["سنعيد النظر في رسوم الموانئ قبل نهاية العام"])
    expect(extractQuotes(text, { entities, title, headlines: true }).map((q) => q.text)).toEqual(["سنعيد النظر في رسوم الموانئ قبل نهاية العام"])
    expect(extractQuotes(text, { entities, title, headlines: false })).toEqual([])
  })
  it("the pipeline reads the title's quote (verb null, span in the title) beside the body's", async () => {
    const text = "الحداد: سنعيد النظر في رسوم الموانئ قبل نهاية العام\n\nجدة - أكد وزير النقل سالم الحداد أن الوزارة تدرس رسوم الموانئ، وقال الحداد: «القرار سيصدر قريبا بعد دراسة كل الاقتراحات»."
    const r = await processText(text, {})
    expect(r.quotes.map((q) => q.text)).toEqual(["سنعيد النظر في رسوم الموانئ قبل نهاية العام", "القرار سيصدر قريبا بعد دراسة كل الاقتراحات"])
    expect(r.quotes[0]!.verb).toBeNull()
    expect(r.quotes[0]!.end).toBeLessThanOrEqual(text.indexOf("\n"))
  })
})
