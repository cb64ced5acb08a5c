import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { DEFAULT_CONTEXT, parseTagArgs, runTagCli } from "../../../src/cli/tag.js"

async function* linesOf(xs: ReadonlyArray<string>): AsyncGenerator<string> {
  for (const x of xs) yield x
}

const tag = async (args: ReadonlyArray<string>, lines: ReadonlyArray<string>) => {
  let out = ""
  let err = ""
  const code = await runTagCli(args, linesOf(lines), (s) => (out += s), (s) => (err += s))
  return { code, out, err }
}

describe("khabar tag", () => {
  it("writes token<TAB>tag per token with the same blank lines", async () => {
    const { code, out } = await tag(["--lang", "en"], ["Vladimir", "Putin", "visited", "Paris", ".", "", "", "He", "left", "."])
    expect(code).toBe(0)
    const lines = out.split("\n")
    expect(lines.length).toBe(11) // 10 lines and the final newline
    expect(lines.slice(0, 5).map((l) => l.split("\t")[0])).toEqual(["Vladimir", "Putin", "visited", "Paris", "."])
    expect(lines[5]).toBe("")
    expect(lines[6]).toBe("")
    for (const l of lines.filter((x) => x !== "")) expect(l).toMatch(/^[^\t]+\t(O|[BI]-(PER|LOC|ORG|MISC))$/)
    expect(lines.slice(0, 4).map((l) => l.split("\t")[1])).toEqual(["B-PER", "I-PER", "O", "B-LOC"])
  })

  it("reads only the first column of each line", async () => {
    const a = await tag(["--lang", "ar"], ["زار", "بوتين", "سوريا", "."])
    const b = await tag(["--lang", "ar"], ["زار O", "بوتين\tB-PER\textra", "سوريا B-LOC", ". O\r"])
    expect(b.out).toBe(a.out)
    expect(a.out.split("\n")[1]).toBe("بوتين\tB-PER")
  })

  it("keeps a clitic-bearing token whole and tags it", async () => {
    const { out } = await tag(["--lang", "ar"], ["وصل", "الوفد", "إلى", "بيروت", "وبغداد", "أمس", "."])
    const tags = out.trim().split("\n").map((l) => l.split("\t"))
    expect(tags.map((t) => t[0])).toEqual(["وصل", "الوفد", "إلى", "بيروت", "وبغداد", "أمس", "."])
    expect(tags[3]![1]).toBe("B-LOC")
    expect(tags[4]![1]).toBe("B-LOC")
  })

  it("handles input without a final blank line and empty input", async () => {
    expect((await tag(["--lang", "en"], [])).out).toBe("")
    expect((await tag(["--lang", "en"], ["the"])).out).toBe("the\tO\n")
  })

  it.each([
    [[], /--lang is required/],
    [["--lang", "fr"], /Unknown language "fr"/],
    [["--lang"], /--lang needs a value/],
    [["--lang", "en", "--bad"], /Unknown option "--bad"/],
    [["--lang", "en", "a.txt", "b.txt"], /at most one input/],
    [["--lang", "en", "--context", "0"], /--context needs a whole number/],
    [["--lang", "en", "--context=x"], /--context needs a whole number/],
    [["--lang", "en", "--context"], /--context needs a whole number/]
  ] as const)("usage error for %j", async (args, message) => {
    const r = await tag(args, ["x"])
    expect(r.code).toBe(2)
    expect(r.out).toBe("")
    expect(r.err).toMatch(message)
  })

  it("parses FILE and - for the dispatcher", () => {
    expect(parseTagArgs(["--lang=ar", "corpus.txt"])).toEqual({ kind: "run", lang: "ar", file: "corpus.txt", context: DEFAULT_CONTEXT })
    expect(parseTagArgs(["-", "--lang", "en"])).toEqual({ kind: "run", lang: "en", file: null, context: DEFAULT_CONTEXT })
    expect(parseTagArgs(["--lang", "en", "--context", "7"])).toMatchObject({ kind: "run", context: 7 })
    expect(parseTagArgs(["--lang", "en", "--context=3", "--sentences"])).toMatchObject({ kind: "run", context: 1 })
    expect(parseTagArgs(["--help"]).kind).toBe("help")
  })
})

/** Token lines of written sentences: one token a line, a blank line after each sentence. */
const conll = (...sentences: ReadonlyArray<string>): Array<string> => sentences.flatMap((x) => (x === "-DOCSTART-" ? [x, ""] : [...x.split(" "), ""]))
/** The tags of `word`'s lines in the output, in order. */
const tagsOf = (out: string, word: string): Array<string> =>
  out
    .split("\n")
    .filter((l) => l.split("\t")[0] === word)
    .map((l) => l.split("\t")[1]!)

describe("khabar tag: sentences of one document together", () => {
  // a surname alone in a later sentence, which the model misses in that sentence alone, is the name found again
  it.each([
    ["en", ["The minister , Hendrik Vollmaring , spoke on Tuesday .", "Vollmaring said the plan was sound ."], "Vollmaring"],
    ["ar", ["استقبل السفير ماركوس تيلمان وفدا تجاريا .", "وناقش تيلمان مع الوفد سبل التعاون ."], "تيلمان"]
  ] as const)("%s: a surname alone after the full name", async (lang, sentences, surname) => {
    const doc = await tag(["--lang", lang], conll(...sentences))
    expect(tagsOf(doc.out, surname)).toEqual(["I-PER", "B-PER"])
    const alone = await tag(["--lang", lang, "--sentences"], conll(...sentences))
    expect(tagsOf(alone.out, surname)).toEqual(["I-PER", "O"])
    expect((await tag(["--lang", lang, "--context", "1"], conll(...sentences))).out).toBe(alone.out)
    // a block of two sentences holds both; blocks of one do not
    expect((await tag(["--lang", lang, "--context", "2"], conll(...sentences))).out).toBe(doc.out)
  })

  it("a -DOCSTART- line ends the document, and is tagged O", async () => {
    const sentences = ["The minister , Hendrik Vollmaring , spoke on Tuesday .", "-DOCSTART-", "Vollmaring said the plan was sound ."]
    const { out } = await tag(["--lang", "en"], conll(...sentences))
    expect(tagsOf(out, "Vollmaring")).toEqual(["I-PER", "O"])
    expect(tagsOf(out, "-DOCSTART-")).toEqual(["O"])
    // other columns, as CoNLL-2003 writes it
    const columns = await tag(["--lang", "en"], conll(...sentences).map((l) => (l === "-DOCSTART-" ? "-DOCSTART- -X- -X- O" : l)))
    expect(columns.out).toBe(out)
  })

  it("writes one line per input line: the blank lines where they were, within and between blocks", async () => {
    const lines = ["", "", "Hendrik", "Vollmaring", "spoke", ".", "", "", "", "Vollmaring", "left", ".", "-DOCSTART-", "Paris", "", "-DOCSTART-", "", "", "It", "rained", ".", "", ""]
    for (const context of ["1", "2", "3", "25"]) {
      const { code, out } = await tag(["--lang", "en", "--context", context], lines)
      expect(code).toBe(0)
      const got = out.split("\n")
      expect(got.pop()).toBe("")
      expect(got.map((l) => l.split("\t")[0])).toEqual(lines)
      for (let i = 0; i < lines.length; i++) expect(got[i] === "").toBe(lines[i] === "")
    }
  })

  const TOKENS = ["Hendrik", "Vollmaring", "said", "Paris", ".", ",", "of", "the", "Bank", "England", "تيلمان", "ماركوس", "وناقش", "بيروت", "،", "-DOCSTART-", "U.S.", "al-Assad", "'s"]
  const tokenArb = fc.oneof(
    fc.constantFrom(...TOKENS),
    // any characters but those that separate columns or lines (U+2028 and U+0085 stay: a line break inside a token)
    fc.string({ minLength: 1, maxLength: 6, unit: "binary" }).map((x) => x.replace(/[\s\u00a0\u3000]/gu, (c) => (c === "\u2028" || c === "\u0085" ? c : "x")))
  )
  const lineArb = fc.oneof({ weight: 5, arbitrary: tokenArb }, { weight: 1, arbitrary: fc.constant("") }, { weight: 1, arbitrary: tokenArb.map((t) => `${t} NNP B-PER`) })

  it("property: the token column of the output is the input's, line for line, in any context", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { maxLength: 60 }), fc.constantFrom("1", "2", "5", "25"), fc.constantFrom("ar", "en"), async (lines, context, lang) => {
        const { code, out } = await tag(["--lang", lang, "--context", context], lines)
        expect(code).toBe(0)
        const got = out.split("\n")
        expect(got.pop()).toBe("")
        expect(got.length).toBe(lines.length)
        for (let i = 0; i < lines.length; i++) {
          const [token, tagValue, ...rest] = got[i]!.split("\t")
          expect(token).toBe(lines[i]!.split(" ")[0])
          if (lines[i] === "") expect(got[i]).toBe("")
          else {
            expect(rest).toEqual([])
            expect(tagValue).toMatch(/^(O|[BI]-(PER|LOC|ORG|MISC))$/)
          }
        }
      }),
      { numRuns: 150, seed: 7321 }
    )
  })
})
