/**
 * Whole pages in the layouts of news sites outside the bundled corpora, as a
 * scraper saves them (title, site chrome, credit and time-stamp lines, body,
 * link boxes, tags, comment chrome). The articles are written for these tests
 * (`test/fixtures/sites/`); the chrome strings are the sites' own labels.
 * Each test says what a reader would cut and keep.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { doc, ROOT } from "./helpers.js"
import { violations } from "./invariants.js"

const page = (name: string) => doc(readFileSync(join(ROOT, "test", "fixtures", "sites", name), "utf8"))
const cut = (d: ReturnType<typeof doc>, text: string) => d.boilerplate.find((b) => b.text === text)
const kept = (d: ReturnType<typeof doc>) => d.paragraphs.map((p) => p.text)

describe("site layouts", () => {
  it("a source label over the article gives the agencies, not a place; the article goes on after a link box", () => {
    const d = page("ar-source-label-link-list.txt")
    expect(d.title?.text).toBe("مجلس الأمن يمدد مهمة البعثة الأممية في ليبيا عاما إضافيا")
    // `المصدر :` labels the source; it is no place
    expect(d.dateline).toMatchObject({ places: [], agencies: ["الجزيرة", "وكالات"] })
    expect(d.published).toBe("2026-11-29")
    expect(cut(d, "اقرأ أيضا")?.kind).toBe("related")
    expect(cut(d, "ليبيا.. اشتباكات في العاصمة بعد مقتل قيادي مسلح")?.kind).toBe("related")
    expect(cut(d, "end of list")?.kind).toBe("related")
    // a sentence with a full stop after the box is the article again, not a link
    expect(kept(d)).toContain("وكانت البعثة قد أطلقت في أغسطس/آب الماضي خريطة طريق من 3 مراحل تنتهي بتشكيل حكومة موحدة.")
    expect(cut(d, "المصدر : الجزيرة + وكالات")?.kind).toBe("credit")
    // a short follow line under the title (`تابع` also opens prose, so only there and only up to five words)
    expect(cut(d, "تابع الجزيرة نت على:")?.kind).toBe("subscribe")
    expect(violations(d)).toEqual([])
  })

  it("a long follow-us line is chrome", () => {
    const d = page("ar-follow-line-tags.txt")
    expect(d.dateline).toMatchObject({ places: ["أبوظبي"], agencies: ["سكاي نيوز عربية"] })
    expect(d.published).toBe("2026-11-30")
    expect(d.boilerplate.find((b) => b.text.startsWith("تابعوا آخر أخبارنا"))?.kind).toBe("subscribe")
    expect(kept(d)).toHaveLength(3)
    expect(violations(d)).toEqual([])
  })

  it("a `كتب` byline, a stamp, link boxes and the comment form", () => {
    const d = page("ar-kataba-byline-comments.txt")
    expect(d.byline?.names).toEqual(["محمود سالم"])
    expect(d.published).toBe("2026-11-29")
    expect(kept(d)).toHaveLength(3)
    expect(cut(d, "الموضوعات المتعلقة")?.kind).toBe("related")
    expect(cut(d, "أضف تعليق")?.kind).toBe("navigation")
    expect(violations(d)).toEqual([])
  })

  it("the comment policy and the section links under a Moroccan article", () => {
    const d = page("ar-outlet-reporter-comment-policy.txt")
    expect(d.byline?.names).toEqual(["عبد الله المحمدي"])
    expect(d.published).toBe("2026-11-26")
    expect(kept(d)).toHaveLength(3)
    for (const line of ["صوت وصورة", "تعليقات الزوار"]) expect(cut(d, line)?.kind).toBe("navigation")
    expect(d.boilerplate.find((b) => b.text.startsWith("المرجو عدم تضمين تعليقاتكم"))?.kind).toBe("navigation")
    expect(violations(d)).toEqual([])
  })

  it("`نُشر:` before a stamp in two calendars dates the article; a topics box is tags", () => {
    const d = page("ar-published-two-calendars-topics.txt")
    expect(d.dateline).toMatchObject({ places: ["الرياض"], agencies: ["الشرق الأوسط"] })
    expect(cut(d, "نُشر: 11:05-30 نوفمبر 2026 م ـ 09 جمادى الآخرة 1448 هـ")?.kind).toBe("timestamp")
    expect(d.published).toBe("2026-11-30")
    for (const line of ["مواضيع", "السعودية", "البحر الأحمر"]) expect(cut(d, line)?.kind).toBe("tags")
    expect(kept(d)).toHaveLength(3)
    expect(violations(d)).toEqual([])
  })

  it("a wire's standards line and sign-up link are chrome", () => {
    const d = page("en-wire-standards-line.txt")
    expect(d.dateline).toMatchObject({ places: ["LONDON"], agencies: ["Reuters"] })
    expect(d.byline?.names).toEqual(["Clara Whitfield", "Daniel Osei"])
    expect(cut(d, "Our Standards: The Thomson Reuters Trust Principles.")?.kind).toBe("other")
    expect(cut(d, "Sign up here.")?.kind).toBe("subscribe")
    expect(kept(d)).toHaveLength(3)
    expect(violations(d)).toEqual([])
  })

  it("a British stamp with a dotted clock, the newsletter box and the topics box", () => {
    const d = page("en-standfirst-newsletter-topics.txt")
    // the name before the desk is the byline; the standfirst above it stays text
    expect(d.byline?.names).toEqual(["Helen Ashby"])
    expect(cut(d, "Environment reporter")?.rule).toBe("heuristic:byline-desk")
    expect(kept(d)[0]).toBe("Environment Agency warns that hundreds of schemes face delays")
    expect(cut(d, "Mon 30 Nov 2026 07.00 GMT")?.kind).toBe("timestamp")
    expect(d.published).toBe("2026-11-30")
    expect(cut(d, "after newsletter promotion")?.kind).toBe("navigation")
    expect(d.boilerplate.find((b) => b.text.startsWith("Privacy Notice:"))?.kind).toBe("subscribe")
    for (const line of ["Explore more on these topics", "Flooding", "Environment Agency", "Weather"]) expect(cut(d, line)?.kind).toBe("tags")
    expect(cut(d, "Reuse this content")?.kind).toBe("navigation")
    // the last paragraph is the quote, not the chrome under it
    expect(kept(d).at(-1)).toMatch(/^"People cannot keep living like this,"/)
    expect(violations(d)).toEqual([])
  })

  it("a breadcrumb over the headline, its label again under it, a relative time, a reading time and share bars", () => {
    const d = page("ar-breadcrumb-share-bars.txt")
    // the section label of the breadcrumb is not the title
    expect(d.title?.text).toBe("ارتفاع حصيلة ضحايا السيول في جنوب اليمن إلى 17 شخصا")
    expect(d.boilerplate.filter((b) => b.text === "أخبار عربية").map((b) => b.rule)).toEqual(["heuristic:breadcrumb", "heuristic:breadcrumb"])
    expect(cut(d, "منذ ساعتين")?.kind).toBe("timestamp")
    expect(cut(d, "0 2 دقائق")?.kind).toBe("timestamp")
    expect(cut(d, "فيسبوك X لينكدإن واتساب تيلقرام مشاركة عبر البريد طباعة")?.kind).toBe("share")
    expect(d.dateline).toMatchObject({ places: ["عدن"], agencies: ["وكالات"] })
    expect(kept(d)).toHaveLength(3)
    // a box under a box: the link after `مقالات ذات صلة` is `related`, not the tags' block
    expect(cut(d, "الأمم المتحدة تحذر من تفشي الكوليرا في اليمن")?.kind).toBe("related")
    expect(violations(d)).toEqual([])
  })

  it("an outlet with a domain in the dateline, two stamps on one line", () => {
    const d = page("ar-outlet-domain-two-stamps.txt")
    expect(d.dateline).toMatchObject({ places: ["دبي"], agencies: ["العربية.نت"] })
    expect(d.boilerplate.find((b) => b.text.startsWith("نشر في: 30 نوفمبر"))?.kind).toBe("timestamp")
    expect(d.published).toBe("2026-11-30")
    expect(kept(d)).toHaveLength(3)
    expect(violations(d)).toEqual([])
  })

  it("a network's byline, its stamp and its page chrome", () => {
    const d = page("en-network-byline-chrome.txt")
    expect(d.byline?.names).toEqual(["Maria Lindqvist"])
    expect(d.published).toBe("2026-11-30")
    expect(cut(d, "Link Copied!")?.kind).toBe("share")
    expect(cut(d, "Ad Feedback")?.kind).toBe("advert")
    expect(kept(d)).toHaveLength(3)
    expect(violations(d)).toEqual([])
  })

  it("a standfirst over the stamps stays text and the stamps under it are cut", () => {
    const d = page("en-standfirst-published-on.txt")
    expect(kept(d)[0]).toBe("Protesters demand the government reverse new taxes on fuel and basic goods.")
    expect(cut(d, "Published On 30 Nov 2026")?.kind).toBe("timestamp")
    expect(cut(d, "30 Nov 2026")?.kind).toBe("timestamp")
    expect(d.published).toBe("2026-11-30")
    expect(kept(d)).toHaveLength(4)
    expect(violations(d)).toEqual([])
  })

  it("a wire byline in capitals is the reporter, not a place", () => {
    const d = page("en-caps-byline-wire.txt")
    expect(d.byline?.names).toEqual(["DANIEL MORROW"])
    expect(d.dateline).toMatchObject({ places: ["WASHINGTON"], agencies: ["AP"] })
    expect(d.published).toBe("2026-11-30")
    expect(kept(d)).toHaveLength(3)
    expect(violations(d)).toEqual([])
  })

  it("a name over an outlet and a place is the byline; share and save buttons, an image credit", () => {
    const d = page("en-name-over-outlet-place.txt")
    expect(d.byline?.names).toEqual(["Amina Njoroge"])
    expect(d.dateline).toMatchObject({ places: ["Nairobi"], agencies: ["BBC News"] })
    for (const line of ["2 days ago", "Share", "Save", "Getty Images"]) expect(cut(d, line)).toBeDefined()
    expect(cut(d, "Kenya declares drought a national disaster")?.kind).toBe("related")
    expect(violations(d)).toEqual([])
  })

  it("a name over a stamp is the byline; the standfirst over it stays text", () => {
    const d = page("en-name-over-stamp.txt")
    expect(d.byline?.names).toEqual(["Martin Drury"])
    expect(d.published).toBe("2026-11-30")
    expect(kept(d)[0]).toBe("Price cap increase comes despite falling wholesale gas prices")
    expect(kept(d)).toHaveLength(4)
    expect(violations(d)).toEqual([])
  })

  it("a paper's stamps under its byline and its advertisement labels", () => {
    const d = page("en-paper-skip-advertisement.txt")
    expect(d.byline?.names).toEqual(["Laura Benning", "Tomás Ortega"])
    expect(d.published).toBe("2026-11-30")
    expect(cut(d, "Updated 4:12 p.m. ET")?.kind).toBe("timestamp")
    expect(cut(d, "SKIP ADVERTISEMENT")?.kind).toBe("advert")
    expect(kept(d).at(-1)).toBe("A decision is expected by June.")
    expect(violations(d)).toEqual([])
  })
})

describe("chrome rules that must not cut text", () => {
  it("a dash and brackets are no embed signature without a handle", () => {
    const d = doc("Council approves homes plan\n\nThe city council approved a plan on Monday to build 2,000 affordable homes on the site of a former steelworks.\n\n- The plan (which was delayed twice) passed by 30 votes to 12.\n\nOpposition councillors said the plan lacked detail on schools and transport links.")
    expect(kept(d)).toContain("- The plan (which was delayed twice) passed by 30 votes to 12.")
  })

  it("an embedded post's signature in Arabic is cut too", () => {
    const d = doc("الوزير يعلق على القرار\n\nعلق وزير الإسكان على قرار المجلس البلدي ببناء ألفي وحدة سكنية في موقع المصنع القديم خلال العقد المقبل.\n\n— وزير الإسكان (@housing_min) 30 نوفمبر 2026\n\nوقال المجلس إن المشروع سيوفر مئات الوظائف في قطاع البناء خلال مراحله الأولى.")
    expect(cut(d, "— وزير الإسكان (@housing_min) 30 نوفمبر 2026")?.rule).toBe("heuristic:embed-signature")
  })

  it("a sentence that ends with a desk word is no byline", () => {
    const d = doc("Paper names new editor\n\nThe Herald named a new editor\n\nThe newspaper said the appointment would take effect in January, after a search that lasted six months.")
    expect(d.byline).toBeNull()
  })

  it("a venue over a fixture's day is no byline", () => {
    const d = doc("Leeds v Hull\n\nElland Road\n\nSaturday, 5 March\n\nLeeds will be without their captain, who is suspended after his red card last week.")
    expect(d.byline).toBeNull()
  })

  it("a name with page chrome inside is no byline", () => {
    const d = doc("أمسية شعرية في أبها\n\nمحمد Next Previous\n\nالغامدي – عين اليوم\n\nأحيا شعراء أمسية وطنية مساء أمس على مسرح المكتبة العامة بحضور جمهور كبير من أهالي المنطقة.")
    expect(d.byline?.names ?? []).not.toContain("محمد Next Previous")
  })

  it("a venue over a fixture's date and time is a match preview's text, not a standfirst", () => {
    const d = doc("Leeds v Hull\n\nElland Road\n\nSaturday, 5 March\n\n1500 GMT\n\nLeeds will be without their captain, who is suspended after his red card last week.")
    expect(kept(d)).toContain("Elland Road")
    expect(kept(d)).toContain("1500 GMT")
  })

  it("day-month-year digits are read only when the day cannot be the month", () => {
    const stamp = (line: string) =>
      doc(`Rates held\n\nPublished ${line}\n\nThe central bank kept its main rate unchanged on Thursday, as expected by most economists.`).published
    expect(stamp("29/11/2026")).toBe("2026-11-29")
    expect(stamp("11/29/2026")).toBe("2026-11-29")
    // both could be the month: no date
    expect(stamp("05/11/2026")).toBeNull()
  })

  it("a full stop ends a link box only for a sentence of ten words or more", () => {
    const text =
      "الحكومة تقر موازنة العام المقبل\n\nأقر مجلس الوزراء اليوم موازنة العام المقبل بإنفاق يزيد على العام الحالي بنحو ستة في المئة، مع زيادة مخصصات التعليم والصحة.\n\n" +
      "اقرأ أيضا\nالموازنة تحت المجهر.\nوأوضح وزير المالية أن العجز المتوقع سيمول بالاقتراض من السوق المحلية وبإصدار صكوك جديدة خلال الربع الأول.\n"
    const d = doc(text)
    // a short title with a full stop is still a link of the box
    expect(cut(d, "الموازنة تحت المجهر.")?.kind).toBe("related")
    expect(kept(d).at(-1)).toMatch(/^وأوضح وزير المالية/)
  })

  it("`نشر` opening a sentence is text; before a stamp it is chrome", () => {
    const body = "\n\nأعلنت وزارة الدفاع اليوم انتهاء مناورات مشتركة استمرت أسبوعين في المنطقة الشرقية بمشاركة وحدات برية وبحرية.\n\nوقال متحدث باسم الوزارة إن المناورات حققت أهدافها كاملة."
    // (second in the body: a short line right under the title would be read as the author line)
    const prose = doc(`انتهاء المناورات المشتركة${body.replace("\n\nوقال", "\n\nنشر الجيش صورا للمناورات.\n\nوقال")}`)
    expect(kept(prose)).toContain("نشر الجيش صورا للمناورات.")
    const stamp = doc(`انتهاء المناورات المشتركة\n\nنُشر: 10:30 - 30 نوفمبر 2026${body}`)
    expect(cut(stamp, "نُشر: 10:30 - 30 نوفمبر 2026")?.kind).toBe("timestamp")
    expect(stamp.published).toBe("2026-11-30")
  })

  it("a decimal number is no dotted clock", () => {
    const d = doc(
      "Output rises\n\nFactory output rose in October, official figures showed on Monday, the third rise in a row.\n\nMon 30 Nov 2026 2.5 million\n\nEconomists had expected a smaller gain after a weak summer for exporters."
    )
    expect(kept(d)).toContain("Mon 30 Nov 2026 2.5 million")
  })

  it("a stamp and its `Last modified` stamp on one line: chrome, dated by the first", () => {
    const body =
      "\n\nFactory output rose in October for the third month in a row, official figures showed on Monday, lifting hopes of a recovery.\n\nEconomists had expected a smaller gain after a weak summer for exporters."
    const line = "Sun 29 Nov 2026 22.01 GMT Last modified on Mon 30 Nov 2026 08.12 GMT"
    const d = doc(`Output rises again${body.replace("\n\n", `\n\n${line}\n\n`)}`)
    expect(cut(d, line)?.kind).toBe("timestamp")
    expect(d.published).toBe("2026-11-29")
    const alone = doc(`Output rises again\n\nLast modified on Mon 30 Nov 2026 08.12 GMT${body}`)
    expect(cut(alone, "Last modified on Mon 30 Nov 2026 08.12 GMT")?.kind).toBe("timestamp")
    // a date followed by words that are no stamp's label stays text
    const text = "Sun 29 Nov 2026 22.01 GMT Markets closed higher on Monday"
    expect(kept(doc(`Output rises again${body.replace("\n\n", `\n\n${text}\n\n`)}`))).toContain(text)
  })

  it.each([
    // a print edition's stamp in both calendars with its issue number
    ["الاثنين - 15 جمادى الأولى 1448 هـ - 30 نوفمبر 2026 مـ رقم العدد [ 17000]", "2026-11-30"],
    // the feminine `نشرت في` of some sites
    ["نشرت في: 30/11/2026 - 10:15", "2026-11-30"],
    ["نشرت الاثنين 30 نوفمبر 2026", "2026-11-30"]
  ] as const)("an Arabic stamp line is chrome and dates the article: %s", (line, published) => {
    const d = doc(
      `تراجع أسعار النفط في ختام تعاملات الأسبوع\n\n${line}\n\nتراجعت أسعار النفط في ختام تعاملات الأسبوع مع تزايد المخاوف من ضعف الطلب العالمي وارتفاع المخزونات الأمريكية.\n\nوقال محللون إن الأسواق تترقب اجتماع المنتجين الشهر المقبل.`
    )
    expect(cut(d, line)?.kind).toBe("timestamp")
    expect(d.published).toBe(published)
  })

  it("`نشرت` opening a sentence stays text", () => {
    const sentence = "نشرت الصحيفة الاثنين 30 نوفمبر 2026 تقريرا عن الأزمة"
    const d = doc(
      `تراجع أسعار النفط\n\nتراجعت أسعار النفط في ختام تعاملات الأسبوع مع تزايد المخاوف من ضعف الطلب العالمي.\n\n${sentence}\n\nوقال محللون إن الأسواق تترقب اجتماع المنتجين الشهر المقبل.`
    )
    expect(kept(d)).toContain(sentence)
  })
})

describe("datelines of Arab news agencies at the start of the first paragraph", () => {
  const body = " بحث وزير الخارجية مع نظيره الزائر سبل تعزيز التعاون بين البلدين في مجالات الطاقة والنقل.\n\nوأضاف أن الجانبين اتفقا على عقد اجتماع للجنة المشتركة مطلع العام المقبل."
  it.each([
    // [dateline, places, agencies, date text]
    ["الكويت - 30 - 11 (كونا) --", ["الكويت"], ["كونا"], "30 - 11"],
    ["القاهرة في 30 نوفمبر /أ ش أ/", ["القاهرة"], ["أ ش أ"], "30 نوفمبر"],
    ["أبوظبي في 30 نوفمبر / وام /", ["أبوظبي"], ["وام"], "30 نوفمبر"],
    ["الدوحة في 30 نوفمبر /قنا/", ["الدوحة"], ["قنا"], "30 نوفمبر"],
    ["المنامة في 30 نوفمبر / بنا /", ["المنامة"], ["بنا"], "30 نوفمبر"],
    ["مسقط في 30 نوفمبر /العُمانية/", ["مسقط"], ["العُمانية"], "30 نوفمبر"],
    ["عمان 30 تشرين الثاني (بترا)-", ["عمان"], ["بترا"], "30 تشرين الثاني"],
    ["نواكشوط، 30 نوفمبر 2026 (وكالة الأنباء الموريتانية) -", ["نواكشوط"], ["وكالة الأنباء الموريتانية"], "30 نوفمبر 2026"],
    ["إيلاف من لندن:", ["لندن"], ["إيلاف"], null],
    ["غزة/ الأناضول:", ["غزة"], ["الأناضول"], null]
  ] as const)("%s", (dateline, places, agencies, date) => {
    const d = doc(`الوزير يبحث التعاون مع نظيره\n\n${dateline}${body}`)
    expect(d.dateline).toMatchObject({ text: dateline, places, agencies, date })
    expect(kept(d)[0]).toMatch(/^بحث وزير الخارجية/)
    expect(violations(d)).toEqual([])
  })

  it("a slash inside the text is no end of a dateline", () => {
    const d = doc("الوزير يبحث التعاون\n\nالقاهرة في 30 نوفمبر اجتمع الوزير مع ممثلي 12 شركة / مؤسسة لبحث خطط الاستثمار في المنطقة الصناعية.\n\nوأضاف أن الاجتماع سيتكرر كل شهر.")
    expect(d.dateline).toBeNull()
  })
})

describe("chrome lines between two paragraphs of an Arabic article", () => {
  const p1 = "أعلنت الهيئة العامة للطيران المدني اليوم تشغيل خط جوي جديد يربط العاصمة بثلاث مدن سياحية، ابتداء من مطلع الشهر المقبل."
  const p2 = "وأوضحت الهيئة في بيان أن الرحلات ستكون أربع مرات أسبوعيا، وأن أسعار التذاكر ستعلن خلال الأيام المقبلة عبر موقعها الرسمي."
  const p3 = "وأشارت إلى أن الخط الجديد يأتي ضمن خطة لزيادة عدد الزوار إلى المدن السياحية خلال السنوات الخمس المقبلة."
  it.each([
    ["مواضيع قد تهمك", "related"],
    ["ذات صلة", "related"],
    ["طالع أيضا", "related"],
    ["يهمك أيضا", "related"],
    ["مقالات مقترحة", "related"],
    ["تم نسخ الرابط", "share"],
    ["شارك هذا المقال عبر", "share"],
    ["هل أعجبك المقال؟", "navigation"],
    ["التعليقات مغلقة", "navigation"],
    ["كن أول من يعلق", "navigation"],
    ["محتوى مدعوم", "advert"],
    ["للمزيد من الأخبار تابعونا على تطبيق نبض", "subscribe"]
  ] as const)("%s", (line, kind) => {
    const d = doc(`الطيران المدني يعلن خطا جويا جديدا\n\n${p1}\n\n${line}\n\n${p2}\n\n${p3}`)
    expect(cut(d, line)?.kind).toBe(kind)
    // a box opener takes no paragraph with it
    expect(kept(d)).toEqual([p1, p2, p3])
  })
})

describe("chrome lines between two paragraphs of an English article", () => {
  const p1 = "The city council approved a plan on Monday to build 2,000 affordable homes on the site of a former steelworks over the next decade."
  const p2 = "The council's leader said the scheme would create hundreds of construction jobs and ease pressure on the housing waiting list."
  const p3 = "Opposition councillors said the plan lacked detail on schools and transport links for the new residents."
  it.each([
    ["Trending", "related"],
    ["Most Viewed", "related"],
    ["Editor's Picks", "related"],
    ["Also read", "related"],
    ["More from BBC", "related"],
    ["Listen to this article", "navigation"],
    ["Story continues below advertisement", "navigation"],
    ["Comments are closed", "navigation"],
    ["View comments", "navigation"],
    ["This article was amended on 30 November 2026", "other"],
    // embedded posts and photos
    ["— Ruth Evans (@RuthEvansCllr) November 30, 2026", "credit"],
    ["pic.twitter.com/AbC123xYz", "source-link"],
    ["View this post on Instagram", "other"],
    ["A post shared by City Council (@citycouncil)", "credit"],
    ["Skip Twitter post, 1", "other"],
    ["Allow Twitter content?", "other"],
    ["End of Twitter post, 1", "other"],
    ["This article contains content provided by Twitter.", "other"],
    ["Watch on YouTube", "other"],
    ["REUTERS/Jane Doe", "caption"],
    ["File photo: The former steelworks site in 2019.", "caption"]
  ] as const)("%s", (line, kind) => {
    const d = doc(`Council approves homes plan\n\n${p1}\n\n${line}\n\n${p2}\n\n${p3}`)
    expect(cut(d, line)?.kind).toBe(kind)
    expect(kept(d)).toEqual([p1, p2, p3])
  })
})

describe("site names after the headline", () => {
  const body = "\n\nأعلنت الهيئة العامة للطيران المدني اليوم تشغيل خط جوي جديد يربط العاصمة بثلاث مدن سياحية، ابتداء من مطلع الشهر المقبل.\n\nوأوضحت الهيئة في بيان أن الرحلات ستكون أربع مرات أسبوعيا."
  it.each([
    ["الطيران المدني يعلن خطا جديدا - مصراوي", "- مصراوي"],
    ["الطيران المدني يعلن خطا جديدا :: جريدة الرياض", ":: جريدة الرياض"],
    ["الطيران المدني يعلن خطا جديدا | العربي الجديد", "| العربي الجديد"],
    ["Airline opens new route | CNN Business", "| CNN Business"]
  ] as const)("%s", (line, suffix) => {
    const d = doc(`${line}${body}`)
    expect(cut(d, suffix)?.kind).toBe("site-title")
    expect(d.title?.text).toBe(line.slice(0, line.length - suffix.length - 1))
  })

  it("a colon inside a headline is no separator", () => {
    expect(doc(`الطيران المدني: خط جديد إلى ثلاث مدن${body}`).title?.text).toBe("الطيران المدني: خط جديد إلى ثلاث مدن")
  })
})

describe("a short headline under a home link", () => {
  it("is the title, not a breadcrumb label", () => {
    const d = doc("الرئيسية\nانفجار في المرفأ\n\nقتل عشرة أشخاص وأصيب العشرات في انفجار وقع صباح اليوم في أحد مستودعات المرفأ، وفق ما أفاد الدفاع المدني.\n\nوقال مسؤول في المرفأ إن التحقيقات بدأت لمعرفة أسباب الانفجار.")
    expect(d.title?.text).toBe("انفجار في المرفأ")
  })
})
