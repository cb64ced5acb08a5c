/**
 * Fifty-fourth session (helper arphrase): `of` inside a capitalized name before an English verb of saying goes on to
 * the name's head (`A Top of the Pops spokesperson said`; `ofInsideName`; docs/history/quotes.md, "Fifty-fourth session:
 * arphrase"). Whole pipeline; sentences written for these tests in the style of the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["Story of the day", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "en-phrase-s54" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("English: `of` inside a capitalized name before the verb (ofInsideName)", () => {
  it("keeps the programme's whole name before its spokesperson", async () => {
    const got = await quotes("The band topped the chart on Sunday. A Top of the Pops spokesperson said: \"It is a very special week for the show.\"")
    expect(got.some((q) => q.includes("Top of the Pops spokesperson]") && q.endsWith("It is a very special week for the show"))).toBe(true)
  })

  it("does not open the subject at `Most of` that opens the sentence", async () => {
    const got = await quotes("The vote was held late on Monday. Most of the Labour MPs said: \"We cannot back this bill as it stands.\"")
    expect(got.some((q) => q.endsWith("We cannot back this bill as it stands") && !q.startsWith("[Most"))).toBe(true)
  })
})
