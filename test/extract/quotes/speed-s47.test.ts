import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Forty-seventh session, helper speed: the quote scanner asks `wordingNouns`, `expressVerbs` and `interviewAsking` by
 * the tokens' key ids (the word's, and the word's without its first letter) instead of a string look-up per word. The
 * same quotes as before: a verb of expressing as written, with و, with ف; a noun of wording; and the shapes that must
 * not fire (a word with ب before the verb's letters, a three-letter word, a noun of wording with و, no marks). Sentences
 * written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of expressing read by its key ids (expressedCue)": [
    ['وعبرت [[LOCATION:الكويت]] عن مخاوفها من أن الأزمة قد تسبب "موجة جديدة من النزوح".', ["[الكويت | عبرت] موجة جديدة من النزوح"]],
    ['فعبر مدير الميناء عن قناعته بأن التأخير "مؤقت ولن يتكرر هذا الموسم".', ["[مدير الميناء | عبر] مؤقت ولن يتكرر هذا الموسم"]],
    // must not fire: no complementizer after the stance, ب before the verb's letters (no verb), عبر the preposition
    ['وعبرت اللجنة عن ارتياحها لنتائج "المسح السنوي للأسر" هذا العام.', []],
    ['وتوجه الوفد بعبره إلى "الميناء الجديد" في الصباح.', []],
    ['وتصل البضائع عبر "ميناء الدمام" إلى الأسواق.', []]
  ],
  "a noun of wording read by its key id (wordingBeforeMarks)": [
    ['وختم [[PERSON:ماجد العنزي]] كلمته بعبارة «الوطن أمانة في أعناقنا جميعا».', ["[ماجد العنزي | بعبارة] الوطن أمانة في أعناقنا جميعا"]],
    // must not fire: two words in the marks, the noun with و (another key), no marks after the noun
    ['وختم [[PERSON:ماجد العنزي]] كلمته بعبارة «شكرا للجميع».', []],
    ['ونشر الحساب صورة وبعبارة «الوطن أمانة في أعناقنا جميعا» على صفحته.', []],
    ['وقال [[PERSON:ماجد العنزي]] بعبارة واضحة إن المشروع تأخر.', []]
  ]
}

describeQuoteTables("quote rules asked by key id (forty-seventh session, helper speed)", tables)
