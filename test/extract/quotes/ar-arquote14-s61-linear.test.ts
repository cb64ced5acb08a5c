import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-first session's rule (docs/history/quotes.md, "Sixty-first session: arquote14") reads at most two
 * sentences before a bare speech verb, each of at most the sentence window, however long the text: a topic person
 * before every verb, and sentences with no full stop at all.
 */
const cases: Record<string, (n: number) => string> = {
  "a topic person, a sentence between and a bare verb": (n) => "مع ذلك يظل الدكتور روني هوي متفائلا بشأن مستقبله. ويعتبر أنه سيواصل عمله. ويضيف: \"المدير المحترف يدير أي عمل\". ".repeat(n),
  "topic sentences with no full stop": (n) => "الدكتور روني هوي متواضع حول دوره في الشركة مع صحيفة فاينانشيال تايمز، ".repeat(n) + "يقول: \"دوري هو أن أساعد الشركة\"."
}

linearQuoteCases(
  "sixty-first session, Arabic topic persons before a bare speech verb: the rule stays linear",
  cases,
  taggedBy([["روني هوي", "PERSON"], ["فاينانشيال تايمز", "ORGANIZATION"]]),
  200
)
