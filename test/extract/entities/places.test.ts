/**
 * The places gazetteer and the shipped Arabic model on places of Saudi and
 * regional news: governorates, provinces and towns that Saudi papers name
 * in every other article (`الأحساء`, `القطيف`, `بريدة`), and the spellings
 * papers print (`بيونغيانغ` beside `بيونغ يانغ`). Sentences written for this
 * test in wire style; the places are geography, not taken from any data set.
 */
import { describe, expect, it } from "vitest"
import notNameWords from "../../../src/lexicons/gazetteers/not-name-words.json" with { type: "json" }
import places from "../../../src/lexicons/gazetteers/places.json" with { type: "json" }
import { extractEntities } from "../../../src/extract/entities/extract.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"
import { stopwords } from "../../../src/extract/internal/stopwords.js"
import { foldKey } from "../../../src/extract/internal/tokens.js"

const located = (text: string): Array<string> =>
  extractEntities(text, bundledTagger("ar"))
    .filter((e) => e.type === "LOCATION")
    .map((e) => e.text)

describe("Arabic places of Saudi and regional news", () => {
  it.each([
    ["وصل وفد صحي إلى الأحساء أمس لتفقد المستشفيات في القطيف والظهران.", ["الأحساء", "القطيف", "الظهران"]],
    ["وشهدت مدينة بريدة افتتاح مهرجان التمور، فيما تستعد عنيزة لمهرجان مماثل.", ["بريدة", "عنيزة"]],
    ["وتسببت الأمطار في جريان الأودية بمحافظة بيشة وخميس مشيط.", ["بيشة", "خميس مشيط"]],
    ["وقالت مصادر في بيونغيانغ إن التجربة نجحت.", ["بيونغيانغ"]],
    ["وتقدم المسلحون من صعدة نحو صنعاء، فيما شهدت العريش هجوما جديدا.", ["صعدة", "صنعاء", "العريش"]],
    ["ويمتد المتنزه عبر ولايات وايومنغ ومونتانا وإيداهو.", ["وايومنغ", "مونتانا", "إيداهو"]],
    ["وسقط المقذوف في أرض زراعية بمحافظة أحد المسارحة جنوب جازان.", ["أحد المسارحة", "جازان"]]
  ] as const)("%s", (text, expected) => {
    expect(located(text)).toEqual(expected)
  })

  it("no place in the list is also a stop word or a common Arabic word (الخبر is news before it is a city)", () => {
    const key = (w: string) => foldKey(w).join(" ")
    // towns whose names are everyday words: in the list, the gazetteer feature would fire on every use of the word
    // (الخبر "the news", العين "the eye", حقل "field", فرسان "horsemen", تدمر "destroys", الضالع "involved", ينبع "springs");
    // Lahij (لحج) would be split out of للحج, "for the Hajj", and Sabha (سبها) out of كسبها, "its gain"
    const homographs = ["الخبر", "الكامل", "العين", "الوجه", "حقل", "فرسان", "تدمر", "الضالع", "ينبع", "المجمعة", "تربة", "المهد", "حجة", "البقع", "شقراء", "عفيف", "طريف", "الليث", "الغزالة", "لحج", "سبها"]
    const common = new Set([...stopwords(), ...notNameWords.commonNouns.ar.map(key), ...homographs.map(key)])
    const clash = places.entries.ar.filter((p) => common.has(key(p)))
    expect(clash).toEqual([])
    // the check sees a clash when there is one
    expect(common.has(key("الذي"))).toBe(true)
    expect(common.has(key("الخبر"))).toBe(true)
  })
})

describe("Arabic names of US agencies and networks spelled as letters", () => {
  it.each([
    ["وقال مدير الإف بي آي إن التحقيق مستمر.", ["الإف بي آي"]],
    ["وذكرت قناة إن بي سي الأمريكية أن الاجتماع انتهى.", ["إن بي سي"]]
  ] as const)("%s", (text, expected) => {
    const orgs = extractEntities(text, bundledTagger("ar"))
      .filter((e) => e.type === "ORGANIZATION")
      .map((e) => e.text)
    expect(orgs).toEqual(expected)
  })
})
