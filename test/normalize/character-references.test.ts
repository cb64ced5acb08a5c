/**
 * The `characterReferences` step: HTML character references read as the characters they name, with their alignment,
 * what stays as written, and what the pipeline's stages make of a scraped text that kept them.
 */
import { describe, expect, it } from "vitest"
import { characterReferences, normalize, normalizeText, tokenize, unicode } from "../../src/normalize/index.js"
import { processText } from "../../src/node.js"

describe("characterReferences", () => {
  it.each([
    ["&quot;نص&quot;", "\"نص\""],
    ["Jos&#233;", "José"],
    ["&#x2019;&#X201C;&#x201d;", "\u2019\u201c\u201d"],
    ["&#150; &#146; &#128;", "\u2013 \u2019 \u20ac"],
    ["&lt;p&gt; &amp; &apos;", "<p> & '"],
    ["&Eacute;&eacute;&thetasym;", "Éé\u03d1"],
    ["&#x1F600;", "\u{1f600}"]
  ])("reads %s", (before, after) => {
    expect(normalizeText(before, [characterReferences()])).toBe(after)
  })

  it.each([
    "&bogus;",
    "&amp",
    "&QUOT;",
    "&#;",
    "&#x;",
    "&#0;",
    "&#9;",
    "&#127;",
    "&#129;",
    "&#xD800;",
    "&#xFFFE;",
    "&#x110000;",
    "&#12345678;",
    "&#x00000000041;"
  ])("leaves %s as written", (s) => {
    expect(normalizeText(s, [characterReferences()])).toBe(s)
  })

  it("maps each reference to its whole span in the original", () => {
    const s = "قال: &quot;نعم&quot; Jos&#233;"
    const r = normalize(s, "search")
    expect(r.text).toBe('قال: "نعم" jose')
    expect(r.toOriginal(5, 6)).toEqual({ start: 5, end: 11 })
    expect(s.slice(r.toOriginal(11, 15).start, r.toOriginal(11, 15).end)).toBe("Jos&#233;")
    expect(r.toNormalized(5, 11)).toEqual({ start: 5, end: 6 })
  })

  it("lets the other steps map the character: a no-break space collapses, a soft hyphen and a bidi mark go", () => {
    expect(normalizeText("a &nbsp; b", "search")).toBe("a b")
    expect(normalizeText("a&nbsp;&nbsp;b", "display")).toBe("a b")
    expect(normalizeText("مع&shy;لومات&rlm;", "search")).toBe("معلومات")
    expect(normalizeText("&laquo;x&raquo; &ldquo;y&rdquo;", "search")).toBe('"x" "y"')
    expect(normalizeText("&#1571;&#1581;&#1605;&#1583;", "search")).toBe("احمد")
  })

  it("reads a reference the other steps make, so a second pass changes nothing", () => {
    for (const s of ["&QUOT;", "&#١٦٠;x", "&quot؛", "＆quot;", "&amp;＃233;", "e&#769;", "&#101;\u0301", "&quot;\u0301", "&amp;quot;", "&amp;amp;amp;"]) {
      for (const p of ["display", "search"] as const) {
        const once = normalizeText(s, p)
        expect(normalizeText(once, p), `${p}: ${JSON.stringify(s)} → ${JSON.stringify(once)}`).toBe(once)
      }
    }
    expect(normalizeText("&QUOT;", "search")).toBe('"')
    expect(normalizeText("&#١٦٠;x", "search")).toBe(" x")
    expect(normalizeText("&amp;quot;", "search")).toBe("&amp;quot;")
    expect(normalizeText("AT&amp;T", "display")).toBe("AT&T")
  })

  it("leaves a reference to a combining mark when the list composes (it would join its neighbour)", () => {
    expect(normalizeText("e&#769;", "display")).toBe("e&#769;")
    expect(normalizeText("e&#769;", [characterReferences()])).toBe("e\u0301")
  })

  it("keeps a reference followed by a combining mark as one edit with it", () => {
    const r = normalize("&quot;\u0301 x", "display")
    expect(r.text).toBe("&quot;\u0301 x")
    expect([...r.alignment.edits()]).toEqual([{ normStart: 0, normEnd: 7, origStart: 0, origEnd: 7 }])
  })

  it("does nothing without the step", () => {
    expect(normalizeText("&quot;x&quot; &#233;", [unicode()])).toBe("&quot;x&quot; &#233;")
    expect(normalizeText("&quot;x&quot;", "camel")).toBe("&quot;x&quot;")
  })
})

describe("tokenize", () => {
  it("keeps a reference to a letter inside a word, and folds it", () => {
    const ts = tokenize("Jos&#233; Fran&ccedil;ois &Eacute;cole co&#8217;s")
    expect(ts.map((t) => [t.text, t.norm, t.kind])).toEqual([
      ["Jos&#233;", "jose", "word"],
      ["Fran&ccedil;ois", "francois", "word"],
      ["&Eacute;cole", "ecole", "word"],
      ["co&#8217;s", "co's", "word"]
    ])
  })

  it("reads any other reference as one token of its character's kind, and a space reference as a space", () => {
    const ts = tokenize("&quot;متعب بن عبدالله&quot; &amp; co&nbsp;ltd &#8220;x&#8221; &#1633;&#1634; &#128512;")
    expect(ts.map((t) => [t.text, t.norm, t.kind])).toEqual([
      ["&quot;", "\"", "punct"],
      ["متعب", "متعب", "word"],
      ["بن", "بن", "word"],
      ["عبدالله", "عبدالله", "word"],
      ["&quot;", "\"", "punct"],
      ["&amp;", "&", "punct"],
      ["co", "co", "word"],
      ["ltd", "ltd", "word"],
      ["&#8220;", "\"", "punct"],
      ["x", "x", "word"],
      ["&#8221;", "\"", "punct"],
      ["&#1633;", "1", "number"],
      ["&#1634;", "2", "number"],
      ["&#128512;", "😀", "symbol"]
    ])
  })

  it("leaves what is no reference as it was (`&amp` without its semicolon, a bare `&`)", () => {
    const ts = tokenize("R&D &amp x")
    expect(ts.map((t) => t.text)).toEqual(["R", "&", "D", "&", "amp", "x"])
  })
})

describe("a scraped article that kept its references", () => {
  const text = [
    "الرياض - واس",
    "",
    "قال وزير الصحة توفيق الربيعة إن الوزارة أنهت استعداداتها لموسم الحج. وأضاف الربيعة: &quot;فرقنا جاهزة في كل المشاعر&quot; مشيرا إلى خطة الطوارئ.",
    "",
    "وأكد المتحدث باسم الوزارة أن &#8220;العمل مستمر على مدار الساعة&#8221; خلال أيام الموسم."
  ].join("\n")

  it("gives the quote stage the marks, with spans in the original text", async () => {
    const r = await processText(text, { id: "refs" })
    const quotes = r.quotes ?? []
    const q = quotes.find((x) => x.text.includes("فرقنا جاهزة"))
    expect(q, JSON.stringify(quotes)).toBeDefined()
    expect(q!.speaker).toBe("توفيق الربيعة")
    expect(text.slice(q!.start, q!.end)).toBe(q!.text)
    expect(q!.text).not.toContain("quot")
    expect(quotes.some((x) => x.text.includes("العمل مستمر") && !x.text.includes("8220"))).toBe(true)
  })

  it("gives the entity stage a name whole, with a readable canonical form", async () => {
    const r = await processText("Mourinho hits back\n\nChelsea manager Jos&#233; Mourinho said the club would not sell its captain. Mourinho added that the squad was happy.", { id: "en" })
    const jose = (r.entities ?? []).find((e) => e.text.startsWith("Jos"))
    expect(jose?.text).toBe("Jos&#233; Mourinho")
    expect(jose?.canonical).toBe("José Mourinho")
  })

  it.each(["متعب بن عبدالله", "عبدالعزيز بن سعود"])("never tags the words of a reference as a name (`&quot;%s&quot;`)", async (name) => {
    const article = [
      `أسرة مريضة تناشد &quot;${name}&quot; نقل ابنتها إلى مستشفى تخصصي`,
      "",
      "الرياض - واس",
      "",
      `وقالت والدة الطفلة إن &quot;${name}&quot; عرف بمواقفه الإنسانية، وأضافت: &quot;ننتظر لفتة كريمة&quot;.`
    ].join("\n")
    const r = await processText(article, { id: "refs-names" })
    const people = (r.entities ?? []).filter((e) => e.type === "PERSON")
    expect(people.map((e) => e.text)).toEqual([name, name])
    // (the dateline's `الرياض` and `واس` are entities too since the fifty-eighth session's credits: the people only)
    for (const e of people) {
      expect(e.canonical).toBe(name)
      expect(article.slice(e.start, e.end)).toBe(e.text)
    }
  })

  it("shows the characters in the paragraphs' display text", async () => {
    const r = await processText(text, { id: "refs" })
    const p = r.paragraphs.find((x) => x.display?.includes("فرقنا") === true)!
    expect(p.display).toContain('"فرقنا جاهزة في كل المشاعر"')
    expect(text.slice(p.start, p.end)).toContain("&quot;")
  })
})
