import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { InputError } from "../../src/errors.js"
import type { RawInput } from "../../src/model/document.js"
import { composeArticle, datePrefix, fromObject } from "../../src/node/fields.js"
import { jsonArticles } from "./fixtures.js"

const origin = { defaultId: "day.json#4", path: "corpus/day.json", index: 4 }
const ok = (r: RawInput | InputError): RawInput => {
  if (r instanceof InputError) throw new Error(r.message)
  return r
}
const err = (r: RawInput | InputError): InputError => {
  if (!(r instanceof InputError)) throw new Error(`expected a reject, got ${r.id}`)
  return r
}

describe("composeArticle", () => {
  it("composes title, author and content as a scraper saves them, with the blocks' spans (property)", () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string()), fc.string({ minLength: 1 }), (title, author, content) => {
        const { text, hints } = composeArticle({ title, author, content })
        const parts = [title, author].filter((p): p is string => p !== null && p.trim().length > 0)
        expect(text).toBe([...parts, content].join("\n\n"))
        if (hints.title !== undefined) expect(text.slice(hints.title.start, hints.title.end)).toBe(title)
        else expect(title === null || title.trim() === "").toBe(true)
        if (hints.author !== undefined) expect(text.slice(hints.author.start, hints.author.end)).toBe(author)
        else expect(author === null || author.trim() === "").toBe(true)
      })
    )
  })
})

describe("fromObject", () => {
  it("maps a SaudiNewsNet-like object with the defaults", () => {
    const a = jsonArticles[0]
    const r = ok(fromObject(a, origin))
    expect(r.text).toBe(`${a.title}\n\n${a.author}\n\n${a.content}`)
    expect(r.id).toBe("day.json#4")
    expect(r).toMatchObject({ path: "corpus/day.json", index: 4, published: null, reference: null })
    expect(r.meta).toEqual({ source: a.source, url: a.url, date_extracted: a.date_extracted })
    expect(r.text!.slice(r.hints!.title!.start, r.hints!.title!.end)).toBe(a.title)
    expect(r.text!.slice(r.hints!.author!.start, r.hints!.author!.end)).toBe(a.author)
  })

  it("leaves out an empty author block", () => {
    const a = jsonArticles[1]
    const r = ok(fromObject(a, origin))
    expect(r.text).toBe(`${a.title}\n\n${a.content}`)
    expect(r.hints).toEqual({ title: { start: 0, end: a.title.length } })
  })

  it.each([
    [{ content: "x" }, {}, "x"],
    [{ text: "y" }, {}, "y"],
    [{ body: "z", text: null }, {}, "z"],
    [{ article: { body: "nested" } }, { textField: "article.body" }, "nested"],
    [{ "a.b": "literal key" }, { textField: "a.b" }, "literal key"],
    [{ story: "s", content: "c" }, { textField: ["story", "content"] }, "s"]
  ])("finds the text in %j", (value, mapping, text) => {
    expect(ok(fromObject(value, origin, { titleField: null, ...mapping })).text).toBe(text)
  })

  it.each([
    [{ title: "only a title" }, {}, "missing-field", /none of the text fields "content", "text", "body" is present/],
    [{ content: 12 }, {}, "missing-field", /"content" is a number, expected a string/],
    [{ body: "b" }, { textField: "content" }, "missing-field", /the text field "content" is missing/],
    [{ content: "  \n " }, {}, "empty", /the text field "content" is empty/],
    [["not", "an", "object"], {}, "missing-field", /found an array/],
    ["a string", {}, "missing-field", /found a string/]
  ])("rejects %j", (value, mapping, reason, detail) => {
    const e = err(fromObject(value, origin, mapping))
    expect(e.reason).toBe(reason)
    expect(e.input).toBe("day.json#4")
    expect(e.detail).toMatch(detail)
  })

  it("uses --id-field when it holds a string or number, else the default id", () => {
    expect(ok(fromObject({ guid: "n-17", content: "x" }, origin, { idField: "guid" })).id).toBe("n-17")
    expect(ok(fromObject({ guid: 17, content: "x" }, origin, { idField: "guid" })).id).toBe("17")
    expect(ok(fromObject({ guid: "", content: "x" }, origin, { idField: "guid" })).id).toBe("day.json#4")
    expect(ok(fromObject({ content: "x" }, origin, { idField: "guid" })).id).toBe("day.json#4")
  })

  it("copies meta: the other scalar fields by default, exactly the named ones with --meta-field", () => {
    const value = { id: 3, content: "x", url: "u", tags: ["a"], score: 2.5, live: true, note: null, extra: { k: 1 } }
    expect(ok(fromObject(value, origin, { idField: "id" })).meta).toEqual({ url: "u", score: 2.5, live: true, note: null })
    expect(ok(fromObject(value, origin, { metaFields: ["url", "tags", "extra", "absent"] })).meta).toEqual({
      url: "u",
      tags: '["a"]',
      extra: '{"k":1}'
    })
    expect(ok(fromObject(value, origin, { metaFields: [] })).meta).toEqual({})
  })

  it("reads published and reference dates from fields", () => {
    const r = ok(
      fromObject({ content: "x", pub: "2015/8/9 10:00", crawl: "2015-08-10 02:51:32" }, origin, {
        publishedField: "pub",
        referenceField: "crawl"
      })
    )
    expect(r.published).toBe("2015-08-09")
    expect(r.reference).toBe("2015-08-10")
  })
})

describe("datePrefix", () => {
  it.each([
    ["2015-08-10", "2015-08-10"],
    ["2015-08-10T02:51:32Z", "2015-08-10"],
    ["2015/8/1 x", "2015-08-01"],
    ["2016-02-29", "2016-02-29"],
    ["2015-02-29", null],
    ["2015-13-01", null],
    ["20150810", null],
    ["10/08/2015", null],
    [20150810, null]
  ])("%j → %j", (v, expected) => {
    expect(datePrefix(v)).toBe(expected)
  })
})
