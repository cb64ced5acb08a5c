import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers of nested reported speech (docs/history/quotes.md, "Thirty-first session (helper, Arabic
 * speakers)"): a speech verb inside the words X reports (`قال X إن Y قال إنه «…»`, `كرر القول`, `نقل عن X قوله إن Y
 * قال له إن`) has its own subject, the noun right after the complementizer before it, and the marks are that
 * subject's words; the reporter stays on the chain. A speech verb there with its object after it (`شدد عقوباته`,
 * "tightened its sanctions") is no speech: the marks are the reporter's.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */

const WORDS = "كان يؤدي عمله بشكل عظيم طوال الوقت"
const LATER = "كانت هذه أكاذيب لا أكثر ولا أقل"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a speech verb inside reported speech speaks for the noun after its complementizer": [
    [`وقال [[PERSON:جيمس براون]] إن [[PERSON:دونالد ماير]] كرر القول إنه "${WORDS}".`, [`[دونالد ماير | كرر القول] ${WORDS}`]],
    [`وقال [[PERSON:جيمس براون]] إن [[PERSON:دونالد ماير]] قال إنه "${WORDS}".`, [`[دونالد ماير | قال] ${WORDS}`]],
    [`وقال [[PERSON:جيمس براون]] إن [[PERSON:دونالد ماير]] أكد له أن "${WORDS}".`, [`[دونالد ماير | أكد] ${WORDS}`]],
    [`ونقلت الصحيفة عن [[PERSON:سامي علي]] قوله إن [[PERSON:خالد عمر]] قال له إن "${WORDS}".`, [`[خالد عمر | قال] ${WORDS}`]],
    // an organisation, and one to three untagged definite words
    [`وقال [[PERSON:سامي علي]] إن [[ORGANIZATION:وزارة الصحة]] أعلنت أن "${WORDS}".`, [`[وزارة الصحة | أعلنت] ${WORDS}`]],
    [`وأضاف [[PERSON:سامي علي]] أن الجانب العراقي شدد على "${WORDS}".`, [`[الجانب العراقي | شدد] ${WORDS}`]],
    // with no speech verb before the complementizer too (`على الرغم من أن X أشار إلى أن`)
    [`وعلى الرغم من أن [[PERSON:توني بلير]] أشار إلى أن "${WORDS}"، فإنه لم يعلن موقفه.`, [`[توني بلير | أشار] ${WORDS}`]],
    // the reporter goes on: `وأضاف` after it is still his
    [`وقال [[PERSON:جيمس براون]] إن [[PERSON:دونالد ماير]] كرر القول إنه "${WORDS}". وأضاف "${LATER}".`, [`[دونالد ماير | كرر القول] ${WORDS}`, `[جيمس براون | أضاف] ${LATER}`]],
    // must stay: a pronoun glued to the complementizer (the reporter himself), a noun with a pronoun after it, no
    // speech verb after the noun, a name that does not reach the verb
    [`وقال [[PERSON:جيمس براون]] إنه "${WORDS}".`, [`[جيمس براون | قال] ${WORDS}`]],
    [`وأكد [[PERSON:سامي علي]] أن حكومته قالت إن "${WORDS}".`, [`[سامي علي | قالت] ${WORDS}`]],
    [`وقال [[PERSON:سامي علي]] إن [[PERSON:خالد عمر]] "${WORDS}".`, [`[سامي علي | قال] ${WORDS}`]],
    [`وقال [[PERSON:جيمس براون]] إن الرئيس أبلغه أن "${WORDS}".`, [`[جيمس براون | قال] ${WORDS}`]],
    // must stay: the writer of a press review alone after the complementizer (read by the writer's rules)
    [`ويرى [[PERSON:سامي علي]] في صحيفة "الأيام" أن الأزمة طويلة. حتى إن الكاتب يعتبر أن «${WORDS}».`, [`[سامي علي | يعتبر] ${WORDS}`]]
  ],
  "`إلا أن X قال` is read as before": [
    [`وقال [[PERSON:سامي علي]] "${LATER}".\nإلا أن [[PERSON:خالد عمر]] أكد أن اللقاء سيعقد غدا.\nوأوضح أن "${WORDS}".`, [`[سامي علي | قال] ${LATER}`, `[خالد عمر | أوضح] ${WORDS}`]]
  ],
  "a speech verb with its object after it inside reported speech is no speech": [
    [`وقالت السفيرة الأمريكية [[PERSON:نيكي هيل]] إن [[ORGANIZATION:مجلس الأمن]] شدد عقوباته على نشاطات البلاد الصاروخية "إلى مستوى جديد شامل".`, ["[نيكي هيل | شدد] إلى مستوى جديد شامل"]],
    [`وقالت السفيرة الأمريكية إن [[ORGANIZATION:مجلس الأمن]] شدد عقوباته على نشاطات البلاد الصاروخية "إلى مستوى جديد شامل".`, ["[السفيرة الأمريكية | شدد] إلى مستوى جديد شامل"]],
    // must stay: `شدد على` (speech), and no reported speech around it
    [`وقالت السفيرة الأمريكية [[PERSON:نيكي هيل]] إن [[ORGANIZATION:مجلس الأمن]] شدد على أن "العقوبات ستبقى حتى إشعار آخر".`, ["[مجلس الأمن | شدد] العقوبات ستبقى حتى إشعار آخر"]],
    [`وأكد [[ORGANIZATION:مجلس الأمن]] عقوباته على نشاطات البلاد الصاروخية "إلى مستوى جديد شامل".`, ["[مجلس الأمن | أكد] إلى مستوى جديد شامل"]]
  ]
}

describeQuoteTables("Arabic speakers: nested reported speech", tables)
