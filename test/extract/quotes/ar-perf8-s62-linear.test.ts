import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * `blessingEnds` (entity-index.ts, sixty-second session, helper perf8) binary-searches the tokens once per person with
 * an id and reads seven tokens after each: many persons quoted, with the blessing after each or with none, stay linear.
 */
const cases: Record<string, (n: number) => string> = {
  "many quoted persons with no blessing": (n) => "وقال سامي الحداد في الاجتماع: «نعمل على خطة جديدة للنقل العام». ".repeat(n),
  "many quoted persons, the blessing after each": (n) => "وأمر محمد - صلى الله عليه وسلم - الرماة وقال لهم: «الزموا أماكنكم». وقال سامي الحداد: «نعمل على خطة جديدة». ".repeat(n)
}

linearQuoteCases("sixty-second session, perf8: the blessing near the persons stays linear", cases, taggedBy([["سامي الحداد", "PERSON"], ["محمد", "PERSON"]]), 200)
