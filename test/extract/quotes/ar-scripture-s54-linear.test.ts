import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fourth session's scripture rules (docs/history/quotes.md, "Fifty-fourth session: arscript") read a bounded
 * window at each quote however long the text: four punctuation tokens and a blessing before the marks, eight tokens of
 * a sura reference after them, four words before a verb after God's name, five words before `أن تقول`, and at most 400
 * tokens of the paragraph back for a hadith's noun when the chain carried one. One paragraph with no full stop: many
 * hadiths after `وفي الحديث`, many chained quotes after `جاء في الحديث`, many verses with sura references in marks,
 * many verbs after God's name, many generic sayings.
 */
const cases: Record<string, (n: number) => string> = {
  "hadiths after وفي الحديث, no full stop": (n) => "وفي الحديث: «الكلمة الطيبة صدقة وتبسمك في وجه أخيك صدقة»، ".repeat(n),
  "quotes chained after جاء في الحديث, no full stop": (n) => "كما جاء في الحديث: «الدين النصيحة لله ولرسوله»، قال: «ولأئمة المسلمين وعامتهم جميعا»، ".repeat(n),
  "verses with sura references in marks, no full stop": (n) => "وقال الخطيب: «وأقيموا الصلاة وآتوا الزكاة» \"البقرة 43\"، ".repeat(n),
  "verbs after God's name, no full stop": (n) => "والله عز وجل يقول: \"وأقيموا الصلاة وآتوا الزكاة واركعوا\"، ".repeat(n),
  "generic sayings after أن, no full stop": (n) => "ولكنك لا تملك إلا أن تقول: هذا رجل يعمل بصمت ويحب بلده، ".repeat(n)
}

linearQuoteCases("fifty-fourth session, Arabic scripture and generic sayings: the rules stay linear", cases, taggedBy([]), 200)
