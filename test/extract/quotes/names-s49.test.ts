import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * An unnamed source keeps the body it is in (docs/history/quotes.md, "Forty-ninth session: names"): `في` and an untagged
 * body's noun after an indefinite source or member and its adjectives stay in the speaker's phrase (`affiliationAt`,
 * cues.ts: `قيادي بارز في المقاومة`), with only definite words after it, or a verb of naming and the name. Sentences
 * written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where
 * the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "an unnamed source and the body it is in": [
    ['وقال قيادي بارز في المقاومة في شمال المدينة إن «المسلحين انسحبوا من المواقع كلها».', ["[قيادي بارز في المقاومة | قال] المسلحين انسحبوا من المواقع كلها"]],
    ['وقال مصدر عسكري في المعارضة المسلحة إن «القصف استمر طوال الليل على الأحياء».', ["[مصدر عسكري في المعارضة المسلحة | قال] القصف استمر طوال الليل على الأحياء"]],
    ['وقال عضو في الحركة إن «المفاوضات متوقفة منذ أسابيع».', ["[عضو في الحركة | قال] المفاوضات متوقفة منذ أسابيع"]],
    // a verb the lists miss ends the phrase after the body
    ['وقال مسؤول كبير في الحكومة طلب عدم نشر اسمه إن «الاتفاق سيوقع قريبا».', ["[مسؤول كبير في الحكومة | قال] الاتفاق سيوقع قريبا"]],
    // must not change: a time after في, a named body, a place
    ['وقال مسؤول في الوقت نفسه إن «الاتفاق سيوقع قريبا».', ["[مسؤول | قال] الاتفاق سيوقع قريبا"]],
    ['وقال قيادي بارز في [[ORGANIZATION:حزب الأمة]] إن «الاتفاق سيوقع قريبا».', ["[قيادي بارز | قال] الاتفاق سيوقع قريبا"]],
    ['وقال قيادي في [[LOCATION:عدن]] إن «الاتفاق سيوقع قريبا».', ["[قيادي | قال] الاتفاق سيوقع قريبا"]],
    // must not change: a definite speaker, no unnamed source's noun
    ['وقال المتحدث في المقاومة إن «الاتفاق سيوقع قريبا».', ["[المتحدث | قال] الاتفاق سيوقع قريبا"]]
  ]
}

describeQuoteTables("An unnamed source keeps its body (forty-ninth session, helper names)", tables)
