import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { JsonArrayScanner, firstInvalidUtf8, jsonArrayValues, ndjsonValues, parseRaw, type JsonItem } from "../../src/node/json-stream.js"

const enc = (s: string) => new TextEncoder().encode(s)

/** Cuts bytes into chunks at the given sizes (cycled), as a file stream would. */
async function* chunked(bytes: Uint8Array, sizes: ReadonlyArray<number> = [bytes.length || 1]): AsyncGenerator<Uint8Array> {
  let at = 0
  let k = 0
  while (at < bytes.length) {
    const n = Math.max(1, sizes[k++ % sizes.length]!)
    yield bytes.slice(at, at + n)
    at += n
  }
}

const collect = async (items: AsyncIterable<JsonItem>) => {
  const out: Array<JsonItem> = []
  for await (const it of items) out.push(it)
  return out
}

const arrayItems = (text: string | Uint8Array, sizes?: ReadonlyArray<number>, maxElementBytes = 1 << 20) =>
  collect(jsonArrayValues(chunked(typeof text === "string" ? enc(text) : text, sizes), { maxElementBytes }))

const values = (items: ReadonlyArray<JsonItem>) => items.filter((i) => i._tag === "Value").map((i) => (i._tag === "Value" ? i.value : null))

describe("jsonArrayValues", () => {
  it("yields each element of an array in order, whatever the chunk boundaries (property)", async () => {
    const element = fc.oneof(
      fc.record({ title: fc.string(), content: fc.string({ unit: "grapheme" }), n: fc.integer() }),
      fc.jsonValue({ maxDepth: 4 })
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(element, { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(0, 2),
        async (elements, sizes, indent) => {
          const text = JSON.stringify(elements, null, indent)
          const items = await arrayItems(text, sizes)
          expect(items.every((i) => i._tag === "Value")).toBe(true)
          expect(values(items)).toEqual(JSON.parse(text))
        }
      ),
      { numRuns: 150 }
    )
  })

  it("cut off anywhere: yields the elements before the cut, then one reject with the place (property)", async () => {
    const elements = [{ content: "أول خبر \"مقتبس\" [1]" }, { content: "second {brace} \\ back" }, { content: "ثالث" }]
    const text = JSON.stringify(elements)
    const bytes = enc(text)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: bytes.length - 1 }), fc.integer({ min: 1, max: 9 }), async (cut, size) => {
        const items = await arrayItems(bytes.slice(0, cut), [size])
        const last = items[items.length - 1]!
        expect(last._tag).toBe("Broken")
        if (last._tag !== "Broken") return
        // every element that ended before the cut was yielded, and nothing else
        const whole = values(items)
        expect(whole).toEqual(elements.slice(0, whole.length))
        expect(last.index).toBe(whole.length)
        expect(last.place.offset).toBe(cut)
        expect(last.detail).toMatch(/cut off at the end of the file/)
      }),
      { numRuns: 100 }
    )
  })

  it.each([
    ["[1, 2,]", 2, /expected element 2 after ",", found "]"/, { line: 1, column: 7, offset: 6 }],
    ['[{"a":1}\n {"b":2}]', 1, /expected "," or "]" after element 0, found "\{"/, { line: 2, column: 2, offset: 10 }],
    ['[{"a":[1}]', 0, /"}" does not close "\[" inside element 0/, { line: 1, column: 9, offset: 8 }],
    ['[{"a":1}] x', 1, /unexpected "x" after the end of the JSON array/, { line: 1, column: 11, offset: 10 }],
    ["x[]", 0, /expected a JSON array \("\["\) or object \("\{"\), found "x"/, { line: 1, column: 1, offset: 0 }],
    ["[:", 0, /expected element 0, found ":"/, { line: 1, column: 2, offset: 1 }]
  ])("%j breaks with the place of the break", async (text, index, detail, place) => {
    const items = await arrayItems(text)
    const last = items[items.length - 1]!
    expect(last).toMatchObject({ _tag: "Broken", index, place })
    if (last._tag === "Broken") expect(last.detail).toMatch(detail)
    expect(values(items)).toHaveLength(index)
  })

  it("counts columns in characters on long Arabic lines", async () => {
    const text = '[{"content":"مرحبا"} ?'
    const [, broken] = await arrayItems(text)
    expect(broken).toMatchObject({ _tag: "Broken", place: { line: 1, column: 22, offset: enc(text).length - 1 } })
  })

  it("reports a malformed element on its own and goes on", async () => {
    const items = await arrayItems('[{"a" 1}, {"content":"ok"}, tru, 3]')
    expect(items.map((i) => i._tag)).toEqual(["Invalid", "Value", "Invalid", "Value"])
    expect(items[0]).toMatchObject({ index: 0, reason: "invalid-json", place: { line: 1, column: 2, offset: 1 } })
    expect(items[2]).toMatchObject({ index: 2, reason: "invalid-json" })
  })

  it("reports invalid UTF-8 inside an element as a decode problem", async () => {
    const bytes = Uint8Array.from([...enc('[{"content":"ab'), 0xff, ...enc('"}, {"content":"ok"}]')])
    const items = await arrayItems(bytes)
    expect(items[0]).toMatchObject({ _tag: "Invalid", reason: "decode", index: 0 })
    expect(items[1]).toMatchObject({ _tag: "Value", value: { content: "ok" } })
  })

  it("takes a single top-level object as one value with index null, and skips a UTF-8 BOM", async () => {
    const items = await arrayItems(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('\n{"content":"x"}\n')]))
    expect(items).toEqual([{ _tag: "Value", index: null, value: { content: "x" }, place: { line: 2, column: 1, offset: 4 } }])
  })

  it("says Empty for an empty or blank file, and nothing for []", async () => {
    expect(await arrayItems("")).toEqual([{ _tag: "Empty" }])
    expect(await arrayItems(" \n\t ")).toEqual([{ _tag: "Empty" }])
    expect(await arrayItems(" [ ] \n")).toEqual([])
  })

  it("skips an element over the limit without holding it, and goes on", async () => {
    const big = "ب".repeat(5000)
    const text = JSON.stringify([{ content: "a" }, { content: big }, { content: "c" }])
    const scanners: Array<JsonArrayScanner> = []
    const items = await collect(
      jsonArrayValues(chunked(enc(text), [64]), { maxElementBytes: 1000, scanner: (s) => scanners.push(s) })
    )
    expect(items.map((i) => i._tag)).toEqual(["Value", "TooLarge", "Value"])
    expect(items[1]).toMatchObject({ index: 1, size: enc(JSON.stringify({ content: big })).length })
    // memory bound: never more than the limit plus one chunk held
    expect(scanners[0]!.peakHeldBytes).toBeLessThanOrEqual(1000 + 64)
  })

  it("holds at most one element at a time, whatever the array's length", async () => {
    const element = { title: "عنوان", content: "نص الخبر ".repeat(50) }
    const one = enc(JSON.stringify(element)).length
    const scanner = new JsonArrayScanner({ maxElementBytes: 1 << 20 })
    let n = 0
    scanner.push(enc("["))
    for (let i = 0; i < 2000; i++) {
      n += scanner.push(enc((i === 0 ? "" : ",") + JSON.stringify(element))).length
    }
    scanner.push(enc("]"))
    expect(scanner.finish()).toEqual([])
    expect(n).toBe(2000)
    expect(scanner.peakHeldBytes).toBe(one)
  })

  it("refuses nesting deeper than MAX_DEPTH without growing", async () => {
    const items = await arrayItems("[" + "[".repeat(5000))
    expect(items[items.length - 1]).toMatchObject({ _tag: "Broken", index: 0 })
    expect((items[items.length - 1] as { detail: string }).detail).toMatch(/nesting deeper than 1024/)
  })
})

describe("ndjsonValues", () => {
  const lines = (text: string | Uint8Array, sizes?: ReadonlyArray<number>, maxLineBytes = 1 << 20) =>
    collect(ndjsonValues(chunked(typeof text === "string" ? enc(text) : text, sizes), { maxLineBytes }))

  it("yields one value a line, skipping blank lines, with CRLF, whatever the chunks (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ content: fc.string({ unit: "grapheme" }), n: fc.integer() }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("\n", "\r\n", "\n\n"),
        async (objs, sizes, eol) => {
          const items = await lines(objs.map((o) => JSON.stringify(o)).join(eol), sizes)
          expect(values(items)).toEqual(objs)
          expect(items.map((i) => (i._tag === "Value" ? i.index : -1))).toEqual(objs.map((_, k) => k))
          const step = eol === "\n\n" ? 2 : 1
          expect(items.map((i) => (i._tag === "Value" ? i.place.line : -1))).toEqual(objs.map((_, k) => 1 + k * step))
        }
      ),
      { numRuns: 100 }
    )
  })

  it("reports a broken line with its line number and goes on", async () => {
    const items = await lines('{"content":"a"}\n\n{"content": broken}\n{"content":"c"}\n')
    expect(items.map((i) => i._tag)).toEqual(["Value", "Invalid", "Value"])
    expect(items[1]).toMatchObject({ index: 1, reason: "invalid-json", place: { line: 3, offset: 17 } })
    expect((items[1] as { detail: string }).detail).toMatch(/not valid JSON/)
  })

  it("skips a line over the limit without holding it", async () => {
    const items = await lines(`{"content":"a"}\n{"content":"${"x".repeat(3000)}"}\n{"content":"c"}`, [100], 1000)
    expect(items.map((i) => i._tag)).toEqual(["Value", "TooLarge", "Value"])
    expect(items[1]).toMatchObject({ index: 1, size: 3014, place: { line: 2, offset: 16 } })
  })

  it("says Empty for a file with no line that is not blank", async () => {
    expect(await lines("")).toEqual([{ _tag: "Empty" }])
    expect(await lines("\n \r\n")).toEqual([{ _tag: "Empty" }])
  })
})

describe("firstInvalidUtf8", () => {
  it.each([
    [[0x61, 0x62], 2],
    [[0x61, 0xff, 0x62], 1],
    [[0xd8, 0xa7, 0xc0, 0x80], 2], // overlong NUL
    [[0xed, 0xa0, 0x80], 0], // a surrogate
    [[0xe2, 0x82], 0] // cut short
  ])("%j → %i", (bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at)
  })
})

describe("raw values, parsed later (parseRaw)", () => {
  /** Raw items finished with parseRaw, as a worker thread does: the same items as parsing at once. */
  const finished = (items: ReadonlyArray<JsonItem>, line: boolean): Array<JsonItem> =>
    items.map((i) => (i._tag === "Raw" ? parseRaw({ index: i.index, bytes: i.bytes.slice(), from: i.from, place: i.place, line }) : i))

  it("JSON arrays: the same values, rejects and places, whatever the chunks (property)", async () => {
    const element = fc.oneof(
      fc.json(),
      fc.constantFrom('{"a" 1}', '{"t":"نص \\u00e9"}', '"x\\q"', "[1,,2]", "tru", '{"\u0627":1}')
    )
    await fc.assert(
      fc.asyncProperty(fc.array(element, { maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 4 }), async (elements, sizes) => {
        const bytes = enc(`[${elements.join(" ,\n ")}]`)
        const direct = await collect(jsonArrayValues(chunked(bytes, sizes), { maxElementBytes: 1 << 20 }))
        const raw = await collect(jsonArrayValues(chunked(bytes, sizes), { maxElementBytes: 1 << 20, raw: true }))
        expect(finished(raw, false)).toEqual(direct)
      })
    )
  })

  it("NDJSON: the same values, rejects and places (columns after trimmed space), whatever the chunks (property)", async () => {
    const line = fc.oneof(fc.json(), fc.constantFrom("", "   ", '  {"a" 1}  ', "\t[1,2", '{"t":"نص"}\r', "{broken"))
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 4 }), async (lines, sizes) => {
        const bytes = enc("\uFEFF" + lines.join("\n"))
        const direct = await collect(ndjsonValues(chunked(bytes, sizes), { maxLineBytes: 1 << 20 }))
        const raw = await collect(ndjsonValues(chunked(bytes, sizes), { maxLineBytes: 1 << 20, raw: true }))
        expect(finished(raw, true)).toEqual(direct)
      })
    )
  })
})
