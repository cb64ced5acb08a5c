/**
 * Fifty-sixth session (lead, from the E29 reading): English marks right after a colon that closes a sentence made only
 * of a role and a person's name (`BBC Two controller Roly Keating: "…"`) are that person's words; before, the speaker
 * of the quote before went on. A sentence with anything after the name before the colon, or no person, leaves the
 * chain as it was. Whole pipeline; sentences written for these tests in the style of the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["Schedule news", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "en-label-colon-s56" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

const before = "The broadcaster said the new show \"aims to reach a wider audience of music fans\". The move is the biggest change in its history."

describe("English: a role and a name closed by a colon before the marks", () => {
  it.each([
    ["a channel controller", "Channel Four controller Maya Lindqvist: \"It is an exciting new era for the show. We want it to be bigger and bolder.\"", "Maya Lindqvist"],
    ["a name alone", "Peter Oduya: \"We have waited a long time for a night like this one.\"", "Peter Oduya"]
  ])("%s", async (_, line, speaker) => {
    const got = await quotes(`${before}\n\nThe new show will launch in spring next year in a longer format. ${line}`)
    expect(got.some((q) => q.startsWith(`[${speaker}] `))).toBe(true)
  })

  it("leaves the chain alone when words follow the name before the colon", async () => {
    const got = await quotes(`${before}\n\nThe new show will launch in spring next year in a longer format. Channel Four controller Maya Lindqvist on the change: \"It is an exciting new era for the show. We want it to be bigger and bolder.\"`)
    expect(got.some((q) => q.startsWith("[Maya Lindqvist] It is an exciting"))).toBe(false)
  })
})
