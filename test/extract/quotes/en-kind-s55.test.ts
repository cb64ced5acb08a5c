/**
 * Fifty-fifth session (lead, from the E28 reading): `the ministry`, `the commission`, `the committee` … (the lexicon's
 * `namedKindNouns`) as a speaker stand for the nearest organisation named before whose name holds the noun
 * (`bodyNamedWithNoun`); before, the phrase itself. Not `the bank` (a bank's name need not say "Bank"), nor a noun that
 * no earlier name holds. Whole pipeline; sentences written for these tests in the style of the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["Economy news", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "en-kind-s55" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("English: a public body's noun after `the` is the body named with it", () => {
  it.each([
    [
      "the ministry after the Finance Ministry, a government in between",
      "Growth will slow to 3% next year, the Finance Ministry said on Monday. The government also promised new housing. \"Spending on roads and schools will come forward by six months to support jobs,\" the ministry said.",
      "[Finance Ministry] Spending on roads and schools will come forward by six months to support jobs"
    ],
    [
      "the commission after the European Commission",
      "Spain and Italy were told to trim their deficits by the European Commission last week. The commission said the two budgets were \"at serious risk of non-compliance\".",
      "[European Commission] at serious risk of non-compliance"
    ]
  ])("%s", async (_, body, expected) => {
    expect(await quotes(body)).toContain(expected)
  })

  it.each([
    [
      "the bank after a bank whose name does not say so",
      "Norland Finanz will cut 2,000 jobs over two years. \"We expect the savings to show in next year's results,\" the bank said.",
      "[the bank] We expect the savings to show in next year's results"
    ],
    [
      "the committee with no committee named before",
      "Ministers are due to answer the report next month. \"The rules on sentencing remain far too vague,\" the committee said.",
      "[the committee] The rules on sentencing remain far too vague"
    ]
  ])("leaves the phrase: %s", async (_, body, expected) => {
    expect(await quotes(body)).toContain(expected)
  })
})
