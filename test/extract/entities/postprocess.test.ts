import { describe, expect, it } from "vitest"
import { entitiesWithTags } from "./fixed-tags.js"
import { rows } from "./helpers.js"

/** Post-processing on fixed tags (see {@link entitiesWithTags}). */
const run = entitiesWithTags

describe("spans: clitics out, article in", () => {
  it.each([
    ["وصل الوفد بسوريا أمس.", "بسوريا", "LOCATION", "سوريا"],
    ["تحدثت بريطانيا وفرنسا أمس.", "وفرنسا", "LOCATION", "فرنسا"],
    ["رحبت الدول والأمم المتحدة بالقرار.", "والأمم المتحدة", "ORGANIZATION", "الأمم المتحدة"],
    ["أشاد بالأمم المتحدة.", "بالأمم المتحدة", "ORGANIZATION", "الأمم المتحدة"],
    ["He praised Germany's economy.", "Germany's", "LOCATION", "Germany"]
  ] as const)("%s", (text, mark, type, expected) => {
    const [e] = run(text.match(/[a-z]/i) ? "en" : "ar", text, [[mark, type]])
    expect(e!.text).toBe(expected)
    expect(text.slice(e!.start, e!.end)).toBe(expected)
  })

  it("an article merged into the preposition stays out of the span and comes back in the canonical form", () => {
    const text = "وجه رسالة للأمم المتحدة."
    const [e] = run("ar", text, [["للأمم المتحدة", "ORGANIZATION"]])
    expect(e!.text).toBe("أمم المتحدة")
    expect(e!.canonical).toBe("الأمم المتحدة")
  })
})

describe("roles", () => {
  it.each([
    ["ar", "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة.", "فلاديمير بوتين", "الرئيس الروسي"],
    ["ar", "وصل وزير الخارجية الأمريكي جون كيري إلى عمان.", "جون كيري", "وزير الخارجية الأمريكي"],
    ["ar", "رحب أمير قطر الشيخ تميم بن حمد بالضيوف.", "تميم بن حمد", "أمير قطر"],
    ["ar", "استقبل الأمير محمد بن سلمان ولي العهد السعودي الضيوف.", "محمد بن سلمان", "ولي العهد السعودي"],
    ["ar", "وحضر رئيس الاستخبارات العامة خالد الفلاني اللقاء.", "خالد الفلاني", "رئيس الاستخبارات العامة"],
    ["ar", "والتقى المبعوث الخاص لشؤون السلام جون سميث بالوفد.", "جون سميث", "المبعوث الخاص لشؤون السلام"],
    ["en", "Russian President Vladimir Putin met the envoy.", "Vladimir Putin", "Russian President"],
    ["en", "White House spokesman Josh Earnest declined to comment.", "Josh Earnest", "White House spokesman"],
    ["en", "Vladimir Putin, the Russian president, said no.", "Vladimir Putin", "the Russian president"],
    ["en", "Talks with Vladimir Putin ended.", "Vladimir Putin", null]
  ] as const)("%s: %s", (lang, text, name, role) => {
    expect(rows(lang, text, [[name, "PERSON"]], ["text", "role"])).toEqual([[name, role]])
  })

  it("titles tagged as part of a name move to the role", () => {
    const [e] = run("ar", "قال الرئيس بوتين إن المحادثات مثمرة.", [["الرئيس بوتين", "PERSON"]])
    expect([e!.text, e!.role]).toEqual(["بوتين", "الرئيس"])
  })

  it("places before a title stay out of an Arabic role", () => {
    const [e] = run("ar", "في سوريا الرئيس بشار الأسد.", [["بشار الأسد", "PERSON"]])
    expect(e!.role).toBe("الرئيس")
  })

  it("a lone nisba adjective after a title is not a person (the model's slip on الرئيس الروسي)", () => {
    expect(run("ar", "وقال الرئيس الروسي إن المحادثات مثمرة.", [["الروسي", "PERSON"]])).toEqual([])
    // a nisba surname in a full name stays
    const [e] = run("ar", "وقال الأمين العام نبيل العربي إن الجامعة مستعدة.", [["نبيل العربي", "PERSON"]])
    expect(e!.text).toBe("نبيل العربي")
  })
})

describe("roles: title words of the trigger list (sixth session)", () => {
  // each sentence's title word was missing from the list before; the role was null
  it.each([
    ["ar", "وقال وكيل وزارة الصحة سامي الحربي إن الحملة مستمرة.", "سامي الحربي", "وكيل وزارة الصحة"],
    ["ar", "وأوضح مشرف النشاط الطلابي خالد العتيبي أن البرنامج يبدأ غدا.", "خالد العتيبي", "مشرف النشاط الطلابي"],
    ["ar", "ويرى أستاذ العلوم السياسية فهد الشمري أن الاتفاق صامد.", "فهد الشمري", "أستاذ العلوم السياسية"],
    ["ar", "وقالت مفوضة الاتحاد الأوروبي ماريا كلاين إن الاتفاق قريب.", "ماريا كلاين", "مفوضة الاتحاد الأوروبي"],
    ["ar", "وقال منسق الحملة خالد العلي إن التسجيل مفتوح.", "خالد العلي", "منسق الحملة"],
    ["ar", "وسجل الكابتن ماجد الحربي هدفين في المباراة.", "ماجد الحربي", "الكابتن"],
    ["ar", "وشرح البروفيسور جون سميث نظريته أمام الطلاب.", "جون سميث", "البروفيسور"],
    ["ar", "ودعا آية الله علي الموسوي إلى الهدوء.", "علي الموسوي", "آية الله"],
    ["en", "Project coordinator Jane Miller said the plan works.", "Jane Miller", "Project coordinator"],
    ["en", "European Commissioner Peter Lang said talks would resume.", "Peter Lang", "European Commissioner"],
    ["en", "Chelsea boss Tom Baker praised his players.", "Tom Baker", "Chelsea boss"]
  ] as const)("%s: %s", (lang, text, name, role) => {
    expect(rows(lang, text, [[name, "PERSON"]], ["text", "role"])).toEqual([[name, role]])
  })

  it("a role whose first word has a glued ل gets its article back (للرئيس → الرئيس)", () => {
    const [e] = run("ar", "أرسل الوفد رسالة للرئيس الأمريكي جون سميث أمس.", [["جون سميث", "PERSON"]])
    expect(e!.role).toBe("الرئيس الأمريكي")
    // with the article written out, the role is as written
    const [f] = run("ar", "وقال الرئيس الأمريكي جون سميث إن المحادثات مثمرة.", [["جون سميث", "PERSON"]])
    expect(f!.role).toBe("الرئيس الأمريكي")
  })

  it("a noun in construct follows an indefinite title only", () => {
    // المطرب has the article: أغنيته is not its complement, and the role starts at للرئيس
    const [e] = run("ar", "أهدى المطرب أغنيته للرئيس الأمريكي جون سميث أمس.", [["جون سميث", "PERSON"]])
    expect(e!.role).toBe("الرئيس الأمريكي")
    const [f] = run("ar", "وقال مدير عام الجمارك سامي الحربي إن الحملة مستمرة.", [["سامي الحربي", "PERSON"]])
    expect(f!.role).toBe("مدير عام الجمارك")
  })

  it("English: an apposition's title of several words is taken to its end; another person's name ends a role", () => {
    const [e] = run("en", "Banks are changing, said Dan Hill, managing director of a research firm.", [["Dan Hill", "PERSON"]])
    expect(e!.role).toBe("managing director")
    const es = rows("en", "Film actor Tom Baker and Australian star Hugh Jackman are favourites.", [["Tom Baker", "PERSON"], ["Hugh Jackman", "PERSON"]], ["text", "role"])
    expect(es).toEqual([["Tom Baker", "Film actor"], ["Hugh Jackman", "Australian star"]])
    // a role that ends with a linking word before the name is none, and a role right before another name is that name's
    expect(run("en", "The film won best actor for Tom Baker this year.", [["Tom Baker", "PERSON"]]).map((x) => x.role)).toEqual([null])
    const three = rows("en", "Tom Baker and Oscar star Hugh Jackman were there.", [["Tom Baker", "PERSON"], ["Hugh Jackman", "PERSON"]], ["text", "role"])
    expect(three).toEqual([["Tom Baker", null], ["Hugh Jackman", "Oscar star"]])
    // a name inside the role, with no linking word after it, stays in it
    const firm = run("en", "Tom Baker spokesman Hugh Jackman said no.", [["Tom Baker", "PERSON"], ["Hugh Jackman", "PERSON"]])
    expect(firm.map((x) => x.role)).toEqual([null, "Tom Baker spokesman"])
  })

  it("a person's name does not end with the first word of a title that goes on after it", () => {
    const text = "وأكد أيمن توفيق مساعد المدير العام للشركة أن الحفل نجح."
    const [e] = run("ar", text, [["أيمن توفيق مساعد", "PERSON"]])
    expect([e!.text, e!.role]).toEqual(["أيمن توفيق", "مساعد المدير العام للشركة"])
    // a title word that ends the name with no title after it stays (a given name: خالد سلطان)
    const [f] = run("ar", "وقال خالد عبدالله سلطان إن الحفل نجح.", [["خالد عبدالله سلطان", "PERSON"]])
    expect(f!.text).toBe("خالد عبدالله سلطان")
    // nor a two-word name: the title word may be its given or family name
    const [g] = run("ar", "وقال فهد مساعد المدير العام إن الحفل نجح.", [["فهد مساعد", "PERSON"]])
    expect(g!.text).toBe("فهد مساعد")
  })
})

describe("in-document linking", () => {
  it("a surname after the full name is the same person, with the full name as canonical", () => {
    const text = "التقى فلاديمير بوتين الوفد. وقال بوتين إن اللقاء مثمر. ثم غادر وبوتين مسرور."
    const es = run("ar", text, [
      ["فلاديمير بوتين", "PERSON"],
      ["بوتين", "PERSON"],
      ["وبوتين", "PERSON"]
    ])
    expect(es.map((e) => e.text)).toEqual(["فلاديمير بوتين", "بوتين", "بوتين"])
    expect(new Set(es.map((e) => e.entityId)).size).toBe(1)
    expect(es.every((e) => e.canonical === "فلاديمير بوتين")).toBe(true)
  })

  it("a surname mentioned before the full name joins it too", () => {
    const es = run("en", "Putin arrived. Later Vladimir Putin spoke.", [
      ["Putin", "PERSON"],
      ["Vladimir Putin", "PERSON"]
    ])
    expect(es[0]!.entityId).toBe(es[1]!.entityId)
    expect(es[0]!.canonical).toBe("Vladimir Putin")
  })

  it("a shared surname goes to the nearest person named before it", () => {
    const text = "حكم حافظ الأسد طويلا. ثم خلفه بشار الأسد. وقال الأسد إن الوضع مستقر."
    const es = run("ar", text, [
      ["حافظ الأسد", "PERSON"],
      ["بشار الأسد", "PERSON"],
      ["الأسد", "PERSON"]
    ])
    expect(es[2]!.entityId).toBe(es[1]!.entityId)
    expect(es[0]!.entityId).not.toBe(es[1]!.entityId)
  })

  it("the same words are one entity with the majority type", () => {
    const es = run("en", "Jordan said. Jordan agreed. Jordan left.", [
      ["Jordan", "LOCATION"],
      ["Jordan", "PERSON"],
      ["Jordan", "LOCATION"]
    ])
    expect(es.map((e) => e.type)).toEqual(["LOCATION", "LOCATION", "LOCATION"])
    expect(new Set(es.map((e) => e.entityId))).toEqual(new Set(["e1"]))
  })

  it("different entities get different ids, numbered in order of first mention", () => {
    const es = run("en", "Reuters said Paris and Berlin agreed; Paris confirmed.", [
      ["Reuters", "ORGANIZATION"],
      ["Paris", "LOCATION"],
      ["Berlin", "LOCATION"],
      ["Paris", "LOCATION"]
    ])
    expect(es.map((e) => e.entityId)).toEqual(["e1", "e2", "e3", "e2"])
  })

  it("spelling variants folded by the search view meet", () => {
    const es = run("ar", "زار أحمد إبراهيم القاهرة. وعاد احمد ابراهيم أمس.", [
      ["أحمد إبراهيم", "PERSON"],
      ["احمد ابراهيم", "PERSON"]
    ])
    expect(es[0]!.entityId).toBe(es[1]!.entityId)
  })
})
