import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { InputError } from "../../src/errors.js"
import { decodeBytes, type Decoded } from "../../src/parse/decode.js"

/** Encodes text into a single-byte code page by inverting the WHATWG decoder's table. */
const encodeSingleByte = (text: string, label: string): Uint8Array => {
  const decoder = new TextDecoder(label)
  const table = new Map<string, number>()
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b)
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch)
    if (b === undefined) throw new Error(`${ch} is not in ${label}`)
    return b
  }))
}
const utf16 = (text: string, endian: "le" | "be"): Uint8Array => {
  const out = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out[2 * i + (endian === "le" ? 0 : 1)] = c & 0xff
    out[2 * i + (endian === "le" ? 1 : 0)] = c >> 8
  }
  return out
}
const concat = (...parts: Array<Uint8Array | ReadonlyArray<number>>) => Uint8Array.from(parts.flatMap((p) => [...p]))
const ok = (r: Decoded | InputError): Decoded => {
  if (r instanceof InputError) throw new Error(`expected text, got ${r.message}`)
  return r
}

const arabic = "الرياض - واس\n\nأعلن المتحدث باسم الوزارة أن الاجتماع سيعقد في جدة يوم الأحد المقبل بمشاركة عشرين دولة."
const english = "Ministers met in Brussels on Tuesday to discuss the budget, officials said."

describe("decodeBytes", () => {
  it.each([
    ["a PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]],
    ["a ZIP archive", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ["a PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ["a JPEG image", [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]],
    ["a gzip archive", [0x1f, 0x8b, 0x08, 0x00]]
  ])("rejects %s as binary, naming the input and what it looks like", (what, bytes) => {
    const r = decodeBytes(Uint8Array.from(bytes), "in/x.txt")
    expect(r).toBeInstanceOf(InputError)
    expect((r as InputError).reason).toBe("binary")
    expect((r as InputError).message).toContain("in/x.txt")
    expect((r as InputError).message).toContain(what)
  })

  it("rejects an empty input", () => {
    const r = decodeBytes(new Uint8Array(), "empty.txt")
    expect(r).toMatchObject({ reason: "empty", code: "KHB-E101" })
  })

  it("rejects bytes with a NUL in the middle of text, giving the offset", () => {
    const r = decodeBytes(concat(new TextEncoder().encode("abc def"), [0, 1, 2, 3]), "nul.txt")
    expect(r).toMatchObject({ reason: "binary", place: { offset: 7 } })
  })

  it("decodes valid UTF-8 with certainty", () => {
    expect(ok(decodeBytes(new TextEncoder().encode(arabic), "a"))).toEqual({
      text: arabic,
      encoding: "utf-8",
      confidence: null,
      diagnostics: []
    })
  })

  it("strips a UTF-8 byte-order mark", () => {
    const r = ok(decodeBytes(concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(arabic)), "bom"))
    expect(r.text).toBe(arabic)
    expect(r.encoding).toBe("utf-8")
  })

  it.each(["le", "be"] as const)("decodes UTF-16%s with a byte-order mark", (endian) => {
    const bom = endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]
    const r = ok(decodeBytes(concat(bom, utf16(arabic, endian)), "u16"))
    expect(r).toMatchObject({ text: arabic, encoding: `utf-16${endian}`, confidence: null })
  })

  it.each([
    ["le", arabic],
    ["be", arabic],
    ["le", english],
    ["be", english]
  ] as const)("recognises UTF-16%s without a byte-order mark and says it guessed", (endian, text) => {
    const r = ok(decodeBytes(utf16(text, endian), "u16"))
    expect(r.text).toBe(text)
    expect(r.encoding).toBe(`utf-16${endian}`)
    expect(r.diagnostics.map((d) => d.code)).toEqual(["KHB-W002"])
  })

  it("detects Windows-1256 Arabic and reports the guess with a confidence", () => {
    const r = ok(decodeBytes(encodeSingleByte(arabic, "windows-1256"), "legacy.txt"))
    expect(r.text).toBe(arabic)
    expect(r.encoding).toBe("windows-1256")
    expect(r.confidence).toBeGreaterThanOrEqual(0.5)
    expect(r.diagnostics[0]).toMatchObject({ code: "KHB-W001", severity: "warning" })
  })

  it("detects Latin-1 English", () => {
    const text = "Café owners in Zürich paid £200 more, according to the façade survey published on Monday."
    const r = ok(decodeBytes(encodeSingleByte(text, "windows-1252"), "latin1.txt"))
    expect(r.text).toBe(text)
    expect(r.encoding).toBe("windows-1252")
  })

  it("keeps UTF-8 with a broken byte, replacing it and saying where", () => {
    const good = new TextEncoder().encode(arabic)
    const bytes = concat(good.subarray(0, 10), [0xff], good.subarray(10))
    const r = ok(decodeBytes(bytes, "mixed.txt"))
    expect(r.encoding).toBe("utf-8")
    expect(r.text).toContain("\ufffd")
    expect(r.diagnostics[0]).toMatchObject({ code: "KHB-W003" })
    expect(r.diagnostics[0]!.start).toBe(r.text.indexOf("\ufffd"))
  })

  it("never throws, and always returns text or a typed error, on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = decodeBytes(bytes, "fuzz")
        if (r instanceof InputError) expect(r.message).toContain("fuzz")
        else expect(typeof r.text).toBe("string")
      }),
      { numRuns: 500 }
    )
  })
})
