/**
 * Fifty-seventh session (helper enpieces, from the E30 reading): speaker noun phrases and short pieces of English.
 * A document's owner in the possessive speaks, not the addressee after `to` (`Rovers' statement to the stock exchange
 * said`: documentPossessor); a possessor before a role and a person is no subject for a `she` after it (`the singer's
 * ex-husband Tom Reyes …. He said`: personAfterPossessor); `went on` before a deed is no cue (`Some £9m went on
 * building …`: wentOnToDeed); the marks of the clause after a verb of a finding or a denial, or before `, the report
 * found.`, are their subject's (findingCue); marks that hold the predicate of a sentence a document opens are the
 * document's (`The survey of 800 voters "showed …"`: documentPredicateCue). Whole pipeline; sentences written for these tests in the style of the
 * wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["News in brief", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "en-pieces-s57" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("English: speaker noun phrases and short pieces (s57)", () => {
  it.each([
    [
      "the owner of a statement to the stock exchange, not its addressee",
      "Harold Crane has raised his stake in Northfield Rovers to 31%. Northfield Rovers' statement to the stock exchange said: \"The board has received an approach which may or may not lead to an offer.\"",
      ["[Northfield Rovers] The board has received an approach which may or may not lead to an offer"]
    ],
    [
      "a possessive in one token before the document",
      "Shares in the club rose sharply on Friday. Kingsbridge's letter to the stock exchange said: \"No decision has been taken on the future of the ground.\"",
      ["[Kingsbridge] No decision has been taken on the future of the ground"]
    ],
    [
      "a possessor before a role and a person, then `He said:`",
      "The show's third eviction is due on Friday. Marta Lind's ex-husband Tom Reyes nominated two of his fellow housemates. He said: \"Living with them every day has been a very hard thing to do.\"",
      ["[Tom Reyes] Living with them every day has been a very hard thing to do"]
    ],
    [
      "`went on` before a deed names no speaker for later marks",
      "The agency, led by Sir Tom Hale, spent heavily in its first year. Some £9m went on building the website. The agency had been given \"far too much freedom to spend public money as it wished\", the report found.",
      ["[the report] far too much freedom to spend public money as it wished"]
    ],
    [
      "a committee's finding in the clause after `found that`",
      "The panel, chaired by Barry Holt MP, published its findings on Tuesday. The public accounts committee found that the managers of the scheme had been swept up in a \"wave of easy optimism about new technology\".",
      ["[The public accounts committee] wave of easy optimism about new technology"]
    ],
    [
      "a survey's predicate in marks, not the speaker quoted before",
      "\"Young voters care about the issues that matter to them,\" Ana Ruiz said. The survey of 800 voters aged 18 to 24 \"showed young people are far from apathetic about the issues of the day\".",
      ["[The survey] showed young people are far from apathetic about the issues of the day"]
    ],
    [
      "a denial's one or two words",
      "The shadow chancellor spoke in Bristol on Saturday. Mr Hartley denied he had been \"scaremongering\" by raising the closure of the two hospitals.",
      ["[Hartley] scaremongering"]
    ]
  ])("%s", async (_, body, expected) => {
    const got = await quotes(body)
    for (const q of expected) expect(got).toContain(q)
  })

  it.each([
    [
      "`went on to say` still goes on with the speaker",
      "The minister opened the new wing on Monday. Mr Adeyemi went on to say: \"This hospital will serve the whole valley for a generation.\"",
      "[Adeyemi] This hospital will serve the whole valley for a generation"
    ],
    [
      "a possessor before a noun of no kin or post keeps the possessor",
      "The final was played in Leeds. Marta Lind's team beat Tom Reyes in the final on Friday. She said: \"It was the best day of my whole career so far.\"",
      "[Marta Lind] It was the best day of my whole career so far"
    ]
  ])("near miss: %s", async (_, body, expected) => {
    expect(await quotes(body)).toContain(expected)
  })

  it.each([
    [
      "a finding's one or two words name a term",
      "Academics from the Institute of Learning at Kingsbridge University found that \"screen literacy\" was a key skill for pupils.",
      "screen literacy"
    ],
    [
      "a denial of others' claims",
      "The club denied claims of a \"dressing-room rift\" after the defeat.",
      "dressing-room rift"
    ],
    [
      "plain `found` with an object",
      "Police found a \"large quantity\" of cash at the house in Leeds.",
      "large quantity"
    ]
  ])("no quote: %s", async (_, body, text) => {
    const got = await quotes(body)
    expect(got.some((q) => q.endsWith(`] ${text}`))).toBe(false)
  })

  it("near miss: a document's marks that open with no verb are no predicate", async () => {
    const got = await quotes("\"Young voters care about the issues that matter to them,\" Ana Ruiz said. The survey of 800 voters suggests \"a real hunger for change\" among them.")
    expect(got).not.toContain("[The survey] a real hunger for change")
  })
})
