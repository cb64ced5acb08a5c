import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The Arabic finding rules of the thirty-second session, landed in the thirty-third (docs/history/quotes.md,
 * "Thirty-third session (helper, Arabic finding, landed)") stay linear however long the text: many closing-type marks after a clitic with no closer (each looks for
 * its closer a bounded number of tokens on), many lists in marks, many attributions inside one colon quote, many verbs
 * of describing after a noun, many `لديه` quotes.
 */
const cases: Record<string, (n: number) => string> = {
  "closing-type marks after a clitic without end": (n) => "وفاز بالمركز في بطولة لـ»الطيران الشراعي وكذلك و”السباحة الحرة ".repeat(n),
  "closed ones without end": (n) => 'وقال سامي الحداد إن الحكومة مطالبة بـ»إنهاء الفساد في كل الوزارات» و»فتح الملفات» '.repeat(n),
  "lists in marks without end": (n) => '"خالد سالم، عبدالله فهد، ناصر علي، محمد حسن، سعود كريم، فيصل ماجد" '.repeat(n),
  "attributions inside one colon quote without end": (n) => "يقول سامي الحداد: يا طارد الظل البعيد خله ولا تلحقه ويقول الشاعر سامي الحداد - رحمه الله - بوضوح: ".repeat(n),
  "verbs of describing after a noun without end": (n) => 'وجرى اتصال وصفه سامي الحداد بأنه «مهم جدا» ثم لقاء وصفته الرئاسة بأنه '.repeat(n),
  "لديه without end": (n) => 'وقال سامي الحداد إن لديه "ثقة كبيرة" وإن خصمه لديه "حنق شخصي" '.repeat(n),
  // thirty-third session: topics before a verb and its colon, marks after full stops, participles after a name,
  // outlets in marks before a colon, clitics written alone in speaker phrases
  "topics before a verb and its colon without end": (n) => "وقال سامي الحداد: الأداء ممتاز. وعن تقييمه للحكم الدولي في نهائي مونديال الشباب قال: ".repeat(n),
  "marks after full stops without end": (n) => "وقال سامي الحداد: الأداء ممتاز. «الحكم يخطئ أيضا» وأضاف سامي الحداد ".repeat(n),
  "participles after a name without end": (n) => "وقال سامي الحداد: الأداء ممتاز ومضى سامي الحداد قائلا: ".repeat(n),
  "outlets before colons without end": (n) => "وقال سامي الحداد لـ»المدينة»: الأداء ممتاز وتضيف سامي الحداد لـ»المدينة»: ".repeat(n),
  "clitics written alone without end": (n) => "وطالب المتظاهرون بـ«إسقاط الحكومة» وقال المتحدث بـ ".repeat(n)
}

linearQuoteCases("Arabic finding (thirty-second session): the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
