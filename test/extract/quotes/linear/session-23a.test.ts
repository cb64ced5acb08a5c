import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 23: the rules of the session read bounded windows however long the text: a time word after a verb one
 * word, a participle's opening verb two words and the sentence before, two words in marks after `ما وصفه` the token
 * before the verb, the one asked forty tokens back and twelve after the verb of asking, a mark in reverse six words back and the marks
 * after it up to the next one.
 */
const cases: Record<string, (n: number) => string> = {
  "time words after verbs without end": (n) => 'وكان المدرب سامي الخطيب يتوقع العقوبة حيث قال وقتها "لا أرغب في التعليق". قال ساخرا '.repeat(n),
  "participles after subjectless verbs without end": (n) => 'وكان المستشار سامي الخطيب مؤيدا للرئيس. وعقب على النتيجة قائلا "بدأنا مرحلة جديدة". وعلق على '.repeat(n),
  "marks after ما and a verb of describing without end": (n) => 'وأدانت وزارة الخارجية ما وصفته «بالهجوم الإرهابي» وما اعتبرته «موجة إعدامات» لما وصفه «'.repeat(n),
  "marks in reverse after speech verbs without end": (n) => 'وقال سامي الخطيب في تصريح ” إن العمل مستمر في كل المواقع “. وأضاف ” لقد أنجزنا '.repeat(n),
  "verbs of asking and answering without end": (n) => 'وسأل سامي الخطيب، نائب رئيس اللجنة، سامي الخطيب عن الموعد. فأجاب "لا أعرف الموعد بعد". سأل سامي الخطيب سامي الخطيب سامي الخطيب أجاب '.repeat(n)
}

linearQuoteCases("session 23 rules stay linear", cases, taggedBy([["سامي الخطيب", "PERSON"], ["وزارة الخارجية", "ORGANIZATION"]]), 500)
