/**
 * The `listedOrganizations` setting: bodies of the gazetteer lists named in two words or more that the Arabic
 * tagger leaves untagged (ANERcorp's annotation leaves most ministries and councils out). On by default in the
 * entities stage (and so in `khabar process`); `extractEntities` alone, and so `khabar tag`, leaves them out unless
 * asked. Sentences written for this test in wire style.
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { extractEntities } from "../../../src/extract/entities/extract.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"
import { defaultPipeline, run } from "../../../src/index.js"

const TEXT = "وأعلنت وزارة الداخلية أمس أن مجلس الوزراء وافق على النظام الجديد في الرياض."

const orgs = (listedOrganizations: boolean) =>
  extractEntities(TEXT, bundledTagger("ar"), undefined, { listedOrganizations })
    .filter((e) => e.type === "ORGANIZATION")
    .map((e) => e.text)

describe("listed organisations", () => {
  it("adds the listed bodies the tagger left untagged, with spans into the text; extractEntities leaves them out by default", () => {
    const off = orgs(false)
    const on = orgs(true)
    expect(on).toEqual(expect.arrayContaining(["وزارة الداخلية", "مجلس الوزراء"]))
    expect(off).not.toContain("وزارة الداخلية")
    for (const e of extractEntities(TEXT, bundledTagger("ar"), undefined, { listedOrganizations: true })) expect(TEXT.slice(e.start, e.end)).toBe(e.text)
    // what the tagger found stays as it was
    const plain = extractEntities(TEXT, bundledTagger("ar")).map((e) => [e.text, e.type])
    const withBodies = extractEntities(TEXT, bundledTagger("ar"), undefined, { listedOrganizations: true }).map((e) => [e.text, e.type])
    for (const x of plain) expect(withBodies).toContainEqual(x)
    expect(plain.map((x) => x[0])).not.toContain("وزارة الداخلية")
  })

  it("never overlaps a mention the tagger made, and a listed name of one word is not added", () => {
    // الأمم المتحدة is found by the tagger; حماس is a listed name of one word
    const text = "وقالت الأمم المتحدة إن حماس وافقت على الهدنة."
    const a = extractEntities(text, bundledTagger("ar")).map((e) => [e.start, e.end, e.type])
    const b = extractEntities(text, bundledTagger("ar"), undefined, { listedOrganizations: true }).map((e) => [e.start, e.end, e.type])
    expect(b).toEqual(a)
  })

  it("is on in the default pipeline and can be turned off; English is unchanged", () => {
    const input = { id: "x", bytes: new TextEncoder().encode(`خبر\n\nالرياض - واس\n\n${TEXT}`) }
    const byDefault: any = Effect.runSync(run(defaultPipeline(), input))
    const bodies: any = Effect.runSync(run(defaultPipeline({ entities: { listedOrganizations: true } }), input))
    const plain: any = Effect.runSync(run(defaultPipeline({ entities: { listedOrganizations: false } }), input))
    expect(bodies.entities.map((e: any) => e.text)).toContain("مجلس الوزراء")
    expect(byDefault).toEqual(bodies)
    expect(plain.entities.map((e: any) => e.text)).not.toContain("مجلس الوزراء")
    const en = { id: "e", bytes: new TextEncoder().encode("Markets\n\nThe International Monetary Fund said on Tuesday that growth would slow in the Middle East.") }
    expect(Effect.runSync(run(defaultPipeline({ entities: { listedOrganizations: false } }), en))).toEqual(Effect.runSync(run(defaultPipeline(), en)))
  })
})
