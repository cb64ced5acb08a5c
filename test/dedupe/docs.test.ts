/**
 * docs/dedupe.md stays true: its defaults table matches the code, and its
 * examples give the results it prints.
 */
import { readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { makeDeduper, resolveDedupeOptions, type DuplicateMatch } from "../../src/dedupe/index.js"

const doc = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../docs/dedupe.md"), "utf8")

const story = (id: string, title: string, ...paragraphs: Array<string>) => ({ id, title, paragraphs: paragraphs.map((text) => ({ text })) })

/** The result comment printed in the doc for a call, e.g. `{ duplicateOf: "spa/101", similarity: 1, kind: "exact" }`. */
const printed = (m: DuplicateMatch | null): string =>
  m === null ? "// null" : `// { duplicateOf: "${m.duplicateOf}", similarity: ${m.similarity}, kind: "${m.kind}" }`

describe("docs/dedupe.md", () => {
  it("the defaults table is the code's", () => {
    const row = (option: string) => {
      const m = new RegExp(`^\\| \`${option}\` \\| ([^|]+) \\|`, "m").exec(doc)
      if (m === null) throw new Error(`no row for ${option}`)
      return m[1]!.trim()
    }
    const o = resolveDedupeOptions()
    expect(row("threshold")).toBe(`\`${o.threshold}\``)
    expect(row("near")).toBe(`\`${o.near}\``)
    expect(row("shingle")).toBe(`\`${o.shingle}\``)
    expect(row("permutations")).toBe(`\`${o.permutations}\``)
    expect(row("minWords")).toBe(`\`${o.minWords}\``)
    expect(row("seed")).toBe(`\`${o.seed}\``)
    expect(row("bands")).toBe("from the threshold")
    expect(doc).toMatch(new RegExp(`^\\| \`bands\` \\|.*\\(${o.bands} × ${o.rows} at ${o.threshold}\\)`, "m"))
  })

  it("the English example", () => {
    const lead =
      "The port authority in Rotterdam said on Tuesday that container traffic fell by eight percent in the first quarter, the steepest drop since the start of the pandemic, as shipping lines rerouted vessels away from the Red Sea."
    const more =
      "Officials blamed the decline on longer voyages around southern Africa, which have pushed up fuel costs and delayed deliveries to European warehouses by as much as two weeks."
    expect(doc).toContain(lead)
    expect(doc).toContain(more)
    const d = makeDeduper()
    const results = [
      d.check(story("harbour-times/1", "Rotterdam port traffic falls", lead, more)),
      d.check(story("daily-post/7", "Red Sea detours hit Europe's largest port", lead.replace("eight", "8"), more)),
      d.check(
        story(
          "wire/1b",
          "Rotterdam traffic falls (updated)",
          lead,
          more,
          "Later on Tuesday, the Dutch transport minister said the government would meet shipping companies next week to discuss support for the sector."
        )
      ),
      d.check(story("gazette/3", "Port traffic falls", `${lead}\u00a0 ${more}`))
    ]
    for (const r of results) expect(doc).toContain(printed(r))
    expect(results.map((r) => r?.kind ?? null)).toEqual([null, "near", "near", "exact"])
  })

  it("the Arabic example", () => {
    const a1 =
      "أعلنت المؤسسة العامة لتحلية المياه المالحة اليوم الثلاثاء بدء التشغيل التجريبي لمحطة جديدة في مدينة ينبع بطاقة إنتاجية تبلغ ثلاثمئة ألف متر مكعب يوميا، لتغطية الطلب المتزايد على المياه في منطقة المدينة المنورة."
    const a2 = "وقال المتحدث الرسمي باسم المؤسسة في تصريح صحفي إن المحطة تعمل بتقنية التناضح العكسي، وإنها تستهلك من الطاقة أقل بنحو الثلث مما تستهلكه المحطات الحرارية القديمة."
    expect(doc).toContain(a1)
    expect(doc).toContain(a2)
    const ar = makeDeduper()
    const results = [
      ar.check(story("spa/101", "بدء تشغيل محطة تحلية في ينبع", a1, a2)),
      ar.check(story("okaz/55", "محطة ينبع تبدأ التشغيل", a1.replace("أعلنت", "أَعْلَنَت").replace("المؤسسة", "المـؤسسة"), a2)),
      ar.check(story("riyadh/9", "تشغيل محطة تحلية جديدة", a1.replace("اليوم الثلاثاء", "أمس"), a2.replace("في تصريح صحفي", "في تصريح لـ«الرياض»"))),
      ar.check(story("x/1", "عاجل", "تفاصيل لاحقا.")),
      ar.check(story("x/2", "زلزال في الشمال", "تفاصيل لاحقا."))
    ]
    for (const r of results) expect(doc).toContain(printed(r))
    expect(results.map((r) => r?.kind ?? null)).toEqual([null, "exact", "near", null, null])
  })
})
