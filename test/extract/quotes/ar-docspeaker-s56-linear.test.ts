import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-sixth session's document rules (docs/history/quotes.md, "Fifty-sixth session: ardoc") read a bounded
 * window at each cue however long the text: back to the sentence's start (at most sixty tokens) for a document noun
 * (`documentNounBefore`), six words back from a channel's noun for the statements it carried (`channelOfName`). Texts of
 * many verbs with `فيها` and no noun, many `جاء فيها:`, many channels' relative clauses, and one long sentence of words
 * with no full stop before a verb with `فيها`.
 */
const cases: Record<string, (n: number) => string> = {
  "many verbs with فيها and no document": (n) => "وتحدث سامي الحداد عن الحي الذي لم يظهر فيه أحد، بل كان الناس في بيوتهم، قال فيها «الحياة صعبة هنا». ".repeat(n),
  "many cues جاء فيها after a speech": (n) => "ثم ألقى سامي الحداد كلمة، جاء فيها: إن العمل مستمر في كل المشاريع. ".repeat(n),
  "many channels' relative clauses": (n) => "ونقلت الصحيفة تصريحات سامي الحداد من تليفزيون برشلونة الذي قال: الفريق جاهز للموسم الجديد. ".repeat(n),
  "words with no full stop before a verb with فيها": (n) => "مقابلة مع سامي الحداد ".repeat(n) + "الذي لم يظهر وجهه قال فيها «الحياة صعبة هنا»"
}

linearQuoteCases("fifty-sixth session, Arabic speakers of documents and channels: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"], ["برشلونة", "ORGANIZATION"]]), 200)
