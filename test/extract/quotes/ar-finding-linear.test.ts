import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The Arabic finding rules of the thirty-first session (docs/history/quotes.md, "Thirty-first session (helper, Arabic
 * finding)") stay linear however long the text: many subheadings in marks among many quotes (each compared with the
 * body's quotes: at most sixteen per text), many headlines that name a person, many colons after a relative clause,
 * many colons that end their line, many `بالقول`.
 */
const cases: Record<string, (n: number) => string> = {
  "subheadings among quotes without end": (n) => 'وقال سامي الحداد: «لن نتراجع عن القرار مهما كانت الضغوط».\n"لن نتراجع عن القرار"\n'.repeat(n),
  "subheadings no quote repeats without end": (n) => '"مؤشر سيء للبلاد كلها"\nوشهدت العاصمة احتجاجات واسعة.\n'.repeat(n),
  "headlines that name a person without end": (n) => 'سامي الحداد "سيتخلى عن إدارة أعماله" للتركيز على الرئاسة\nوقال: «سأعقد مؤتمرا صحفيا مهما».\n'.repeat(n),
  "colons after a relative clause without end": (n) =>
    'قالت ليلى الساعدي، التي فقدت منزلها في القصف الذي طال الحي القديم في المدينة التي لا تبعد عن الحدود :"إنهم لا يرحمون أحدا". '.repeat(n),
  "colons that end their line without end": (n) => "ويقول سامي الحداد في قصيدته:\nأمشي وحيدا في الزحام ولا أرى وجها يرد تحيتي\n".repeat(n),
  "بالقول without end": (n) => "واكتفى سامي الحداد بالقول إلى الصحافيين الحاضرين «على السكان أن يغيروا عاداتهم». بالقول أو بالفعل ".repeat(n),
  "one- and two-word quotes in reported clauses without end (second round)": (n) =>
    'وقال سامي الحداد إنه "تشرف" باللعب وإن الحركة قد "ضعفت" وإن اللقاء كان "مثمرًا" وإنه "معجب كبير" بالفريق، وأعرب عن "استيائه" من إعصار "هالولا" '.repeat(n),
  "one paragraph of all of them": (n) =>
    'قالت ليلى الساعدي، التي فقدت منزلها في الحي :"إنهم لا يرحمون أحدا". سامي الحداد "سيتخلى عن إدارة أعماله" ويقول في قصيدته: '.repeat(n)
}

linearQuoteCases("Arabic finding (thirty-first session): the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
