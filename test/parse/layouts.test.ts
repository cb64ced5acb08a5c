/**
 * Whole-article layouts, with and without the title/author hints a JSON input
 * gives. The sentences are written for these tests.
 */
import { describe, expect, it } from "vitest"
import { composed, doc, reject } from "./helpers.js"
import { violations } from "./invariants.js"

const bodyAr =
  "أعلنت وزارة النقل اليوم بدء العمل في مشروع لتوسعة الطريق الساحلي بطول أربعين كيلومتراً، على أن ينتهي خلال عامين.\n\n" +
  "وقال المتحدث باسم الوزارة إن المشروع يشمل جسرين جديدين ومسارات للطوارئ على جانبي الطريق."

describe("layouts with input hints (title + author fields)", () => {
  it("reads the dateline from the author field and keeps it out of the body", () => {
    const { text, hints } = composed("توسعة الطريق الساحلي", "جدة: سالم الغامدي", bodyAr)
    const d = doc(text, hints)
    expect(d.title?.text).toBe("توسعة الطريق الساحلي")
    expect(d.dateline).toMatchObject({ text: "جدة:", places: ["جدة"], agencies: [] })
    expect(d.byline?.names).toEqual(["سالم الغامدي"])
    expect(d.paragraphs).toHaveLength(2)
    expect(d.diagnostics.filter((x) => x.stage === "parse")).toEqual([])
    expect(violations(d)).toEqual([])
  })

  it("a Sabq credit printed again at the start of the content is cut as a repeat", () => {
    const content = " سالم الغامدي- سبق- جدة: أعلنت وزارة النقل اليوم بدء العمل في مشروع لتوسعة الطريق الساحلي بطول أربعين كيلومتراً."
    const { text, hints } = composed("توسعة الطريق", "سالم الغامدي- سبق- جدة:", content)
    const d = doc(text, hints)
    expect(d.dateline?.agencies).toEqual(["سبق"])
    expect(d.byline?.names).toEqual(["سالم الغامدي"])
    expect(d.paragraphs[0]!.text.startsWith("أعلنت")).toBe(true)
    expect(d.boilerplate.map((b) => b.rule)).toContain("heuristic:repeated-credit")
    expect(violations(d)).toEqual([])
  })

  it("an author field holding a columnist's name is the byline", () => {
    const { text, hints } = composed("عن الحدائق", "منيرة سعد العتيبي", bodyAr)
    const d = doc(text, hints)
    expect(d.byline?.names).toEqual(["منيرة سعد العتيبي"])
    expect(d.dateline).toBeNull()
  })

  it("an author field with a time stamp after a bar sets published", () => {
    const { text, hints } = composed("خبر رياضي", "الرياض - الرياضية | Monday, 10 August 2015 - 18:04 pm", bodyAr)
    const d = doc(text, hints, "2015-08-01")
    expect(d.dateline?.places).toEqual(["الرياض"])
    expect(d.published).toBe("2015-08-10")
    expect(d.boilerplate.some((b) => b.kind === "timestamp" && b.text.startsWith("|"))).toBe(true)
    expect(d.diagnostics.map((x) => x.code)).toContain("KHB-W105")
  })

  it("an author field that is not a credit stays text", () => {
    const { text, hints } = composed("عنوان", "وأكد المشاركون في اللقاء أن المبادرة ستستمر حتى نهاية العام المقبل بدعم من القطاع الخاص والجمعيات", bodyAr)
    const d = doc(text, hints)
    expect(d.dateline).toBeNull()
    expect(d.paragraphs[0]!.text.startsWith("وأكد المشاركون")).toBe(true)
  })

  it("ignores a hint that points outside the text", () => {
    const d = doc("Title here\n\nThe body of the story runs to more than a dozen words so it reads as text.", {
      title: { start: 5, end: 999 }
    })
    expect(d.title?.text).toBe("Title here")
  })
})

describe("layouts in plain text", () => {
  it("the seed's layout: title, blank line, `عواصم ـ وكالات`, paragraphs, trailing chrome", () => {
    const text =
      "قمة ثلاثية في أنقرة لبحث ملف المياه \n\nعواصم ـ وكالات\n\n" +
      bodyAr +
      "\n\nمقالات ذات صلة\n\nزر الذهاب إلى الأعلى"
    const d = doc(text)
    expect(d.title?.text).toBe("قمة ثلاثية في أنقرة لبحث ملف المياه")
    expect(d.dateline).toMatchObject({ text: "عواصم ـ وكالات", places: ["عواصم"], agencies: ["وكالات"], date: null })
    expect(d.paragraphs).toHaveLength(2)
    expect(d.boilerplate.map((b) => b.kind)).toEqual(["related", "navigation"])
    expect(violations(d)).toEqual([])
  })

  it("an SPA item: desk label, dateline with both calendars, end marker, time stamp", () => {
    const text =
      "اقتصادي / ارتفاع صادرات التمور\n\n الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n" +
      " ارتفعت صادرات التمور خلال النصف الأول من العام بنسبة كبيرة مقارنة بالفترة نفسها من العام الماضي.\n // انتهى //\n 16:44 ت م \n"
    const d = doc(text, {}, "2015-08-12")
    expect(d.title?.text).toBe("ارتفاع صادرات التمور")
    expect(d.dateline?.date).toBe("25 شوال 1436 هـ الموافق 10 أغسطس 2015 م")
    expect(d.published).toBe("2015-08-10")
    expect(d.boilerplate.map((b) => b.kind)).toEqual(["navigation", "end-marker", "timestamp"])
  })

  it("English wires: the dateline opens the first paragraph", () => {
    const d = doc("Strike ends at port\n\nLONDON, Nov 21 (Reuters) - Dock workers ended a three-day strike on Friday after a pay deal.")
    expect(d.dateline).toMatchObject({ text: "LONDON, Nov 21 (Reuters) -", places: ["LONDON"], agencies: ["Reuters"], date: "Nov 21" })
    expect(d.paragraphs[0]!.text).toBe("Dock workers ended a three-day strike on Friday after a pay deal.")
  })

  it("a BBC Arabic page: suffix cut from the title, crawl time cut as crawl-meta", () => {
    const d = doc(
      "سوق العقارات في دبي يتباطأ - BBC Arabic\nFri, 11 Aug 2017 15:20:50 GMT\n" +
        "تباطأت مبيعات العقارات في دبي خلال الربع الثاني من العام وفق بيانات رسمية نشرت اليوم.\n" +
        "ويقول محللون إن ارتفاع المعروض من الشقق الجديدة ضغط على الأسعار."
    )
    expect(d.title?.text).toBe("سوق العقارات في دبي يتباطأ")
    expect(d.boilerplate.map((b) => [b.kind, b.text])).toEqual([
      ["site-title", "- BBC Arabic"],
      ["crawl-meta", "Fri, 11 Aug 2017 15:20:50 GMT"]
    ])
    expect(d.published).toBeNull()
  })

  it("a BBC English file: title, blank line, paragraphs; nothing cut", () => {
    const d = doc("Rail fares to rise\n\nFares will rise by 2% in January, the industry body said.\n\nCommuters' groups called the rise unfair.", {}, "2005-03-01")
    expect(d.title?.text).toBe("Rail fares to rise")
    expect(d.published).toBe("2005-03-01") // no date in the text: the input's date is kept
    expect(d.boilerplate).toEqual([])
    expect(d.paragraphs).toHaveLength(2)
    expect(d.diagnostics.filter((x) => x.stage === "parse")).toEqual([])
  })

  it("cuts a tags tail glued to the last paragraph only after a sentence end", () => {
    const d = doc("عنوان الخبر\n\nعين اليوم – جدة\nبدأت أعمال الصيانة في الطريق اليوم وتستمر أسبوعين بحسب الأمانة. سمات جدة الطرق الصيانة")
    expect(d.boilerplate.find((b) => b.kind === "tags")?.text).toBe("سمات جدة الطرق الصيانة")
    const keep = doc("عنوان الخبر\n\nعين اليوم – جدة\nتحدث الباحث عن سمات الشخصية القيادية في المؤسسات الحديثة ودورها")
    expect(keep.boilerplate.some((b) => b.kind === "tags")).toBe(false)
  })

  it("trailing captions after the last sentence are cut, a final short sentence is kept", () => {
    const cut = doc("عنوان\n\nاليوم - الدمام\nافتتح المعرض أبوابه للزوار اليوم وسط إقبال كبير من العائلات.\nزوار في جناح الحرف اليدوية")
    expect(cut.boilerplate.at(-1)).toMatchObject({ kind: "caption", rule: "heuristic:trailing-caption" })
    const kept = doc("عنوان\n\nاليوم - الدمام\nافتتح المعرض أبوابه للزوار اليوم وسط إقبال كبير من العائلات.\nوأكد المنظمون أن الدخول مجاني")
    expect(kept.paragraphs.at(-1)?.text).toBe("وأكد المنظمون أن الدخول مجاني")
  })
})

describe("diagnostics", () => {
  it("KHB-W103 when the title is guessed, KHB-W104 when there is none", () => {
    const g = doc("A title line\nThe first paragraph follows on the next line without a blank line between them at all.")
    expect(g.diagnostics.map((x) => x.code)).toContain("KHB-W103")
    const n = doc("The first paragraph is long enough that it cannot be a title, and it ends with a full stop like prose does.\nA second paragraph.")
    expect(n.title).toBeNull()
    expect(n.diagnostics.map((x) => x.code)).toContain("KHB-W104")
  })

  it("KHB-W101 for a wire story whose dateline is missing", () => {
    const d = doc("Oil prices climb\n\nOil prices rose on Monday (Reuters) as supply worries grew across several producing countries.")
    const w = d.diagnostics.find((x) => x.code === "KHB-W101")
    expect(w).toBeDefined()
    expect(d.text.slice(w!.start, w!.end)).toBe("(Reuters)")
  })

  it("KHB-W102 for a very long line", () => {
    const d = doc("Title\n\n" + "word ".repeat(5000) + "end.")
    expect(d.diagnostics.map((x) => x.code)).toContain("KHB-W102")
  })
})

describe("not articles", () => {
  const table: ReadonlyArray<readonly [string, string, RegExp]> = [
    ["white space only", " \n\t\u00a0\n", /only white space/],
    ["a title and nothing else", "A lonely headline", /no body/],
    ["a title and chrome", "Headline\n\nShare\nFacebook\nTwitter\nBack to top", /only page chrome/],
    ["an error page", "Page not found - BBC Arabic\nFri, 11 Aug 2017 15:25:47 GMT\nنرجو التأكد من اسم الموقع", /section, index or error page/],
    ["a list of links", "Around the region\n\nOne\nTwo short\nThree short links\nFour\nFive here\nSix more", /index page: 6 short lines/],
    ["a section page by its title", "News\n\nOne story of the day that runs long enough to be a sentence of text.", /section, index or error page/],
    ["a caption only", "عنوان الخبر\n\nالرياض - واس\n\n محمد سالم", /no sentence-like paragraph/]
  ]
  for (const [name, text, reason] of table) {
    it(name, () => {
      expect(reject(text).detail).toMatch(reason)
    })
  }
})

describe("teaser pages and the stories that look like them (BBC Arabic layout: a title with the site's name over one-sentence paragraphs)", () => {
  const page = (title: string, paragraphs: ReadonlyArray<string>): string =>
    `${title} - BBC Arabic\nMon, 14 Aug 2017 10:02:11 GMT\n${paragraphs.join("\n")}`
  const teasers = [
    "موجة حر تضرب جنوب أوروبا وتدفع السلطات إلى إغلاق مواقع أثرية في ساعات الظهيرة.",
    "أمطار غزيرة تتسبب في فيضانات بعدة ولايات في شرق الهند.",
    "دراسة جديدة تربط ارتفاع حرارة البحار بتزايد قوة الأعاصير.",
    "الثلوج تغطي مرتفعات الأطلس في المغرب في وقت مبكر من الموسم.",
    "عاصفة رملية تعطل حركة الطيران في مطارات خليجية.",
    "الجفاف يهدد محصول الزيتون في شمال أفريقيا هذا العام."
  ]
  it("a section title over teasers is an index page", () => {
    expect(reject(page("الطقس", teasers)).detail).toMatch(/section title over 6 teasers/)
  })
  it("one teaser in seven that opens with a verb in و (وافقت) does not save the page", () => {
    expect(reject(page("الطقس", [...teasers.slice(0, 4), "وافقت الحكومة على خطة لمواجهة موجات الحر المتكررة.", ...teasers.slice(4)])).detail).toMatch(/teasers/)
  })
  const profile = [
    "مدينة الخزامى هي مركز المحافظة التي تحمل اسمها وتقع في شمال البلاد على ضفة النهر.",
    "المحافظة ذات طابع زراعي ومعظم سكانها يعملون في زراعة القمح والقطن منذ عقود.",
    "كان يعيش في المحافظة قبل الحرب نحو نصف مليون شخص في المدينة والقرى المحيطة بها.",
    "كما أن في المحافظة أكبر سدود البلاد وهو سد يولد معظم كهرباء المنطقة الشمالية.",
    "لكنها باتت اليوم ساحة معارك بين القوات الحكومية والمسلحين الذين يسيطرون على أطرافها."
  ]
  const galleryCaptions = [
    "فيما يلي مجموعة من أبرز صور المهرجان الذي أقيم في وسط المدينة أمس.",
    "حرص المشاركون على التقاط صور تذكارية أمام المسرح الرئيسي.",
    "شارك في المسيرة أطفال بأزياء تقليدية من مختلف مناطق البلاد.",
    "ارتدى العازفون ملابس ملونة مستوحاة من تراث الجبال.",
    "يقول المنظمون إن المهرجان اجتذب هذا العام نحو ثلاثة آلاف زائر."
  ]
  const table: ReadonlyArray<readonly [string, string]> = [
    ["a profile whose paragraphs go on with كما and لكنها", page("مدينة الخزامى: محطات رئيسية", profile)],
    ["one paragraph in five that opens with ثم", page("رحلة النهر", [...teasers.slice(0, 4), "ثم عاد الطقس إلى طبيعته في معظم المناطق مع نهاية الأسبوع."])],
    ["a photo story under a media kicker (بالصور:)", page("بالصور: مهرجان الخريف", galleryCaptions)]
  ]
  for (const [name, text] of table) {
    it(`${name} is an article`, () => {
      const d = doc(text)
      expect(d.paragraphs.length).toBeGreaterThanOrEqual(5)
    })
  }
  it("a word that only starts like a link word (كمال, غيرت) is no link", () => {
    const words = ["كمال الدين يفوز بجائزة الرواية العربية لهذا العام عن عمله الأخير.", "غيرت الأمطار خطط المزارعين في السهول الساحلية هذا الموسم."]
    expect(reject(page("الطقس", [...teasers.slice(0, 3), ...words, ...teasers.slice(3)])).detail).toMatch(/teasers/)
  })
})
