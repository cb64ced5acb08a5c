import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-seventh session's short-phrase rules (helper short; docs/history/quotes.md, "Forty-seventh session:
 * short") read a bounded window however long the text: the speakers read for the verbs before a verb of describing back
 * to the sentence before it (the sentence walk stops at 60 tokens), at most six words back from an English verb to its
 * comma and forty tokens from the marks to it. Texts with no full stop: many verbs of describing with `ما`, many short
 * English marks before commas and verbs.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs of describing with ما, no full stop": (n) => "وأكد سالم العتيبي أن الوضع صعب " + "ووصف ما يجري بـ«الفوضى» و".repeat(n),
  "English short marks before commas and verbs, no full stop": (n) => "The plan was a \"vital step\" forward, Ana Ruiz said and ".repeat(n) + "it ended"
}

linearQuoteCases("forty-seventh session, short marked phrases: the rules stay linear", cases, taggedBy([["سالم العتيبي", "PERSON"], ["Ana Ruiz", "PERSON"]]), 200)
