import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * `بالقول` after a verb that is no speech verb (docs/history/quotes.md, "Thirty-first session (helper, Arabic
 * finding)"): `اكتفى X بالقول` before marks, a colon or a complementizer, an addressee between (`إلى الصحافيين`), is
 * read as a participle (`بقوله`). Sentences written for these tests; `[[PERSON:text]]` marks become entities. Each
 * table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "بالقول after a verb that is no speech verb": [
    [
      'وردا على سؤال حول اللوحات، اكتفى رئيس البلدية [[PERSON:سامي الحداد]] بالقول إلى الصحافيين الحاضرين «على السكان أن يغيروا عاداتهم».',
      ["[سامي الحداد | بالقول] على السكان أن يغيروا عاداتهم"]
    ],
    ['واكتفى الوزير [[PERSON:سامي الحداد]] بالقول إنه «قرار اتخذ لما فيه مصلحة البلاد».', ["[سامي الحداد | بالقول] قرار اتخذ لما فيه مصلحة البلاد"]],
    ['ويكتفي [[PERSON:سامي الحداد]] بالقول: «شكرا لمن سأل عني في غيابي».', ["[سامي الحداد | بالقول] شكرا لمن سأل عني في غيابي"]],
    // must not fire: `بالقول أو بالفعل`, a speech verb's own `بالقول` (its cue reads it, as before)
    ['وحذر البيان من أي إساءة للمقاومة بالقول أو بالفعل في الأيام المقبلة.', []],
    ['وختم [[PERSON:سامي الحداد]] بالقول: «سنواصل العمل حتى النهاية».', ["[سامي الحداد | ختم] سنواصل العمل حتى النهاية"]]
  ]
}

describeQuoteTables("Arabic finding: بالقول after a verb that is no speech verb", tables)
