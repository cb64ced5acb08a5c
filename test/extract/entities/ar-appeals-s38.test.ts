import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

// Appeals (`يناشد X علاج ابنه`): the verb of appealing is no name, and the noun of what is asked for is no part of the
// name it follows (`objectNouns`, `verbs` in gazetteers/not-name-words.json; thirty-eighth session). Sentences written
// for this test.
const article = (title: string, body: string): string => [title, "", "الرياض - واس", "", body].join("\n")

describe("appeals to a named official", () => {
  it.each([
    [
      article("عامل آسيوي يناشد \"متعب بن عبدالله\" علاج ابنته من إصابة خطيرة", "ناشد العامل وزير الحرس الوطني الأمير متعب بن عبدالله علاج ابنته في أحد مستشفيات الحرس الوطني."),
      ["متعب بن عبدالله", "متعب بن عبدالله"]
    ],
    [
      article("عامل آسيوي يناشد &quot;متعب بن عبدالله&quot; علاج ابنته من إصابة خطيرة", "ناشد العامل وزير الحرس الوطني الأمير متعب بن عبدالله علاج ابنته في أحد مستشفيات الحرس الوطني."),
      ["متعب بن عبدالله", "متعب بن عبدالله"]
    ],
    [
      article("أسرة تناشد \"عبدالعزيز بن سعود\" علاج طفلتها في الخارج", "ناشدت أسرة الأمير عبدالعزيز بن سعود بعلاج طفلتها التي تعاني من مرض في القلب."),
      ["عبدالعزيز بن سعود", "عبدالعزيز بن سعود"]
    ]
  ])("appeal %#", async (text, people) => {
    const r = await processText(text, { id: "appeal" })
    expect((r.entities ?? []).filter((e) => e.type === "PERSON").map((e) => e.text)).toEqual(people)
  })

  it("keeps a name the appeal's object noun does not follow", async () => {
    const r = await processText(article("مواطن يناشد أمير المنطقة", "ناشد المواطن سعد العنزي أمير المنطقة التدخل لإنهاء معاناته."), { id: "appeal-2" })
    expect((r.entities ?? []).filter((e) => e.type === "PERSON").map((e) => e.text)).toContain("سعد العنزي")
  })
})
