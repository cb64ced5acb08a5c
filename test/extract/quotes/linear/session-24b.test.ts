import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 24, second round: the first of two pieces joined by `و` is looked for once per mark, the phrase after a
 * body's name in marks inside a title once per cue, and the subject after the verb that opens a participle's clause
 * once per participle, however long the text: many pieces in marks joined by `و`, many titles with a name in marks,
 * many participles after a verb and a place, in one sentence and in many.
 */
const cases: Record<string, (n: number) => string> = {
  "pieces in marks joined by و without end": (n) =>
    'وقال سامي الخطيب إن حكومته لن ترضى بأي "شروط مسبقة" و"ترفض كل وصاية" و"أي تدخل" و'.repeat(n),
  "titles with a body's name in marks without end": (n) =>
    'وقال الأمين العام لحزب "الأمة الجديدة" سامي الخطيب إن الحزب "سيشارك في الانتخابات المقبلة" '.repeat(n),
  "participles after a verb and a place in one sentence": (n) =>
    'واحتفت كوريا الجنوبية بنجاح التجربة، واصفة إياها بأنها "خطوة تاريخية للبلاد" '.repeat(n),
  "participles after a verb and a body, sentence after sentence": (n) =>
    'وردت الوزارة على التقرير، واصفة إياه بأنه "مليء بالمغالطات والأرقام". '.repeat(n)
}

linearQuoteCases(
  "session 24 second-round rules stay linear",
  cases,
  taggedBy([["سامي الخطيب", "PERSON"], ["الأمة الجديدة", "ORGANIZATION"], ["كوريا الجنوبية", "LOCATION"]]),
  500
)
