import { describe, expect, it } from "vitest"
import { entitiesWithTags } from "./fixed-tags.js"

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
    const es = run(lang, text, [[name, "PERSON"]])
    expect(es.map((e) => [e.text, e.role])).toEqual([[name, role]])
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
