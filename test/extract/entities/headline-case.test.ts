/**
 * English headlines in Title Case (`Supreme Court Hears Arguments on State Water Rights`): the capitals say nothing
 * of names there, so the headline keeps only the mentions the body writes the same way. Sentences written for these
 * tests.
 */
import { describe, expect, it } from "vitest"
import { extractEntities, titleCase } from "../../../src/extract/entities/extract.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"

const entitiesOf = (title: string, body: string) => {
  const text = `${title}\n\n${body}`
  const regions = [
    { start: 0, end: title.length, headline: true },
    { start: title.length + 2, end: text.length }
  ]
  return extractEntities(text, bundledTagger("en"), regions)
    .filter((e) => e.start < title.length)
    .map((e) => text.slice(e.start, e.end))
}

describe("Title Case headlines", () => {
  it.each([
    ["Supreme Court Hears Arguments on State Water Rights", true],
    ["Senate Passes Stopgap Bill to Avert Shutdown", true],
    // sentence case, with names: the capitals are the names'
    ["Venus stunned by Farina Elia", false],
    ["Ad sales boost Time Warner profit", false],
    // too short to tell
    ["Bristol City Win", false]
  ] as const)("%s", (title, expected) => {
    expect(titleCase(title, 0, title.length)).toBe(expected)
  })

  it("keeps the names the body confirms and drops the rest", () => {
    const found = entitiesOf(
      "Supreme Court Hears Arguments on State Water Rights",
      "The Supreme Court on Monday heard arguments in a dispute between three Western states over the Colorado River."
    )
    expect(found).toContain("Supreme Court")
    expect(found.some((m) => m.includes("Hears") || m.includes("Water Rights"))).toBe(false)
  })

  it("leaves a sentence-case headline alone", () => {
    const found = entitiesOf("Nadal marches on in Mexico", "Rafael Nadal kept up his good season with a win in Acapulco on Tuesday.")
    expect(found).toContain("Mexico")
  })
})
