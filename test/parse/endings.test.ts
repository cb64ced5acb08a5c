/**
 * The ends and the opening of opinion pieces: an author's bio after the last
 * sentence, a writer's name alone on the last line, and a column label before
 * the first paragraph. The sentences are written for these tests, in the
 * style of Saudi papers and of BBC guest columns.
 */
import { describe, expect, it } from "vitest"
import { composed, doc } from "./helpers.js"
import { violations } from "./invariants.js"

const arTitle = "أزمة المياه في المدن الكبرى"
const arBody =
  "يتحدث الناس كثيرا عن أزمة المياه في المدن الكبرى، ولا يتحدثون عن الحلول الممكنة لها في المستقبل القريب.\n\n" +
  "والحل في رأيي يبدأ من البيت قبل أن يبدأ من الوزارة والبلدية والشركات."
const arLast = "والحل في رأيي يبدأ من البيت قبل أن يبدأ من الوزارة والبلدية والشركات."
const arArticle = (ending: string, sep = "\n\n") => `${arTitle}\n\n${arBody}${sep}${ending}`

const enTitle = "Why the web needs fixing"
const enBody =
  "The internet was built for sharing papers between universities, and it shows in the way it handles money and identity today.\n\n" +
  "That will have to change if it is to carry the weight we now put on it."
const enLast = "That will have to change if it is to carry the weight we now put on it."
const enArticle = (ending: string) => `${enTitle}\n\n${enBody}\n\n${ending}`

describe("an author's bio closing an article is cut as a credit", () => {
  it.each([
    // [ending, how it is printed]
    ["* كاتب وباحث سعودي", "starred line"],
    ["*باحثة في شؤون التعليم", "starred, no blank"],
    ["- أستاذ العلوم السياسية في جامعة الملك سعود", "dashed line"],
    ["الكاتب أستاذ في جامعة الملك عبدالعزيز", "الكاتب …"],
    ["أستاذ مشارك بكلية الهندسة.", "a line closed by a full stop"],
    ["أكاديمية وإعلامية سعودية", "no marker"],
    ["(*أستاذ الأدب الحديث المشارك – جامعة الملك خالد)", "in brackets"],
    ["طالب دكتوراه في علم الاجتماع", "طالب دكتوراه"]
  ] as const)("%s (%s)", (ending, _how) => {
    const d = doc(arArticle(ending))
    expect(d.paragraphs.at(-1)!.text).toBe(arLast)
    const bio = d.boilerplate.find((b) => b.rule === "heuristic:author-bio")
    expect(bio).toMatchObject({ kind: "credit", text: ending })
    expect(violations(d)).toEqual([])
  })

  it("a bio glued after the last sentence of the last paragraph", () => {
    const d = doc(arArticle("أستاذ مشارك بجامعة الدمام", " "))
    expect(d.paragraphs.at(-1)!.text).toBe(arLast)
    expect(d.boilerplate.at(-1)).toMatchObject({ kind: "credit", rule: "heuristic:author-bio", text: "أستاذ مشارك بجامعة الدمام" })
    expect(violations(d)).toEqual([])
  })

  it.each([
    // a sentence about a writer is text
    "الكاتب قال إن المقال كتب قبل عام من صدور القرار",
    // a trade noun that does not open the line
    "وزار الوفد جامعة الملك سعود والتقى أستاذ الهندسة المدنية",
    // a news line about a professor, long and with a verb
    "أستاذ الهندسة في جامعة الملك سعود يفوز بجائزة دولية للبحث العلمي، وهو أول سعودي ينالها منذ إنشائها قبل عشرين عاما."
  ])("stays text: %s", (ending) => {
    const d = doc(arArticle(ending))
    expect(d.boilerplate.some((b) => b.rule === "heuristic:author-bio")).toBe(false)
  })

  it.each([
    ["Jane Fowler is the technology editor of Net Weekly, a magazine for small businesses.", "Jane Fowler"],
    ["Tom Okafor is health correspondent for The Evening Post.", "Tom Okafor"],
    ["Maria Lopez works for Open Ballot, a charity that trains election observers.", "Maria Lopez"],
    ["Ahmed Yusuf Khan writes for the Lahore Review", "Ahmed Yusuf Khan"]
  ])("English: %s", (ending, name) => {
    const d = doc(enArticle(ending))
    expect(d.paragraphs.at(-1)!.text).toBe(enLast)
    // the bio names the writer: the byline of an article that has none
    expect(d.byline?.names).toEqual([name])
    const bio = d.boilerplate.find((b) => b.rule === "heuristic:author-bio")
    expect(bio?.kind).toBe("credit")
    expect(d.text.slice(d.byline!.start, bio!.end)).toBe(ending)
    expect(violations(d)).toEqual([])
  })

  it("English: with a byline already, the whole bio is a credit", () => {
    const d = doc(`${enTitle}\n\nBy Sam Reed\n\n${enBody}\n\nJane Fowler is the technology editor of Net Weekly.`)
    expect(d.byline?.names).toEqual(["Sam Reed"])
    expect(d.boilerplate.at(-1)).toMatchObject({ kind: "credit", rule: "heuristic:author-bio", text: "Jane Fowler is the technology editor of Net Weekly." })
  })

  it.each([
    "Mary Stone is due to arrive in the region on Thursday.",
    "Mary Stone is expected to name her cabinet next week.",
    "The council is the largest employer in the town.",
    "Lord Hill is in talks with the unions over the plan.",
    "Mary Stone works hard, her colleagues say, and rarely takes a holiday."
  ])("English stays text: %s", (ending) => {
    const d = doc(enArticle(ending))
    expect(d.paragraphs.at(-1)!.text).toBe(ending)
    expect(d.byline).toBeNull()
  })
})

describe("a writer's name alone on the last line", () => {
  // A lone name after the last sentence is cut as a credit (heuristic:trailing-name). Making it
  // the byline when the article has none is measured (see docs/parse.md) but not switched on: it
  // moves the signatures of Al-Madina's letters from boilerplate to byline, under that outlet's
  // boilerplate floor in scripts/eval-baseline.json.
  it("is cut as a credit, not left as the last paragraph", () => {
    const d = doc(arArticle("منصور الغامدي"))
    expect(d.paragraphs.at(-1)!.text).toBe(arLast)
    expect(d.boilerplate.at(-1)).toMatchObject({ kind: "credit", rule: "heuristic:trailing-name", text: "منصور الغامدي" })
    expect(violations(d)).toEqual([])
  })

  it("a marked signature is the byline when there is none", () => {
    const d = doc(arArticle("- منصور الغامدي"))
    expect(d.byline?.names).toEqual(["منصور الغامدي"])
    expect(d.paragraphs.at(-1)!.text).toBe(arLast)
  })

  it("an article with a byline keeps it; the name at the end is cut", () => {
    const c = composed(arTitle, "سالم الحربي", `${arBody}\n\nمنصور الغامدي`)
    const d = doc(c.text, c.hints)
    expect(d.byline?.names).toEqual(["سالم الحربي"])
    expect(d.boilerplate.at(-1)).toMatchObject({ kind: "credit", text: "منصور الغامدي" })
  })
})

describe("a column label before the first paragraph", () => {
  const lead = "تعاني الطرق السريعة بين المدن من نقص الصيانة منذ سنوات، ويشكو المسافرون من الحفر والتحويلات."
  it.each(['"سبق" تقول للمسؤول:', "سبق تقول للمسؤول:", "&quot;سبق&quot; تقول للمسؤول:", "«عكاظ» تسأل:"])("%s", (label) => {
    const d = doc(`يا وزير النقل.. الطرق تنتظر\n\n${label} ${lead}\n\nوقد آن الأوان لخطة واضحة للطرق.`)
    expect(d.paragraphs[0]!.text).toBe(lead)
    expect(d.boilerplate[0]).toMatchObject({ kind: "navigation", rule: "heuristic:column-label", text: label })
    expect(d.dateline).toBeNull()
    expect(violations(d)).toEqual([])
  })

  it("the label printed twice (author field and content) is cut from both", () => {
    const c = composed("يا وزير النقل.. الطرق تنتظر", `سبق تقول للمسؤول: ${lead}`, `سبق تقول للمسؤول: ${lead}\n\nوقد آن الأوان لخطة واضحة للطرق.`)
    const d = doc(c.text, c.hints)
    expect(d.boilerplate.filter((b) => b.rule === "heuristic:column-label")).toHaveLength(2)
    expect(d.paragraphs.every((p) => !p.text.startsWith("سبق"))).toBe(true)
  })

  it.each([
    // an outlet and a place: a credit, read as a dateline
    ["سبق- الرياض: " + lead, "dateline"],
    // a list item that opens with an outlet's name (الحياة)
    ["- الحياة العملية: " + lead, "text"],
    // the outlet with no colon after its words
    ["سبق تنشر تفاصيل الخطة الجديدة للطرق السريعة بين المدن والمحافظات الصغيرة.", "text"]
  ])("not a label: %s", (line, what) => {
    const d = doc(`يا وزير النقل.. الطرق تنتظر\n\n${line}\n\nوقد آن الأوان لخطة واضحة للطرق.`)
    expect(d.boilerplate.some((b) => b.rule === "heuristic:column-label")).toBe(false)
    if (what === "dateline") expect(d.dateline?.places).toEqual(["الرياض"])
  })
})

describe("credit words that are not names", () => {
  it.each([
    // [author line, byline names, dateline places]
    ["رصد وتصوير: سالم الحربي", ["سالم الحربي"], null],
    ["إعداد وتصوير - فهد القحطاني", ["فهد القحطاني"], null],
    ["الرياض - فهد العتيبي، عدسة - سالم الحربي", ["فهد العتيبي", "سالم الحربي"], ["الرياض"]],
    ["الرياض - فهد العتيبي (عدسة/ سالم الحربي)", ["فهد العتيبي", "سالم الحربي"], ["الرياض"]],
    ["صنعاء - خاص بـ«الجزيرة»", null, ["صنعاء"]],
    ["المناطق: سالم الحربي، فهد العتيبي", ["سالم الحربي", "فهد العتيبي"], ["المناطق"]]
  ] as const)("%s", (author, names, places) => {
    const d = doc(`أمانة المنطقة تبدأ تأهيل الحدائق\n\n${author}\n\n${arBody}`)
    if (names === null) expect(d.byline).toBeNull()
    else expect(d.byline?.names).toEqual(names)
    if (places === null) expect(d.dateline?.places ?? null).toBeNull()
    else expect(d.dateline?.places).toEqual(places)
    expect(d.paragraphs[0]!.text.startsWith("يتحدث الناس")).toBe(true)
    expect(violations(d)).toEqual([])
  })
})

describe("a signature with a place or post after a dash, on the last line", () => {
  it.each(["سالم بن فهد الحربي - حريملاء", "نورة سعد العتيبي - جامعة الأميرة نورة", "فهد العنزي ـ محافظة الغاط"])("%s is a credit, not a caption", (ending) => {
    const d = doc(arArticle(ending))
    expect(d.paragraphs.at(-1)!.text).toBe(arLast)
    expect(d.boilerplate.at(-1)).toMatchObject({ kind: "credit", rule: "heuristic:trailing-name", text: ending })
  })

  it("a caption with a dash stays a caption", () => {
    const d = doc(arArticle("جانب من الحفل - الرياض"))
    expect(d.boilerplate.at(-1)?.kind).toBe("caption")
  })
})

describe("linear time on adversarial endings and labels", () => {
  const timeOf = (text: string, runs = 3): number => {
    let best = Number.POSITIVE_INFINITY
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      doc(text)
      best = Math.min(best, performance.now() - t0)
    }
    return Math.max(best, 0.05)
  }
  // linear growth gives ≈ factor; the bound leaves room for a busy machine
  const expectLinear = (make: (n: number) => string, n: number, factor: number, bound: number) => {
    timeOf(make(n), 1)
    const small = timeOf(make(n))
    const big = timeOf(make(n * factor))
    expect(big / small, `time ratio for ${factor}× input: ${small.toFixed(1)} ms → ${big.toFixed(1)} ms`).toBeLessThan(bound)
  }
  it.each([
    ["blanks inside a signature with a dash", (n: number) => arArticle(`سالم${" ".repeat(n)}- حريملاء`)],
    ["commas after a bio word", (n: number) => arArticle(`* كاتب${"،".repeat(n)}`)],
    ["blanks inside an English bio's name", (n: number) => enArticle(`Jane${" ".repeat(n)}Doe is the editor of Net Weekly.`)],
    ["quotes between an outlet and a column label's colon", (n: number) => `عنوان\n\nسبق${' "'.repeat(n)} تقول: ${arBody}`],
    ["sentence ends before a glued bio", (n: number) => `${arTitle}\n\n${arBody} ${". ".repeat(n)}أستاذ مشارك`]
  ] as const)("%s", (_name, make) => {
    expectLinear(make, 100_000, 8, 32)
  })
})
