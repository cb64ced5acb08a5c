import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { entitiesStage, entityList } from "../../../src/extract/entities/index.js"
import { compose } from "../../../src/pipeline/compose.js"
import { run } from "../../../src/pipeline/run.js"
import { parse, parserProvides } from "../../../src/parse/index.js"

const here = dirname(fileURLToPath(import.meta.url))
const pipeline = compose(parse, parserProvides, [entitiesStage()])

const process = async (name: string) => {
  const text = readFileSync(join(here, "fixtures", `${name}.txt`), "utf8")
  const record = await Effect.runPromise(run(pipeline, { id: name, text }))
  return { text, record }
}

/** Golden entity lists: UPDATE_GOLDEN=1 rewrites them. */
const golden = (name: string, value: unknown) => {
  const file = join(here, "fixtures", `${name}.entities.json`)
  const json = JSON.stringify(value, null, 2) + "\n"
  if (globalThis.process.env["UPDATE_GOLDEN"] === "1") writeFileSync(file, json)
  expect(json).toBe(readFileSync(file, "utf8"))
}

const has = (list: ReturnType<typeof entityList>, canonical: string, types: ReadonlyArray<string>) => {
  const e = list.find((x) => x.canonical === canonical)
  expect(e, `${canonical} is listed`).toBeDefined()
  expect(types).toContain(e!.type)
  return e!
}

describe("whole articles through the pipeline", () => {
  it("Arabic: the people, places and organisations a reader would list, linked, with roles", async () => {
    const { text, record } = await process("ar-summit")
    for (const e of record.entities) expect(text.slice(e.start, e.end)).toBe(e.text)
    const list = entityList(record.entities)
    const putin = has(list, "فلاديمير بوتين", ["PERSON"])
    expect(putin.mentions).toBeGreaterThanOrEqual(3) // title, lead, second paragraph
    expect(putin.role).toBe("الرئيس الروسي")
    expect(has(list, "رجب طيب أردوغان", ["PERSON"]).mentions).toBeGreaterThanOrEqual(3)
    expect(has(list, "سيرغي لافروف", ["PERSON"]).mentions).toBe(2)
    expect(has(list, "دونالد ترامب", ["PERSON"]).role).toBe("الرئيس الأمريكي")
    has(list, "تميم بن حمد آل ثاني", ["PERSON"])
    for (const place of ["موسكو", "سوريا", "أنقرة", "جنيف", "بيروت", "الدوحة", "قطر", "نيويورك"]) has(list, place, ["LOCATION"])
    has(list, "الأمم المتحدة", ["ORGANIZATION"])
    has(list, "الكرملين", ["LOCATION", "ORGANIZATION"])
    // للأمم المتحدة: the mention leaves the preposition out and links to the same organisation
    const un = record.entities.filter((e) => e.canonical === "الأمم المتحدة")
    expect(un.length).toBe(2)
    expect(new Set(un.map((e) => e.entityId)).size).toBe(1)
    golden("ar-summit", list)
  })

  it("English: the same story", async () => {
    const { text, record } = await process("en-summit")
    for (const e of record.entities) expect(text.slice(e.start, e.end)).toBe(e.text)
    const list = entityList(record.entities)
    const putin = has(list, "Vladimir Putin", ["PERSON"])
    expect(putin.mentions).toBe(3)
    expect(putin.role).toBe("Russian President")
    expect(has(list, "Sergei Lavrov", ["PERSON"]).mentions).toBe(2)
    expect(has(list, "Donald Trump", ["PERSON"]).role).toBe("U.S. President")
    has(list, "Tayyip Erdogan", ["PERSON"])
    has(list, "Antonio Guterres", ["PERSON"])
    for (const place of ["Moscow", "Syria", "Ankara", "Geneva", "Beirut", "Doha", "New York"]) has(list, place, ["LOCATION"])
    has(list, "United Nations", ["ORGANIZATION"])
    has(list, "Agence France-Presse", ["ORGANIZATION"])
    golden("en-summit", list)
  })

  it("reads the dateline's places and agencies, and no boilerplate but credits and source lines (session 58)", async () => {
    const { record } = await process("ar-summit")
    for (const e of record.entities) {
      for (const b of record.boilerplate) if (b.kind !== "credit" && b.kind !== "source-link") expect(e.end <= b.start || e.start >= b.end).toBe(true)
      const d = record.dateline
      if (d !== null && e.start < d.end && e.end > d.start) expect([...d.places, ...d.agencies]).toContain(e.text)
    }
  })
})
