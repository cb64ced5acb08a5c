/**
 * Two people the tagger read as one name across `و` (`coordinatedPeople` in src/extract/entities/extract.ts;
 * docs/entities.md; docs/history/entities.md, "Thirty-first session"): a person's mention of two words, the second glued
 * to `و`, where each word ends another person's mention of the document, is two mentions, linked each to its own full
 * name; a name whose halves the document never names apart stays whole. Sentences written for these tests in the style
 * of the sports and news wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"
import { rows } from "./helpers.js"

const people = (text: string, marks: ReadonlyArray<readonly [string, "PERSON"]>) => rows("ar", text, marks, ["text", "canonical"])

describe("two people joined by و", () => {
  it("splits a two-word name whose halves end the document's other names", () => {
    const text = "قال المدرب جوزيه مورينيو إن فريقه لعب جيدا. وقال أرسين فينجر إن المباراة صعبة. وتبادل مورينيو وفينجر الاتهامات."
    expect(people(text, [["جوزيه مورينيو", "PERSON"], ["أرسين فينجر", "PERSON"], ["مورينيو وفينجر", "PERSON"]])).toEqual([
      ["جوزيه مورينيو", "جوزيه مورينيو"],
      ["أرسين فينجر", "أرسين فينجر"],
      ["مورينيو", "جوزيه مورينيو"],
      ["فينجر", "أرسين فينجر"]
    ])
  })

  it("keeps a name whose second half the document names nowhere else", () => {
    const text = "وسجل كريستيانو رونالدو هدفين. وأشاد رونالدو وبيبي بالجماهير."
    expect(people(text, [["كريستيانو رونالدو", "PERSON"], ["رونالدو وبيبي", "PERSON"]]).map((r) => r[0])).toEqual(["كريستيانو رونالدو", "رونالدو وبيبي"])
  })

  it("keeps a name whose first half the document names nowhere else", () => {
    const text = "وسجل البرتغالي بيبي هدفا. وأشاد رونالدو وبيبي بالجماهير."
    expect(people(text, [["بيبي", "PERSON"], ["رونالدو وبيبي", "PERSON"]]).map((r) => r[0])).toEqual(["بيبي", "رونالدو وبيبي"])
  })

  it("keeps a name of three words, and a second word without و", () => {
    const text = "وقال ليونيل ميسي إن الفريق جاهز. وقال سيرخيو بوسكيتيس إن الموسم طويل. وتحدث ميسي بوسكيتيس وآخرون."
    expect(people(text, [["ليونيل ميسي", "PERSON"], ["سيرخيو بوسكيتيس", "PERSON"], ["ميسي بوسكيتيس", "PERSON"]]).map((r) => r[0])).toContain("ميسي بوسكيتيس")
  })

  it("in the whole pipeline, a quote after the pair goes to the person named", async () => {
    const text =
      "لندن - وكالات\n\nقال المدرب جوزيه مورينيو إن فريقه لعب جيدا. وقال أرسين فينجر إن المباراة كانت صعبة. وتبادل مورينيو وفينجر الاتهامات بعد المباراة. وقال فينجر \"سأترككم لمواصلة قصة حبكم مع الفريق\"."
    const r = await processText(text, {})
    expect(r.entities.filter((e) => e.type === "PERSON").map((e) => e.text)).not.toContain("مورينيو وفينجر")
    expect(r.quotes.map((q) => q.speaker)).toEqual(["أرسين فينجر"])
  })
})
