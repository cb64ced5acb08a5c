import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Speech in marks with no colon after an occasion, and a quote that opens with a complementizer and a term in marks
 * (docs/history/quotes.md, "Fifty-second session: arnocolon (second round)"). `occasionSpeech` in `extract.ts`: marks
 * of three words or more right after a possessed name noun (`حملتها`) that follows a preposition of time
 * (`occasionPrepositions`: `خلال`, `أثناء`, `بعد`, `عقب` …), a speech verb before it, hold the verb's speech, not the
 * campaign's name. `complementizerAlone` in `marks.ts`: a straight quote never closed whose one word before a term in
 * marks is a complementizer (`"إن "X" …`) runs over the term as one with two words before it does. Sentences written for
 * these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Near misses: a noun with no pronoun
 * (`خلال حملة «…»`, a name), `في` before the possessed noun, two words in the marks, no speech verb, a quote closed.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "speech after a possessed noun of an occasion": [
    ['وقالت [[PERSON:هند السالم]] للصحفيين خلال حملتها "سنعمل على خفض الضرائب للجميع".', ["[هند السالم | قالت] سنعمل على خفض الضرائب للجميع"]],
    ['وأضاف [[PERSON:كريم الناصر]] أثناء حملته الأخيرة في الجنوب. وقال [[PERSON:كريم الناصر]] بعد حملته «لن نسمح بعودة البطالة إلى هذه الأرقام».', ["[كريم الناصر | قال] لن نسمح بعودة البطالة إلى هذه الأرقام"]],
    ['وقال المرشحون عقب حملتهم "نريد برلمانا يمثل كل المحافظات دون استثناء".', ["[المرشحون | قال] نريد برلمانا يمثل كل المحافظات دون استثناء"]],
    // near miss: a noun with no pronoun is the head of the name in marks
    ['وقالت [[PERSON:هند السالم]] خلال حملة «معا من أجل بيئة نظيفة» إن المشاركة كانت واسعة.', []],
    // near miss: `في` before the possessed noun keeps the name reading (`في كتابها «…»`)
    ['وقالت [[PERSON:هند السالم]] في حملتها "معا من أجل بيئة نظيفة".', []],
    // near miss: two words in the marks, a slogan
    ['وقالت [[PERSON:هند السالم]] خلال حملتها "صيف آمن".', []],
    // near miss: no speech verb before the preposition
    ['وشاركت [[PERSON:هند السالم]] خلال حملتها "معا من أجل بيئة نظيفة" في زيارة المدارس.', []]
  ],
  "a quote that opens with a complementizer and a term in marks": [
    ['وأضاف [[PERSON:خالد العمر]]: "إن "حزب الأمة" لن يحكم وحده في المرحلة المقبلة. وتابع أن الحكومة باقية حتى الانتخابات.', ['[خالد العمر | أضاف] إن "حزب الأمة" لن يحكم وحده في المرحلة المقبلة']],
    ['وقال المتحدث باسم التحالف [[PERSON:أحمد الزيدي]] "إن "عاصفة الجنوب" حققت أهدافها كاملة في الأسابيع الأولى', ['[أحمد الزيدي | قال] إن "عاصفة الجنوب" حققت أهدافها كاملة في الأسابيع الأولى']],
    // near miss: the quote closes after the term's sentence, as before
    ['وأضاف [[PERSON:خالد العمر]]: "إن "حزب الأمة" لن يحكم وحده في المرحلة المقبلة". وتابع أن الحكومة باقية.', ['[خالد العمر | أضاف] إن "حزب الأمة" لن يحكم وحده في المرحلة المقبلة']],
    // near miss: a word that is no complementizer alone before the term: two quotes, as before
    ['وقال [[PERSON:خالد العمر]]: "نعم "حزب الأمة" لن يحكم وحده في المرحلة المقبلة.', ["[خالد العمر | قال] نعم"]]
  ]
}

describeQuoteTables("Arabic quotes with no colon after an occasion, a complementizer before a term (fifty-second session, helper arnocolon)", tables)
