import { describe, expect, it } from "vitest"
import { lexicons } from "../../src/lexicons/lexicon.js"
import { readCredit } from "../../src/parse/credit.js"

const read = (s: string) => {
  const c = readCredit(lexicons(), s, 0, s.length)
  if (c === null) return null
  return {
    places: c.places,
    agencies: c.agencies,
    persons: c.persons,
    date: c.date === null ? null : s.slice(c.date.start, c.date.end),
    ymd: c.date?.ymd ?? null,
    dateline: c.dateline === null ? null : s.slice(c.dateline.start, c.dateline.end),
    byline: c.byline === null ? null : s.slice(c.byline.start, c.byline.end),
    unknown: c.unknown
  }
}

describe("credit lines: places, agencies, names, dates", () => {
  const table: ReadonlyArray<
    readonly [string, { places: Array<string>; agencies: Array<string>; persons: Array<string>; date?: string | null; dateline?: string | null; byline?: string | null }]
  > = [
    ["عواصم ـ وكالات", { places: ["عواصم"], agencies: ["وكالات"], persons: [], dateline: "عواصم ـ وكالات", byline: null }],
    ["واشنطن : (أ ف ب)", { places: ["واشنطن"], agencies: ["أ ف ب"], persons: [], dateline: "واشنطن : (أ ف ب)" }],
    ["دمشق - سانا", { places: ["دمشق"], agencies: ["سانا"], persons: [] }],
    ["بيروت (رويترز) -", { places: ["بيروت"], agencies: ["رويترز"], persons: [], dateline: "بيروت (رويترز) -" }],
    ["القاهرة - «الخليج»:", { places: ["القاهرة"], agencies: ["الخليج"], persons: [] }],
    ["بيروت: محمد شقير", { places: ["بيروت"], agencies: [], persons: ["محمد شقير"], dateline: "بيروت:", byline: "محمد شقير" }],
    ["عبدالله سالم- سبق- الرياض:", { places: ["الرياض"], agencies: ["سبق"], persons: ["عبدالله سالم"], dateline: "سبق- الرياض:", byline: "عبدالله سالم-" }],
    ["عبدالله سالم&ndash; سبق&ndash; ينبع :", { places: ["ينبع"], agencies: ["سبق"], persons: ["عبدالله سالم"] }],
    ["«الاقتصادية» من الرياض", { places: ["الرياض"], agencies: ["الاقتصادية"], persons: [] }],
    ["سالم الحربي من جدة", { places: ["جدة"], agencies: [], persons: ["سالم الحربي"] }],
    ["واس - جدة", { places: ["جدة"], agencies: ["واس"], persons: [] }],
    ["عين اليوم – لندن", { places: ["لندن"], agencies: ["عين اليوم"], persons: [] }],
    ["عكاظ (جدة)", { places: ["جدة"], agencies: ["عكاظ"], persons: [] }],
    ["خالد العمري (الدمام)", { places: ["الدمام"], agencies: [], persons: ["خالد العمري"], byline: "خالد العمري" }],
    ["المدينة المنورة: علي سالم", { places: ["المدينة المنورة"], agencies: [], persons: ["علي سالم"] }],
    ["القاهرة - مكتب الجزيرة - طارق سالم:", { places: ["القاهرة"], agencies: ["مكتب الجزيرة"], persons: ["طارق سالم"] }],
    ["حوار: سالم أحمد  تصوير: فهد علي", { places: [], agencies: [], persons: ["سالم أحمد", "فهد علي"] }],
    // role words of the fourteenth session; a name that starts with a place's word after a role; weekday names as
    // family names (`جمعة`, `خميس`, `سبت` without the article are no weekdays)
    ["تقرير: منى عبد الله", { places: [], agencies: [], persons: ["منى عبد الله"] }],
    ["بواسطة محمود سالم", { places: [], agencies: [], persons: ["محمود سالم"] }],
    ["كتب- أحمد جمعة:", { places: [], agencies: [], persons: ["أحمد جمعة"] }],
    // (a title before the name is left out of it)
    ["د. سالم محمد بن جمعة", { places: [], agencies: [], persons: ["سالم محمد بن جمعة"], dateline: null }],
    ["خميس بن سالم الحربي", { places: [], agencies: [], persons: ["خميس بن سالم الحربي"], dateline: null }],
    ["بقلم: علي الزهراني", { places: [], agencies: [], persons: ["علي الزهراني"], dateline: null, byline: "بقلم: علي الزهراني" }],
    [
      "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",
      { places: ["الرياض"], agencies: ["واس"], persons: [], date: "25 شوال 1436 هـ الموافق 10 أغسطس 2015 م" }
    ],
    ["سول 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", { places: ["سول"], agencies: ["واس"], persons: [] }],
    ["WASHINGTON (AP) —", { places: ["WASHINGTON"], agencies: ["AP"], persons: [], dateline: "WASHINGTON (AP) —" }],
    ["LONDON, Nov 21 (Reuters) -", { places: ["LONDON"], agencies: ["Reuters"], persons: [], date: "Nov 21" }],
    ["PARIS (AFP) -", { places: ["PARIS"], agencies: ["AFP"], persons: [] }],
    ["CAIRO, Egypt (AP) —", { places: ["CAIRO", "Egypt"], agencies: ["AP"], persons: [] }],
    ["By Jane Doe", { places: [], agencies: [], persons: ["Jane Doe"], dateline: null, byline: "By Jane Doe" }],
    ["By Jane Doe and John Roe", { places: [], agencies: [], persons: ["Jane Doe", "John Roe"] }]
  ]
  for (const [line, want] of table) {
    it(line, () => {
      const got = read(line)
      expect(got).not.toBeNull()
      expect(got!.unknown).toBe(0)
      expect(got!.places).toEqual(want.places)
      expect(got!.agencies).toEqual(want.agencies)
      expect(got!.persons).toEqual(want.persons)
      if (want.date !== undefined) expect(got!.date).toBe(want.date)
      if (want.dateline !== undefined) expect(got!.dateline).toBe(want.dateline)
      if (want.byline !== undefined) expect(got!.byline).toBe(want.byline)
    })
  }

  it("reads the Gregorian date of an SPA dateline, and converts a Hijri-only one", () => {
    expect(read("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس")!.ymd).toBe("2015-08-10")
    expect(read("الدمام 5 رمضان 1437 هـ واس")!.ymd).toBe("2016-06-10")
  })

  it("is not fooled by sentences", () => {
    for (const s of ["قال الرئيس إن المفاوضات مستمرة.", "هل انتهت الأزمة؟", "وقال الكرملين في بيان"]) {
      const c = read(s)
      expect(c === null || c.unknown > 0, s).toBe(true)
    }
  })
})
