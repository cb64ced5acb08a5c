import { describe, expect, it } from "vitest"
import { DEFAULT_GLOB, GlobSyntaxError, compileGlob } from "../../src/node/glob.js"

describe("compileGlob", () => {
  it.each([
    // pattern, path, matches
    [DEFAULT_GLOB, "a.txt", true],
    [DEFAULT_GLOB, "2015/08/10/a.json", true],
    [DEFAULT_GLOB, "feed.ndjson", true],
    [DEFAULT_GLOB, "feed.jsonl", true],
    [DEFAULT_GLOB, "notes.md", false],
    [DEFAULT_GLOB, "a.txt.bak", false],
    ["*.txt", "deep/down/b.txt", true],
    ["*.txt", "txt", false],
    ["a?c.txt", "abc.txt", true],
    ["a?c.txt", "ac.txt", false],
    ["[0-9]*.txt", "7-news.txt", true],
    ["[0-9]*.txt", "x7.txt", false],
    ["[!a]*.txt", "b.txt", true],
    ["[^a]*.txt", "a.txt", false],
    ["[]x]y", "]y", true],
    ["a\\*b", "a*b", true],
    ["a\\*b", "axxb", false],
    ["{a,b{c,d}}.txt", "bd.txt", true],
    ["{a,b{c,d}}.txt", "b.txt", false],
    ["2015-*/*.txt", "2015-08/a.txt", true],
    ["2015-*/*.txt", "2015-08/x/a.txt", false],
    ["2015-*/**/*.txt", "2015-08/a.txt", true],
    ["2015-*/**/*.txt", "2015-08/x/y/a.txt", true],
    ["2015-*/**/*.txt", "2016-08/a.txt", false],
    ["**/sport/*.txt", "bbc/sport/001.txt", true],
    ["**/sport/*.txt", "sport/001.txt", true],
    ["**/sport/*.txt", "bbc/tech/001.txt", false],
    ["./sub/*.txt", "sub/a.txt", true],
    ["**", "any/thing/at/all", true],
    ["*", "x/y", true]
  ])("%s on %s → %s", (pattern, path, expected) => {
    expect(compileGlob(pattern).matches(path)).toBe(expected)
  })

  it("matches base names when no alternative has a /", () => {
    expect(compileGlob("*.{txt,json}").baseNameOnly).toBe(true)
    expect(compileGlob("{*.txt,a/*.json}").baseNameOnly).toBe(false)
    expect(compileGlob("{*.txt,a/*.json}").matches("x/y/z.txt")).toBe(true)
    expect(compileGlob("{*.txt,a/*.json}").matches("a/z.json")).toBe(true)
    expect(compileGlob("{*.txt,a/*.json}").matches("b/z.json")).toBe(false)
  })

  it.each([["a[bc"], ["{a,b"], ["x\\"], [""], ["{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}"]])(
    "refuses the malformed pattern %j",
    (pattern) => {
      expect(() => compileGlob(pattern)).toThrow(GlobSyntaxError)
    }
  )

  it("takes time linear in the path length on the worst patterns (ratio measured here)", () => {
    /**
     * Fastest of 7 timings of 10 matches each (after a warm-up): a busy machine
     * only ever adds time, so the minimum is the least noisy measure.
     */
    const time = (pattern: string, path: string) => {
      const m = compileGlob(pattern)
      for (let i = 0; i < 10; i++) m.matches(path)
      const runs: Array<number> = []
      for (let r = 0; r < 7; r++) {
        const t0 = performance.now()
        for (let i = 0; i < 10; i++) m.matches(path)
        runs.push(performance.now() - t0)
      }
      return Math.min(...runs)
    }
    /**
     * The best of three ratios. Two clean-clone CI runs read 36.8 and 37.8 on the deep pattern, the second with the
     * file run alone: the matcher split the path into arrays of 40,000 segments, allocated in V8's large-object space,
     * whose collections grew faster than the path; it now reads the segments in place (8× the path: about 8).
     */
    const bestRatio = (large: () => number, small: () => number): number => {
      let r = Number.POSITIVE_INFINITY
      for (let t = 0; t < 3 && r >= 30; t++) r = Math.min(r, large() / small())
      return r
    }
    // many stars against a long run of near-misses: exponential for a backtracking regex
    const stars = "*a*a*a*a*a*a*a*b"
    // 8× the input: linear is ~8, quadratic would be ~64 (in every try)
    expect(bestRatio(() => time(stars, "a".repeat(160_000)), () => time(stars, "a".repeat(20_000)))).toBeLessThan(30)
    const deep = "**/**/**/**/x"
    const path = (n: number) => Array.from({ length: n }, () => "d").join("/")
    expect(bestRatio(() => time(deep, path(40_000)), () => time(deep, path(5_000)))).toBeLessThan(30)
  })
})
