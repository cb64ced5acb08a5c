/**
 * Sixtieth session (lead): reporters joined by `و` in a credit line without a role word are names of their own in the
 * parse stage's byline (test/parse/author-field-s60.test.ts), and each is a person mention at its span, the `و` left
 * out (`creditSpanOf` takes a name glued to a lone conjunction). Articles written for these tests.
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { creditSpanOf } from "../../../src/extract/entities/credits.js"
import { entitiesStage } from "../../../src/extract/entities/index.js"
import { compose } from "../../../src/pipeline/compose.js"
import { run } from "../../../src/pipeline/run.js"
import { parse, parserProvides } from "../../../src/parse/index.js"

const pipeline = compose(parse, parserProvides, [entitiesStage()])

const BODY =
  "أطلقت فرقة شعبية فعالياتها المسرحية ضمن برنامج الصيف في المحافظة، التي بدأت الأسبوع الماضي وسط حضور كبير من الأهالي والزوار."

describe("reporters joined by و: a person mention each", () => {
  it.each([
    ["الخرج - سالم المطيري وفهد العنزي وخالد الشمري:", ["LOCATION الخرج", "PERSON سالم المطيري", "PERSON فهد العنزي", "PERSON خالد الشمري"]],
    ["جدة - ناصر الغامدي ومحمد الحربي", ["LOCATION جدة", "PERSON ناصر الغامدي", "PERSON محمد الحربي"]]
  ])("%s", async (credit, expected) => {
    const title = "فرقة شعبية تطلق فعالياتها المسرحية"
    const text = `${title}\n\n${credit}\n\n${BODY}`
    const r = await Effect.runPromise(run(pipeline, { id: "t", text }))
    const head = title.length + 2 + credit.length
    for (const e of r.entities) expect(text.slice(e.start, e.end)).toBe(e.text)
    expect(r.entities.filter((e) => e.start >= title.length && e.start < head).map((e) => `${e.type} ${e.text}`)).toEqual(expected)
  })
})

describe("creditSpanOf and a glued conjunction (glued: a byline's names only)", () => {
  it.each([
    // the name after a lone `و`: found, without it
    ["سالم المطيري وفهد العنزي", "فهد العنزي", [14, 24]],
    // `و` that ends a word is no conjunction: the name inside a longer word is not found
    ["سالم المطيريوفهد العنزي", "فهد العنزي", null],
    // a name glued to a letter other than `و` is not found
    ["سالم المطيري بفهد العنزي", "فهد العنزي", null]
  ] as Array<[string, string, [number, number] | null]>)("%s → %s", (text, name, span) => {
    expect(creditSpanOf(text, 0, text.length, name, [], true)).toEqual(span)
  })

  it("without glued, a word that opens with و is never split (وجدة is Oujda)", () => {
    expect(creditSpanOf("وجدة - الرباط", 0, 13, "جدة", [])).toBeNull()
    expect(creditSpanOf("سالم المطيري وفهد العنزي", 0, 24, "فهد العنزي", [])).toBeNull()
  })
})
