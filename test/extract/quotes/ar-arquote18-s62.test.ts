import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quote speakers after the session-62 brief (docs/history/quotes.md, "Sixty-second session: arquote18"), from the
 * A118 reading: a new speaker after `عن X` before a verb of narrating (`عن السيد X فقد روى أنه قال :`, `روى الإمام Y عن
 * X أنه قال:`); a dual subject in construct before a plural or dual participle (`ويسفه كاتبا الموضوع … مؤكدين:`); the
 * plural `متسائلين` before a colon and a question with no marks. Sentences written for these tests in the style of the
 * wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  net: "إن الشركات الكبرى تسهل عمل المنظمات المتطرفة على الشبكة",
  school: "إن المدرسة كانت شيئا جديدا على المجتمع في ذلك الوقت البعيد",
  ask: "هل يعقل أن تبقى الشركات بلا رقابة؟"
}
const obama = "قال الرئيس [[PERSON:باراك أوباما]] إن «الإنترنت وسيلة مفضلة للتواصل بين الناس».\n"
const obamaQ = "[باراك أوباما | قال] الإنترنت وسيلة مفضلة للتواصل بين الناس"
const bouqri = "وقال الأستاذ [[PERSON:حمزة بوقري]]: «هناك اعتبارات متعددة ينبغي أن تؤخذ في الحسبان».\n"
const bouqriQ = "[حمزة بوقري | قال] هناك اعتبارات متعددة ينبغي أن تؤخذ في الحسبان"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the person after `عن` before a verb of narrating and `أنه قال` (`sourceBeforeNarrating`, `reported.narrating`)": [
    [`${bouqri}ومثل ذلك ما ذكره الأستاذ [[PERSON:عابد خزندار]] في كتاب «الذكريات» عن السيد [[PERSON:أحمد العربي]] فقد روى أنه قال : ${W.school}.`, [bouqriQ, `[أحمد العربي | قال] ${W.school}`]],
    [`${bouqri}وروى الإمام [[PERSON:أحمد]] عن [[PERSON:أبي ذر]] أنه قال: «${W.school}».`, [bouqriQ, `[أبي ذر | قال] ${W.school}`]],
    [`${bouqri}روى [[PERSON:مسلم]] في مقدمة صحيحه عن [[PERSON:ابن سيرين]] أنه قال: ( ${W.school} ).`, [bouqriQ, `[ابن سيرين | قال] ( ${W.school} )`]],
    // must stay: no `عن` before the verb; a story about a body, no speech verb after the complementizer
    [`${obama}والتقى الوزير [[PERSON:أحمد العربي]] فقد روى أنه قال: «${W.net}».`, [obamaQ, `[أحمد العربي | قال] ${W.net}`]],
    [`${obama}ويروي الكتاب عن التنظيم أنه لا يثق بالمقاتلين الأجانب «${W.net}».`, [obamaQ, `[باراك أوباما | null] ${W.net}`]]
  ],
  "a dual noun in construct before a plural or dual participle (`dualConstructAt`, `dualConstructs`)": [
    [`${obama}ويسفه كاتبا الموضوع في مجلة [[ORGANIZATION:فوربس]] وجهة النظر القائلة بذلك، متسائلين: كيف سيكون حال التنظيمات المتطرفة من دون الشبكة؟ مؤكدين: «${W.net}».`, [obamaQ, "[كاتبا الموضوع | متسائلين] كيف سيكون حال التنظيمات المتطرفة من دون الشبكة؟", `[كاتبا الموضوع | مؤكدين] ${W.net}`]],
    [`${obama}وانتقد مسؤولا الحملة قرار اللجنة، مؤكدين أن «${W.net}».`, [obamaQ, `[مسؤولا الحملة | مؤكدين] ${W.net}`]],
    [`${obama}ورفض ممثلا النقابة القرار، متسائلين: ${W.ask}`, [obamaQ, `[ممثلا النقابة | متسائلين] ${W.ask}`]],
    // must stay: the accusative's tanween, no article after the noun
    [`${obama}واعتبر الوزير نفسه مسؤولاً الأسبوع الماضي، مؤكدين: «${W.net}».`, [obamaQ, `[الوزير نفسه مسؤولاً | مؤكدين] ${W.net}`]],
    [`${obama}وكان رئيسا للجنة الأمن قبل عامين، مؤكدين أن «${W.net}».`, [obamaQ, `[باراك أوباما | مؤكدين] ${W.net}`]]
  ],
  "`متسائلين` before a colon (`colonParticiples`, `writerTurnsTo`)": [
    [`${obama}ويرفض المعارضون القرار، متسائلين: ${W.ask}`, [obamaQ, `[المعارضون | متسائلين] ${W.ask}`]],
    [`${obama}ويرى الخبير [[PERSON:سامي النمر]] أن القرار متسرع، متسائلا: ${W.ask}`, [obamaQ, `[سامي النمر | متسائلا] ${W.ask}`]],
    // must stay: no colon (what they asked about, inside a colon quote); the writer's own voice turning to an official
    [`${obama}وأضاف [[PERSON:سامي النمر]]: إن الموظفين تواصلوا مع الوزير متسائلين عن مصيرهم في الوظائف التعليمية منذ سنوات طويلة.`, [obamaQ, "[سامي النمر | أضاف] إن الموظفين تواصلوا مع الوزير متسائلين عن مصيرهم في الوظائف التعليمية منذ سنوات طويلة"]],
    [`${obama}وهنا نتوجه لسمو وزير الشؤون البلدية [[PERSON:خالد العمري]]، متسائلين: - متى تمنح المجالس البلدية الصلاحيات التي تمكنها من العمل؟`, [obamaQ]]
  ]
}

describeQuoteTables("Arabic quotes: narrators' sources, dual subjects in construct, متسائلين (session 62, arquote18)", tables)
