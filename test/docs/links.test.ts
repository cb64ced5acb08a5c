/**
 * Every relative link of the repository's Markdown (README.md, CHANGELOG.md, docs/**, examples/**) points to a file
 * that exists, and an anchor into a Markdown file to one of its headings, slugged as GitHub does: lower case, every
 * character that is no letter, mark, number, `_`, space or `-` dropped (Arabic letters kept), spaces to `-`, and a
 * heading met again gets `-1`, `-2` … Links inside code (fenced blocks, inline code spans) are not links.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

/** GitHub's slug of one heading's text (before the duplicate suffix). */
export const slug = (heading: string): string =>
  heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1") // a link or an image in a heading: its text
    .replace(/<[^>]+>/g, "") // inline HTML tags
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-")

/** The text of a Markdown file with fenced code blocks blanked (lines kept, so line numbers hold). */
const withoutFences = (text: string): Array<string> => {
  let fence: string | null = null
  return text.split("\n").map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence === null) {
      if (m !== null) {
        fence = m[1]!
        return ""
      }
      return line
    }
    if (m !== null && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = null
    return ""
  })
}

/** Inline code spans blanked (a run of backticks up to the same run). */
const withoutCode = (line: string): string => line.replace(/(`+)[^`]*?\1/g, "")

/** The anchors of a Markdown file's headings (ATX headings, outside fences), duplicates numbered. */
export const anchorsOf = (text: string): Set<string> => {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const line of withoutFences(text)) {
    const m = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)
    if (m === null) continue
    const base = slug(m[1]!)
    const n = seen.get(base)
    seen.set(base, n === undefined ? 1 : n + 1)
    anchors.add(n === undefined ? base : `${base}-${n}`)
  }
  return anchors
}

export interface Link {
  readonly line: number
  readonly target: string
}

/** The relative links of a Markdown text: `](path)`, `](path#anchor)`, `](#anchor)`, `[label]: path`. */
export const linksOf = (text: string): Array<Link> => {
  const links: Array<Link> = []
  withoutFences(text).forEach((raw, i) => {
    const line = withoutCode(raw)
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)) links.push({ line: i + 1, target: m[1]! })
    const ref = /^ {0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s|$)/.exec(line)
    if (ref !== null) links.push({ line: i + 1, target: ref[1]! })
  })
  return links.filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("//"))
}

/** The broken links of one Markdown file (`file` absolute), as `file:line target (why)`. */
export interface Files {
  readonly read: (path: string) => string
  readonly exists: (path: string) => boolean
  readonly isDirectory: (path: string) => boolean
}

const disk: Files = {
  read: (path) => readFileSync(path, "utf8"),
  exists: existsSync,
  isDirectory: (path) => statSync(path).isDirectory(),
}

export const brokenLinks = (file: string, { read, exists, isDirectory }: Files = disk): Array<string> => {
  const text = read(file)
  const anchorCache = new Map<string, Set<string>>()
  const anchors = (path: string): Set<string> => {
    let a = anchorCache.get(path)
    if (a === undefined) anchorCache.set(path, (a = anchorsOf(path === file ? text : read(path))))
    return a
  }
  const broken: Array<string> = []
  for (const { line, target } of linksOf(text)) {
    const hash = target.indexOf("#")
    const pathPart = hash < 0 ? target : target.slice(0, hash)
    const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1))
    const path = pathPart === "" ? file : resolve(dirname(file), decodeURI(pathPart))
    const where = `${relative(root, file)}:${line} ${target}`
    if (!exists(path)) {
      broken.push(`${where} (no such file)`)
      continue
    }
    if (anchor === null || anchor === "" || !path.endsWith(".md") || isDirectory(path)) continue
    if (!anchors(path).has(anchor)) broken.push(`${where} (no such heading)`)
  }
  return broken
}

const markdownUnder = (dir: string): Array<string> =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return entry.name === "node_modules" ? [] : markdownUnder(path)
        return entry.name.endsWith(".md") ? [path] : []
      })
    : []

const files = [join(root, "README.md"), join(root, "CHANGELOG.md"), ...markdownUnder(join(root, "docs")), ...markdownUnder(join(root, "examples"))]

describe("slug", () => {
  it.each([
    ["Module layout", "module-layout"],
    ["Twenty-ninth session (helper, speakers)", "twenty-ninth-session-helper-speakers"],
    ["`khabar tag`", "khabar-tag"],
    ["The part of a period: `mod` (session 26)", "the-part-of-a-period-mod-session-26"],
    ["Places after a head noun, `سلطان بن`, nisba adverbs", "places-after-a-head-noun-سلطان-بن-nisba-adverbs"],
    ["A son's or father's name", "a-sons-or-fathers-name"],
    ["Speed — and limits", "speed--and-limits"],
    ["snake_case stays", "snake_case-stays"],
    ["A [link](x.md) in it", "a-link-in-it"],
  ])("%s → %s", (heading, expected) => {
    expect(slug(heading)).toBe(expected)
  })

  it("numbers a heading met again, and skips headings in code", () => {
    const text = "# Quotes\n## Second round\n```sh\n# not a heading\n```\n### Second round\n## Second round\n"
    expect([...anchorsOf(text)]).toEqual(["quotes", "second-round", "second-round-1", "second-round-2"])
  })
})

describe("the link checker", () => {
  const fake: Record<string, string> = {
    [join(root, "docs/a.md")]:
      "# A\n## Module layout\nSee [b](b.md#limits), [here](#module-layout), [gone](b.md#no-such-section),\n" +
      "[missing](missing.md), `[code](nowhere.md)`, [web](https://example.com/x.md#y).\n```\n[fenced](nowhere.md)\n```\n",
    [join(root, "docs/b.md")]: "# B\n## Limits\n",
  }
  const files: Files = {
    read: (path) => {
      const text = fake[path]
      if (text === undefined) throw new Error(`read ${path}`)
      return text
    },
    exists: (path) => path in fake,
    isDirectory: () => false,
  }

  it("finds the made-up broken links and nothing else", () => {
    expect(brokenLinks(join(root, "docs/a.md"), files)).toEqual([
      "docs/a.md:3 b.md#no-such-section (no such heading)",
      "docs/a.md:4 missing.md (no such file)",
    ])
  })

  it("reads relative links, anchors and reference definitions", () => {
    expect(linksOf("[a](x.md#y) and ![img](img/p.png \"t\")\n[ref]: ../README.md\n[w](http://a.b)").map((l) => l.target)).toEqual([
      "x.md#y",
      "img/p.png",
      "../README.md",
    ])
  })
})

describe("the repository's Markdown", () => {
  it("holds the files it should", () => {
    expect(files.length).toBeGreaterThan(20)
    expect(files.some((f) => f.endsWith(join("docs", "quotes.md")))).toBe(true)
  })

  it.each(files.map((f) => [relative(root, f), f]))("%s: every relative link resolves", (_name, file) => {
    expect(brokenLinks(file)).toEqual([])
  })
})
