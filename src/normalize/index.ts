/**
 * Normalization of Arabic and Latin text that never loses an offset, with
 * tokenization and sentence splitting.
 *
 * @module
 */
export type {
  Alignment,
  AlignmentEdit,
  DiacriticsOptions,
  DigitsOptions,
  HamzaOptions,
  InvisiblesOptions,
  Normalized,
  NoOptions,
  PersianOptions,
  PresentationFormsOptions,
  PresetName,
  PunctuationOptions,
  Range,
  SpacesOptions,
  Step,
  StepName,
  StepOf,
  StepOptions,
  TatweelOptions,
  UnicodeOptions
} from "./types.js"
export { identityAlignment } from "./alignment.js"
export {
  alef,
  apostrophes,
  characterReferences,
  diacritics,
  digits,
  hamza,
  invisibles,
  latinCase,
  latinDiacritics,
  normalize,
  normalizeText,
  persian,
  presentationForms,
  presets,
  punctuation,
  spaces,
  stepsByName,
  tatweel,
  tehMarbuta,
  unicode,
  yeh
} from "./normalize.js"
export { STEP_ORDER as stepOrder } from "./steps.js"
export { tokenize, type Clitic, type Stem, type Token, type TokenKind, type TokenizeOptions } from "./tokenize.js"
export type { CliticKind } from "./clitics.js"
export { sentences, type Sentence, type SentencesOptions } from "./sentences.js"
export { normalizeStage, type NormalizeStageOptions } from "./stage.js"
