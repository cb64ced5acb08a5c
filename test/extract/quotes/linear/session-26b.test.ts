import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 26, second round: a statement in construct with a body noun looks back for the body's noun at most
 * ANAPHOR_WINDOW tokens, once per statement mention; a participle after a long quote looks back for the opening mark
 * at most 200 tokens, once; the first person of the text is looked for only before the cue: many statements of bodies
 * named before, many long quotes with participles after them, many participles whose clause names someone.
 */
const long = "وعملت الفرق في الموقع لساعات طويلة دون توقف ".repeat(8)
const cases: Record<string, (n: number) => string> = {
  "statements of bodies named before without end": (n) =>
    'أوضح مجلس القضاء أمس أن الوزارة تسلمت المتهمة. وجاء في بيان المجلس: «سلمت السلطات المتهمة». وأضاف البيان أن «المحاكمة عادلة». بيان المجلس بيان الهيئة '.repeat(n),
  "long quotes with participles after them without end": (n) =>
    `«تأخرت المحاكمة، لأن أم خالد متهمة ${long}»، مبينا أن أم خالد حاليا «في مرحلة الاستجواب» `.repeat(n),
  "participles whose clause names someone without end": (n) =>
    '«تأخرت المحاكمة كثيرا»، مبينا أن أم خالد حاليا «في مرحلة الاستجواب»، موضحا أن سامي الراشد «لم يحضر» '.repeat(n)
}

linearQuoteCases(
  "session 26 second round rules stay linear",
  cases,
  taggedBy([["مجلس القضاء", "ORGANIZATION"], ["أم خالد", "PERSON"], ["سامي الراشد", "PERSON"]]),
  300
)
