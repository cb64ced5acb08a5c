/**
 * A small glob matcher for folder walks (`--glob`).
 *
 * Syntax: `*` (any run of characters inside one path segment), `?` (one
 * character), `[abc]`, `[a-z]`, `[!abc]` / `[^abc]` (one character from a
 * class), `{a,b}` (alternatives, may nest), `**` as a whole segment (any
 * number of folders, zero included) and `\` to escape the next character.
 * A pattern without `/` is matched against the file's base name at any depth
 * (`*.txt` finds `a.txt` and `2015/08/a.txt`); a pattern with `/` is matched
 * against the whole path relative to the folder given (`2015-*\/**\/*.txt`).
 *
 * Matching never backtracks more than once per star: the classic two-pointer
 * wildcard algorithm, O(pattern × path) in the worst case and linear in the
 * path for a fixed pattern, run per segment and again over segments for `**`.
 * Node 20 has no `fs.glob` (it arrived in Node 22), hence this file.
 *
 * @module
 */

/** A pattern that cannot be compiled (unbalanced `[` or `{`, too many alternatives). */
export class GlobSyntaxError extends Error {
  override readonly name = "GlobSyntaxError"
}

/** The default pattern for folders: text articles and JSON / NDJSON corpora. */
export const DEFAULT_GLOB = "*.{txt,json,ndjson,jsonl}"

/** At most this many alternatives after expanding `{…}` (a guard against `{a,b}{a,b}{a,b}…`). */
const MAX_ALTERNATIVES = 256

type Token =
  | { readonly _tag: "char"; readonly c: string }
  | { readonly _tag: "any" } // ?
  | { readonly _tag: "star" } // *
  | { readonly _tag: "class"; readonly negated: boolean; readonly items: ReadonlyArray<readonly [string, string]> }

type Segment = { readonly _tag: "globstar" } | { readonly _tag: "tokens"; readonly tokens: ReadonlyArray<Token> }

export interface GlobMatcher {
  readonly pattern: string
  /** True when no alternative of the pattern has a `/`: it is matched against base names only. */
  readonly baseNameOnly: boolean
  /** Does `relativePath` (segments joined with `/`) match? */
  readonly matches: (relativePath: string) => boolean
}

/** Splits `{a,b}` alternatives (nested braces, escapes kept as they are). */
const expandBraces = (pattern: string): Array<string> => {
  let open = -1
  let depth = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === "\\") {
      i++
      continue
    }
    if (c === "[") {
      // a class is opaque to braces: skip to its closing bracket
      const close = classEnd(pattern, i)
      if (close < 0) throw new GlobSyntaxError(`unclosed "[" at position ${i + 1} in glob "${pattern}"`)
      i = close
      continue
    }
    if (c === "{") {
      if (depth === 0) open = i
      depth++
    } else if (c === "}" && depth > 0) {
      depth--
      if (depth === 0) {
        const inner = pattern.slice(open + 1, i)
        const before = pattern.slice(0, open)
        const after = pattern.slice(i + 1)
        const out: Array<string> = []
        for (const alt of splitTopLevelCommas(inner)) {
          for (const rest of expandBraces(before + alt + after)) {
            out.push(rest)
            if (out.length > MAX_ALTERNATIVES) {
              throw new GlobSyntaxError(`glob "${pattern}" expands to more than ${MAX_ALTERNATIVES} alternatives`)
            }
          }
        }
        return out
      }
    }
  }
  if (depth > 0) throw new GlobSyntaxError(`unclosed "{" at position ${open + 1} in glob "${pattern}"`)
  return [pattern]
}

const splitTopLevelCommas = (s: string): Array<string> => {
  const out: Array<string> = []
  let depth = 0
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === "\\") i++
    else if (c === "[") i = Math.max(i, classEnd(s, i))
    else if (c === "{") depth++
    else if (c === "}") depth--
    else if (c === "," && depth === 0) {
      out.push(s.slice(from, i))
      from = i + 1
    }
  }
  out.push(s.slice(from))
  return out
}

/** Index of the `]` closing the class that opens at `open`, or -1. A `]` right after `[` or `[!` is a member. */
const classEnd = (s: string, open: number): number => {
  let i = open + 1
  if (s[i] === "!" || s[i] === "^") i++
  if (s[i] === "]") i++
  for (; i < s.length; i++) {
    if (s[i] === "\\") i++
    else if (s[i] === "]") return i
  }
  return -1
}

const compileSegment = (segment: string, pattern: string): Segment => {
  if (segment === "**") return { _tag: "globstar" }
  const tokens: Array<Token> = []
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!
    if (c === "\\") {
      const next = segment[i + 1]
      if (next === undefined) throw new GlobSyntaxError(`glob "${pattern}" ends with a lone "\\"`)
      tokens.push({ _tag: "char", c: next })
      i++
    } else if (c === "*") {
      // `**` inside a segment (`a**b`) is the same as `*`
      if (tokens[tokens.length - 1]?._tag !== "star") tokens.push({ _tag: "star" })
    } else if (c === "?") {
      tokens.push({ _tag: "any" })
    } else if (c === "[") {
      const close = classEnd(segment, i)
      if (close < 0) throw new GlobSyntaxError(`unclosed "[" in glob "${pattern}"`)
      let j = i + 1
      const negated = segment[j] === "!" || segment[j] === "^"
      if (negated) j++
      const items: Array<readonly [string, string]> = []
      while (j < close) {
        let from = segment[j]!
        if (from === "\\") from = segment[++j]!
        j++
        if (segment[j] === "-" && j + 1 < close) {
          let to = segment[j + 1]!
          j += 2
          if (to === "\\") to = segment[j++]!
          items.push([from, to])
        } else {
          items.push([from, from])
        }
      }
      tokens.push({ _tag: "class", negated, items })
      i = close
    } else {
      tokens.push({ _tag: "char", c })
    }
  }
  return { _tag: "tokens", tokens }
}

const tokenMatches = (t: Token, c: string): boolean => {
  switch (t._tag) {
    case "char":
      return t.c === c
    case "any":
      return true
    case "class": {
      let hit = false
      for (const [from, to] of t.items) {
        if (c >= from && c <= to) {
          hit = true
          break
        }
      }
      return hit !== t.negated
    }
    case "star":
      return false
  }
}

/**
 * Two-pointer wildcard match of one segment, the name `path[from, to)`: a star retries at most once per position of
 * the name.
 */
const matchTokens = (tokens: ReadonlyArray<Token>, path: string, from: number, to: number): boolean => {
  let t = 0
  let n = from
  let starT = -1
  let starN = 0
  while (n < to) {
    const tok = tokens[t]
    if (tok !== undefined && tok._tag === "star") {
      starT = t++
      starN = n
    } else if (tok !== undefined && tokenMatches(tok, path[n]!)) {
      t++
      n++
    } else if (starT >= 0) {
      t = starT + 1
      n = ++starN
    } else {
      return false
    }
  }
  while (tokens[t]?._tag === "star") t++
  return t === tokens.length
}

const SLASH = 0x2f

/** The start of the first segment at or after `i` (empty segments, `a//b`, are skipped), or the path's length. */
const segmentStart = (path: string, i: number): number => {
  while (i < path.length && path.charCodeAt(i) === SLASH) i++
  return i
}

/** The end of the segment that starts at `i`. */
const segmentEnd = (path: string, i: number): number => {
  const j = path.indexOf("/", i)
  return j < 0 ? path.length : j
}

/**
 * The same algorithm one level up: `**` is a star over whole segments. The segments are read in place (offsets into
 * the path, no array of them: a path of 40,000 segments made two arrays in V8's large-object space per match, and the
 * collections they cost grew faster than the path).
 */
const matchSegments = (segments: ReadonlyArray<Segment>, path: string): boolean => {
  let s = 0
  let p = segmentStart(path, 0)
  let starS = -1
  let starP = 0
  while (p < path.length) {
    const seg = segments[s]
    if (seg !== undefined && seg._tag === "globstar") {
      starS = s++
      starP = p
      continue
    }
    const e = segmentEnd(path, p)
    if (seg !== undefined && matchTokens(seg.tokens, path, p, e)) {
      s++
      p = segmentStart(path, e)
    } else if (starS >= 0) {
      s = starS + 1
      starP = segmentStart(path, segmentEnd(path, starP))
      p = starP
    } else {
      return false
    }
  }
  while (segments[s]?._tag === "globstar") s++
  return s === segments.length
}

/** Compiles a glob; throws {@link GlobSyntaxError} on a malformed pattern. */
export const compileGlob = (pattern: string): GlobMatcher => {
  const trimmed = pattern.replace(/^(?:\.\/)+/, "")
  if (trimmed.length === 0) throw new GlobSyntaxError("empty glob pattern")
  const alternatives = expandBraces(trimmed).map((alt) => {
    const segments = alt
      .split("/")
      .filter((s) => s.length > 0)
      .map((s) => compileSegment(s, pattern))
    const only = segments.length === 1 ? segments[0] : undefined
    // one plain segment (no `/`, not `**`): matched against the base name at any depth
    return only !== undefined && only._tag === "tokens" ? { baseName: only.tokens, segments } : { baseName: null, segments }
  })
  return {
    pattern,
    baseNameOnly: alternatives.every((a) => a.baseName !== null),
    matches: (relativePath) => {
      // the base name: the last segment that is not empty (`a/b/` is `b`)
      let end = relativePath.length
      while (end > 0 && relativePath.charCodeAt(end - 1) === SLASH) end--
      if (end === 0) return false
      const start = relativePath.lastIndexOf("/", end - 1) + 1
      return alternatives.some((a) => (a.baseName !== null ? matchTokens(a.baseName, relativePath, start, end) : matchSegments(a.segments, relativePath)))
    }
  }
}
