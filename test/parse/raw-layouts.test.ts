/**
 * Raw articles without input hints: `title + "\n\n" + author + "\n\n" +
 * content` passed as plain text (what `processText(text)` receives). The
 * sentences are written for these tests, in the style of Saudi papers and wires.
 */
import { describe, expect, it } from "vitest"
import { doc } from "./helpers.js"
import { violations } from "./invariants.js"

const body =
  "أعلنت أمانة المنطقة اليوم بدء العمل في مشروع لتأهيل الحدائق العامة في الأحياء الشمالية، على أن ينتهي خلال ثمانية أشهر بتكلفة تقارب عشرين مليون ريال.\n\n" +
  "وقال المتحدث باسم الأمانة إن المشروع يشمل ممرات للمشاة وملاعب للأطفال ومساحات مظللة للأسر."

const raw = (title: string, author: string, content = body) => `${title}\n\n${author}\n\n${content}`

describe("the author slot of a raw article (title, author, content; no hints)", () => {
  it.each([
    // [author line, places, agencies, byline]
    ["كابل: سالم الحربي", ["كابل"], [], ["سالم الحربي"]],
    ["أبها - فهد القحطاني:", ["أبها"], [], ["فهد القحطاني"]],
    // (the title `د.` is left out of the name)
    ["د. منيرة سعد العتيبي", null, null, ["منيرة سعد العتيبي"]],
    ["د.عبدالله بن محمد آل سالم", null, null, ["عبدالله بن محمد آل سالم"]],
    ["تبوك - الوطن", ["تبوك"], ["الوطن"], null]
  ] as const)("%s", (author, places, agencies, byline) => {
    const text = raw("أمانة المنطقة تبدأ تأهيل الحدائق", author)
    const d = doc(text)
    expect(d.title?.text).toBe("أمانة المنطقة تبدأ تأهيل الحدائق")
    if (places === null) expect(d.dateline).toBeNull()
    else expect(d.dateline).toMatchObject({ places, agencies })
    if (byline === null) expect(d.byline).toBeNull()
    else expect(d.byline?.names).toEqual(byline)
    // the author line is never a paragraph
    expect(d.paragraphs[0]!.text.startsWith("أعلنت أمانة")).toBe(true)
    expect(violations(d)).toEqual([])
  })

  it("a one-word line under the title is not a byline", () => {
    const d = doc(raw("أمانة المنطقة تبدأ تأهيل الحدائق", "محليات"))
    expect(d.byline).toBeNull()
  })

  it("a short sentence under the title is not a credit", () => {
    const d = doc(raw("أمانة المنطقة تبدأ تأهيل الحدائق", "هل تكفي الحدائق؟"))
    expect(d.byline).toBeNull()
    expect(d.dateline).toBeNull()
  })

  it("a time stamp after a bar in the author slot is cut and dates the article", () => {
    const d = doc(raw("الأخضر يختتم معسكره", "الرياض - الرياضية | Monday, 10 August 2015 - 18:04 pm"))
    expect(d.dateline).toMatchObject({ places: ["الرياض"], agencies: ["الرياضية"] })
    expect(d.published).toBe("2015-08-10")
    expect(d.boilerplate.find((b) => b.kind === "timestamp")?.rule).toBe("heuristic:date-time-line")
  })

  it.each([
    // a stamp that prints midnight or noon in words instead of a clock time
    ["سبتمبر 14, 2016, منتصف الليل", "2016-09-14"],
    ["سبتمبر 14, 2016, 11 م", "2016-09-14"],
    ["14 سبتمبر 2016 - الظهر", "2016-09-14"],
    ["September 14, 2016, midnight", "2016-09-14"]
  ] as const)("a time-stamp line in the author slot dates the article: %s", (author, published) => {
    const d = doc(raw("أمانة المنطقة تبدأ تأهيل الحدائق", author))
    expect(d.published).toBe(published)
    expect(d.boilerplate.map((b) => [b.kind, b.text])).toContainEqual(["timestamp", author])
    expect(d.byline).toBeNull()
    expect(violations(d)).toEqual([])
  })
})

describe("a headline that reads like a credit (no hints)", () => {
  it.each([
    // an outlet's name ends the headline
    ["الهلال يتصدر الدوري بعد فوزه على الشباب.. اليوم", "جدة: سالم الحربي"],
    // a role word opens it
    ["تقرير أممي: ارتفاع أعداد النازحين في الإقليم", "جنيف - واس"],
    ["حوار الأجيال في المدارس", "منيرة سعد العتيبي"]
  ])("%s", (title, author) => {
    const d = doc(raw(title, author))
    expect(d.title?.text).toBe(title)
    expect(d.paragraphs[0]!.text.startsWith("أعلنت أمانة")).toBe(true)
    expect(violations(d)).toEqual([])
  })

  it("page chrome between the headline and the credit does not hide the credit", () => {
    const d = doc(raw("افتتاح سوق الخضار الجديد.. اليوم", "Next Previous\nسالم الحربي – عين اليوم"))
    expect(d.title?.text).toBe("افتتاح سوق الخضار الجديد.. اليوم")
    expect(d.byline?.names).toEqual(["سالم الحربي"])
  })

  it("a headline with a long guessed name and an outlet is a headline even over the body", () => {
    const title = "جريدة الرياض تهنئ قراءها الكرام بحلول العيد"
    const d = doc(`${title}\n\n${body}`)
    expect(d.title?.text).toBe(title)
    expect(d.byline).toBeNull()
  })

  it("a credit line with no headline above it is still a dateline", () => {
    const d = doc(`عواصم ـ وكالات\n\n${body}`)
    expect(d.title).toBeNull()
    expect(d.dateline).toMatchObject({ places: ["عواصم"], agencies: ["وكالات"] })
  })
})

describe("signed pages of short lines", () => {
  it("a poem under its poet's name is an article, not an index page", () => {
    const poem = ["يا ليل طال السهر", "والنجم غاب القمر", "والقلب يرجو اللقا", "والدرب طال السفر", "يا صاحبي لا تلم", "فالشوق عندي قدر"].join("\n")
    const d = doc(raw("سهر", "سالم الحربي", poem))
    expect(d.byline?.names).toEqual(["سالم الحربي"])
    expect(d.paragraphs).toHaveLength(6)
  })
})

describe("contact lines glued to an address", () => {
  it("cuts `للتواصل مع الكاتب …` and the e-mail address glued before it", () => {
    const line = "writer@example.comللتواصل مع الكاتب ارسل رسالة قصيرة تبدأ بالرمز (5) إلى 80000"
    const d = doc(raw("عن الحدائق", "سالم الحربي", body + "\n\n" + line))
    const cuts = d.boilerplate.filter((b) => b.kind === "credit").map((b) => [b.text, b.rule])
    expect(cuts).toEqual([
      ["writer@example.com", "heuristic:contact"],
      ["للتواصل مع الكاتب ارسل رسالة قصيرة تبدأ بالرمز (5) إلى 80000", "lexicon:ar/boilerplate/credit:tail:للتواصل مع الكاتب"]
    ])
    expect(d.paragraphs.at(-1)!.text.startsWith("وقال المتحدث")).toBe(true)
    expect(violations(d)).toEqual([])
  })
})

describe("a link box glued to the last line", () => {
  it("cuts `مقالات أخرى للكاتب` and the titles run into it", () => {
    const last = "وفي الختام نرجو أن تبقى حدائقنا نظيفة للجميع. "
    const box = "مقالات أخرى للكاتبعن الأرصفة والمشاةحين تغيب الشجرةمدن بلا ظل"
    const d = doc(raw("عن الحدائق", "سالم الحربي", body + "\n\n" + last + box))
    const cut = d.boilerplate.find((b) => b.kind === "related")
    expect(cut?.text).toBe(box)
    expect(cut?.rule).toBe("lexicon:ar/boilerplate/related:tail:مقالات أخرى للكاتب (glued)")
    expect(d.paragraphs.at(-1)!.text).toBe(last.trim())
    expect(violations(d)).toEqual([])
  })

  // the glued word is found however it is written (marks inside it, presentation forms),
  // and far back in a long line (more than 320 units before its end)
  it.each([
    ["a tatweel and a kasra inside the word", "مقالات أخرى للكاتـبِعن الأرصفة والمشاة"],
    ["presentation forms", "مقالات أخرى \uFEDF\uFEE0\uFEDC\uFE8E\uFE97\uFE90عن الأرصفة"],
    ["a lam-alef ligature in the title after it", "مقالات أخرى للكاتب\uFEFBعب الحي"],
    ["the box far back in a long line", "مقالات أخرى للكاتبعن الأرصفة " + "وحديث عن المدن والظل والماء ".repeat(12)],
    ["the word twice", "مقالات أخرى للكاتبللكاتبعن الأرصفة"]
  ])("finds it with %s", (_what, box) => {
    const last = "وفي الختام نرجو أن تبقى حدائقنا نظيفة للجميع. "
    const d = doc(raw("عن الحدائق", "سالم الحربي", body + "\n\n" + last + box))
    const cut = d.boilerplate.find((b) => b.kind === "related")
    expect(cut?.text).toBe(box.trim())
    expect(cut?.rule).toBe("lexicon:ar/boilerplate/related:tail:مقالات أخرى للكاتب (glued)")
    expect(violations(d)).toEqual([])
  })

  it("leaves the phrase alone when a space follows it as prose", () => {
    const line = "وقد نشرت الصحيفة مقالات أخرى للكاتب نفسه في الموضوع ذاته خلال الشهر الماضي وأثارت نقاشا واسعا."
    const d = doc(raw("عن الحدائق", "سالم الحربي", body + "\n\n" + line))
    expect(d.paragraphs.at(-1)!.text).toBe(line)
  })
})

describe("a date-time line right under the title", () => {
  it("with seconds it is the time the page was saved (crawl-meta)", () => {
    const d = doc(`أمانة المنطقة تبدأ تأهيل الحدائق - BBC Arabic\nSat, 12 Aug 2017 09:41:27 GMT\n${body}`)
    expect(d.boilerplate.find((b) => b.text.startsWith("Sat"))?.kind).toBe("crawl-meta")
    expect(d.published).toBeNull()
  })

  it("without seconds it is the site's time stamp and dates the article", () => {
    const d = doc(`الأخضر يختتم معسكره\n| Wednesday, 12 August 2015 - 00:00 am\n\n${body}`)
    const stamp = d.boilerplate.find((b) => b.text.includes("Wednesday"))
    expect(stamp?.kind).toBe("timestamp")
    expect(d.published).toBe("2015-08-12")
  })
})

describe("a credit that opens the first paragraph without a colon", () => {
  it.each([
    ["سالم الحربي – عين اليوم أعلنت أمانة المنطقة اليوم بدء العمل في مشروع الحدائق.", ["عين اليوم"], ["سالم الحربي"]],
    ["عين اليوم – متابعات أعلنت أمانة المنطقة اليوم بدء العمل في مشروع الحدائق.", ["عين اليوم", "متابعات"], null]
  ] as const)("%s", (first, agencies, byline) => {
    const d = doc(`أمانة المنطقة تبدأ تأهيل الحدائق\n\n\n\n${first}\n${body}`)
    expect(d.dateline?.agencies).toEqual(agencies)
    if (byline === null) expect(d.byline).toBeNull()
    else expect(d.byline?.names).toEqual(byline)
    expect(d.paragraphs[0]!.text.startsWith("أعلنت أمانة")).toBe(true)
    expect(violations(d)).toEqual([])
  })

  it("a hyphen inside an English word is no credit separator", () => {
    const first = "Ex-BBC presenter Sam Hale launched a new party on Monday, saying it would change the face of local politics."
    const d = doc(`Presenter launches party\n\n${first}`)
    expect(d.dateline).toBeNull()
    expect(d.byline).toBeNull()
    expect(d.paragraphs[0]!.text).toBe(first)
  })

  it("an outlet named in the text without a dash before it is text", () => {
    const first = "قال سالم الحربي لعين اليوم إن أمانة المنطقة بدأت العمل في مشروع الحدائق."
    const d = doc(`أمانة المنطقة تبدأ تأهيل الحدائق\n\n\n\n${first}\n${body}`)
    expect(d.dateline).toBeNull()
    expect(d.paragraphs[0]!.text).toBe(first)
  })
})

describe("a short line between the byline and the text", () => {
  const under = (line: string) => doc(raw("أمانة المنطقة تبدأ تأهيل الحدائق", "جدة: سالم الحربي", `${line}\n${body}`))
  it.each([
    ["جانب من الجولة الميدانية", "caption"],
    ["من الاجتماع", "caption"],
    ["فهد العنزي", "caption"],
    ["تصوير: فهد العنزي", "credit"]
  ] as const)("%s is cut as %s", (line, kind) => {
    const d = under(line)
    expect(d.boilerplate.find((b) => b.text === line)?.kind).toBe(kind)
    expect(d.paragraphs[0]!.text.startsWith("أعلنت أمانة")).toBe(true)
  })

  it("a subheading that is no name stays in the body", () => {
    const d = under("أسباب التأخير في المشروع")
    expect(d.paragraphs[0]!.text).toBe("أسباب التأخير في المشروع")
  })

  it("an English role under a byline is a credit", () => {
    const d = doc("Port strike ends\n\nBy Jane Doe\nHealth Correspondent\nDock workers ended a three-day strike on Friday after a pay deal was agreed with the port authority.")
    expect(d.byline?.names).toEqual(["Jane Doe"])
    expect(d.boilerplate.find((b) => b.text === "Health Correspondent")).toMatchObject({ kind: "credit", rule: "heuristic:byline-role" })
  })
})

describe("the author slot's credit printed again at the start of the content", () => {
  it("is cut as a repeated credit", () => {
    const d = doc(raw("أمانة المنطقة تبدأ تأهيل الحدائق", "سالم الحربي ـ عنيزة", `سالم الحربي ـ عنيزة\n${body}`))
    expect(d.byline?.names).toEqual(["سالم الحربي"])
    expect(d.dateline?.places).toEqual(["عنيزة"])
    expect(d.boilerplate.find((b) => b.text === "سالم الحربي ـ عنيزة")?.rule).toBe("heuristic:repeated-credit")
  })
})
