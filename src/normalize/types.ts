/**
 * Public types of the normalize module.
 *
 * @module
 */
import type { TextView } from "../model/view.js"

/** A half-open range `[start, end)` in UTF-16 code units. */
export interface Range {
  readonly start: number
  readonly end: number
}

/**
 * One stretch of text where the normalized text is not a character-for-character
 * copy of the original: a deletion (`normStart === normEnd`), an expansion, a
 * merge, or a recomposition. Between edits the mapping is one to one.
 */
export interface AlignmentEdit {
  readonly normStart: number
  readonly normEnd: number
  readonly origStart: number
  readonly origEnd: number
}

/**
 * The way back from a normalized text to the original it came from.
 *
 * Stored as run-length segments: only the {@link AlignmentEdit}s are kept
 * (four integers each, in one `Int32Array`); everything between two edits is
 * a one-to-one run. A character replaced by another single character (`أ` to
 * `ا`, `٣` to `3`) is part of a one-to-one run and costs nothing. Queries are
 * binary searches over the edits.
 *
 * Every normalized character has an origin: a range of the original. Inside a
 * one-to-one run it is the one character it came from; inside an edit every
 * character has the whole range of the edit. A deleted combining mark or an
 * in-word tatweel belongs to the character before it, so that the origin of a
 * word covers its last diacritic; other deleted characters (bidi controls,
 * zero-width spaces, a tatweel before a word) belong to no character.
 */
export interface Alignment {
  /** Length of the original text. */
  readonly originalLength: number
  /** Length of the normalized text. */
  readonly normalizedLength: number
  /** Number of edits (segments that are not one-to-one). */
  readonly editCount: number
  /**
   * Maps `[start, end)` of the normalized text to the original: from the start of
   * the origin of character `start` to the end of the origin of character `end - 1`.
   * An empty range maps to an empty range at the start of the origin of `start`
   * (the end of the original when `start` is the end of the text).
   * Throws a `RangeError` unless `0 <= start <= end <= normalizedLength` are integers.
   */
  readonly toOriginal: (start: number, end: number) => Range
  /**
   * Maps `[start, end)` of the original to the smallest range of the normalized
   * text holding every character whose origin overlaps it. A range of deleted
   * characters maps to an empty range at the place they were deleted.
   * Throws a `RangeError` unless `0 <= start <= end <= originalLength` are integers.
   */
  readonly toNormalized: (start: number, end: number) => Range
  /** The edits in text order. */
  readonly edits: () => IterableIterator<AlignmentEdit>
}

/** A normalized text with its alignment. A {@link TextView} of the original. */
export interface Normalized extends TextView {
  readonly text: string
  readonly alignment: Alignment
  readonly toOriginal: (start: number, end: number) => Range
  readonly toNormalized: (start: number, end: number) => Range
}

/** The steps, in the order they are applied. */
export type StepName =
  | "characterReferences"
  | "unicode"
  | "presentationForms"
  | "invisibles"
  | "spaces"
  | "diacritics"
  | "tatweel"
  | "persian"
  | "alef"
  | "yeh"
  | "tehMarbuta"
  | "hamza"
  | "digits"
  | "punctuation"
  | "latinCase"
  | "latinDiacritics"
  | "apostrophes"

/** Options of the `unicode` step. */
export interface UnicodeOptions {
  /** `NFC` (canonical composition) or `NFKC` (compatibility composition). Default `NFC`. */
  readonly form: "NFC" | "NFKC"
  /**
   * Spell out the two Arabic word ligatures that have no useful decomposition before normalizing,
   * as CAMeL Tools does: `﷼` → `ريال`, `﷽` → `بسم الله الرحمن الرحيم`. Default `false`.
   */
  readonly spellSymbols: boolean
}

/** Options of the `presentationForms` step. */
export interface PresentationFormsOptions {
  /** Ligatures of two or three letters (`ﻻ` → `لا`, `ﰀ` → `يج`). Default `expand`. */
  readonly letterLigatures: "expand" | "keep"
  /** Ligatures of whole words and phrases (`ﷲ` → `الله`, `ﷺ` → `صلى الله عليه وسلم`). Default `expand`. */
  readonly wordLigatures: "expand" | "keep"
}

/** Options of the `invisibles` step. */
export interface InvisiblesOptions {
  /** Zero-width joiner and non-joiner (U+200C, U+200D). Default `remove`. */
  readonly joiners: "remove" | "keep"
  /** C0 and C1 control characters other than tab and line breaks. Default `remove`. */
  readonly controls: "remove" | "keep"
}

/** Options of the `spaces` step. */
export interface SpacesOptions {
  /** Collapse each run of horizontal whitespace to one space. Default `true`. */
  readonly collapse: boolean
  /**
   * `normalize`: every line break (CR LF, CR, VT, FF, NEL, U+2028, U+2029) becomes `\n`;
   * `space`: line breaks become spaces (and collapse with the spaces around them);
   * `keep`: line breaks are left as they are. Default `normalize`.
   */
  readonly newlines: "keep" | "normalize" | "space"
}

/** Options of the `diacritics` step. */
export interface DiacriticsOptions {
  /**
   * `tashkeel`: the eight harakat and tanween, shadda, sukun and superscript alef
   * (U+064B–U+0652, U+0670), the set of CAMeL Tools' `dediac_ar`;
   * `all`: also madda and hamza marks (U+0653–U+065F), Quranic annotation marks
   * (U+0610–U+061A, U+06D6–U+06ED) and extended Arabic marks (U+0898–U+089F, U+08CA–U+08FF). Default `all`.
   */
  readonly set: "tashkeel" | "all"
  /** Keep shadda (U+0651). Default `false`. */
  readonly keepShadda: boolean
}

/** Options of the `tatweel` step. */
export interface TatweelOptions {
  /** What a tatweel standing between non-letters (`عواصم ـ وكالات`) becomes. Default `dash`. */
  readonly freeStanding: "dash" | "keep"
}

/** Options of the `persian` step. */
export interface PersianOptions {
  /**
   * Letters with no Arabic counterpart of the same sound (`پ چ ژ گ ڤ`): `keep` them, or `fold` them
   * to the nearest Arabic letter (`ب ج ز ك ف`). Default `keep`.
   */
  readonly borrowed: "keep" | "fold"
}

/** Options of the `hamza` step. */
export interface HamzaOptions {
  /**
   * `hamza`: `ؤ` and `ئ` become a bare `ء`, so that `مسؤول` and `مسئول` meet;
   * `seat`: the hamza is dropped and the seat kept (`ؤ` → `و`, `ئ` → `ي`). Default `hamza`.
   */
  readonly carriers: "hamza" | "seat"
}

/** Options of the `digits` step. */
export interface DigitsOptions {
  /** Target digits: ASCII, Arabic-Indic (`٠–٩`), or `keep` (the step does nothing). Default `ascii`. */
  readonly to: "ascii" | "arabic-indic" | "keep"
  /** With `to: "ascii"`, map the Arabic decimal and thousands separators `٫ ٬` to `.` and `,`. Default `true`. */
  readonly separators: boolean
}

/** Options of the `punctuation` step. */
export interface PunctuationOptions {
  /** Arabic punctuation to ASCII: `، ؛ ؟ ٪ ٭ ۔ ؍ ⸮` → `, ; ? % * . / ?`. Default `true`. */
  readonly arabic: boolean
  /** Double quotes of every style (`« » “ ” „ ‟ ″ ‹ › 〝 〞 ＂`) → `"`. Default `true`. */
  readonly quotes: boolean
  /** Hyphens and dashes (U+2010–U+2015, minus sign, small and full-width hyphen-minus) → `-`. Default `true`. */
  readonly dashes: boolean
  /** The ellipsis character `…` → `...`. Default `true`. */
  readonly ellipsis: boolean
  /** Ornate parentheses `﴾ ﴿` → `( )`. Default `true`. */
  readonly brackets: boolean
}

/** Options of a step that has none. */
export type NoOptions = Readonly<Record<string, never>>

/** Options of each step, by name. */
export interface StepOptions {
  readonly characterReferences: NoOptions
  readonly unicode: UnicodeOptions
  readonly presentationForms: PresentationFormsOptions
  readonly invisibles: InvisiblesOptions
  readonly spaces: SpacesOptions
  readonly diacritics: DiacriticsOptions
  readonly tatweel: TatweelOptions
  readonly persian: PersianOptions
  readonly alef: NoOptions
  readonly yeh: NoOptions
  readonly tehMarbuta: NoOptions
  readonly hamza: HamzaOptions
  readonly digits: DigitsOptions
  readonly punctuation: PunctuationOptions
  readonly latinCase: NoOptions
  readonly latinDiacritics: NoOptions
  readonly apostrophes: NoOptions
}

/** One step of a given name. */
export interface StepOf<N extends StepName> {
  readonly name: N
  readonly options: StepOptions[N]
  /** Normalizes `text` with this step alone. */
  readonly apply: (text: string) => Normalized
}

/**
 * A normalization step: a name and its resolved options. Build steps with the
 * step functions (`diacritics()`, `digits({ to: "ascii" })`, …); a list of
 * steps is compiled into one lookup table and applied in a single pass, in the
 * fixed order of {@link StepName}, whatever the order of the list.
 */
export type Step = { readonly [N in StepName]: StepOf<N> }[StepName]

/** The names of the built-in step lists. */
export type PresetName = "display" | "search" | "camel"
