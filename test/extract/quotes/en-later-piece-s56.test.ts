/**
 * Fifty-sixth session (lead, from the E29 reading): a later piece in marks of the same reported sentence goes on with
 * the speaker of the piece before it at any length up to fifteen words, not only one to three (`said the bank was a
 * "…" and represented a "significant acquisition in a growth market"`). The pieces keep every guard of
 * `englishLaterPiece`: no capitalized word or number in them, no cue, participle, person or body between the two
 * pieces, the same sentence. Whole pipeline; sentences written for these tests in the style of the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["Business news", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "en-later-piece-s56" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("English: a later piece of four words or more in the same reported sentence", () => {
  it.each([
    [
      "a bank's two pieces joined by `and represented`",
      "Harbour Mutual agreed to buy the smaller lender for $2bn on Monday. Harbour Mutual said the lender was a \"well-managed, conservatively run bank with a highly trained staff\" and represented a \"significant step into a growing market\".",
      ["[Harbour Mutual] well-managed, conservatively run bank with a highly trained staff", "[Harbour Mutual] significant step into a growing market"]
    ],
    [
      "a comedian's one-word piece, then a clause of seven words",
      "The comedian Dan Whitlock spoke to reporters in Leeds. He said Lena Fox and Omar Hadi would be playing \"twisted\" versions of themselves in the new series and that the jokes about them \"would run pretty close to the edge\".",
      ["[Dan Whitlock] twisted", "[Dan Whitlock] would run pretty close to the edge"]
    ],
    [
      "a minister's priority and goal",
      "Trade Secretary Helen Marsh said the cost of the plan was still being weighed, but it was an \"increasingly high priority\" and a \"shared aim of every department\".",
      ["[Helen Marsh] increasingly high priority", "[Helen Marsh] shared aim of every department"]
    ]
  ])("%s", async (_, body, expected) => {
    const got = await quotes(body)
    for (const q of expected) expect(got).toContain(q)
  })

  it("leaves a later piece out when another speaker stands between", async () => {
    const got = await quotes(
      "Harbour Mutual said the target was a \"well-run regional bank with loyal customers\" while Northgate Capital called it a \"very expensive way to buy deposits\"."
    )
    expect(got.some((q) => q.startsWith("[Harbour Mutual] very expensive"))).toBe(false)
  })
})
