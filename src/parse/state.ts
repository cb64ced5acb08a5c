/**
 * The working state of one parse: each line's still-unassigned region and
 * the pieces cut from it. Every cut takes a piece off the front or the back of
 * a line's region, so the pieces of a line never overlap and, with the
 * paragraph made of what is left, cover every non-blank character of it.
 *
 * @module
 */
import { tokenize, type Tokens } from "../lexicons/key.js"
import type { Boilerplate, BoilerplateKind } from "../schema/record.js"
import { trimSpan, type Line } from "./lines.js"

export type Role = "title" | "dateline" | "byline" | "boilerplate"

export interface Piece {
  readonly role: Role
  readonly start: number
  readonly end: number
  readonly kind?: BoilerplateKind
  readonly rule?: string
}

/** A piece with `kind` and `rule` only when given (built without object spread). */
const makePiece = (role: Role, start: number, end: number, kind: BoilerplateKind | undefined, rule: string | undefined): Piece => {
  const piece: { -readonly [K in keyof Piece]: Piece[K] } = { role, start, end }
  if (kind !== undefined) piece.kind = kind
  if (rule !== undefined) piece.rule = rule
  return piece
}

const clip = (t: Tokens, max: number): Tokens => ({
  keys: t.keys.slice(0, max),
  starts: t.starts.slice(0, max),
  ends: t.ends.slice(0, max),
  truncated: true
})

export class LineState {
  lo: number
  hi: number
  readonly pieces: Array<Piece> = []
  private cache: { lo: number; hi: number; max: number; tokens: Tokens } | null = null

  constructor(
    readonly text: string,
    readonly line: Line
  ) {
    this.lo = line.start
    this.hi = line.end
  }

  /** True when nothing is left of the line. */
  get empty(): boolean {
    return this.lo >= this.hi
  }

  /** Tokens of what is left (at most `max`; `truncated` says when there were more). */
  tokens(max = 64): Tokens {
    const c = this.cache
    if (c !== null && c.lo === this.lo && c.hi === this.hi) {
      if (c.max >= max) return c.max === max || c.tokens.keys.length <= max ? c.tokens : clip(c.tokens, max)
      // a scan that reached the end of the line serves any larger limit too
      if (!c.tokens.truncated) return c.tokens
      // a truncated scan stopped where a new token starts: the scan goes on from
      // the end of its last token (what lies between is separators and marks)
      const t = c.tokens
      const n = t.keys.length
      const more = tokenize(this.text, n > 0 ? t.ends[n - 1]! : this.lo, this.hi, max - n)
      const tokens: Tokens = {
        keys: t.keys.concat(more.keys),
        starts: t.starts.concat(more.starts),
        ends: t.ends.concat(more.ends),
        truncated: more.truncated
      }
      this.cache = { lo: this.lo, hi: this.hi, max, tokens }
      return tokens
    }
    const tokens = tokenize(this.text, this.lo, this.hi, max)
    this.cache = { lo: this.lo, hi: this.hi, max, tokens }
    return tokens
  }

  /**
   * How many tokens are left, counted up to `max`: `tokens(max).keys.length`,
   * without copying the tokens already read when more than `max` of them are.
   */
  tokenCount(max: number): number {
    const c = this.cache
    if (c !== null && c.lo === this.lo && c.hi === this.hi && (c.max >= max || !c.tokens.truncated)) return Math.min(max, c.tokens.keys.length)
    return this.tokens(max).keys.length
  }

  /** Cuts `[lo, end)` off the front as a piece (trimmed); the rest of the line stays. */
  cutFront(end: number, role: Role, kind?: BoilerplateKind, rule?: string): Piece | null {
    const span = trimSpan(this.text, this.lo, Math.min(end, this.hi))
    if (span === null) return null
    const piece = makePiece(role, span.start, span.end, kind, rule)
    this.pieces.push(piece)
    const rest = trimSpan(this.text, span.end, this.hi)
    if (rest === null) this.lo = this.hi
    else this.lo = rest.start
    return piece
  }

  /** Cuts `[start, hi)` off the back as a piece (trimmed). */
  cutBack(start: number, role: Role, kind?: BoilerplateKind, rule?: string): Piece | null {
    const span = trimSpan(this.text, Math.max(start, this.lo), this.hi)
    if (span === null) return null
    const piece = makePiece(role, span.start, span.end, kind, rule)
    this.pieces.push(piece)
    const rest = trimSpan(this.text, this.lo, span.start)
    if (rest === null) this.lo = this.hi
    else this.hi = rest.end
    return piece
  }

  /** Takes all that is left as one piece. */
  cutAll(role: Role, kind?: BoilerplateKind, rule?: string): Piece | null {
    return this.cutFront(this.hi, role, kind, rule)
  }
}

/** The boilerplate entry for a piece. */
export const toBoilerplate = (text: string, p: Piece): Boilerplate => ({
  text: text.slice(p.start, p.end),
  kind: p.kind ?? "other",
  rule: p.rule ?? "heuristic:unknown",
  start: p.start,
  end: p.end
})
