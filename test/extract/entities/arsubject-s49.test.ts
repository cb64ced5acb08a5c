import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

// A story's past verb of movement is no part of the name after it (`خرج فهد`: `verbs` in
// gazetteers/not-name-words.json), and a boy's given name does not join his father's kunya (`فهد` beside `أبو فهد`;
// forty-ninth session, helper arsubject). Sentences written for this test.
const article = (title: string, body: string): string => [title, "", "الرياض - واس", "", body].join("\n")

const people = async (text: string): Promise<Array<[string, string]>> => {
  const r = await processText(text, { id: "arsubject" })
  return (r.entities ?? []).filter((e) => e.type === "PERSON").map((e) => [e.text, e.canonical])
}

describe("names after a story's past verbs and beside a kunya", () => {
  it("cuts a past verb of movement from the name after it", async () => {
    const got = await people(article("ضيف في الحي القديم", 'طرق الضيف الباب، فخرج فهد الذي لا يتجاوز عمره عشرة أعوام قائلا: "أبي في الدكان وسيعود بعد قليل".'))
    expect(got.map(([t]) => t)).not.toContain("خرج فهد")
  })

  it("keeps the boy apart from his father's kunya", async () => {
    const got = await people(article("ضيف في الحي القديم", 'وصل الضيف إلى بيت أبو فهد ظهرا. وقدم فهد القهوة للضيف وقال: "تفضل يا عم".'))
    const boy = got.find(([t]) => t === "فهد")
    if (boy !== undefined) expect(boy[1]).not.toBe("أبو فهد")
  })

  it("keeps the kunya a mention is cut from (لأم محمد)", async () => {
    const got = await people(article("زيارة العيادة", "استقبلت العيادة أم محمد صباح اليوم. ودعونا نستمع لأم محمد التي زارت العيادة بسبب آلام الظهر."))
    for (const [t, c] of got) if (t === "محمد") expect(c.startsWith("أم محمد")).toBe(true)
  })
})
