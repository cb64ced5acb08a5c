/**
 * The single-pass normalizer.
 *
 * A list of steps is compiled once into a {@link Program}: one `Int32Array`
 * of 65,536 entries, the composition of every character map of the list for
 * each UTF-16 code unit, with a few flag bits for what cannot be decided one
 * character at a time. The run is one loop over the input's char codes that
 * writes into a reusable `Uint16Array`; the common case (the character maps to
 * one character and the next character does not combine with it) is one table
 * load, one store and one compare. Everything else (deletions, expansions,
 * whitespace runs, CR LF, tatweel, combining sequences that need Unicode
 * composition) leaves the loop for a slow path that also records the
 * alignment edits.
 *
 * Semantics, for a program with a `unicode` step: the text is cut before every
 * character that is stable under the normalization form, cannot compose with
 * what precedes it, and is not deleted or rewritten contextually by a later
 * step. Each piece is normalized (`String.prototype.normalize`) and then mapped,
 * and the two are repeated until the piece no longer changes, so that deleting
 * a character that separated a base from a combining mark cannot leave a text
 * that a second pass would change. Pieces are at most 32 code units long,
 * which bounds the work on pathological runs of combining marks (the
 * Stream-Safe Text Format of UAX #15 makes the same cut at 30 non-starters).
 *
 * Not re-entrant by design: the buffers are module-level and reused.
 *
 * @module
 * @internal
 */
import { Cat, categories, composesBackward, Flag, flags, stableAlone } from "./chars.js"
import { MAX_REFERENCE, referenceLength, referenceValue } from "./references.js"
import { charMap, DEFAULTS, SPELLED_SYMBOLS, STEP_ORDER, type CharMap } from "./steps.js"
import type { Step, StepName, StepOptions } from "./types.js"

// ---- table entries -------------------------------------------------------------------------
// bits 0-15: the output code unit (or an index into `expansions`)
// bits 16-19: kind
// bits 20-23: flags
const K_MAP = 0
const K_DELETE = 1
const K_EXPAND = 2
const K_SPACE = 3
const K_LF = 4
const K_TATWEEL = 5
/** What maps to `;` under the `characterReferences` step: a character reference may end here. */
const K_SEMI = 6
/** Joins the combining sequence of the character before it: a mark, a deleted or contextual character, anything that may compose backward. */
const CLUSTER = 1 << 20
/** Needs `String.prototype.normalize` when it appears in a sequence. */
const COMPOSE = 1 << 21
/** A combining mark that the maps keep. */
const KEPTMARK = 1 << 22
/** A deleted character that belongs to the character before it. */
const ATTACH = 1 << 23

const MAX_CLUSTER = 32
const TATWEEL = 0x0640

/** A compiled list of steps. */
export interface Program {
  readonly table: Int32Array
  readonly expansions: ReadonlyArray<string>
  /** The Unicode normalization of the `unicode` step, if any. */
  readonly nf: ((s: string) => string) | undefined
  readonly collapse: boolean
  readonly tatweel: "dash" | "keep" | undefined
}

const mapString = (s: string, f: CharMap): string => {
  let r: string | undefined
  for (let k = 0; k < s.length; k++) {
    const x = f(s.charCodeAt(k))
    if (x !== undefined) {
      if (r === undefined) r = s.slice(0, k)
      r += x
    } else if (r !== undefined) r += s.charAt(k)
  }
  return r ?? s
}

/** Compiles resolved steps (one entry per step name) into a program. */
export const compile = (steps: ReadonlyMap<StepName, StepOptions[StepName]>): Program => {
  const present = STEP_ORDER.filter((s) => steps.has(s))
  const maps: Array<CharMap> = []
  for (const name of present) {
    const m = charMap(name, steps.get(name)!)
    if (m !== undefined) maps.push(m)
  }
  const uni = steps.get("unicode") as StepOptions["unicode"] | undefined
  const sp = steps.get("spaces") as StepOptions["spaces"] | undefined
  const tw = steps.get("tatweel") as StepOptions["tatweel"] | undefined
  const refs = steps.has("characterReferences")
  const collapse = sp !== undefined && sp.collapse
  const lfMerge = sp !== undefined && sp.newlines === "normalize"

  const all = (c: number): string => {
    let s = String.fromCharCode(c)
    for (let iter = 0; iter < 8; iter++) {
      let t = s
      for (const m of maps) t = mapString(t, m)
      if (t === s) break
      s = t
    }
    return s
  }

  const cat = categories()
  const stable = uni !== undefined ? stableAlone(uni.form) : undefined
  const second = uni !== undefined ? composesBackward() : undefined
  const spell = uni !== undefined && uni.spellSymbols
  const nfAlone =
    uni !== undefined
      ? (c: number): string => {
          const x = String.fromCharCode(c)
          return (spell ? (SPELLED_SYMBOLS.get(c) ?? x) : x).normalize(uni.form)
        }
      : undefined
  /** The maps applied to every code unit of a string. */
  const all2 = (x: string): string => {
    let r = ""
    for (let k = 0; k < x.length; k++) r += all(x.charCodeAt(k))
    return r
  }
  const table = new Int32Array(0x10000)
  const expansions: Array<string> = []
  const expansionIndex = new Map<string, number>()
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = c | (uni !== undefined ? CLUSTER | COMPOSE : 0)
      continue
    }
    const s = all(c)
    let kind: number
    let value = 0
    if (s.length === 0) kind = K_DELETE
    else if (s === " " && collapse) {
      kind = K_SPACE
      value = 0x20
    } else if (c === 0x0a && s === "\n" && lfMerge) {
      kind = K_LF
      value = 0x0a
    } else if (refs && s === ";") {
      kind = K_SEMI
      value = 0x3b
    } else if (s === "\u0640" && tw !== undefined) {
      kind = K_TATWEEL
      value = TATWEEL
    } else if (s.length === 1) {
      kind = K_MAP
      value = s.charCodeAt(0)
    } else {
      kind = K_EXPAND
      let idx = expansionIndex.get(s)
      if (idx === undefined) {
        idx = expansions.length
        expansions.push(s)
        expansionIndex.set(s, idx)
      }
      value = idx
    }
    let entry = value | (kind << 16)
    const mark = cat[c] === Cat.Mark
    if (kind === K_DELETE && (mark || c === 0x200c || c === 0x200d)) entry |= ATTACH
    if (stable !== undefined && second !== undefined && nfAlone !== undefined) {
      // needs normalization in context: composes backward, or normalizes alone
      // to something the maps do not already give
      let compose = second[c] === 1 || ((stable[c] === 0 || (spell && SPELLED_SYMBOLS.has(c))) && all2(nfAlone(c)) !== s)
      if (!compose && s !== String.fromCharCode(c)) {
        for (let k = 0; k < s.length; k++) {
          const u = s.charCodeAt(k)
          if (cat[u] === Cat.Mark || second[u] === 1 || stable[u] === 0) compose = true
        }
      }
      // a character that may interact with the one before it joins its sequence;
      // one that needs normalization but starts with a starter (a presentation
      // form, U+3000) begins a sequence of its own
      let backward = mark || second[c] === 1 || kind === K_DELETE || kind === K_TATWEEL
      if (!backward && compose) {
        const first = (x: string): boolean => x.length > 0 && (cat[x.charCodeAt(0)] === Cat.Mark || second[x.charCodeAt(0)] === 1)
        backward = first(nfAlone(c)) || first(s)
      }
      if (compose) entry |= COMPOSE
      if (backward) entry |= CLUSTER
      if (mark && kind !== K_DELETE) entry |= KEPTMARK
    }
    table[c] = entry
  }

  let nf: ((s: string) => string) | undefined
  if (uni !== undefined) {
    const form = uni.form
    nf = spell
      ? (s) => {
          let t = s
          for (const [c, w] of SPELLED_SYMBOLS) if (t.includes(String.fromCharCode(c))) t = t.split(String.fromCharCode(c)).join(w)
          return t.normalize(form)
        }
      : (s) => s.normalize(form)
  }
  return { table, expansions, nf, collapse, tatweel: tw?.freeStanding }
}

/** Resolves a list of steps: the last occurrence of a name wins. */
export const resolveSteps = (steps: ReadonlyArray<Step>): Map<StepName, StepOptions[StepName]> => {
  const m = new Map<StepName, StepOptions[StepName]>()
  for (const s of steps) {
    const defaults = (DEFAULTS as Readonly<Record<string, unknown>>)[s?.name]
    if (defaults === undefined) throw new TypeError(`Unknown normalization step ${JSON.stringify(s?.name)}: build steps with the step functions (diacritics(), digits(), …)`)
    m.set(s.name, { ...(defaults as object), ...s.options } as StepOptions[StepName])
  }
  return m
}

// ---- run state (module-level, reused) --------------------------------------------------------
let out = new Uint16Array(1 << 12)
let o = 0
let edits = new Int32Array(1 << 8)
let ne = 0
let changed = false
let dashAt = -1
let tatStart = -1
let tatEnd = -1
let tatNext = false
/** A reference left as written whose reading depended on the input up to `holdIn`: output from `holdOut` is one edit. */
let holdOut = -1
let holdIn = -1
let text = ""
let n = 0
let P: Program
let T: Int32Array
let CAT: Uint8Array
let FLAGS: Uint8Array

const grow = (need: number): void => {
  if (need <= out.length) return
  let size = out.length * 2
  while (size < need) size *= 2
  const b = new Uint16Array(size)
  b.set(out.subarray(0, o))
  out = b
}

const pushEdit = (ns: number, os: number, nl: number, ol: number): void => {
  if ((ne + 1) * 4 > edits.length) {
    const b = new Int32Array(edits.length * 2)
    b.set(edits)
    edits = b
  }
  const k = ne * 4
  edits[k] = ns
  edits[k + 1] = os
  edits[k + 2] = nl
  edits[k + 3] = ol
  ne++
}

/**
 * Makes output `[p, o)` one edit whose origin runs from the origin of output
 * character `p` to input index `b`. Edits that started inside are absorbed;
 * an edit that holds `p` is absorbed whole.
 */
const mergeFrom = (p: number, b: number): void => {
  // the last edit that starts at or before p, skipping those that start after it
  let k = ne
  while (k > 0 && edits[(k - 1) * 4]! > p) k--
  // free deletions before p stay; an edit that holds p moves the start back to it
  let origin = p
  if (k > 0) {
    const q = (k - 1) * 4
    const ns = edits[q]!
    const nl = edits[q + 2]!
    if (nl > 0 && p < ns + nl) {
      p = ns
      origin = edits[q + 1]!
      k--
    } else origin = edits[q + 1]! + edits[q + 3]! + (p - ns - nl)
  }
  ne = k
  pushEdit(p, origin, o - p, b - origin)
}

/** Extends the origin of the last output character to end at input index `b`. */
const absorbLeft = (b: number): void => mergeFrom(o - 1, b)

/** Records that input `[a, b)` was deleted and belongs to no output character. */
const freeDelete = (a: number, b: number): void => {
  if (freeDeletionEndsAt(a)) {
    const q = (ne - 1) * 4
    edits[q + 3] = b - edits[q + 1]!
    return
  }
  pushEdit(o, a, 0, b - a)
}

/** Whether the last edit is a deletion that belongs to no character and ends at input `a`. */
const freeDeletionEndsAt = (a: number): boolean => {
  if (ne === 0) return false
  const q = (ne - 1) * 4
  return edits[q + 2] === 0 && edits[q] === o && edits[q + 1]! + edits[q + 3]! === a
}

const put = (u: number): void => {
  if (o >= out.length) grow(o + 1)
  out[o++] = u
}

const isWordChar = (u: number): boolean => {
  const k = CAT[u]
  return k === Cat.Mark || (k === Cat.Letter && u !== TATWEEL && (FLAGS[u]! & Flag.Arabic) !== 0)
}

const isArabicLetterCode = (u: number): boolean =>
  CAT[u] === Cat.Letter && u !== TATWEEL && (FLAGS[u]! & Flag.Arabic) !== 0

/** Whether the first input character after `i` that is not a tatweel, a mark or deleted is an Arabic letter. */
const nextIsWord = (i: number): boolean => {
  if (i >= tatStart && i < tatEnd) return tatNext
  let j = i + 1
  while (j < n) {
    const c = text.charCodeAt(j)
    if (c === TATWEEL || CAT[c] === Cat.Mark || ((T[c]! >>> 16) & 0xf) === K_DELETE) j++
    else break
  }
  tatStart = i
  tatEnd = j
  tatNext = j < n && isArabicLetterCode(text.charCodeAt(j))
  return tatNext
}

/** A tatweel at input `i`, written at the current output position. */
const tatweelAt = (i: number): void => {
  if (o > 0 && isWordChar(out[o - 1]!)) {
    changed = true
    absorbLeft(i + 1)
  } else if (nextIsWord(i)) {
    changed = true
    freeDelete(i, i + 1)
  } else if (P.tatweel === "keep") {
    put(TATWEEL)
  } else if (dashAt === o && o > 0) {
    changed = true
    absorbLeft(i + 1)
  } else {
    changed = true
    put(0x2d)
    dashAt = o
  }
}

/**
 * Resolves the tatweels of a mapped string `s` that will be written at the
 * current output position and stands for input that ends at `b`.
 */
const resolveTatweels = (s: string, b: number, before: number = o > 0 ? out[o - 1]! : -1): string => {
  if (P.tatweel === undefined || !s.includes("\u0640")) return s
  let r = ""
  let lastDash = dashAt === o && o > 0 && before === 0x2d
  for (let k = 0; k < s.length; k++) {
    const u = s.charCodeAt(k)
    if (u !== TATWEEL) {
      r += s.charAt(k)
      lastDash = false
      continue
    }
    const prev = r.length > 0 ? r.charCodeAt(r.length - 1) : before
    if (prev >= 0 && isWordChar(prev)) continue
    let m = k + 1
    while (m < s.length && (s.charCodeAt(m) === TATWEEL || CAT[s.charCodeAt(m)] === Cat.Mark)) m++
    const next = m < s.length ? isArabicLetterCode(s.charCodeAt(m)) : nextIsWord(b - 1)
    if (next) continue
    if (P.tatweel === "keep") {
      r += "\u0640"
      lastDash = false
    } else if (!lastDash) {
      r += "-"
      lastDash = true
    }
  }
  return r
}

/**
 * Writes `s` for input `[a, b)` as one atomic edit, collapsing spaces against
 * what is already written. `attach`: if nothing is written, the input belongs
 * to the previous output character.
 */
const emitAtomic = (s: string, a: number, b: number, attach: boolean): void => {
  changed = true
  const o0 = o
  grow(o + s.length + (n - a) + 16)
  let collapsed = false
  let leading = false
  for (let k = 0; k < s.length; k++) {
    const u = s.charCodeAt(k)
    if (u === 0x20 && P.collapse && o > 0 && out[o - 1] === 0x20) {
      collapsed = true
      if (o === o0) leading = true
      continue
    }
    if (u === 0x0a && k === 0 && a > 0 && text.charCodeAt(a - 1) === 0x0d && text.charCodeAt(a) === 0x0a && o > 0 && out[o - 1] === 0x0a) {
      collapsed = true
      leading = true
      continue
    }
    out[o++] = u
  }
  if (o > o0) {
    // a leading space (or LF after CR) merged into the one before: one edit with it
    if (leading) mergeFrom(o0 - 1, b)
    else if (o - o0 !== 1 || b - a !== 1 || collapsed) pushEdit(o0, a, o - o0, b - a)
    return
  }
  if (o > 0 && (collapsed || (attach && !freeDeletionEndsAt(a)))) absorbLeft(b)
  else freeDelete(a, b)
}

/**
 * The `characterReferences` step, after a `;` was written for input that ends at `b`: when the output ends with a
 * character reference (`&quot;`, `&#233;`), it is replaced by the character it names, mapped by the other steps, as
 * one edit from the origin of its `&` to `b`. Read on the output, so that a reference the other steps make
 * (`&QUOT;` lowercased, `&#١٦٠;` with ASCII digits) is read in the same pass. The reference stays as written when
 * reading it would not be stable under a second pass: a character that joins the sequence before it (a combining
 * mark), a combining character right after it, or a decoded `&` that may start another reference with what follows
 * (`&amp;quot;`).
 */
const closeReference = (b: number): void => {
  let p = o - 2
  const stop = Math.max(0, o - MAX_REFERENCE)
  while (p >= stop && out[p] !== 0x26) p--
  if (p < stop) return
  const ref = String.fromCharCode.apply(null, out.subarray(p, o) as unknown as Array<number>)
  if (referenceLength(ref, 0, ref.length) !== ref.length) return
  const cp = referenceValue
  // a character that joins the sequence before it is never read (whatever the context)
  if (cp < 0x10000 && (T[cp]! & CLUSTER) !== 0 && ((T[cp]! >>> 16) & 0xf) !== K_DELETE) return
  // the next character kept (deleted ones skipped: a second pass no longer sees them) must not join the decoded one;
  // a decoded `&` must not start another reference with what follows. Either way the reference stays as written,
  // and it is one edit with the input its reading depended on, so that no slice of it reads otherwise alone.
  let q = b
  while (q < n && ((T[text.charCodeAt(q)]! >>> 16) & 0xf) === K_DELETE) q++
  let z = -1
  if (q < n && (T[text.charCodeAt(q)]! & CLUSTER) !== 0 && ((T[text.charCodeAt(q)]! >>> 16) & 0xf) !== K_TATWEEL) {
    z = q + 1
    while (z < n && (T[text.charCodeAt(z)]! & CLUSTER) !== 0) z++
  } else if (cp === 0x26) z = referenceAfter(b)
  if (z >= 0) {
    if (holdOut < 0 || p < holdOut) holdOut = p
    if (z > holdIn) holdIn = z
    return
  }
  const before = p > 0 ? out[p - 1]! : -1
  const decoded = String.fromCodePoint(cp)
  let s = P.nf !== undefined ? settle(decoded, b, before) : resolveTatweels(applyMaps(decoded), b, before)
  changed = true
  let from = p
  if (P.collapse && s.charCodeAt(0) === 0x20 && before === 0x20) {
    // `a &nbsp;b`: the space merges into the one before
    s = s.slice(1)
    from = p - 1
  }
  o = p
  grow(o + s.length + (n - b) + 16)
  for (let k = 0; k < s.length; k++) out[o++] = s.charCodeAt(k)
  mergeFrom(from, b)
}

/**
 * Where the reference ends that `&` followed by the input from `b` reads as once mapped (the input's next characters
 * as the steps map them alone, deleted ones skipped, a compatibility form normalized alone first: `＃` → `#`), or -1.
 */
const referenceAfter = (b: number): number => {
  let s = "&"
  let j = b
  for (; j < n && s.length < MAX_REFERENCE; j++) {
    const c = text.charCodeAt(j)
    const e = T[c]!
    const kind = (e >>> 16) & 0xf
    if (kind === K_DELETE) continue
    if ((e & COMPOSE) !== 0 && P.nf !== undefined) s += applyMaps(P.nf(String.fromCharCode(c)))
    else if (kind === K_MAP || kind === K_SEMI) s += String.fromCharCode(e & 0xffff)
    else break
    if (s.charCodeAt(s.length - 1) === 0x3b) {
      j++
      break
    }
  }
  return referenceLength(s, 0, Math.min(s.length, MAX_REFERENCE)) > 0 ? j : -1
}

/** Processes input code unit `i` on its own. */
const one = (i: number): void => {
  const c = text.charCodeAt(i)
  const e = T[c]!
  switch ((e >>> 16) & 0xf) {
    case K_MAP: {
      const m = e & 0xffff
      put(m)
      if (m !== c) changed = true
      return
    }
    case K_DELETE:
      changed = true
      // a mark belongs to the character before it, unless what came just
      // before it was deleted on its own (a tatweel before a word, a bidi mark)
      if ((e & ATTACH) !== 0 && o > 0 && !freeDeletionEndsAt(i)) absorbLeft(i + 1)
      else freeDelete(i, i + 1)
      return
    case K_EXPAND:
      emitAtomic(resolveTatweels(P.expansions[e & 0xffff]!, i + 1), i, i + 1, false)
      return
    case K_SPACE:
      if (o > 0 && out[o - 1] === 0x20) {
        changed = true
        absorbLeft(i + 1)
      } else {
        put(0x20)
        if (c !== 0x20) changed = true
      }
      return
    case K_LF:
      if (i > 0 && text.charCodeAt(i - 1) === 0x0d && o > 0 && out[o - 1] === 0x0a) {
        changed = true
        absorbLeft(i + 1)
      } else put(0x0a)
      return
    case K_TATWEEL:
      tatweelAt(i)
      return
    case K_SEMI:
      put(0x3b)
      if (c !== 0x3b) changed = true
      closeReference(i + 1)
      return
  }
}

/** Applies the character maps of the program to every code unit of `s` (tatweels stay). */
const applyMaps = (s: string): string => {
  let r = ""
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    const e = T[c]!
    switch ((e >>> 16) & 0xf) {
      case K_MAP:
      case K_SPACE:
      case K_LF:
      case K_TATWEEL:
      case K_SEMI:
        r += String.fromCharCode(e & 0xffff)
        break
      case K_EXPAND:
        r += P.expansions[e & 0xffff]!
        break
      default:
        break
    }
  }
  return r
}

/**
 * Normalizes and maps a piece of input that ends at input index `b`, after
 * output character `before` (-1 for none), until it no longer changes.
 */
const settle = (piece: string, b: number, before: number): string => {
  const nf = P.nf!
  let s = piece
  for (let iter = 0; iter < 8; iter++) {
    const t = resolveTatweels(applyMaps(nf(s)), b, before)
    if (t === s) break
    s = t
  }
  return s
}

/** Writes input `[a, b)` as `h`: one by one if nothing changed or all of it is deleted, else as one edit. */
const emitPart = (a: number, b: number, h: string): void => {
  let alone = h === text.slice(a, b)
  if (!alone && h === "") {
    // a deletion: each character deleted on its own keeps its own attachment
    alone = true
    for (let k = a; k < b && alone; k++) {
      const kind = (T[text.charCodeAt(k)]! >>> 16) & 0xf
      if (kind !== K_DELETE && kind !== K_TATWEEL) alone = false
    }
  }
  if (alone) {
    for (let k = a; k < b; k++) one(k)
    return
  }
  const first = text.charCodeAt(a)
  const attach = (T[first]! & ATTACH) !== 0 || CAT[first] === Cat.Mark || (first === TATWEEL && o > 0 && isWordChar(out[o - 1]!))
  emitAtomic(h, a, b, attach)
  // (`＃ـ`, a compatibility character and a tatweel normalized together, `#-`: the dash is a tatweel's, so a tatweel
  // after it that only deleted input separates, `＃ـ&shy;ـ`, joins it as it does after `#ـ`; thirty-third session,
  // fast-check's counterexample)
  if (P.tatweel !== "keep" && o > 0 && out[o - 1] === 0x2d && endsWithTatweel(a, b)) dashAt = o
}

/** Whether the last character of input `[a, b)` that is not deleted or a mark is a tatweel. */
const endsWithTatweel = (a: number, b: number): boolean => {
  for (let k = b - 1; k >= a; k--) {
    const c = text.charCodeAt(k)
    const kind = (T[c]! >>> 16) & 0xf
    if (kind === K_DELETE || CAT[c] === Cat.Mark) continue
    return c === TATWEEL || kind === K_TATWEEL
  }
  return false
}

/** Longest sequence for which splits are searched (each try normalizes twice). */
const MAX_SPLIT = 8

/**
 * How to write a combining sequence: consecutive parts, each a length and
 * either `null` (write its characters one by one) or its normalized text.
 */
type Plan = Array<number | string | null>

/**
 * Plans the combining sequence `[i, j)`. The edit is kept as small as can be
 * shown equivalent. When nothing in the sequence can compose (marks are only
 * reordered, mapped or deleted), the leading characters that map as they do
 * alone keep their own origin (the base before two reordered marks).
 * Otherwise the sequence is cut at the first place where normalizing the two
 * parts apart gives the same result (a mark after `…`, a tatweel before a word):
 * any place in a sequence of at most {@link MAX_SPLIT} code units, the edges of
 * its tatweel runs in a longer one.
 */
const plan = (i: number, j: number, before: number, into: Plan): void => {
  const piece = text.slice(i, j)
  const s = settle(piece, j, before)
  if (s === piece) {
    into.push(j - i, null)
    return
  }
  let composes = false
  for (let k = i; k < j; k++) if ((T[text.charCodeAt(k)]! & COMPOSE) !== 0) composes = true
  if (!composes) {
    let p = 0
    while (p < piece.length && p < s.length) {
      const e = T[piece.charCodeAt(p)]!
      const kind = (e >>> 16) & 0xf
      if ((kind !== K_MAP && kind !== K_SPACE && kind !== K_LF) || (e & 0xffff) !== s.charCodeAt(p)) break
      p++
    }
    if (p > 0) into.push(p, null)
    into.push(j - i - p, s.slice(p))
    return
  }
  // every cut of a short sequence is tried; in a longer one only the edges of its tatweel runs, which a tatweel's
  // reading depends on (a run before a word is deleted with the word, not with the space or mark before it: one
  // edit over both would map a boundary after it to a cut that reads the run as a dash)
  const all = j - i <= MAX_SPLIT
  for (let t = i + 1; t < j; t++) {
    if (!all && (text.charCodeAt(t) === TATWEEL) === (text.charCodeAt(t - 1) === TATWEEL)) continue
    if (isLow(text.charCodeAt(t)) && isHigh(text.charCodeAt(t - 1))) continue
    const h = settle(text.slice(i, t), t, before)
    if (!s.startsWith(h)) continue
    const last = h.length > 0 ? h.charCodeAt(h.length - 1) : before
    if (settle(text.slice(t, j), j, last) === s.slice(h.length)) {
      into.push(t - i, h)
      plan(t, j, last, into)
      return
    }
  }
  into.push(j - i, s)
}

/** Plans of sequences without tatweel (which alone depends on context), per program. */
const plans = new WeakMap<Program, Map<string, Plan>>()
const PLAN_CACHE = 4096

/** A combining sequence `[i, j)` that needs Unicode normalization. */
const cluster = (i: number, j: number): void => {
  const piece = text.slice(i, j)
  // a tatweel is resolved by its neighbours: such plans are not cached
  let tatweels = false
  if (P.tatweel !== undefined) {
    for (let k = i; k < j; k++) {
      const c = text.charCodeAt(k)
      if (c === TATWEEL || (c >= 0xfe70 && c <= 0xfe7f) || ((T[c]! >>> 16) & 0xf) === K_TATWEEL) tatweels = true
    }
  }
  let cache = plans.get(P)
  if (cache === undefined) {
    cache = new Map()
    plans.set(P, cache)
  }
  let steps = tatweels ? undefined : cache.get(piece)
  if (steps === undefined) {
    steps = []
    plan(i, j, o > 0 ? out[o - 1]! : -1, steps)
    if (!tatweels) {
      if (cache.size >= PLAN_CACHE) cache.clear()
      cache.set(piece, steps)
    }
  }
  let a = i
  for (let k = 0; k < steps.length; k += 2) {
    const len = steps[k] as number
    const h = steps[k + 1] as string | null
    if (h === null) for (let m = a; m < a + len; m++) one(m)
    else emitPart(a, a + len, h)
    a += len
  }
}

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff

/** Everything that is not the fast path, starting at input `i`; returns the next input index. */
const slow = (i: number): number => {
  if (P.nf !== undefined) {
    const e = T[text.charCodeAt(i)]!
    let j = i + 1
    let compose = (e & COMPOSE) !== 0
    let kept = (e & KEPTMARK) !== 0 ? 1 : 0
    while (j < n && j - i < MAX_CLUSTER) {
      const f = T[text.charCodeAt(j)]!
      if ((f & CLUSTER) === 0) break
      if ((f & COMPOSE) !== 0) compose = true
      if ((f & KEPTMARK) !== 0) kept++
      j++
    }
    if (j < n && isLow(text.charCodeAt(j)) && isHigh(text.charCodeAt(j - 1))) j++
    if (compose || kept > 1) cluster(i, j)
    else for (let k = i; k < j; k++) one(k)
    return j
  }
  one(i)
  return i + 1
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer

const decode = (buf: Uint16Array, len: number): string => {
  if (len === 0) return ""
  if (len <= 256) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as Array<number>)
  if (NodeBuffer !== undefined && LITTLE_ENDIAN) {
    return NodeBuffer.from(buf.buffer, buf.byteOffset, len * 2).toString("utf16le")
  }
  let s = ""
  for (let k = 0; k < len; k += 8192) {
    s += String.fromCharCode.apply(null, buf.subarray(k, Math.min(len, k + 8192)) as unknown as Array<number>)
  }
  return s
}

/** The result of a run: the text, and the edits (`count` quadruples) when asked for. */
export interface RunResult {
  readonly text: string
  readonly edits: Int32Array
  readonly count: number
}

const NO_EDITS = new Int32Array(0)

/**
 * The fast path: from input `i` and output `w`, writes every character that
 * maps to one character (and is not followed by one that joins its sequence),
 * every space that does not collapse and every line feed that does not follow
 * a carriage return, until a character needs the slow
 * path or the input ends. Sets `o` and `changed`; returns the input index
 * where it stopped. Kept apart from the slow path (and free of calls) so that
 * the loop compiles to tight code.
 */
const fastScan = (input: string, table: Int32Array, buf: Uint16Array, len: number, i: number, w: number, ch: boolean): number => {
  const start = i
  let chBefore = ch
  while (i < len) {
    const c = input.charCodeAt(i)
    const e = table[c]!
    if ((e & CLUSTER) !== 0 && i > start) {
      // it joins the sequence of the character before it, which this loop
      // wrote alone: take that one back, and the slow path starts there
      w--
      ch = chBefore
      i--
      break
    }
    const hi = e >>> 16
    if (hi === K_MAP) {
      chBefore = ch
      const m = e & 0xffff
      buf[w++] = m
      if (m !== c) ch = true
    } else if (hi === K_SPACE && (w === 0 || buf[w - 1] !== 0x20)) {
      chBefore = ch
      buf[w++] = 0x20
      if (c !== 0x20) ch = true
    } else if (hi === K_LF && (i === 0 || input.charCodeAt(i - 1) !== 0x0d)) {
      // a line feed not after a carriage return stays as it is
      chBefore = ch
      buf[w++] = 0x0a
    } else break
    i++
  }
  o = w
  changed = ch
  return i
}

/** Normalizes `input` with `program`. With `align`, the edits are copied out. */
export const run = (program: Program, input: string, align: boolean): RunResult => {
  P = program
  T = program.table
  CAT = categories()
  FLAGS = flags()
  text = input
  n = input.length
  o = 0
  ne = 0
  changed = false
  dashAt = -1
  tatStart = -1
  tatEnd = -1
  holdOut = -1
  holdIn = -1
  grow(n + 16)
  const table = T
  const len = n
  let i = 0
  for (;;) {
    i = fastScan(input, table, out, holdOut >= 0 ? Math.min(len, holdIn) : len, i, o, changed)
    if (holdOut >= 0 && i >= holdIn) {
      mergeFrom(holdOut, i)
      holdOut = -1
      holdIn = -1
    }
    if (i >= len) break
    i = slow(i)
    grow(o + (len - i) + 16)
  }
  if (holdOut >= 0) {
    mergeFrom(holdOut, len)
    holdOut = -1
    holdIn = -1
  }
  const w = o
  const result = !changed && ne === 0 && w === n ? input : decode(out, w)
  const copy = align && ne > 0 ? edits.slice(0, ne * 4) : NO_EDITS
  const count = align ? ne : 0
  text = ""
  return { text: result, edits: copy, count }
}


/**
 * `run(program, s, false).text`, without the set-up of a run when every
 * character of `s` maps on its own (no deletion, expansion, space, tatweel
 * or combining sequence): the path of short strings such as tokens.
 */
export const mapText = (program: Program, s: string): string => {
  const n = s.length
  if (n > SHORT.length) return run(program, s, false).text
  const table = program.table
  let same = true
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k)
    const e = table[c]!
    if (e >>> 16 !== 0) return run(program, s, false).text
    const m = e & 0xffff
    SHORT[k] = m
    if (m !== c) same = false
  }
  return same ? s : String.fromCharCode.apply(null, SHORT_VIEWS[n] as unknown as Array<number>)
}
const SHORT = new Uint16Array(64)
/** `SHORT.subarray(0, n)` for every `n`, made once: a view made per call was a tenth of the bytes the tokenizer allocated. */
const SHORT_VIEWS = Array.from({ length: SHORT.length + 1 }, (_, n) => SHORT.subarray(0, n))
