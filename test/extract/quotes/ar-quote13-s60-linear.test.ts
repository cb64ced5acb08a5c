import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixtieth session's rules (docs/history/quotes.md, "Sixtieth session: arquote13") read a bounded window at each
 * cue or mark however long the text: the words back to `غير أن` before a plural verb, the word before a list in marks
 * and the list's pieces, one word after a name glued to `و`. Texts with and without full stops.
 */
const cases: Record<string, (n: number) => string> = {
  "plural voices after غير أن, no full stop": (n) => "غير أن مختصين آخرين يقولون \"إن التراجع لن يكون كبيرا\"، ".repeat(n) + "وانتهى.",
  "lists in marks after plain words": (n) => "شملت “وادي النخيل ، ضبا ، المويلح ، حقل” ومن خلال \"الشعر، الرواية، المسرح، النصوص\" ".repeat(n) + "وانتهى.",
  "verbs read as names before a post": (n) => "وحفز نائب رئيس الاتحاد السعودي اللاعبين، وقال: \"ما رأيناه يؤكد قدرة الفريق\". ".repeat(n)
}

linearQuoteCases("sixtieth session, Arabic plural voices, lists in marks and verbs read as names: the rules stay linear", cases, taggedBy([["حفز", "PERSON"], ["الاتحاد السعودي", "ORGANIZATION"]]), 200)
