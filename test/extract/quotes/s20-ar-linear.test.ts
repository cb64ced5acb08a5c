import { describe, expect, it } from "vitest"
import { quotesOf } from "../../../src/extract/quotes/index.js"
import type { Entity } from "../../../src/schema/record.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"

/**
 * Session 20: the rules of the session read bounded windows however long the text: a verb with `فيه`/`فيها` looks back
 * at most sixteen tokens for its document and the names around it; two words in marks read their own words; a body's
 * one noun tagged as an organisation looks back as an untagged noun does.
 */
const tagged = (text: string): Array<Entity> => {
  const out: Array<Entity> = []
  for (const [name, type] of [["سامي الخطيب", "PERSON"], ["هالة سعيد", "PERSON"], ["الوكالة", "ORGANIZATION"], ["وكالة الأنباء", "ORGANIZATION"]] as const) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      out.push({ text: name, type, canonical: name, entityId: `e-${name}`, role: null, confidence: 1, start: i, end: i + name.length })
  }
  return out.sort((a, b) => a.start - b.start)
}

const cases: Record<string, (n: number) => string> = {
  "documents and their verbs without end": (n) => "وأصدر سامي الخطيب بيانا قال فيه إن الأمر جاد، وبتصريح منسوب لهالة سعيد قالت فيه إن ".repeat(n),
  "two words in marks in reported clauses without end": (n) => 'وقال سامي الخطيب إن الوضع "متوتر جدا" في المدينة و"لم يستطع" '.repeat(n),
  "a body's one noun after many bodies": (n) => 'وقالت وكالة الأنباء إن الطرق مغلقة. وقالت الوكالة "إن الوضع صعب جدا في المدينة". '.repeat(n)
}

describe("session 20 rules stay linear", () => {
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      expect(growth(make, (t) => quotesOf(t, { entities: tagged(t) }), 2000)).toBeLessThan(LINEAR_BOUND)
    })
  }
})
