/**
 * Fifty-fifth session (lead, from the E28 reading): a person's voice named with the person's titles before the name
 * (`Prime Minister Tony Blair's official spokesman said:`) speaks for the person, as `Tony Blair's official spokesman`
 * did since the fifty-first session (`possessedVoice`); before, the person. Whole pipeline; sentences written for these
 * tests in the style of the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["Troops on standby", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "en-voice-s55" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("English: titles before the person whose voice speaks", () => {
  it.each([
    [
      "two title words",
      "A company of UK troops has been put on standby. Prime Minister Tony Blair's official spokesman said: \"We are making the usual contingency plans for British nationals in the country.\"",
      "[Prime Minister Tony Blair's official spokesman] We are making the usual contingency plans for British nationals in the country"
    ],
    [
      "one title word",
      "The talks resumed in Geneva on Monday. \"The chancellor will not comment on the figures before they are published,\" Chancellor Gordon Brown's spokesman said.",
      "[Chancellor Gordon Brown's spokesman] The chancellor will not comment on the figures before they are published"
    ]
  ])("%s", async (_, body, expected) => {
    expect(await quotes(body)).toContain(expected)
  })

  it("reads no voice through a word before the name that is no title", async () => {
    const got = await quotes("The talks resumed in Geneva on Monday. Veteran Tony Blair's spokesman said: \"There will be no statement today.\"")
    expect(got.some((q) => q.startsWith("[Veteran Tony Blair's spokesman]"))).toBe(false)
  })
})
