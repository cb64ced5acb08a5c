import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quotes after the session-63 brief (docs/quotes.md, "Unbalanced marks", session 63, helper arquote23): a `«`
 * left open before a sentence that opens with a new attribution and a participle's colon ends at that sentence's full
 * stop (`… المائة. واختتم X حديثه قائلاً: «…»`), and a `»` typed after a cue's colon inside an open `«` opens the next
 * quote (`… الصيف.وقال:»…».`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks
 * become entities.
 */

const W = {
  stays: "إن اللاعب سعيد للغاية في النادي وسيبقى معنا بنسبة ألف في المائة",
  leaves: "إن اللاعب لا يبحث الانتقال إلى ناد آخر هذا الصيف",
  campus: "تعمل على دعم الطلاب الذين يبقون في الحرم الجامعي خلال فصل الصيف",
  known: "كل ما نعرفه أن الطالب كان من المتميزين لدينا"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a `«` left open before a sentence of attribution whose participle opens the next `«` (`attributionSentenceStart`)": [
    [`وصرح الوكيل [[PERSON:كريم دجازيري]] لشبكة «سكاي سبورت» في وقت سابق: «${W.stays}. واختتم [[PERSON:كريم دجازيري]] حديثه قائلاً: «${W.leaves}». وكانت تقارير قد ذكرت غير ذلك.`, [`[كريم دجازيري | صرح] ${W.stays}`, `[كريم دجازيري | قائلاً] ${W.leaves}`]],
    [`وقال المدرب [[PERSON:سامي الجابر]]: «${W.stays}. وأضاف المدرب في حديثه مبينا: «${W.leaves}».`, [`[سامي الجابر | قال] ${W.stays}`, `[سامي الجابر | مبينا] ${W.leaves}`]],
    // must stay: the sentence before the participle opens with no attribution (`وبدأ`): the cut stays at the participle
    [`وقال المدرب [[PERSON:سامي الجابر]]: «${W.stays}. وبدأ الفريق تدريباته قائلاً: «${W.leaves}».`, [`[سامي الجابر | قال] ${W.stays}. وبدأ الفريق تدريباته`, `[سامي الجابر | قائلاً] ${W.leaves}`]]
  ],
  "a `»` after a cue's colon inside an open `«`, a `»` left after it": [
    [`وقال مدير الجامعة [[PERSON:جون سميث]] إن الإدارة «${W.campus}.وقال:»${W.known}».وذكر أن الحادث الأول منذ سنوات.`, [`[جون سميث | قال] ${W.campus}`, `[جون سميث | قال] ${W.known}`]],
    [`وأوضح [[PERSON:جون سميث]] أن الإدارة «${W.campus}، مضيفا: »${W.known}».`, [`[جون سميث | أوضح] ${W.campus}`, `[جون سميث | مضيفا] ${W.known}`]],
    [`وهاجم [[PERSON:ميشال عون]] الحكومة، وادعى أن كل قراراتها تعسفية.وقال:» لا دم علينا وضميرنا نظيف ونعير الجميع وقال:» انتم حكومة النفايات وعرقلة المشروعات».`, [`[ميشال عون | قال] لا دم علينا وضميرنا نظيف ونعير الجميع`, `[ميشال عون | قال] انتم حكومة النفايات وعرقلة المشروعات`]],
    // must stay: no cue before the colon (a list's head): the `»` closes the open quote
    [`وقال [[PERSON:جون سميث]] إن الإدارة «${W.campus} في ثلاث مدن:» وأضاف أن «${W.known}».`, [`[جون سميث | قال] ${W.campus} في ثلاث مدن`, `[جون سميث | أضاف] ${W.known}`]]
  ],
  "a stray `«` before a cue's colon and the next `«` (`strayBeforeColon`)": [
    [`وقال المحلل [[PERSON:هنري باركي]]: «${W.stays}.\nوالحكومة كانت مترددة في ملاحقة التنظيم حتى وقت قريب. «وأضاف [[PERSON:هنري باركي]]: «${W.leaves} والأمر الملفت أن الأجهزة لم تتحرك.`, [`[هنري باركي | قال] ${W.stays}`, `[هنري باركي | أضاف] ${W.leaves} والأمر الملفت أن الأجهزة لم تتحرك`]],
    // must stay: a person alone before the colon (a list of tweets): no cue gives the speech
    [`وقال المحلل [[PERSON:هنري باركي]]: «${W.stays}».\n«[[PERSON:نانسي عجرم]]: «${W.leaves}».`, [`[هنري باركي | قال] ${W.stays}`]],
    // must stay: a `»` left in the paragraph for the first `«`: a quote inside a quote
    [`وقال المحلل [[PERSON:هنري باركي]]: «قلت له: «${W.leaves}» فرد علي بأنه لا يعرف شيئا عن الأمر».`, [`[هنري باركي | قال] قلت له: «${W.leaves}» فرد علي بأنه لا يعرف شيئا عن الأمر`]]
  ]
}

describeQuoteTables("Arabic quotes: guillemets left open before a participle's attribution, a » opening after a cue's colon (session 63, arquote23)", tables)
