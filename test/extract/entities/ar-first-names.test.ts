/**
 * The twenty-fifth session (helper): a lone first name the tagger typed as a place or a body where the document names
 * the person in full, and `سلطان` after a noun of kin with a pronoun suffix (docs/history/entities.md "Twenty-fifth session
 * (helper)"). Sentences written for these tests in wire style; tags fixed by hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { tagIndex } from "../../../src/extract/entities/decode.js"
import { linkMentions } from "../../../src/extract/entities/link.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import type { EntityType } from "../../../src/schema/record.js"
import { bestOf } from "../numbers/timing.js"
import { entitiesWithTags, oneSentenceTaggedBy } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text → canonical` of each entity of an Arabic `text` tagged by hand, names found again. */
const typed = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true }).map((e) => `${e.type} ${e.text} → ${e.canonical}`)

describe("Arabic: a lone first name typed as a place or a body is the person it opens (firstNamesAsPeople, link.ts)", () => {
  it.each([
    [
      "a foreign first name typed as a body, the full name typed as a person",
      "وقعت إدارة النادي مع المدافع ماركينيوس رودريغيز لمدة موسمين. وقال ماركينيوس إنه سعيد بالانضمام إلى الفريق.",
      [["ماركينيوس رودريغيز", "PERSON"], ["ماركينيوس", "ORGANIZATION"]],
      ["PERSON ماركينيوس رودريغيز → ماركينيوس رودريغيز", "PERSON ماركينيوس → ماركينيوس رودريغيز"]
    ],
    [
      "a given name of the lists typed as a place, the family name with the article",
      "وقال مدير الجمعية ياسر الحمدان إن الحملة تبدأ غدا. وأضاف ياسر أن المتطوعين سيوزعون السلال.",
      [["ياسر الحمدان", "PERSON"], ["ياسر", "LOCATION"]],
      ["PERSON ياسر الحمدان → ياسر الحمدان", "PERSON ياسر → ياسر الحمدان"]
    ],
    [
      "the first name alone before the full name",
      "وأعلنت فيرونيكا فوزها بالسباق. وكانت فيرونيكا غرين قد تأهلت أمس.",
      [["فيرونيكا", "LOCATION"], ["فيرونيكا غرين", "PERSON"]],
      ["PERSON فيرونيكا → فيرونيكا غرين", "PERSON فيرونيكا غرين → فيرونيكا غرين"]
    ]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(typed(text, marks)).toEqual(expected)
  })

  it.each([
    [
      "after the head noun of a place's name (`مدينة`)",
      "احتفل الطلاب في مدينة هارتفيل بالعيد. وقال هارتفيل كوبر إن الحفل نجح.",
      [["هارتفيل", "LOCATION"], ["هارتفيل كوبر", "PERSON"]],
      ["LOCATION هارتفيل → هارتفيل", "PERSON هارتفيل كوبر → هارتفيل كوبر"]
    ],
    [
      "after the head noun of a body's name behind a quotation mark (`لشركة «…»`)",
      "ودفع المستثمر لشركة «ماديسون» مليون دولار. وقال ماديسون غرانت إن الصفقة تمت.",
      [["ماديسون", "ORGANIZATION"], ["ماديسون غرانت", "PERSON"]],
      ["ORGANIZATION ماديسون → ماديسون", "PERSON ماديسون غرانت → ماديسون غرانت"]
    ],
    [
      "a place the tagger ran into the given name after it (the second word a given name of the lists)",
      "وزار محافظ ميسان فهد الكعبي المدرسة. وتقع ميسان جنوب المدينة.",
      [["ميسان فهد الكعبي", "PERSON"], ["ميسان", "LOCATION"]],
      ["PERSON ميسان فهد الكعبي → ميسان فهد الكعبي", "LOCATION ميسان → ميسان"]
    ],
    [
      "a nisba adjective after a club's name that is no given name of the lists",
      "وتعادل الفريق أمام أكيسو التركي. ثم فاز على أكيسو بهدفين.",
      [["أكيسو التركي", "PERSON"], ["أكيسو", "ORGANIZATION"]],
      ["PERSON أكيسو التركي → أكيسو التركي", "ORGANIZATION أكيسو → أكيسو"]
    ],
    [
      "a well-known organisation typed as a person",
      "وارتفعت مبيعات فولكس فاجن في الصين. وقالت فولكس إن الطلب قوي.",
      [["فولكس فاجن", "PERSON"], ["فولكس", "ORGANIZATION"]],
      ["ORGANIZATION فولكس فاجن → فولكس فاجن", "ORGANIZATION فولكس → فولكس"]
    ]
  ] as const)("stays as typed: %s", (_, text, marks, expected) => {
    expect(typed(text, marks)).toEqual(expected)
  })
})

describe("Arabic: `سلطان` after a noun of kin with a pronoun suffix is the given name (isGivenNameAfterTitle)", () => {
  it.each([
    ["`شقيقه` in the span", "وقال شقيقه سلطان الخالدي إن العائلة تنتظر الحكم.", "شقيقه سلطان الخالدي", "PERSON سلطان الخالدي"],
    ["`زميلي` before the span", "ثم سدد زميلي سلطان العنزي الركلة الثانية.", "سلطان العنزي", "PERSON سلطان العنزي"]
  ])("%s", (_, text, mark, expected) => {
    const people = entitiesWithTags("ar", text, [[mark, "PERSON"]], { propagate: true }).filter((e) => e.type === "PERSON")
    expect(people.map((e) => `${e.type} ${e.text}`)).toEqual([expected])
    expect(people[0]!.role).not.toBe("سلطان")
  })

  it("stays: `السلطان` with the article keeps its title", () => {
    const people = entitiesWithTags("ar", "واستقبل السلطان قابوس الوفد في مسقط.", [["السلطان قابوس", "PERSON"]], { propagate: true })
      .filter((e) => e.type === "PERSON")
    expect(people.map((e) => `${e.type} ${e.text} (${e.role})`)).toEqual(["PERSON قابوس (السلطان)"])
  })
})

describe("adversarial text: the new checks stay linear", () => {
  it("a document of thousands of full names and first names typed as bodies (ratio measured here)", () => {
    const ORG = tagIndex("B-ORG")
    const run = (n: number) => {
      const text = "وقال ماركينيوس رودريغيز لشركة «ماديسون» إن ماركينيوس يوافق، ".repeat(n)
      const { units, tagged } = oneSentenceTaggedBy(text, (w) => (w === "ماركينيوس" ? "B-PER" : w === "رودريغيز" ? "I-PER" : null))
      // (every `ماركينيوس` not followed by the family name, and every `ماديسون`, typed as a body)
      for (let i = 0; i < units.length; i++) {
        const u = units[i]!
        if (u.text === "ماديسون" || (u.text === "ماركينيوس" && units[i + 1]?.text !== "رودريغيز")) tagged.tags[i] = ORG
      }
      const mentions = mentionsOf(text, units, tagged, "ar")
      return () => linkMentions(text, mentions)
    }
    const small = run(400)
    const large = run(3200)
    const entities = small()
    expect(entities.slice(0, 3).map((e) => `${e.type} ${e.text}`)).toEqual(["PERSON ماركينيوس رودريغيز", "ORGANIZATION ماديسون", "PERSON ماركينيوس"])
    // 8× the names: linear is ~8, quadratic ~64 (CPU time, the best of three ratios)
    let ratio = Number.POSITIVE_INFINITY
    for (let t = 0; t < 3 && ratio >= 24; t++) ratio = Math.min(ratio, bestOf(3, large) / bestOf(3, small))
    expect(ratio).toBeLessThan(24)
  })
})
