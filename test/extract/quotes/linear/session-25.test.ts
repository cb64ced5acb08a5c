import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 25: the person an interview met is looked for in the verb's sentence, the verb of asking before `أجاب`
 * within forty tokens, `القول` after `إلى` before a colon at its own token, and the clause between a verb and its
 * colon within the cue's window, however long the text: many interviews with no sentence end, many answers after
 * asking, many verbs whose colon comes after a long clause.
 */
const cases: Record<string, (n: number) => string> = {
  "interviews without end": (n) =>
    'وفي حديث مع سامي الخطيب لـ«منظمة الإغاثة الدولية»، أكد أن العمل مستمر، وكان لها لقاءات مع عدد من المتطوعين، بينهم سامي الخطيب، الذي عمل طويلا، فقال: «التجربة غيرت نظرتي إلى الحياة» '.repeat(n),
  "answers after asking without end": (n) => 'وحين سألت اللجنة سامي الخطيب عن سبب التأخير أجاب "لم أكن أعرف ذلك" و'.repeat(n),
  "long clauses before colons without end": (n) =>
    'ويقول وهو يرتب أوراقه القديمة على الطاولة، بينما كان يستعد للمغادرة إلى المطار في المساء: “كان القرار صعبا” ويخلص سامي الخطيب، الذي يعد من أبرز الباحثين، إلى القول: '.repeat(n)
}

linearQuoteCases("session 25 rules stay linear", cases, taggedBy([["سامي الخطيب", "PERSON"], ["منظمة الإغاثة الدولية", "ORGANIZATION"]]), 500)
