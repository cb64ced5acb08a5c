/**
 * Differential test against CAMeL Tools 1.6.0 (its pure-Python utilities), on
 * the outputs stored in `../shared/peers/camel-tools/normalize.ndjson` beside
 * the repository (see `../shared/peers/README.md`). The data stays there: it
 * is read at test time, never copied here. Without it the test is skipped.
 *
 * Normalization: every line, every function, no exception.
 * Tokenization: khabar's tokenizer differs from `simple_word_tokenize` on
 * purpose in four ways (docs/normalize.md, "Tokens"); each differing line must
 * be explained by those differences alone, and the number of lines each
 * explains is fixed below.
 */
import { existsSync, readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { alef, diacritics, normalizeText, tehMarbuta, tokenize, unicode, yeh, type PresetName, type Step } from "../../src/normalize/index.js"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const peerFile = resolve(root, "../shared/peers/camel-tools/normalize.ndjson")
const available = existsSync(peerFile)

interface PeerLine {
  readonly input: string
  readonly normalize_unicode: string
  readonly dediac_ar: string
  readonly normalize_alef_ar: string
  readonly normalize_alef_maksura_ar: string
  readonly normalize_teh_marbuta_ar: string
  readonly all_five: string
  readonly simple_word_tokenize: ReadonlyArray<string>
}

const lines = (): ReadonlyArray<PeerLine> =>
  readFileSync(peerFile, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as PeerLine)

const FUNCTIONS: ReadonlyArray<readonly [keyof PeerLine, PresetName | ReadonlyArray<Step>]> = [
  ["normalize_unicode", [unicode({ form: "NFKC", spellSymbols: true })]],
  ["dediac_ar", [diacritics({ set: "tashkeel" })]],
  ["normalize_alef_ar", [alef()]],
  ["normalize_alef_maksura_ar", [yeh()]],
  ["normalize_teh_marbuta_ar", [tehMarbuta()]],
  ["all_five", "camel"]
]

/**
 * The deliberate differences, as rewrites of CAMeL's token list toward
 * khabar's. Applied in this order until the lists agree.
 */
const DIFFERENCES: ReadonlyArray<readonly [string, (tokens: ReadonlyArray<string>) => Array<string>]> = [
  // CAMeL keeps format characters (U+200F and others) inside its tokens; khabar treats them as separators
  ["format", (t) => t.map((x) => x.replace(/\p{Cf}/gu, "")).filter((x) => x !== "")],
  // khabar separates Arabic letters (and tatweel) from digits: 2015م → 2015 م, بـ3 → بـ 3
  [
    "arabicDigits",
    (t) => t.flatMap((x) => x.split(/(?<=\p{Nd})(?=(?!\p{Nd})\p{scx=Arabic})|(?<=(?!\p{Nd})\p{scx=Arabic})(?=\p{Nd})/u))
  ],
  // khabar keeps a decimal or thousands separator between digits: 1,250.5 is one number
  [
    "separators",
    (t) => {
      const r: Array<string> = []
      for (let k = 0; k < t.length; k++) {
        const x = t[k]!
        const prev = r[r.length - 1]
        const next = t[k + 1]
        if (prev !== undefined && next !== undefined && /^[.,٫٬]$/u.test(x) && /\p{Nd}$/u.test(prev) && /^\p{Nd}/u.test(next)) {
          r[r.length - 1] = prev + x + next
          k++
        } else r.push(x)
      }
      return r
    }
  ],
  // khabar keeps an apostrophe between two Latin letters: King’s, don't
  [
    "apostrophe",
    (t) => {
      const r: Array<string> = []
      for (let k = 0; k < t.length; k++) {
        const x = t[k]!
        const prev = r[r.length - 1]
        const next = t[k + 1]
        if (prev !== undefined && next !== undefined && /^['’]$/u.test(x) && /\p{Script=Latin}$/u.test(prev) && /^\p{Script=Latin}/u.test(next)) {
          r[r.length - 1] = prev + x + next
          k++
        } else r.push(x)
      }
      return r
    }
  ]
]

/** Lines by the set of differences that explain them, on the 2,500 lines of the stored peer file. */
const EXPECTED_TOKEN_DIFFERENCES: Readonly<Record<string, number>> = {
  same: 2280,
  arabicDigits: 89,
  separators: 95,
  "arabicDigits+separators": 20,
  format: 13,
  "format+arabicDigits": 1,
  "format+separators": 1,
  apostrophe: 1
}

if (!available) console.warn(`CAMeL Tools differential skipped: ${peerFile} not found (CI places shared/ beside the repository)`)

const title = available
  ? "CAMeL Tools differential"
  : `CAMeL Tools differential (skipped: ${peerFile} not found; CI places shared/ beside the repository)`

describe.skipIf(!available)(title, () => {
  const data = available ? lines() : []

  it("reads the peer file", () => {
    expect(data.length).toBeGreaterThan(0)
  })

  for (const [fn, steps] of FUNCTIONS) {
    it(`agrees with ${fn} on every line`, () => {
      const mismatches: Array<string> = []
      for (const line of data) {
        const got = normalizeText(line.input, steps)
        if (got !== line[fn]) mismatches.push(JSON.stringify({ input: line.input, expected: line[fn], got }))
      }
      expect(mismatches.slice(0, 5)).toEqual([])
      expect(data.length - mismatches.length).toBe(data.length)
    })
  }

  it("tokenizes like simple_word_tokenize except for the documented differences, line by line", () => {
    const counts: Record<string, number> = {}
    const unexplained: Array<string> = []
    for (const line of data) {
      const mine = JSON.stringify(tokenize(line.input).map((t) => t.text))
      let theirs: ReadonlyArray<string> = line.simple_word_tokenize
      const used: Array<string> = []
      for (const [name, rewrite] of DIFFERENCES) {
        if (JSON.stringify(theirs) === mine) break
        const next = rewrite(theirs)
        if (JSON.stringify(next) !== JSON.stringify(theirs)) used.push(name)
        theirs = next
      }
      if (JSON.stringify(theirs) === mine) {
        const key = used.length === 0 ? "same" : used.join("+")
        counts[key] = (counts[key] ?? 0) + 1
      } else unexplained.push(JSON.stringify({ input: line.input, camel: line.simple_word_tokenize, khabar: JSON.parse(mine) as unknown }))
    }
    expect(unexplained.slice(0, 3)).toEqual([])
    expect(counts).toEqual(EXPECTED_TOKEN_DIFFERENCES)
  })
})
