import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The thirty-eighth session's speaker rules (docs/history/quotes.md, "Thirty-eighth session (helper, voices)") stay
 * linear: the chain's first person asks whether a name lies inside a quote (a bounded scan of the last quotes), an
 * interview's answers are found in one pass over the paragraphs and merged once into the quotes, and the blessing's
 * title is looked for within 2,000 tokens back.
 */
const HADITH = "«أحب الأسماء إلى الله عبد الله وعبد الرحمن وأصدقها حارث وهمام وأقبحها حرب ومرة». "
const cases: Record<string, (n: number) => string> = {
  "hadiths with a name inside and no one named outside": (n) => ("وفي الحديث الشريف: " + HADITH + "\n").repeat(n),
  "hadiths in one paragraph": (n) => "وفي الحديث الشريف: " + HADITH.repeat(n),
  "an interview of many questions": (n) =>
    "عنوان الحوار\nفي هذا الحوار يتحدث العميد ناصر الدوسري عن آخر المستجدات الميدانية على الحدود الجنوبية للمملكة.\n" +
    "* ما هي آخر المستجدات على الحدود الجنوبية؟\n- الأوضاع مستقرة تماما ولا يوجد ما يدعو للقلق.\n".repeat(n),
  "an interview with quotes in its answers": (n) =>
    "عنوان الحوار\nفي هذا الحوار يتحدث العميد ناصر الدوسري عن آخر المستجدات الميدانية على الحدود الجنوبية للمملكة.\n" +
    "* ما هي آخر المستجدات؟\n- قال لنا القائد «الأوضاع مستقرة تماما ولا يوجد ما يدعو للقلق» في اجتماعه.\n* وماذا بعد؟\n- الأوضاع مستقرة تماما ولا يوجد ما يدعو للقلق.\n".repeat(n),
  "blessings before marks with no title": (n) => ("كما علمنا عليه الصلاة والسلام: " + HADITH + "\n").repeat(n)
}

linearQuoteCases("thirty-eighth session, Arabic voices: the rules stay linear", cases, taggedBy([["عبد الله", "PERSON"], ["ناصر الدوسري", "PERSON"]]), 200)
