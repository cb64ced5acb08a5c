import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-first session's rules of helper ardialog (docs/history/quotes.md, "Fifty-first session: ardialog") read
 * bounded windows: the one asked after the subject of `سأل` (the name and one word), a fronted phrase (four words back,
 * six to the colon), `بما معناه` (three words to the colon), a present verb of asking (one or two words back), a
 * writer's text after `في كتابه` (six words back), a name in parentheses (the name and two tokens). Texts that repeat
 * each shape without end.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs of asking with their object and no full stop": (n) => "فسأل المدير نائبه: هل انتهيت، وسأل سامي ضيفه: هل وصلت، ".repeat(n),
  "fronted phrases before verb-nouns without end": (n) => "وفي مأدبة العشاء سأل سامي نظيره الأردني ".repeat(n) + ": ما خطتك؟",
  "بما معناه without a colon": (n) => "أجابه سامي بما معناه في لهجتنا ".repeat(n),
  "present verbs of asking without end": (n) => "وقد يتساءل البعض: لماذا الاهتمام كما يتساءل غيري: ورب سائل يسأل: ".repeat(n),
  "books and long marks without end": (n) => "وكتب سامي في كتابه «فمن خلال الرحلة الطويلة عرف أهل القرية طرق التجارة والزراعة وأسماء النجوم». ".repeat(n),
  "names in parentheses without end": (n) => "وقال (سامي): إن الوضع مستقر ( سامي ) ".repeat(n)
}

linearQuoteCases("fifty-first session, helper ardialog: the rules stay linear", cases, taggedBy([["سامي", "PERSON"]]), 200)
