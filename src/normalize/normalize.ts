/**
 * `normalize`, the step functions and the presets.
 *
 * @module
 */
import { RunLengthAlignment } from "./alignment.js"
import { compile, mapText, resolveSteps, run, type Program } from "./engine.js"
import { DEFAULTS } from "./steps.js"
import type {
  DigitsOptions,
  DiacriticsOptions,
  HamzaOptions,
  InvisiblesOptions,
  Normalized,
  PersianOptions,
  PresentationFormsOptions,
  PresetName,
  PunctuationOptions,
  SpacesOptions,
  Step,
  StepName,
  StepOf,
  StepOptions,
  TatweelOptions,
  UnicodeOptions
} from "./types.js"

const makeStep = <N extends StepName>(name: N, options: Partial<StepOptions[N]> | undefined): StepOf<N> => {
  const resolved = Object.freeze({ ...DEFAULTS[name], ...(options ?? {}) }) as StepOptions[N]
  const step: StepOf<N> = {
    name,
    options: resolved,
    apply: (text: string) => normalize(text, [step as unknown as Step])
  }
  return Object.freeze(step)
}

/**
 * HTML character references left by a scraper (`&quot;`, `&nbsp;`, `&#233;`, `&#x2019;`) read as the characters they
 * name, which the other steps then map: the named references of HTML 4.01 and `&apos;`, and numeric ones.
 */
export const characterReferences = (): StepOf<"characterReferences"> => makeStep("characterReferences", undefined)
/** Unicode normalization: NFC (default) or NFKC, optionally spelling out `﷼` and `﷽` first. */
export const unicode = (options?: Partial<UnicodeOptions>): StepOf<"unicode"> => makeStep("unicode", options)
/** Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to the letters they show. */
export const presentationForms = (options?: Partial<PresentationFormsOptions>): StepOf<"presentationForms"> =>
  makeStep("presentationForms", options)
/** Zero-width characters, bidi controls, soft hyphens and control characters removed. */
export const invisibles = (options?: Partial<InvisiblesOptions>): StepOf<"invisibles"> => makeStep("invisibles", options)
/** Every space character to a plain space, runs collapsed, line breaks unified. */
export const spaces = (options?: Partial<SpacesOptions>): StepOf<"spaces"> => makeStep("spaces", options)
/** Arabic diacritics (tashkeel and, by default, Quranic and extended marks) removed. */
export const diacritics = (options?: Partial<DiacriticsOptions>): StepOf<"diacritics"> => makeStep("diacritics", options)
/** Tatweel removed inside words; a free-standing tatweel becomes a dash. */
export const tatweel = (options?: Partial<TatweelOptions>): StepOf<"tatweel"> => makeStep("tatweel", options)
/** Persian and Urdu letters to their Arabic counterparts (`ک ی ہ` → `ك ي ه`). */
export const persian = (options?: Partial<PersianOptions>): StepOf<"persian"> => makeStep("persian", options)
/** `أ إ آ ٱ` → `ا`. */
export const alef = (): StepOf<"alef"> => makeStep("alef", undefined)
/** Alef maksura `ى` → `ي`. */
export const yeh = (): StepOf<"yeh"> => makeStep("yeh", undefined)
/** Teh marbuta `ة` → `ه`. */
export const tehMarbuta = (): StepOf<"tehMarbuta"> => makeStep("tehMarbuta", undefined)
/** Hamza on a seat (`ؤ ئ`) to a bare hamza (default) or to its seat. */
export const hamza = (options?: Partial<HamzaOptions>): StepOf<"hamza"> => makeStep("hamza", options)
/** Arabic-Indic and Extended Arabic-Indic digits to ASCII (default), or the reverse. */
export const digits = (options?: Partial<DigitsOptions>): StepOf<"digits"> => makeStep("digits", options)
/** Arabic punctuation, quotes, dashes, ellipsis and ornate parentheses to ASCII. */
export const punctuation = (options?: Partial<PunctuationOptions>): StepOf<"punctuation"> => makeStep("punctuation", options)
/** Lowercase (every cased script of the BMP; `İ` → `i`). */
export const latinCase = (): StepOf<"latinCase"> => makeStep("latinCase", undefined)
/** Latin letters without their diacritics (`é` → `e`, `ø` → `o`); combining marks removed. */
export const latinDiacritics = (): StepOf<"latinDiacritics"> => makeStep("latinDiacritics", undefined)
/** Typographic apostrophes and primes (`’ ‘ ʼ ′ ´ \``) → `'`. */
export const apostrophes = (): StepOf<"apostrophes"> => makeStep("apostrophes", undefined)

/** The step function of each step name, with default options. */
export const stepsByName: { readonly [N in StepName]: () => StepOf<N> } = {
  characterReferences,
  unicode: () => unicode(),
  presentationForms: () => presentationForms(),
  invisibles: () => invisibles(),
  spaces: () => spaces(),
  diacritics: () => diacritics(),
  tatweel: () => tatweel(),
  persian: () => persian(),
  alef,
  yeh,
  tehMarbuta,
  hamza: () => hamza(),
  digits: () => digits(),
  punctuation: () => punctuation(),
  latinCase,
  latinDiacritics,
  apostrophes
}

/**
 * The built-in step lists.
 *
 * - `display`: what a reader should see. HTML character references read, NFC, Arabic presentation forms mapped to
 *   letters (word ligatures such as `ﷺ` kept), invisible characters removed,
 *   spaces fixed. Letters are never folded.
 * - `search`: for matching and keys. Character references read, NFKC and every folding step.
 * - `camel`: exactly CAMeL Tools' `normalize_unicode → dediac_ar →
 *   normalize_alef_ar → normalize_alef_maksura_ar → normalize_teh_marbuta_ar`.
 */
export const presets: { readonly display: ReadonlyArray<Step>; readonly search: ReadonlyArray<Step>; readonly camel: ReadonlyArray<Step> } =
  Object.freeze({
    display: Object.freeze([characterReferences(), unicode({ form: "NFC" }), presentationForms({ wordLigatures: "keep" }), invisibles(), spaces()]),
    search: Object.freeze([
      characterReferences(),
      unicode({ form: "NFKC" }),
      presentationForms(),
      invisibles(),
      spaces(),
      diacritics(),
      tatweel(),
      persian(),
      alef(),
      yeh(),
      tehMarbuta(),
      hamza(),
      digits(),
      punctuation(),
      latinCase(),
      latinDiacritics(),
      apostrophes()
    ]),
    camel: Object.freeze([unicode({ form: "NFKC", spellSymbols: true }), diacritics({ set: "tashkeel" }), alef(), yeh(), tehMarbuta()])
  })

const byList = new WeakMap<ReadonlyArray<Step>, Program>()
const byKey = new Map<string, Program>()

/**
 * How many programs have been compiled in this module instance (for the test
 * that loading the library compiles none: a module that normalizes when it is
 * loaded makes every worker thread build the tables at start).
 * @internal
 */
export const compiledPrograms = (): number => byKey.size

/** The compiled program of a preset name or a list of steps (cached). */
export const programFor = (steps: PresetName | ReadonlyArray<Step>): Program => {
  const list = typeof steps === "string" ? presetList(steps) : steps
  let p = byList.get(list)
  if (p !== undefined) return p
  const resolved = resolveSteps(list)
  const probe = compileKey(resolved)
  p = byKey.get(probe)
  if (p === undefined) {
    p = compile(resolved)
    byKey.set(probe, p)
  }
  byList.set(list, p)
  return p
}

const compileKey = (resolved: ReadonlyMap<StepName, unknown>): string =>
  [...resolved.keys()]
    .sort()
    .map((k) => `${k}${JSON.stringify(resolved.get(k))}`)
    .join("|")

const presetList = (name: PresetName): ReadonlyArray<Step> => {
  const list = (presets as Record<string, ReadonlyArray<Step> | undefined>)[name]
  if (list === undefined) throw new TypeError(`Unknown preset "${String(name)}": expected "display", "search" or "camel"`)
  return list
}

const checkText = (text: unknown): void => {
  if (typeof text !== "string") throw new TypeError(`normalize: expected a string, got ${text === null ? "null" : typeof text}`)
}

/**
 * Normalizes `text` with a preset (default `search`) or a list of steps, and
 * returns the normalized text with its alignment to `text`.
 *
 * Never throws on a string, whatever it holds (lone surrogates included). The
 * steps of a list are applied in the fixed order of {@link StepName}; a step
 * named twice uses its last options.
 */
export function normalize(text: string, steps: PresetName | ReadonlyArray<Step> = "search"): Normalized {
  checkText(text)
  const r = run(programFor(steps), text, true)
  const alignment = new RunLengthAlignment(r.edits, r.count, text.length, r.text.length)
  return { text: r.text, alignment, toOriginal: alignment.toOriginal, toNormalized: alignment.toNormalized }
}

/** The normalized text alone, without building an alignment. */
export function normalizeText(text: string, steps: PresetName | ReadonlyArray<Step> = "search"): string {
  checkText(text)
  return mapText(programFor(steps), text)
}
