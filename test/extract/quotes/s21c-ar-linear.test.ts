import { describe, expect, it } from "vitest"
import { quotesOf } from "../../../src/extract/quotes/index.js"
import type { Entity } from "../../../src/schema/record.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"

/**
 * Session 21, third round: the interviewer check (`أجراها معه X`) reads five tokens before a person, however long the
 * text and however many interviewers it names.
 */
const tagged = (text: string): Array<Entity> => {
  const out: Array<Entity> = []
  const name = "هالة سعيد"
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    out.push({ text: name, type: "PERSON", canonical: name, entityId: "e1", role: null, confidence: 1, start: i, end: i + name.length })
  return out
}

describe("session 21, third round: the interviewer check stays linear", () => {
  it("interviews without end", () => {
    const make = (n: number): string => 'وقال في مقابلة أجرتها معه في عمان هالة سعيد إنه متفائل. وأضاف "الأمور تسير نحو الأفضل في البلاد". '.repeat(n)
    expect(growth(make, (t) => quotesOf(t, { entities: tagged(t) }), 2000)).toBeLessThan(LINEAR_BOUND)
  })
})
