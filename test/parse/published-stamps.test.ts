/**
 * The `published` date of an article from the stamp line under its headline,
 * in the forms Arabic and English news sites print (labels, weekdays, both
 * calendars, digits in either script, clocks and zones, a second stamp on the
 * same line). The stamp lines are written for this test in the sites' formats
 * (`test/fixtures/published-stamps.json`: language, line, date or null); the
 * headline and body around them are the same for every row. A relative stamp
 * (`منذ 3 ساعات`) states no date: without a reference date, `published` stays
 * empty.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { doc, FRAME, frameOf, ROOT } from "./helpers.js"

const rows = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "published-stamps.json"), "utf8")) as Array<[string, string, string | null]>


describe("published from the stamp line", () => {
  it("has rows in both languages", () => {
    expect(rows.filter((r) => r[0] === "ar").length).toBeGreaterThan(40)
    expect(rows.filter((r) => r[0] === "en").length).toBeGreaterThan(30)
  })
  it.each(rows)("%s: %s → %s", (lang, line, published) => {
    const [title, first, second] = frameOf(lang)
    const d = doc(`${title}\n\n${line}\n\n${first}\n\n${second}`)
    expect(d.published).toBe(published)
    // the stamp never stays in the body, and the body's two paragraphs are kept
    expect(d.paragraphs.map((p) => p.text)).not.toContain(line)
    expect(d.paragraphs.length).toBe(2)
  })
})

describe("a byline over a stamp on one line", () => {
  it.each(["كتب: أحمد سالم الاثنين 30 نوفمبر 2026", "كتب: أحمد سالم الإثنين 30-11-2026 10:15"])("%s: the name after the role is the byline, not a place", (line) => {
    const d = doc(`${FRAME.ar[0]}\n\n${line}\n\n${FRAME.ar[1]}\n\n${FRAME.ar[2]}`)
    expect(d.byline?.names).toEqual(["أحمد سالم"])
    expect(d.dateline?.places ?? []).toEqual([])
    expect(d.published).toBe("2026-11-30")
  })
  it("a place over a date without a role still heads the dateline", () => {
    const d = doc(`${FRAME.ar[0]}\n\nالرياض 30 نوفمبر 2026\n\n${FRAME.ar[1]}\n\n${FRAME.ar[2]}`)
    expect(d.dateline?.places).toEqual(["الرياض"])
  })
})

describe("stamp lines are time stamps, not bylines or datelines", () => {
  // a stamp followed by a section's name or a country, a stamp glued to the next label, relative stamps
  // (which never date the article: the reference is a crawl date, and the text states none)
  it.each([
    ["ar", "30 نوفمبر 2026 - سياسة"],
    ["ar", "الاثنين 30 نوفمبر 2026 - أخبار محلية"],
    ["ar", "الإثنين 30/11/2026 10:15 ص | اقتصاد"],
    ["ar", "30 نوفمبر 2026 - 10:15 ص، السعودية"],
    ["ar", "30 نوفمبر 2026 10:15 ص GMT+3آخر تحديث: منذ ساعتين"],
    ["ar", "منذ ساعتين"],
    ["ar", "منذ 3 ساعات"],
    ["ar", "قبل 5 دقائق"],
    ["ar", "منذ ساعتين | سياسة"],
    ["ar", "قبل 5 دقائق - اقتصاد"],
    ["ar", "نشر منذ ساعتين"],
    ["ar", "آخر تحديث: منذ 3 ساعات"],
    ["en", "Nov 30, 2026 - Politics"],
    ["en", "November 30, 2026 | World"],
    ["en", "Monday 30 November 2026 - Middle East"],
    ["en", "Mon 30 Nov 2026 10.15 GMT, UK"],
    ["en", "30 November 2026 10:15, UK"],
    ["en", "Nov 30, 2026 10:15 GMT+3Updated 2 hours ago"],
    ["en", "2 hours ago"],
    ["en", "an hour ago"],
    ["en", "2 hours ago | Politics"],
    ["en", "3 days ago - World"],
    ["en", "Updated 45 minutes ago"]
  ] as const)("%s: %s", (lang, line) => {
    const [title, first, second] = frameOf(lang)
    const d = doc(`${title}\n\n${line}\n\n${first}\n\n${second}`)
    expect(d.byline).toBeNull()
    expect(d.dateline).toBeNull()
    const at = d.text.indexOf(line)
    expect(d.boilerplate.filter((b) => b.kind === "timestamp" && b.start === at && b.end === at + line.length).length).toBe(1)
    if (/منذ|قبل|ago/.test(line) && !/\d{4}/.test(line)) expect(d.published).toBeNull()
  })
})
