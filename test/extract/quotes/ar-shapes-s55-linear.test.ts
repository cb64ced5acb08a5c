import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fifth session's shapes (docs/history/quotes.md, "Fifty-fifth session: arshape") read a bounded window at
 * each cue however long the text: at most 24 tokens back for an aside before the `ف` of `أما`'s verb, eight tokens
 * after `أورد` for its complementizer, seven words back from `بأنه` for a verb of describing. Texts with and without
 * full stops: many asides, many `أورد` with no complementizer, many verbs of describing after nouns.
 */
const cases: Record<string, (n: number) => string> = {
  "asides before the verb of أما, repeated": (n) => "أما سامي الحداد، وهو أحد من شملهم الاعتقال خلال الحملة، فقال: «فوجئت باقتحام القوة الأمنية للنادي». ".repeat(n),
  "asides with no verb and no full stop": (n) => "أما سامي الحداد، وهو أحد من شملهم الاعتقال، " + "وهو أحد من شملهم الاعتقال، ".repeat(n) + "فقال: «فوجئت باقتحام القوة».",
  "أورد with no complementizer, no full stop": (n) => "وأورد التلفزيون الرسمي " + "تفاصيل الخبر و".repeat(n) + "قال: «وحدة من الجيش دمرت نفقا».",
  "verbs of describing after nouns before بأنه": (n) => "في تحرك وصفه مسؤول أميركي بأنه «مهم في منع تمويل الإرهاب في المنطقة» ".repeat(n)
}

linearQuoteCases("fifty-fifth session, Arabic attribution shapes: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
