import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 21, third round: the interviewer check (`أجراها معه X`) reads five tokens before a person, however long the
 * text and however many interviewers it names.
 */
const cases: Record<string, (n: number) => string> = {
  "interviews without end": (n) => 'وقال في مقابلة أجرتها معه في عمان هالة سعيد إنه متفائل. وأضاف "الأمور تسير نحو الأفضل في البلاد". '.repeat(n)
}

linearQuoteCases("session 21, third round: the interviewer check stays linear", cases, taggedBy([["هالة سعيد", "PERSON"]]), 2000)
