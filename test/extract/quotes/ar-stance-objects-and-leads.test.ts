import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Docs/history/quotes.md, "Thirty-sixth session (lead, what a verb affirms and a lead phrase before a name)": a
 * verbal noun of what is affirmed (`أهمية`, `ضرورة`: `stanceObjects` in the lexicon) right after a verb with no
 * subject opens its object, never its subject, whatever it names after it (`كما أكد أهمية دور <country>`); the speaker
 * is the chain's. A lead phrase with no comma (`من جانبه`, `من جهته`, `بدوره`) before a verb that is no speech and a
 * name makes that name the subject a sentence-opening `وشدد` goes on with. Sentences written for these tests;
 * `[[PERSON:text]]` and `[[LOCATION:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verbal noun of what is affirmed is the object": [
    ['وقال الرئيس [[PERSON:عبد الرحيم سالم]] إن بلاده ترحب بالوفد. كما أكد أهمية دور [[LOCATION:الأردن]] “كدولة محورية في استقرار المنطقة كلها”.', ["[عبد الرحيم سالم | أكد] كدولة محورية في استقرار المنطقة كلها"]],
    ['وقال وزير الإسكان [[PERSON:خالد العمر]] إن الخطة تسير كما رسمت. كما أكد ضرورة “الإسراع في تنفيذ المشاريع المتعثرة في الأحياء الجنوبية”.', ["[خالد العمر | أكد] الإسراع في تنفيذ المشاريع المتعثرة في الأحياء الجنوبية"]],
    // must not fire: a name right after the verb is its subject; a body noun opens the phrase
    ['وأكد الوزير [[PERSON:خالد العمر]] أهمية “الإسراع في تنفيذ المشاريع المتعثرة في الأحياء الجنوبية”.', ["[خالد العمر | أكد] الإسراع في تنفيذ المشاريع المتعثرة في الأحياء الجنوبية"]],
    ['وقال وزير الإسكان [[PERSON:خالد العمر]] إن الخطة تسير. وأكدت وزارة الإسكان أن “العمل في الأحياء الجنوبية سينتهي قبل الصيف”.', ["[وزارة الإسكان | أكدت] العمل في الأحياء الجنوبية سينتهي قبل الصيف"]]
  ],
  "a lead phrase with no comma before a verb and a name": [
    ['وقال [[PERSON:عبد الرحيم سالم]] إن “الوضع صعب جدا في الجنوب”. من جانبه جدد [[PERSON:خالد منصور]] موقف بلاده الثابت من الأزمة. وشدد على أهمية “التزام جميع الأطراف بمواصلة الحوار السياسي”.', ["[عبد الرحيم سالم | قال] الوضع صعب جدا في الجنوب", "[خالد منصور | شدد] التزام جميع الأطراف بمواصلة الحوار السياسي"]],
    ['وقالت [[PERSON:ليلى حسن]] إن “المهرجان نجح في دورته الأولى”. بدوره استعرض [[PERSON:سامي الحداد]] خطة الدورة المقبلة. وأضاف: “سنضاعف عدد العروض في العام المقبل”.', ["[ليلى حسن | قالت] المهرجان نجح في دورته الأولى", "[سامي الحداد | أضاف] سنضاعف عدد العروض في العام المقبل"]],
    // must not change: the lead with its comma, as before
    ['وقال [[PERSON:عبد الرحيم سالم]] إن “الوضع صعب جدا في الجنوب”. من جانبه، جدد [[PERSON:خالد منصور]] موقف بلاده الثابت من الأزمة. وشدد على أهمية “التزام جميع الأطراف بمواصلة الحوار السياسي”.', ["[عبد الرحيم سالم | قال] الوضع صعب جدا في الجنوب", "[خالد منصور | شدد] التزام جميع الأطراف بمواصلة الحوار السياسي"]]
  ]
}

describeQuoteTables("Arabic (thirty-sixth session, lead): what a verb affirms, a lead phrase before a name", tables)
