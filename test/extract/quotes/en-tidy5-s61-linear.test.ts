import { describe, expect, it } from "vitest"
import { endsWithPostQualifier } from "../../../src/extract/quotes/english-holders.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"

/**
 * Session 61, helper tidy5: {@link endsWithPostQualifier} walks back from the end of a role's words to the last space
 * or hyphen once. Hostile text: a long last word with no space or hyphen, read to its start.
 */
describe("session 61, tidy5: endsWithPostQualifier stays linear", () => {
  const cases: Record<string, (n: number) => string> = {
    "many words, a long last word with no space": (n) => "tory shadow ".repeat(10 * n) + "x".repeat(1000 * n)
  }
  for (const [name, make] of Object.entries(cases)) it(name, () => expect(growth(make, endsWithPostQualifier, 10)).toBeLessThan(LINEAR_BOUND), 120_000)
})
