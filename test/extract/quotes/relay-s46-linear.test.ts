import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-sixth session's rules of helper relay (docs/history/quotes.md, "Forty-sixth session: relay") read a bounded
 * window at each cue however long the text: the role after a verb of no speech that opens a bare verb's sentence
 * (six lengths of it, each read for a person named before), and the words between that verb and a person's name; the words after a verb of writing that a person after a
 * complementizer opens, up to a colon or marks; each word of a speaker's phrase, read for a document of speech.
 */
const cases: Record<string, (n: number) => string> = {
  "roles after verbs of no speech, each before a bare verb and marks": (n) => "ترأس نائب رئيس المجلس الأمير فهد بن سالم الجلسة. " + "وفي بداية الجلسة، رفع نائب رئيس المجلس البلدي الشكر والتقدير للقيادة، وقال \"إن المشاريع ماضية\". ".repeat(n),
  "roles that run to a name after verbs of no speech": (n) => "وأشاد مدير المرور في محافظة الخبر العقيد سعد المالكي بسرعة الاستجابة، وقال: \"الفرق وصلت\". ".repeat(n),
  "a person after a complementizer and a verb of writing, with no colon in a long sentence": (n) => "وتفيد المعلومات بأن سعد المالكي كتب " + "في دليل الطلاب ".repeat(n) + "ثم سافر.",
  "persons after complementizers and verbs of writing before colons": (n) => "وتفيد المعلومات بأن سعد المالكي كتب في دليل الطلاب: «اسمي سيعرفه الجميع». ".repeat(n),
  "speakers' phrases before documents of speech": (n) => "وكتب مسؤول بالحزب تغريدة قال فيها إن \"الرئيس يعارض الفكرة\". ".repeat(n)
}

linearQuoteCases("forty-sixth session, Arabic speakers relayed or carried: the rules stay linear", cases, taggedBy([["فهد بن سالم", "PERSON"], ["سعد المالكي", "PERSON"]]), 200)
