import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-first session's rules (docs/history/quotes.md, "Sixty-first session: arquote17") read a bounded window at
 * each speaker phrase however long the text: a participle of addressing after the subject, the words of a post's
 * phrase up to a comma and the two or three words after it, a body's noun and the two words after it, a name after a
 * comma and the dash after it. Texts with and without full stops.
 */
const cases: Record<string, (n: number) => string> = {
  "addressing participles and bodies' nouns, no full stop": (n) => "وقال الفنان مخاطبا الجمهور «أهم شيء هو السلام مع الذات»، واكدت الجبهة هوية المرأة وتوعدت «بالكفاح»، ".repeat(n) + "وانتهى.",
  "untagged names between commas after posts": (n) => "وقال مدير وحدة مكافحة الوباء في ليبيريا، تولبرت نينسواه، إن الوحدة \"ليست معسكرا للإعدام\". ".repeat(n),
  "names after a comma and a dash": (n) => "من ناحيته قال، طلال أبو ظريفة -عضو المكتب السياسي: «إن التعديل خطوة منفردة». ".repeat(n)
}

linearQuoteCases("sixty-first session, Arabic addressing participles, untagged appositions and dashes: the rules stay linear", cases, taggedBy([["طلال أبو ظريفة", "PERSON"], ["ليبيريا", "LOCATION"]]), 200)
