import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { datesStage } from "../../../src/extract/dates/index.js"
import type { KhabarDocument } from "../../../src/model/document.js"
import { normalizeStage } from "../../../src/normalize/index.js"
import { docOf } from "../numbers/doc.js"

const run = (doc: KhabarDocument, options = {}): KhabarDocument => Effect.runSync(datesStage(options).run(doc))

describe("the extract.dates stage", () => {
  it("is named and declares what it needs and gives", () => {
    const s = datesStage()
    expect(s.name).toBe("extract.dates")
    expect(s.requires).toEqual(["structure"])
    expect(s.provides).toEqual(["dates", "published"])
  })

  it("reads published from a Hijri-only dateline and resolves relative dates against it", () => {
    const text = "افتتاح معرض للكتاب في بريدة\nبريدة 25 شوال 1436 هـ واس\nافتتح أمير المنطقة أمس معرض الكتاب الذي يستمر حتى الخميس المقبل."
    const doc = run(docOf(text, { dateline: "بريدة 25 شوال 1436 هـ واس" }))
    expect(doc.published).toBe("2015-08-10")
    expect(doc.dates.map((d) => `${d.text}=${d.value}`)).toEqual(["25 شوال 1436 هـ=2015-08-10", "أمس=2015-08-09", "الخميس المقبل=2015-08-13"])
  })

  it("reads published from a time-stamp line and leaves that line's date out of the mentions", () => {
    const text = "الحكومة تقر الموازنة\nنشر في: 12 مارس 2016\nأقرت الحكومة اليوم الموازنة العامة."
    const doc = run(docOf(text, { boilerplate: [["نشر في: 12 مارس 2016", "timestamp", "lexicon:ar/boilerplate/timestamp:line-prefix:نشر في"]] }))
    expect(doc.published).toBe("2016-03-12")
    expect(doc.dates.map((d) => `${d.text}=${d.value}`)).toEqual(["اليوم=2016-03-12"])
  })

  it("reads published from a short head line that is mostly a date", () => {
    const text = "Club wins the cup\nTuesday, 11 August 2015 - 16:10 pm\nThe club lifted the trophy on Sunday after a late goal."
    const doc = run(docOf(text, { language: "en" }))
    expect(doc.published).toBe("2015-08-11")
    expect(doc.dates.find((d) => d.text === "Sunday")?.value).toBe("2015-08-09")
  })

  it("does not take a head line's day without its year (a fixture over a match preview) for the article's date", () => {
    const text = "Rovers v United (Sat)\nCounty Ground\nSaturday, 26 February\n1500 GMT\nRovers hope to welcome back their captain for the visit of United."
    const doc = run(docOf(text, { language: "en", reference: "2005-02-24" }))
    expect(doc.published).toBeNull()
    expect(doc.dates.find((d) => d.text === "Saturday, 26 February")?.value).toBe("2005-02-26")
    // the same line marked as a time-stamp line by the parse stage, without a label: still the match's day
    const stamped = run(docOf(text, { language: "en", reference: "2005-02-24", boilerplate: [["Saturday, 26 February", "timestamp", "heuristic:date-time-line"]] }))
    expect(stamped.published).toBeNull()
    // a labelled stamp may leave its year to the reference
    const labelled = "Rovers beat United\nPublished: 26 February\nRovers won on Saturday."
    expect(run(docOf(labelled, { language: "en", reference: "2005-02-27", boilerplate: [["Published: 26 February", "timestamp", "heuristic:published-line"]] })).published).toBe("2005-02-26")
  })

  it("never takes a crawler's HTTP date stamp for the article's date", () => {
    const text = "البنك المركزي يرفع الفائدة\nFri, 11 Aug 2017 15:22:08 GMT\nرفع البنك المركزي الخميس سعر الفائدة."
    const doc = run(docOf(text))
    expect(doc.published).toBeNull()
    expect(doc.dates.find((d) => d.text === "الخميس")?.value).toBeNull()
  })

  it("leaves out a date that is part of a name the entity stage found before it", () => {
    const text = "الأسواق تترقب\nوقال الباحث أحمد الخميس إن الأسعار سترتفع، وأضاف الخميس أن السوق مستقرة. ونقلت المصري اليوم أن الوزير سيزور الرياض الخميس."
    const base = docOf(text)
    const span = (needle: string, from = 0) => {
      const start = text.indexOf(needle, from)
      return { start, end: start + needle.length }
    }
    const person = span("أحمد الخميس")
    const later = span("الخميس", person.end)
    const paper = span("المصري اليوم")
    const entities = [
      { text: "أحمد الخميس", type: "PERSON", canonical: "أحمد الخميس", entityId: "e1", role: null, confidence: 1, ...person },
      { text: "الخميس", type: "PERSON", canonical: "أحمد الخميس", entityId: "e1", role: null, confidence: 1, ...later },
      { text: "المصري اليوم", type: "ORGANIZATION", canonical: "المصري اليوم", entityId: "e2", role: null, confidence: 1, ...paper }
    ] as const
    const withNames = run({ ...base, entities } as KhabarDocument, { reference: "2026-11-30" })
    // the family name, its later mention and the newspaper's name are no dates; the last Thursday is one
    expect(withNames.dates.map((d) => d.text)).toEqual(["الخميس"])
    expect(withNames.dates[0]!.start).toBe(text.lastIndexOf("الخميس"))
    // without the entities (the stage alone), each reads as a date
    expect(run(base, { reference: "2026-11-30" }).dates.length).toBe(4)
  })

  it("keeps a published date that is already set, and falls back to the reference", () => {
    const text = "عنوان الخبر\nوصل الوفد أمس إلى الرياض."
    expect(run(docOf(text, { published: "2020-01-05" })).dates[0]?.value).toBe("2020-01-04")
    expect(run(docOf(text, { reference: "2019-06-10" })).dates[0]?.value).toBe("2019-06-09")
    expect(run(docOf(text), { reference: "2018-03-01" }).dates[0]?.value).toBe("2018-02-28")
    const none = run(docOf(text))
    expect(none.dates[0]).toMatchObject({ text: "أمس", value: null, relative: true })
  })

  it("gives the same mentions on the normalize stage's search view", () => {
    const text = "عنوان\nالتقى الوزير نظيره مساءَ أمسِ الإثنين، وسيعقد اجتماعاً في ٢٢ نوفمبر/تشرين الثاني ٢٠١٧."
    const plain = run(docOf(text, { reference: "2017-11-21" }))
    const viewed = run(Effect.runSync(normalizeStage().run(docOf(text, { reference: "2017-11-21" }))))
    expect(viewed.views.search).toBeDefined()
    expect(viewed.dates).toEqual(plain.dates)
    for (const d of viewed.dates) expect(text.slice(d.start, d.end)).toBe(d.text)
  })
})
