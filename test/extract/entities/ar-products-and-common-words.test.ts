/**
 * The twentieth session's second round of Arabic precision (docs/history/entities.md, "Twentieth session, second round"): a
 * product's name the model types as a person (`أندرويد`, `آيفون`, `غالاكسي`) is MISC; its maker is an organisation
 * (`سامسونغ`, `فيس بوك`); a verb (`أرجو`) and common words (`فأين`, `عليك`, `بإجمالي`, `الزائر`, …) are no
 * name alone. The sentences are written for these tests in wire style; tags are fixed by hand (as if the model had
 * given them), so only the rules after the tagger are tested.
 */
import { describe, expect, it } from "vitest"
import { loadNameCues, loadNotNameWords, validateNameCues } from "../../../src/extract/entities/evidence.js"
import { typed } from "./helpers.js"

describe("Arabic: a product's name typed as a person", () => {
  it.each([
    ["an operating system", "وأطلقت الشركة تحديثا جديدا لأجهزة أندرويد هذا الأسبوع.", "أندرويد", "أندرويد"],
    ["another spelling, between guillemets", "ويعمل التطبيق على الهواتف بنظام «اندرويد» فقط.", "اندرويد", "اندرويد"],
    ["with the article", "وتراجعت حصة الأندرويد في السوق الأوروبية.", "الأندرويد", "الأندرويد"],
    ["a phone before its model number", "وكشفت الشركة عن هاتف غالاكسي A8 الجديد أمس.", "غالاكسي", "غالاكسي"],
    ["a phone with a preposition on it", "وقال المحلل إن الإقبال على الآيفون تراجع.", "الآيفون", "الآيفون"],
    ["two words", "وتباع منصة إكس بوكس في المتاجر منذ الخميس.", "إكس بوكس", "إكس بوكس"],
    ["a helicopter", "وأسقطت مروحيات «أباتشي» منشورات على المدينة.", "أباتشي", "أباتشي"]
  ] as const)("MISC: %s", (_, text, mark, expected) => {
    expect(typed(text, [[mark, "PERSON"]])).toEqual([[expected, "MISC"]])
  })

  it("a place or an organisation the model gave is MISC too", () => {
    expect(typed("وصدر إصدار جديد من آيفون في الخريف.", [["آيفون", "ORGANIZATION"]])).toEqual([["آيفون", "MISC"]])
  })

  it.each([
    ["a name that holds the word", "وقال أندرويد جونز إن الفريق جاهز.", "أندرويد جونز"],
    ["a given name", "وقال أحمد إن الفريق جاهز.", "أحمد"]
  ] as const)("stays a person: %s", (_, text, mark) => {
    expect(typed(text, [[mark, "PERSON"]])).toEqual([[mark, "PERSON"]])
  })

  it.each([
    ["the phones' maker", "وأعلنت سامسونغ عن أرباح فصلية أعلى.", "سامسونغ"],
    ["the network in two words", "وحذف فيس بوك آلاف الحسابات المزيفة.", "فيس بوك"],
    ["a developer", "وأعلنت داماك عن مشروع سكني جديد في دبي.", "داماك"]
  ] as const)("an organisation: %s", (_, text, mark) => {
    expect(typed(text, [[mark, "PERSON"]])).toEqual([[mark, "ORGANIZATION"]])
  })
})

describe("Arabic: verbs and common words typed as a person alone", () => {
  it.each([
    ["a verb of wishing", "وكتب في رسالته: أرجو أن تنتهي الأزمة قريبا.", "أرجو"],
    ["a question word with its conjunction", "وإذا كانت الخطط جاهزة فأين التنفيذ؟", "فأين"],
    ["a preposition with its pronoun", "وقال المدرب للاعب: عليك أن تتحمل المسؤولية.", "عليك"],
    ["a noun of amount with its preposition", "ووقعت البلدية عقدا لتنفيذ الطريق بإجمالي 20 مليون ريال.", "بإجمالي"],
    ["a noun with the article", "وتقيس الدراسة رضا الزائر عن خدمات المتحف.", "الزائر"],
    ["a noun of the body", "وأجريت للمريض عملية زراعة الكبد بنجاح.", "الكبد"],
    ["a birth year's noun", "وأوقفت الشرطة شابا مواليد 1990 في الحي.", "مواليد"],
    ["an accusative noun of manner", "وعاد المغتربون إلى بلادهم إيمانا بمستقبلها.", "إيمانا"],
    ["a plural subject", "وقال ناشطون إن القصف استهدف مستشفى.", "ناشطون"],
    ["a sport", "واختتمت بطولة البلياردو في جدة أمس.", "البلياردو"],
    ["a member of a group", "وأوقفت الشرطة داعشي فارا من العدالة.", "داعشي"],
    ["a noun of the staff", "وشارك منسوبو الإدارة في الحملة.", "منسوبو"],
    ["an ordinal", "وهذه أول زيارة للوزير إلى المنطقة.", "أول"],
    ["a common noun glued to its conjunction", "وتضمن الحفل عروضا شعبية وأوبريت وطني.", "أوبريت"]
  ] as const)("no name: %s", (_, text, mark) => {
    expect(typed(text, [[mark, "PERSON"]])).toEqual([])
  })

  it("a longer name that holds one of the words stays", () => {
    expect(typed("وقال محمد عليك إن الاجتماع تأجل.", [["محمد عليك", "PERSON"]])).toEqual([["محمد عليك", "PERSON"]])
  })

  it("the given name stays a person (إيمان, not the accusative إيمانا)", () => {
    expect(typed("وقالت إيمان إن المدرسة أغلقت.", [["إيمان", "PERSON"]])).toEqual([["إيمان", "PERSON"]])
  })

  it("a verb at the start of a name is cut from it", () => {
    expect(typed("أرجو محمد العتيبي أن يحضر.", [["أرجو محمد العتيبي", "PERSON"]])).toEqual([["محمد العتيبي", "PERSON"]])
  })

  it.each([
    ["Wright (رأيت, 'I saw', is left out: its search form is رايت)", "ويقول رايت إن الدراسة لم تكتمل.", "رايت", "PERSON"],
    ["Elias (اليأس, 'despair', is left out: its search form is الياس)", "وقالت إلياس إن الحفل نجح.", "إلياس", "PERSON"],
    ["Maui (مأوى, 'shelter', is left out: its search form is ماوي)", "وعقد الاجتماع في جزيرة ماوي أمس.", "ماوي", "LOCATION"]
  ] as const)("a name whose search form is a common word's stays: %s", (_, text, mark, type) => {
    expect(typed(text, [[mark, type]])).toEqual([[mark, type]])
  })
})

describe("the lists of this round", () => {
  it("name-cues holds the products, and a file without them is refused", () => {
    expect(loadNameCues().products.ar).toContain("أندرويد")
    const { products: _products, ...rest } = loadNameCues()
    expect(() => validateNameCues(rest)).toThrow(/products/)
  })

  it("not-name-words holds the new verbs and common words, and no given name among them", () => {
    const f = loadNotNameWords()
    expect(f.verbs.ar).toContain("أرجو")
    expect(f.verbs.ar).not.toContain("رأيت")
    expect(f.commonNouns.ar).toEqual(expect.arrayContaining(["فأين", "عليك", "بإجمالي", "الزائر"]))
    for (const name of ["إيمان", "رضا", "نهى"]) expect(f.commonNouns.ar).not.toContain(name)
  })
})
