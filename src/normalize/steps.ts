/**
 * What each step does to one character, as data the engine compiles.
 *
 * A step is either a character map (one UTF-16 code unit to a string:
 * itself, another character, several characters, or nothing) or a contextual
 * rule the engine applies while it writes the output (`unicode` composition,
 * `spaces` collapsing, line-break merging, `tatweel` as a dash). This module
 * holds the maps and the defaults; `engine.ts` composes them.
 *
 * @module
 * @internal
 */
import { Cat, categories, Flag, flags, isMark } from "./chars.js"
import type { StepName, StepOptions } from "./types.js"

/** The steps in the order they are applied. */
export const STEP_ORDER: ReadonlyArray<StepName> = [
  "characterReferences",
  "unicode",
  "presentationForms",
  "invisibles",
  "spaces",
  "diacritics",
  "tatweel",
  "persian",
  "alef",
  "yeh",
  "tehMarbuta",
  "hamza",
  "digits",
  "punctuation",
  "latinCase",
  "latinDiacritics",
  "apostrophes"
]

export const DEFAULTS: { readonly [N in StepName]: StepOptions[N] } = {
  characterReferences: {},
  unicode: { form: "NFC", spellSymbols: false },
  presentationForms: { letterLigatures: "expand", wordLigatures: "expand" },
  invisibles: { joiners: "remove", controls: "remove" },
  spaces: { collapse: true, newlines: "normalize" },
  diacritics: { set: "all", keepShadda: false },
  tatweel: { freeStanding: "dash" },
  persian: { borrowed: "keep" },
  alef: {},
  yeh: {},
  tehMarbuta: {},
  hamza: { carriers: "hamza" },
  digits: { to: "ascii", separators: true },
  punctuation: { arabic: true, quotes: true, dashes: true, ellipsis: true, brackets: true },
  latinCase: {},
  latinDiacritics: {},
  apostrophes: {}
}

/** A character map: the replacement of one code unit, or `undefined` to keep it. */
export type CharMap = (c: number) => string | undefined

const fromTable = (entries: ReadonlyArray<readonly [number, string]>): CharMap => {
  const m = new Map<number, string>(entries)
  return (c) => m.get(c)
}

const inRanges = (c: number, ranges: ReadonlyArray<readonly [number, number]>): boolean => {
  for (const [a, b] of ranges) if (c >= a && c <= b) return true
  return false
}

/** `﷼` and `﷽` spelled out, as CAMeL Tools' `normalize_unicode` does before NFKC. */
export const SPELLED_SYMBOLS: ReadonlyMap<number, string> = new Map([
  [0xfdfc, "\u0631\u064a\u0627\u0644"],
  [0xfdfd, "\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062d\u0645\u0646 \u0627\u0644\u0631\u062d\u064a\u0645"]
])

const PRESENTATION: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff]
]

/** Word and phrase ligatures: U+FDF0–U+FDFD (`ﷲ ﷺ ﷻ ﷼ …`). */
const isWordLigature = (c: number): boolean => c >= 0xfdf0 && c <= 0xfdfd

const letterCount = (s: string): number => {
  const cat = categories()
  let k = 0
  for (let i = 0; i < s.length; i++) if (cat[s.charCodeAt(i)] === Cat.Letter) k++
  return k
}

const presentationForms = (o: StepOptions["presentationForms"]): CharMap => (c) => {
  if (!inRanges(c, PRESENTATION)) return undefined
  const s = String.fromCharCode(c)
  const k = s.normalize("NFKC")
  if (k === s) return undefined
  if (isWordLigature(c)) return o.wordLigatures === "expand" ? k : undefined
  if (letterCount(k) > 1) return o.letterLigatures === "expand" ? k : undefined
  return k
}

const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5],
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200b], // zero-width space
  [0x200e, 0x200f], // LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x206f], // bidi isolates, deprecated format characters
  [0x3164, 0x3164],
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb] // interlinear annotation
]

const invisibles = (o: StepOptions["invisibles"]): CharMap => {
  const cat = categories()
  return (c) => {
    if (inRanges(c, INVISIBLE)) return ""
    if ((c === 0x200c || c === 0x200d) && o.joiners === "remove") return ""
    if (cat[c] === Cat.Control && o.controls === "remove") return ""
    return undefined
  }
}

const spaces = (o: StepOptions["spaces"]): CharMap => {
  const cat = categories()
  return (c) => {
    const k = cat[c]
    if (k === Cat.Space) return c === 0x20 ? undefined : " "
    if (k === Cat.LineBreak) {
      if (o.newlines === "space") return " "
      if (o.newlines === "normalize") return c === 0x0a ? undefined : "\n"
    }
    return undefined
  }
}

const TASHKEEL: ReadonlyArray<readonly [number, number]> = [
  [0x064b, 0x0652],
  [0x0670, 0x0670]
]
const OTHER_ARABIC_MARKS: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a],
  [0x0653, 0x065f],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x0898, 0x089f],
  [0x08ca, 0x08ff]
]

const diacritics = (o: StepOptions["diacritics"]): CharMap => (c) => {
  if (c === 0x0651 && o.keepShadda) return undefined
  if (inRanges(c, TASHKEEL)) return ""
  if (o.set === "all" && inRanges(c, OTHER_ARABIC_MARKS) && isMark(c)) return ""
  return undefined
}

const persian = (o: StepOptions["persian"]): CharMap => {
  const core: Array<readonly [number, string]> = [
    [0x06a9, "\u0643"], // ک keheh → ك
    [0x06aa, "\u0643"], // ڪ swash kaf → ك
    [0x06cc, "\u064a"], // ی Farsi yeh → ي
    [0x06d2, "\u064a"], // ے yeh barree → ي
    [0x06c1, "\u0647"], // ہ heh goal → ه
    [0x06c2, "\u0647"], // ۂ heh goal with hamza → ه
    [0x06be, "\u0647"], // ھ heh doachashmee → ه
    [0x06d5, "\u0647"], // ە ae → ه
    [0x06c0, "\u0647"], // ۀ heh with yeh above → ه
    [0x06c3, "\u0629"] // ۃ teh marbuta goal → ة
  ]
  const borrowed: Array<readonly [number, string]> = [
    [0x067e, "\u0628"], // پ → ب
    [0x0686, "\u062c"], // چ → ج
    [0x0698, "\u0632"], // ژ → ز
    [0x06af, "\u0643"], // گ → ك
    [0x06a4, "\u0641"] // ڤ → ف
  ]
  return fromTable(o.borrowed === "fold" ? [...core, ...borrowed] : core)
}

const alef: CharMap = (c) => (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671 ? "\u0627" : undefined)
const yeh: CharMap = (c) => (c === 0x0649 ? "\u064a" : undefined)
const tehMarbuta: CharMap = (c) => (c === 0x0629 ? "\u0647" : undefined)

const hamza = (o: StepOptions["hamza"]): CharMap =>
  o.carriers === "hamza"
    ? fromTable([
        [0x0624, "\u0621"],
        [0x0626, "\u0621"]
      ])
    : fromTable([
        [0x0624, "\u0648"],
        [0x0626, "\u064a"]
      ])

const digits = (o: StepOptions["digits"]): CharMap => (c) => {
  if (o.to === "ascii") {
    if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(0x30 + c - 0x0660)
    if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(0x30 + c - 0x06f0)
    if (o.separators && c === 0x066b) return "."
    if (o.separators && c === 0x066c) return ","
  } else if (o.to === "arabic-indic") {
    if (c >= 0x30 && c <= 0x39) return String.fromCharCode(0x0660 + c - 0x30)
    if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(0x0660 + c - 0x06f0)
  }
  return undefined
}

const ARABIC_PUNCT: ReadonlyArray<readonly [number, string]> = [
  [0x060c, ","],
  [0x061b, ";"],
  [0x061f, "?"],
  [0x066a, "%"],
  [0x066d, "*"],
  [0x06d4, "."],
  [0x060d, "/"],
  [0x2e2e, "?"]
]
const QUOTES = [0x00ab, 0x00bb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2039, 0x203a, 0x275d, 0x275e, 0x301d, 0x301e, 0x301f, 0xff02]
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]

const punctuation = (o: StepOptions["punctuation"]): CharMap => {
  const entries: Array<readonly [number, string]> = []
  if (o.arabic) entries.push(...ARABIC_PUNCT)
  if (o.quotes) for (const q of QUOTES) entries.push([q, '"'])
  if (o.dashes) for (const d of DASHES) entries.push([d, "-"])
  if (o.ellipsis) entries.push([0x2026, "..."])
  if (o.brackets) {
    const f = flags()
    for (const b of [0xfd3e, 0xfd3f]) {
      if ((f[b]! & Flag.OpenBracket) !== 0) entries.push([b, "("])
      else if ((f[b]! & Flag.CloseBracket) !== 0) entries.push([b, ")"])
    }
  }
  return fromTable(entries)
}

const latinCase: CharMap = (c) => {
  if (c === 0x0130) return "i" // İ: toLowerCase gives i + combining dot
  if (c >= 0xd800 && c <= 0xdfff) return undefined
  const s = String.fromCharCode(c)
  const l = s.toLowerCase()
  return l !== s && l.length === 1 ? l : undefined
}

const COMBINING_LATIN: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0xfe20, 0xfe2f]
]
const STROKE: ReadonlyArray<readonly [number, string]> = [
  [0x00d8, "O"],
  [0x00f8, "o"],
  [0x0110, "D"],
  [0x0111, "d"],
  [0x0126, "H"],
  [0x0127, "h"],
  [0x0131, "i"],
  [0x0141, "L"],
  [0x0142, "l"],
  [0x0166, "T"],
  [0x0167, "t"]
]

const latinDiacritics = (): CharMap => {
  const stroke = new Map(STROKE)
  const f = flags()
  const cat = categories()
  const fold = (c: number): string | undefined => {
    if (inRanges(c, COMBINING_LATIN)) return ""
    const s = stroke.get(c)
    if (s !== undefined) return s
    if ((f[c]! & Flag.Latin) === 0 || cat[c] !== Cat.Letter) return undefined
    const d = String.fromCharCode(c).normalize("NFD")
    if (d.length < 2) return undefined
    for (let k = 1; k < d.length; k++) if (!isMark(d.charCodeAt(k))) return undefined
    const base = d.charCodeAt(0)
    return stroke.get(base) ?? d.charAt(0)
  }
  return fold
}

const APOSTROPHES = [0x2019, 0x2018, 0x201a, 0x201b, 0x02bc, 0x02bb, 0x2032, 0x2035, 0x0060, 0x00b4, 0xff07]
const apostrophes: CharMap = fromTable(APOSTROPHES.map((a) => [a, "'"] as const))

/**
 * The character map of a step, or `undefined` for steps that are contextual
 * only (`unicode`, `tatweel`).
 */
export const charMap = <N extends StepName>(name: N, options: StepOptions[N]): CharMap | undefined => {
  switch (name) {
    case "characterReferences":
    case "unicode":
    case "tatweel":
      return undefined
    case "presentationForms":
      return presentationForms(options as StepOptions["presentationForms"])
    case "invisibles":
      return invisibles(options as StepOptions["invisibles"])
    case "spaces":
      return spaces(options as StepOptions["spaces"])
    case "diacritics":
      return diacritics(options as StepOptions["diacritics"])
    case "persian":
      return persian(options as StepOptions["persian"])
    case "alef":
      return alef
    case "yeh":
      return yeh
    case "tehMarbuta":
      return tehMarbuta
    case "hamza":
      return hamza(options as StepOptions["hamza"])
    case "digits":
      return digits(options as StepOptions["digits"])
    case "punctuation":
      return punctuation(options as StepOptions["punctuation"])
    case "latinCase":
      return latinCase
    case "latinDiacritics":
      return latinDiacritics()
    case "apostrophes":
      return apostrophes
  }
  return undefined
}
