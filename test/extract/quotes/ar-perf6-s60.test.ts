import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * `isBlessingWord` (scanner.ts) reads the Prophet's blessing (`prophetBlessing`: `السلام`, `الصلاة`, `أفضل`) by the key
 * ids of the word and of its tail where the token stream has them (sixtieth session, helper perf6, a speed change:
 * `blessedBefore` asks it of every word of a document, and the look-up of the word without its first letter sliced a
 * new string for each). The answers must be the old ones: the blessing with its `و` (`والسلام`), without it, after
 * `أفضل`, and words that only end like it. Sentences written for these tests in the style of the columns and the wires;
 * `[[TYPE:text]]` marks become entities.
 */

const W = {
  patience: "اصبروا فإن العاقبة للمتقين دائما",
  places: "الزموا أماكنكم ولا تتركوا أعمالكم أبدا",
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "words given to a person named with the blessing are a hadith": [
    [`وكان [[PERSON:موسى]] عليه الصلاة والسلام قد قال لقومه: «${W.patience}»`, []],
    [`وكان [[PERSON:عيسى]] عليه السلام قد قال لأصحابه: «${W.patience}»`, []],
    [`وكان [[PERSON:إبراهيم]] عليه أفضل الصلاة قد قال لقومه: «${W.patience}»`, []],
    [`وأمر [[PERSON:محمد]] صلى الله عليه وسلم الرماة، وقال لهم: «${W.places}»`, []]
  ],
  "words that are no blessing leave the speaker his words": [
    // must stay: a person with no blessing after the name
    [`وقال الشيخ [[PERSON:محمد العلي]] في خطبة الجمعة: «${W.places}»`, [`[محمد العلي | قال] ${W.places}`]],
    // must stay: the blessing's words elsewhere in the sentence, after no pronoun of a preposition
    [`وقال [[PERSON:سالم داود]] بعد صلاة الجمعة وإلقاء السلام على الحضور: «${W.plan}».`, [`[سالم داود | قال] ${W.plan}`]],
    [`وقال [[PERSON:سالم داود]] للحضور بعد السلام: «${W.plan}».`, [`[سالم داود | قال] ${W.plan}`]]
  ]
}

describeQuoteTables("sixtieth session, the blessing read by key ids (helper perf6)", tables)
