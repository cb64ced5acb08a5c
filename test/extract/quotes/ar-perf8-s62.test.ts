import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * `blessedBefore` (entity-index.ts) reads the Prophet's blessing after a person with an id only at the tokens
 * `blessingEnds` gives (sixty-second session, helper perf8, a speed change: the blessing was looked for at every token of
 * the document). A blessing found there ends at most seven tokens after the person's last word: right after the name,
 * after a dash or a parenthesis, after up to three of them; the quotes must be the old ones (these rows pass on
 * 1ba1379 too). Sentences written for these tests in the style of the columns and the wires; `[[TYPE:text]]` marks
 * become entities.
 */

const W = {
  patience: "اصبروا فإن العاقبة للمتقين دائما",
  places: "الزموا أماكنكم ولا تتركوا أعمالكم أبدا",
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a blessing right after the name, or after a dash or a parenthesis: a hadith": [
    [`وأمر [[PERSON:محمد]] صلى الله عليه وسلم أصحابه، وقال لهم: «${W.places}»`, []],
    [`وأمر [[PERSON:محمد]] - صلى الله عليه وسلم - أصحابه، وقال لهم: «${W.places}»`, []],
    [`وأمر [[PERSON:محمد]] (صلى الله عليه وسلم) أصحابه، وقال لهم: «${W.places}»`, []],
    [`وكان [[PERSON:موسى]] - عليه السلام - قد قال لقومه: «${W.patience}»`, []],
    [`وكان [[PERSON:عيسى]] (عليه الصلاة والسلام) قد قال لأصحابه: «${W.patience}»`, []]
  ],
  "the blessing after another person, or none: the speaker keeps his words": [
    // must stay: the blessing follows the first person; the second, with no blessing, speaks
    [`وذكر الخطيب سيرة [[PERSON:محمد]] صلى الله عليه وسلم، ثم قال الشيخ [[PERSON:سالم داود]]: «${W.plan}».`, [`[سالم داود | قال] ${W.plan}`]],
    // must stay: no blessing at all
    [`وقال الشيخ [[PERSON:محمد العلي]] في خطبة الجمعة: «${W.places}»`, [`[محمد العلي | قال] ${W.places}`]],
    // must stay: the blessing's word after no pronoun of a preposition, away from the person
    [`وقال [[PERSON:سالم داود]] للحضور بعد السلام: «${W.plan}».`, [`[سالم داود | قال] ${W.plan}`]]
  ]
}

describeQuoteTables("sixty-second session, the blessing read near the persons only (helper perf8)", tables)
