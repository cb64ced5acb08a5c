import { describe, expect, it } from "vitest"
import { dayNumber, formatDay } from "../../../src/calendar/gregorian.js"
import {
  hasUmmAlQura,
  hijriMonthLength,
  hijriOfDay,
  hijriToDay,
  hijriToGregorian
} from "../../../src/calendar/hijri.js"

describe("Umm al-Qura conversion", () => {
  it("the runtime has the calendar", () => {
    expect(hasUmmAlQura()).toBe(true)
  })

  // pairs from the Umm al-Qura calendar as published (and as SPA datelines print them)
  const pairs: ReadonlyArray<readonly [number, number, number, string]> = [
    [1436, 9, 1, "2015-06-18"],
    [1436, 10, 1, "2015-07-17"],
    [1436, 10, 25, "2015-08-10"],
    [1436, 12, 16, "2015-09-29"],
    [1437, 1, 14, "2015-10-27"],
    [1439, 3, 2, "2017-11-20"],
    [1445, 9, 1, "2024-03-11"],
    [1420, 1, 1, "1999-04-17"]
  ]
  it.each(pairs)("%i-%i-%i AH is %s", (y, m, d, g) => {
    expect(hijriToGregorian(y, m, d)).toBe(g)
    const n = hijriToDay(y, m, d)!
    expect(hijriOfDay(n)).toEqual({ y, m, d })
  })

  it("round-trips every day of 1430–1450 AH", () => {
    const from = dayNumber(2008, 12, 29)
    const to = dayNumber(2029, 5, 14)
    for (let n = from; n <= to; n++) {
      const h = hijriOfDay(n)!
      expect(hijriToDay(h.y, h.m, h.d)).toBe(n)
    }
  })

  it("months have 29 or 30 days; a day past the end does not exist", () => {
    for (let m = 1; m <= 12; m++) {
      const len = hijriMonthLength(1440, m)!
      expect([29, 30]).toContain(len)
      expect(hijriToDay(1440, m, len + 1)).toBeNull()
    }
    expect(hijriMonthLength(1436, 9)).toBe(29)
    expect(hijriToGregorian(1436, 9, 30)).toBeNull()
  })

  it("rejects dates outside the table (1300–1600 AH) and impossible values", () => {
    expect(hijriToGregorian(1299, 12, 1)).toBeNull()
    expect(hijriToGregorian(1601, 1, 1)).toBeNull()
    expect(hijriToGregorian(1436, 13, 1)).toBeNull()
    expect(hijriToGregorian(1436, 0, 1)).toBeNull()
    expect(hijriToGregorian(1436, 1, 0)).toBeNull()
    expect(hijriToGregorian(1436.5, 1, 1)).toBeNull()
  })

  it("the last supported day converts", () => {
    const g = hijriToGregorian(1600, 12, hijriMonthLength(1600, 12)!)
    expect(g).not.toBeNull()
    expect(formatDay(hijriToDay(1300, 1, 1)!)).toBe("1882-11-12")
  })
})
