import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 20: the rules of the session read bounded windows however long the text: a verb with `فيه`/`فيها` looks back
 * at most sixteen tokens for its document and the names around it; two words in marks read their own words; a body's
 * one noun tagged as an organisation looks back as an untagged noun does.
 */
const cases: Record<string, (n: number) => string> = {
  "documents and their verbs without end": (n) => "وأصدر سامي الخطيب بيانا قال فيه إن الأمر جاد، وبتصريح منسوب لهالة سعيد قالت فيه إن ".repeat(n),
  "two words in marks in reported clauses without end": (n) => 'وقال سامي الخطيب إن الوضع "متوتر جدا" في المدينة و"لم يستطع" '.repeat(n),
  "a body's one noun after many bodies": (n) => 'وقالت وكالة الأنباء إن الطرق مغلقة. وقالت الوكالة "إن الوضع صعب جدا في المدينة". '.repeat(n)
}

linearQuoteCases("session 20 rules stay linear", cases, taggedBy([["سامي الخطيب", "PERSON"], ["هالة سعيد", "PERSON"], ["الوكالة", "ORGANIZATION"], ["وكالة الأنباء", "ORGANIZATION"]]), 2000)
