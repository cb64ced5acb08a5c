import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers whose names the entity stage cut short (docs/history/quotes.md, "Forty-second session (helper,
 * names)"): `على لسان` right after a verb with no subject (a time word between allowed) names its speaker, before the
 * clause before it goes on (`حيث أكدت الاثنين على لسان المتحدثة باسم الحكومة X أن`). Sentences written for these tests in
 * the style of the wires; `[[TYPE:text]]` marks become entities.
 */

/** The quoted words of the rows. */
const W = { vote: "انتخاب مجلس جديد وليس شيئا آخر", court: "لا يمكن الطعن فيه أمام المحاكم" }

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "`على لسان` right after a verb with no subject (`tongueAfterVerb`)": [
    // (a name of no gender the lists know on the chain, which the verb's feminine does not pass over; the name after
    // the role in two parts, so that no spokesman's phrase after the verb names her)
    [`وقال رئيس الإقليم [[PERSON:إيناكي أورتيزا]] إن القرار "${W.court}". وترفض [[LOCATION:العاصمة]] إعطاء الانتخابات أي صفة "استفتائية"، حيث أكدت الاثنين على لسان المتحدثة باسم الحكومة ماريا [[PERSON:دي لا فيغا]] أن الناخبين مدعوون إلى "${W.vote}".`, [`[إيناكي أورتيزا | قال] ${W.court}`, `[دي لا فيغا | أكدت] ${W.vote}`]],
    // held before the rule too: the spokesman's phrase right after the verb, the name in commas
    [`وقال رئيس الإقليم [[PERSON:إيناكي أورتيزا]] إن القرار "${W.court}". وترفض [[LOCATION:العاصمة]] ذلك، وأكدت على لسان المتحدثة باسم الحكومة، ماريا [[PERSON:دي لا فيغا]]، أن الناخبين مدعوون إلى "${W.vote}".`, [`[إيناكي أورتيزا | قال] ${W.court}`, `[دي لا فيغا | أكدت] ${W.vote}`]],
    // must stay: no `على لسان` after the verb (the clause before goes on: since the forty-fourth session its feminine
    // subject, not the man the chain named, `feminineSubject`)
    [`وقال رئيس الإقليم [[PERSON:إيناكي أورتيزا]] إن القرار "${W.court}". وترفض العاصمة ذلك، حيث أكدت الاثنين أن الناخبين مدعوون إلى "${W.vote}".`, [`[إيناكي أورتيزا | قال] ${W.court}`, `[العاصمة | أكدت] ${W.vote}`]]
  ]
}

describeQuoteTables("Arabic speakers (forty-second session): names cut short", tables)
