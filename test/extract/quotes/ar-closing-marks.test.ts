/**
 * Three words in marks that end their sentence after a verb of saying and its named speaker are speech (twenty-first
 * session, lead): `قال ترامب "لا أعتقد ذلك".` was left out, since marks after a named speaker with no colon need four
 * words (a short name in marks stands there as often). Not after a verb of judging, whose object the marks describe,
 * nor after `أضاف إليها` (added to it), nor when the sentence goes on after the marks. Sentences written for this
 * test in the style of Arabic wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: three words in marks that end the sentence (twenty-first session)", {
  "three words after a verb of saying and its speaker, at the sentence's end": [
    [
      'وردا على سؤال عن موعد الانتخابات المبكرة، قال [[PERSON:سمير حداد]] "لا أعتقد ذلك".',
      ["[سمير حداد | قال] لا أعتقد ذلك"]
    ],
    [
      'ونفت الشركة أي خلاف مع شركائها. وتقول [[PERSON:ليلى منصور]] بهدوء "نحن نعمل معا".',
      ["[ليلى منصور | تقول] نحن نعمل معا"]
    ]
  ],
  "guards": [
    // the sentence goes on after the marks: a short name
    ['وقال [[PERSON:سمير حداد]] "مهرجان الربيع الثقافي" سيبدأ غدا في العاصمة.', []],
    // أضاف إليها: added to something, no speech
    ['ورفع المرشح شعار «عمل وسكن وكرامة» في حملته، وأضاف إليها «أمن وتنمية وعدالة».', []]
  ]
})
