import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers that were scraps of the text, after the session-56 readings and the SaudiNewsNet dump
 * (docs/history/quotes.md, "Fifty-seventh session: arscrap2"): an adverb of time after the verb (`مرة`, `أحيانا`:
 * `timeHeads`); a phrase of time opening the words after the verb (`ذات مرة`, `عند وصوله`: `timeHeads`); the kin a
 * verb of asking names right before a bare verb (`فلما سألوا أمه قالت:`: `askedKin`). Sentences written for these
 * tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام",
  home: "لم نعد نملك شيئا بعد أن غمرت المياه البيت كله",
  son: "كان ابني يقود بحذر دائما ولا أعرف ما الذي جرى تلك الليلة",
  talks: "المحادثات لم تصل بعد إلى أي نتيجة ملموسة"
}

/** A doctor quoted before each row. */
const first = `وقال الطبيب [[PERSON:سامر خليل]]: «${W.plan}».`
const q0 = `[سامر خليل | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "an adverb of time after the verb names nobody (`timeHeads`: `مرة`, `أحيانا`, `مرات`)": [
    [`${first}\nوكتب مرة: «${W.home}».`, [q0, `[سامر خليل | كتب] ${W.home}`]],
    [`${first}\nويقول أحيانا: «${W.home}».`, [q0, `[سامر خليل | يقول] ${W.home}`]],
    [`${first}\nوغرد مرات: «${W.home}».`, [q0, `[سامر خليل | غرد] ${W.home}`]],
    // must stay: a name after the verb, and the adverb after it
    [`${first}\nوكتب [[PERSON:كريم فارس]] مرة: «${W.home}».`, [q0, `[كريم فارس | كتب] ${W.home}`]]
  ],
  "a phrase of time after the verb names nobody (`timeHeads`: `ذات مرة`, `عند`, `عندها`)": [
    [`${first}\nوكان قد قال ذات مرة إن «${W.talks}».`, [q0, `[سامر خليل | قال] ${W.talks}`]],
    [`${first}\nوقال عند وصوله إلى المطار: «${W.talks}».`, [q0, `[سامر خليل | قال] ${W.talks}`]],
    // must stay: read so before (`لدى` a stop, one word with `ها` a manner word); a name after the verb before the
    // phrase of time; `ذات` before another word ("the same")
    [`${first}\nوأضاف لدى خروجه من القاعة: «${W.talks}».`, [q0, `[سامر خليل | أضاف] ${W.talks}`]],
    [`${first}\nفصرخ عندها: «${W.talks}».`, [q0, `[سامر خليل | صرخ] ${W.talks}`]],
    [`${first}\nوقال [[PERSON:كريم فارس]] عند وصوله إلى المطار: «${W.talks}».`, [q0, `[كريم فارس | قال] ${W.talks}`]],
    [`${first}\nوقال ذات المصدر إن «${W.talks}».`, [q0, `[ذات المصدر | قال] ${W.talks}`]]
  ],
  "the kin a verb of asking names right before a bare verb answers (`askedKin`)": [
    [`${first}\nوتوفي الشاب في المستشفى بعد ساعات. فلما سألوا أمه قالت: «${W.son}».`, [q0, `[أمه | قالت] ${W.son}`]],
    [`${first}\nوحين سألنا والده قال: «${W.son}».`, [q0, `[والده | قال] ${W.son}`]],
    // must stay: the verb's gender is not the kin's; no verb of asking before the kin
    [`${first}\nفلما سألوا أمه قال: «${W.son}».`, [q0, `[سامر خليل | قال] ${W.son}`]],
    [`${first}\nثم زار والده وقال: «${W.son}».`, [q0, `[سامر خليل | قال] ${W.son}`]]
  ]
}

describeQuoteTables("Arabic scraps of text as speakers (session 57, arscrap2)", tables)
