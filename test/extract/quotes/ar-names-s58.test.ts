import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A speech verb's form right after a word of a name's lineage or kunya (`بن`, `أبو`, `آل` …; `lineageWords` of
 * gazetteers/name-cues.json since the sixtieth session, of quotes/ar.json before) is that name's word,
 * no speech verb (`afterLineage`, scanner.ts; fifty-eighth session, helper arnames, after
 * the A113 reading: `وقال محمد أبو طالب ومسفر أحمد مشني: …` lost its colon quote, `طالب` read as "demanded" ending the
 * speaker phrase at `أبو`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become
 * entities.
 */

const W = {
  thanks: "نحمد الله على سلامة الجميع ولم يصب أحد بأذى في القرية",
  plan: "سنواصل العمل حتى تعود الأمور إلى طبيعتها في المنطقة كلها"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb's form after a lineage's or a kunya's word is the name's (`afterLineage`)": [
    [`وقال [[PERSON:محمد أبو طالب]] ومسفر أحمد مشني: ${W.thanks}.`, [`[محمد أبو طالب | قال] ${W.thanks}`]],
    [`وقال [[PERSON:محمد أبو طالب]]: ${W.thanks}.`, [`[محمد أبو طالب | قال] ${W.thanks}`]],
    [`وقال [[PERSON:خالد بن طالب]]: ${W.thanks}.`, [`[خالد بن طالب | قال] ${W.thanks}`]],
    [`وقال الشيخ [[PERSON:صالح آل طالب]]: ${W.plan}.`, [`[صالح آل طالب | قال] ${W.plan}`]],
    // must stay: the verb where a clause opens, and a name in marks as before
    [`وطالب [[PERSON:مسعود بارزاني]] بالوحدة. وقال: «${W.plan}».`, [`[مسعود بارزاني | قال] ${W.plan}`]],
    [`وقال [[PERSON:محمد أبو طالب]]: «${W.thanks}».`, [`[محمد أبو طالب | قال] ${W.thanks}`]]
  ]
}

describeQuoteTables("Arabic speakers whose name holds a verb's form after a lineage word (fifty-eighth session)", tables)
