import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Speech whose marks are missing or of the wrong kind (docs/history/quotes.md, "Forty-eighth session: marks"):
 * speech in parentheses right after a singular participle of saying or `بقوله` (`parenSpeech`), and a `”` spaced on
 * both sides right after a complementizer that opens reported speech (`reversedOpener`). Sentences written for these
 * tests in the style of the wires; `[[TYPE:text]]` marks become entities. Rows where the rules must not fire: a name,
 * an aside or a verse in parentheses, a plural participle, a parenthesis after a bare verb, a term after a
 * complementizer.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "speech in parentheses after a participle of saying or بقوله": [
    // (the verb is null: the quote after `وتابع بقوله` gets no verb, its speaker from the chain; left alone)
    ["وأوضح [[PERSON:سامي الحداد]] أن المعرض يضم مئات الصور القديمة. وتابع بقوله (اشتريت أول كاميرا من سوق المدينة قبل أربعين عاما).", ["[سامي الحداد | null] اشتريت أول كاميرا من سوق المدينة قبل أربعين عاما"]],
    ["وعبر [[PERSON:سامي الحداد]] عن فرحته بالجائزة قائلاً (هذه الجائزة لكل من وقف معي في المشوار).", ["[سامي الحداد | قائلاً] هذه الجائزة لكل من وقف معي في المشوار"]],
    // must not fire: fewer than four words in the parentheses (a name, a title)
    ["وعبر [[PERSON:سامي الحداد]] عن فرحته قائلا (شكرا للجميع) ثم غادر القاعة.", []],
    // must not fire: a colon between (the colon rules read it, the parentheses kept, as before)
    ["وعبر [[PERSON:سامي الحداد]] عن فرحته بالجائزة قائلاً: (هذه الجائزة لكل من وقف معي في المشوار).", ["[سامي الحداد | قائلاً] (هذه الجائزة لكل من وقف معي في المشوار)"]],
    // must not fire: a doubled parenthesis, a fully vocalized verse
    ["وذكّر الخطيب المصلين بقوله ((وَلَا تَقْتُلُوا أَنْفُسَكُمْ إِنَّ اللَّهَ كَانَ بِكُمْ رَحِيمًا)) في ختام الخطبة.", []],
    ["وذكّر الخطيب المصلين بقوله (وَلَا تَقْتُلُوا أَنْفُسَكُمْ إِنَّ اللَّهَ كَانَ بِكُمْ رَحِيمًا) في ختام الخطبة.", []],
    // must not fire: a plural participle after two subjects
    ["وأدى الأمير [[PERSON:سامي الحداد]] والوزير [[PERSON:خالد العتيبي]] القسم قائلين (أقسم بالله العظيم أن أكون مخلصا لوطني).", []],
    // must not fire: parentheses after a bare verb (a proverb, an aside, an imagined voice)
    ["هناك مثل شعبي يقول (الباب الذي تأتيك منه الريح أغلقه واسترح) وهو مثل قديم.", []],
    // must not fire: parentheses inside a quote already in marks
    ["وقال [[PERSON:سامي الحداد]]: «تذكرت أبي قائلا (العمل الصادق لا يضيع أبدا) وبكيت».", ["[سامي الحداد | قال] تذكرت أبي قائلا (العمل الصادق لا يضيع أبدا) وبكيت"]]
  ],
  "a spaced ” after a complementizer opens reported speech": [
    ["وشدد [[PERSON:سامي الحداد]] على دعم الحكومة، مؤكدا في ختام كلمته أمام الحضور في القاعة الكبرى للمؤتمر وأنّ ” الجماعات المسلحة أفشلت كل جهود السلام في البلاد”، ثم غادر.", ["[سامي الحداد | مؤكدا] الجماعات المسلحة أفشلت كل جهود السلام في البلاد"]],
    // must not fire: fewer than four words (a name, a term)
    ["ومن هنا نستطيع القول إن ” شركة النور” في صف العميل.", []],
    ["وأشار [[PERSON:سامي الحداد]] إلى أن ” جمعية البر ” نالت خمسين منحة.", []]
  ]
}

describeQuoteTables("Arabic marks: missing and mismatched marks (forty-eighth session, helper marks)", tables)
