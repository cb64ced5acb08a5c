import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { utf8Lines } from "../../src/cli/lines.js"

const collect = async (chunks: ReadonlyArray<Uint8Array>) => {
  const out: Array<string> = []
  for await (const l of utf8Lines((async function* () { yield* chunks })())) out.push(l)
  return out
}

describe("utf8Lines", () => {
  it("gives the lines of the text whatever the chunk boundaries, even inside a character (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 6 }), fc.integer({ min: 1, max: 7 }), async (lines, size) => {
        const text = lines.map((l) => l.replaceAll("\n", " ")).join("\n")
        const bytes = new TextEncoder().encode(text)
        const chunks: Array<Uint8Array> = []
        for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size))
        const expected = text.length === 0 ? [] : text.split("\n")
        // a final "\n" ends the last line; it does not open an empty one
        if (text.endsWith("\n")) expected.pop()
        expect(await collect(chunks)).toEqual(expected)
      })
    )
  })

  it("keeps the \\r of CRLF for the command to drop", async () => {
    expect(await collect([new TextEncoder().encode("a\r\nb\r\n")])).toEqual(["a\r", "b\r"])
  })
})
