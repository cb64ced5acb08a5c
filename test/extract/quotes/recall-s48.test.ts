import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Quotes given to the wrong one of two voices (docs/history/quotes.md, "Forty-eighth session: recall"): the saying a
 * participle of citing names is the cited person's (`مستشهداً بما قاله الرئيس X "…"`, `ذاكراً قول X في … "…"`), and a
 * feminine participle in a sentence that opens with `وكانت` and its subject is that subject's, not the speaker the chain
 * carried from before the sentence (an agency that only carried other news). Sentences written for these tests in
 * the style of a wire; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a participle of citing, a noun of saying and a person: the cited person's words": [
    ['وأشاد [[PERSON:سعد الحربي]] بمسيرة الملك، مستشهداً بما قاله الرئيس الأميركي [[PERSON:جون كارتر]] "إذا بحثنا عن الحكمة والخبرة فلن نجد مثله في العالم". وأضاف "كان قائدا فذا لا يتكرر".', ["[جون كارتر | مستشهداً] إذا بحثنا عن الحكمة والخبرة فلن نجد مثله في العالم", "[سعد الحربي | أضاف] كان قائدا فذا لا يتكرر"]],
    ['وتحدث [[PERSON:سعد الحربي]] عن الملك، ذاكراً قول [[PERSON:الفيصل]] في البيت الأبيض "نريد عالما يسوده السلام والتعاون والمحبة".', ["[الفيصل | ذاكراً] نريد عالما يسوده السلام والتعاون والمحبة"]],
    ['وختم [[PERSON:سعد الحربي]] كلمته مستشهدا فضيلته بقول [[PERSON:عمر المختار]]: «نحن لا نستسلم، ننتصر أو نموت».', ["[عمر المختار | مستشهدا] نحن لا نستسلم، ننتصر أو نموت"]]
  ],
  "must not change: no person named after the noun of saying, or no mark after the name": [
    ['وأشاد [[PERSON:سعد الحربي]] بمسيرة الملك، مستشهداً بما قاله عنه "إذا بحثنا عن الحكمة والخبرة فلن نجد مثله في العالم".', ["[سعد الحربي | مستشهداً] إذا بحثنا عن الحكمة والخبرة فلن نجد مثله في العالم"]],
    ['وتحدث [[PERSON:سعد الحربي]] عن الملك، مستشهدا بقول [[PERSON:جون كارتر]] إن الملك كان حكيما، وأضاف "كان قائدا فذا لا يتكرر أبدا".', ["[سعد الحربي | أضاف] كان قائدا فذا لا يتكرر أبدا"]],
    ['وتحدث [[PERSON:سعد الحربي]] عن الملك، مستشهدا بتجربة [[PERSON:جون كارتر]] "إذا بحثنا عن الحكمة والخبرة فلن نجد مثله في العالم".', ["[سعد الحربي | مستشهدا] إذا بحثنا عن الحكمة والخبرة فلن نجد مثله في العالم"]]
  ],
  "a feminine participle after وكانت and its subject: that subject, not the agency before": [
    ['وذكرت [[ORGANIZATION:وكالة أنباء الأناضول]] أن ستة أشخاص اعتقلوا. ويأتي هذا التصعيد بعد قصف. وكانت قوات الدفاع الشعبي، الجناح العسكري للحركة، دانت في بيان على موقعها القصف، معتبرة أنه «عدوان سافر على المدنيين». وقالت إن الحكومة «أنهت من جانب واحد» الهدنة. وأضافت أنه «لم يعد للهدنة أي معنى بعد اليوم».', ["[قوات الدفاع | معتبرة] عدوان سافر على المدنيين", "[قوات الدفاع | قالت] أنهت من جانب واحد", "[قوات الدفاع | أضافت] لم يعد للهدنة أي معنى بعد اليوم"]],
    ['وذكرت [[ORGANIZATION:وكالة أنباء الأناضول]] أن الاشتباكات توقفت. وكانت الحركة الكردية قد نددت بالغارات، واصفة إياها بأنها «اعتداء على السيادة الوطنية».', ["[الحركة الكردية | واصفة] اعتداء على السيادة الوطنية"]]
  ],
  "must not change: the agency named in the sentence, or no كانت": [
    ['وكانت [[ORGANIZATION:وكالة أنباء الأناضول]] نشرت تقريرا عن القصف، مضيفة أن «المدنيين هم الضحايا في كل الأحوال».', ["[وكالة أنباء الأناضول | مضيفة] المدنيين هم الضحايا في كل الأحوال"]],
    ['وذكرت [[ORGANIZATION:وكالة أنباء الأناضول]] أن ستة أشخاص اعتقلوا، مضيفة أن «التحقيقات ما زالت جارية في المدينة».', ["[وكالة أنباء الأناضول | مضيفة] التحقيقات ما زالت جارية في المدينة"]]
  ]
}

describeQuoteTables("Arabic: the cited person's saying, and the subject after وكانت (forty-eighth session, helper recall)", tables)
