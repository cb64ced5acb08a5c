/**
 * Fifty-fifth session (lead, from the E28 reading): `behind` right after a role or a body's noun ends the phrase after
 * an inverted verb of saying (`said the director behind JFK, Platoon and …`): the works or the product after it are no
 * speaker (before, a film title the entity stage tagged took the quote, and `He added` after it). `behind` after any
 * other word stays in the phrase (`those behind the talks`). Whole pipeline; sentences written for these tests in the
 * style of the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["Film news", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "en-behind-s55" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("English: `behind` after a role ends the speaker's phrase", () => {
  it.each([
    [
      "a director and the films he made",
      "In Oslo on Friday, Stone voiced the hope that the film would find its audience abroad. \"Audiences in Europe have always been kinder to my work than critics at home,\" said the director behind JFK, Platoon and Nixon. He added the epic \"was never meant to be an easy film\".",
      ["[the director] Audiences in Europe have always been kinder to my work than critics at home", "[the director] was never meant to be an easy film"]
    ],
    [
      "a body's noun and its product: the body named before",
      "Brightforge Studios cut the budget again last month. \"We had to finish the final level in nine days instead of thirty,\" said the company behind Desert Kings.",
      ["[Brightforge Studios] We had to finish the final level in nine days instead of thirty"]
    ]
  ])("%s", async (_, body, expected) => {
    const got = await quotes(body)
    for (const q of expected) expect(got).toContain(q)
    expect(got.some((q) => /^\[(JFK|Platoon|Nixon|Desert Kings)\]/.test(q))).toBe(false)
  })

  it("keeps `behind` in a phrase that no role or body's noun opens", async () => {
    const got = await quotes("Negotiators met again in Geneva on Tuesday. The talks were making \"slow but real progress\", say those behind the negotiations.")
    expect(got.some((q) => q.startsWith("[those behind the negotiations]"))).toBe(true)
  })
})
