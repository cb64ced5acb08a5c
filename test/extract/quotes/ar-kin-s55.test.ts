import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { describeQuoteTables, parseMarked, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers described through another named person (fifty-fifth session, helper arkin, after the A105 reading:
 * `والد أبو شوشة: …` over a father's words gave them to the son): a noun of kinship or representation before a
 * description of the person (`والد الشهيد الجندي X`, `والد شهيد الوطن X`: `kinBeforeDescribed`) keeps the relative
 * as the speaker in a participle's clause and for the first person of a text nobody was quoted before; a definite
 * kin's phrase named again (`وقال والد الشهيد`) is the relative the text described before, not the person the role's
 * rule found. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  proud: "نحتسبه عند الله شهيدا وهو فخر لنا وللوطن كله",
  ready: "كلنا فداء لهذا الوطن ومستعدون للدفاع عنه في أي وقت",
  sick: "لم يكن ابني يعاني من أي مرض قبل ذهابه إلى المدرسة",
  trial: "موكلي بريء وسنثبت ذلك أمام المحكمة في الجلسة المقبلة",
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a kin's noun before a description of the person in a participle's clause (`kinBeforeDescribed`)": [
    [`وقال الوزير [[PERSON:سالم داود]]: «${W.plan}».\nوتحدث والد الشهيد [[PERSON:أحمد الزهراني]] عن ابنه قائلا: «${W.proud}».`, [`[سالم داود | قال] ${W.plan}`, `[والد الشهيد أحمد الزهراني | قائلا] ${W.proud}`]],
    [`وقال الوزير [[PERSON:سالم داود]]: «${W.plan}».\nوتمنت والدة الجندي المرابط [[PERSON:علي القرني]] أن يعود ابنها سالما، مضيفة: «${W.ready}».`, [`[سالم داود | قال] ${W.plan}`, `[والدة الجندي المرابط علي القرني | مضيفة] ${W.ready}`]],
    // must stay: a lawyer's noun before his own description (`محامي القضايا الجزائية X` is X), no kin's noun before the
    // description, a kin's noun written with its pronoun (`والده`: his father, X)
    [`وقال الوزير [[PERSON:سالم داود]]: «${W.plan}».\nأما محامي القضايا الجزائية [[PERSON:غازي مرابط]]، فقد رأى أن «${W.trial}».`, [`[سالم داود | قال] ${W.plan}`, `[غازي مرابط | رأى] ${W.trial}`]],
    [`وقال الوزير [[PERSON:سالم داود]]: «${W.plan}».\nوتحدث الشهيد الجندي [[PERSON:أحمد الزهراني]] قبل استشهاده قائلا: «${W.proud}».`, [`[سالم داود | قال] ${W.plan}`, `[أحمد الزهراني | قائلا] ${W.proud}`]],
    [`وقال الوزير [[PERSON:سالم داود]]: «${W.plan}».\nوتحدث والده الشيخ [[PERSON:أحمد الزهراني]] عن ابنه قائلا: «${W.proud}».`, [`[سالم داود | قال] ${W.plan}`, `[أحمد الزهراني | قائلا] ${W.proud}`]]
  ],
  "the first person of a text nobody was quoted before, after a kin's noun": [
    [`والد [[PERSON:أبو حمدان]]: نحتسبه عند الله\nشيع الأهالي جثمان الشهيد في مسقط رأسه. «${W.proud}».. بهذه العبارات بدأ الأب حديثه، وقال: «${W.ready}».`, [`[والد أبو حمدان | null] ${W.proud}`, `[والد أبو حمدان | قال] ${W.ready}`]],
    [`والد الشهيد [[PERSON:فهد العتيبي]]: نحتسبه عند الله\nشيع الأهالي جثمان الشهيد في الدوادمي. وقال: «${W.ready}».`, [`[والد الشهيد فهد العتيبي | قال] ${W.ready}`]],
    // must stay: the person named with no kin's noun, `ابن` right before a name (a family name: ابن معمر)
    [`الشهيد [[PERSON:فهد العتيبي]] في ذمة الله\nشيع الأهالي جثمان الشهيد في الدوادمي. وقال: «${W.ready}».`, [`[فهد العتيبي | قال] ${W.ready}`]],
    [`ابن [[PERSON:معمر]]: الطائف تشهد نقلة كبرى\nزار المحافظ المهرجان أمس. وقال: «${W.plan}».`, [`[معمر | قال] ${W.plan}`]]
  ],
  "a definite kin's phrase named again is the relative described before (`kinDescribedBefore`)": [
    [`شيع أهالي الدوادمي جثمان الشهيد [[PERSON:فهد العتيبي]] أمس، وتحدث والد الشهيد [[PERSON:فهد العتيبي]] للصحيفة عن ابنه.\nوقال والد الشهيد: «${W.ready}».`, [`[والد الشهيد فهد العتيبي | قال] ${W.ready}`]],
    [`توفي الطالب [[PERSON:سامي القحطاني]] في مدرسته بالرياض، وروت والدة الطالب [[PERSON:سامي القحطاني]] ما حدث.\nوقالت والدة الطالب: «${W.sick}».`, [`[والدة الطالب سامي القحطاني | قالت] ${W.sick}`]],
    // must stay: a role that opens with no kin's noun is the person described with it
    [`وصل المدرب [[PERSON:جميل قاسم]] إلى الرياض أمس مع الفريق.\nوقال المدرب: «${W.plan}».`, [`[جميل قاسم | قال] ${W.plan}`]]
  ],
  "a kin's or a lawyer's noun with its pronoun before a verb with no subject (`kinPronounBeforeVerb`)": [
    [`وقال رئيس الجمعية [[PERSON:سامي داود]] إن «${W.plan}».\nوينتظر الضحايا أن يتكلم [[PERSON:حسين حبري]] في المحاكمة، حتى لو أن محاميه قالوا: إن موكلهم لن يفعل ذلك أبدا في هذه المحاكمة.`, [`[سامي داود | قال] ${W.plan}`, `[محاميه | قالوا] إن موكلهم لن يفعل ذلك أبدا في هذه المحاكمة`]],
    // must stay: a noun with its pronoun that is no kin's (`زملاءه`)
    [`وقال رئيس الجمعية [[PERSON:سامي داود]] إن «${W.plan}».\nوينتظر الضحايا أن يتكلم [[PERSON:حسين حبري]] في المحاكمة، حتى لو أن زملاءه قالوا: إن موكلهم لن يفعل ذلك أبدا في هذه المحاكمة.`, [`[سامي داود | قال] ${W.plan}`, `[حسين حبري | قالوا] إن موكلهم لن يفعل ذلك أبدا في هذه المحاكمة`]]
  ],
  "\"the latter\" is the last person named before it (`latterPerson`)": [
    [`وقال المتحدث [[PERSON:جون سميث]] إن «${W.trial}».\nوالتقى الوزير [[PERSON:سامي داود]] بنظيره الفرنسي [[PERSON:جان إيرولت]] في باريس أمس. وقال الأخير إن «${W.plan}».`, [`[جون سميث | قال] ${W.trial}`, `[جان إيرولت | قال] ${W.plan}`]],
    // must stay: a pronoun (the chain's speaker)
    [`وقال المتحدث [[PERSON:جون سميث]] إن «${W.trial}».\nوالتقى الوزير [[PERSON:سامي داود]] بنظيره الفرنسي [[PERSON:جان إيرولت]] في باريس أمس. وقال هو إن «${W.plan}».`, [`[جون سميث | قال] ${W.trial}`, `[جون سميث | قال] ${W.plan}`]]
  ]
}

describeQuoteTables("fifty-fifth session, Arabic speakers described through another named person (helper arkin)", tables)

describe("a headline `والد X: …` whose words the body's quote repeats", () => {
  it("gives the headline to the father's phrase, not to X", () => {
    const marked = `والد [[PERSON:أبو حمدان]]: أسأل الله أن يتقبله شهيدا\n«فقدت ابنا بارا، وأسأل الله أن يتقبله من الشهداء».. بهذه العبارات بدأ الأب حديثه في المقبرة.`
    const { text, entities } = parseMarked(marked)
    const title = { start: 0, end: text.indexOf("\n") }
    const quotes = extractQuotes(text, { entities, title })
    expect(quotes.map((q) => [q.speaker, q.speakerEntityId])).toEqual([
      ["والد أبو حمدان", null],
      ["والد أبو حمدان", null]
    ])
  })
})
