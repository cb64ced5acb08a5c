import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Quote spans (docs/history/quotes.md, "Forty-third session (helper, spans)"): a colon quote with no marks ends before a
 * participle of attribution after a comma, before a sentence that opens with a lead handing the turn to another party
 * or with a verb glued to و right before a person's name; a straight mark right after a colon that nothing closes in
 * its paragraph opens speech. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become
 * entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a colon quote with no marks ends before a participle after a comma": [
    [
      'وقال مدير المرور [[PERSON:سامي الحداد]]: تم تركيب مئتي إشارة ضوئية جديدة في شوارع المدينة، مشيرا إلى أن العمل سيستمر حتى نهاية العام.',
      ["[سامي الحداد | قال] تم تركيب مئتي إشارة ضوئية جديدة في شوارع المدينة"]
    ],
    [
      'وأضافت الدكتورة [[PERSON:هند السالم]]: إن نسبة الإصابات تراجعت خلال الشهر الماضي بصورة واضحة، منوهة بجهود الفرق الميدانية في القرى.',
      ["[هند السالم | أضافت] إن نسبة الإصابات تراجعت خلال الشهر الماضي بصورة واضحة"]
    ],
    // must not fire: a comma before a word that is no participle, the speech goes on
    [
      'وقال [[PERSON:سامي الحداد]]: تم تركيب مئتي إشارة ضوئية جديدة، مطابقة للمواصفات المعتمدة في المملكة.',
      ["[سامي الحداد | قال] تم تركيب مئتي إشارة ضوئية جديدة، مطابقة للمواصفات المعتمدة في المملكة"]
    ],
    // must not fire: a participle with no comma before it is inside the speech
    [
      'وقال [[PERSON:سامي الحداد]]: لقد جئنا إلى هنا مشيرين إلى مواضع الخلل في الطريق منذ سنوات طويلة.',
      ["[سامي الحداد | قال] لقد جئنا إلى هنا مشيرين إلى مواضع الخلل في الطريق منذ سنوات طويلة"]
    ]
  ],
  "a colon quote with no marks ends before the narrator's next sentence": [
    [
      'وقال [[PERSON:سامي الحداد]]: إن الزيارة جاءت لتفقد أحوال المرضى والاطمئنان على صحتهم. من جانبها، عبرت الأسر عن شكرها للوزارة على هذه اللفتة.',
      ["[سامي الحداد | قال] إن الزيارة جاءت لتفقد أحوال المرضى والاطمئنان على صحتهم"]
    ],
    [
      'وأضاف [[PERSON:سامي الحداد]]: إن المشروع سيخدم آلاف الأسر في الأحياء الشرقية. وتفقد [[PERSON:كريم الساعدي]] بعد ذلك مواقع العمل برفقة المهندسين.',
      ["[سامي الحداد | أضاف] إن المشروع سيخدم آلاف الأسر في الأحياء الشرقية"]
    ],
    [
      'وقال [[PERSON:سامي الحداد]]: إن العمل يسير وفق الجدول المعتمد. بدوره، تفقد المقاول مواقع العمل برفقة المهندسين.',
      ["[سامي الحداد | قال] إن العمل يسير وفق الجدول المعتمد"]
    ],
    // must not fire: a first-person lead inside the speech
    [
      'وقال [[PERSON:سامي الحداد]]: إن الزيارة جاءت لتفقد أحوال المرضى. من جانبنا، سنواصل العمل مع الأسر حتى تتحسن الأوضاع.',
      ["[سامي الحداد | قال] إن الزيارة جاءت لتفقد أحوال المرضى. من جانبنا، سنواصل العمل مع الأسر حتى تتحسن الأوضاع"]
    ],
    // must not fire: a verb glued to و before a word that is no person's name
    [
      'وأضاف [[PERSON:سامي الحداد]]: إن المشروع سيخدم آلاف الأسر في الأحياء الشرقية. وتعمل الفرق الآن على إنجاز المرحلة الثانية قبل الصيف.',
      ["[سامي الحداد | أضاف] إن المشروع سيخدم آلاف الأسر في الأحياء الشرقية. وتعمل الفرق الآن على إنجاز المرحلة الثانية قبل الصيف"]
    ]
  ],
  "a straight mark right after a colon that nothing closes": [
    [
      'وقال [[PERSON:سامي الحداد]] في مستهل اللقاء :" نقلت إليكم تحيات القيادة وتقديرها لما قدمه أبناؤكم من تضحيات في سبيل الوطن .\n\nوأكد [[PERSON:سامي الحداد]] أن الدولة لن تتهاون مع من يهدد أمنها.',
      ["[سامي الحداد | قال] نقلت إليكم تحيات القيادة وتقديرها لما قدمه أبناؤكم من تضحيات في سبيل الوطن"]
    ],
    // the unclosed mark stops at its paragraph's end: a closed quote in the next paragraph is read on its own
    [
      'وقال [[PERSON:سامي الحداد]] :" نقلت إليكم تحيات القيادة وتقديرها لما قدمه أبناؤكم\n\nوأضاف قائلا :" إن الدولة لن تتهاون مع من يهدد أمنها " .',
      ["[سامي الحداد | قال] نقلت إليكم تحيات القيادة وتقديرها لما قدمه أبناؤكم", "[سامي الحداد | قائلا] إن الدولة لن تتهاون مع من يهدد أمنها"]
    ],
    // must not fire: a straight mark glued to a word and spaced after it, with no colon, closes nothing and opens nothing
    ['وتحدث الوزير عن المرحلة المقبلة" وعن خطط الوزارة لتطوير الخدمات في المناطق النائية خلال العام.', []],
    // must not fire: fewer than four words after the mark
    ['وقال [[PERSON:سامي الحداد]] :" شكرا جزيلا', []]
  ],
  "a colon inside a parenthesis opened after a preposition is a title's": [
    [
      'وقال [[PERSON:سامي الحداد]] شارك في (الملتقى الوطني للصحة: التحديات والحلول الممكنة) بورقة عن خدمات الطوارئ في القرى.',
      []
    ],
    // must not fire: a parenthesis closed before the colon
    [
      'وقال [[PERSON:سامي الحداد]] في (المؤتمر) أمس: إن التدريب سيشمل جميع الفرق العاملة في المنطقة.',
      ["[سامي الحداد | قال] إن التدريب سيشمل جميع الفرق العاملة في المنطقة"]
    ]
  ],
  "short marks that name a thing: after a site's pages, or past a clause وهي after the cue": [
    [
      'وقال صاحب الفكرة [[PERSON:سامي الحداد]] إنه سيتم تكريم الفائزين. وأبدى أمنيته بعمل مسابقة أخرى، ولفت الى أن المسابقة التي جرت على صفحات «منتدى تويتر» في صفحة «تحدي المطبخ» خصص لها لجنة تحكيم.',
      []
    ],
    ['وقال [[PERSON:سامي الحداد]] إن المسابقة انتهت أمس، مشيرا إلى أنها مسابقة خفيفة وهي عبارة عن أربعة أطباق صحية "سحور خفيف".', []],
    // must not fire: the clause describes the speaker, before the complementizer
    [
      'وقالت [[PERSON:هند السالم]] وهي في عقدها الخامس إن زميلتها كانت «شديدة التمسك» برأيها حتى النهاية.',
      ["[هند السالم | قالت] شديدة التمسك"]
    ],
    // must not fire: two words in marks with no such clause are what the speaker said
    ['وقال [[PERSON:سامي الحداد]] إن الوضع في المنطقة "بالغ الخطورة" هذه الأيام.', ["[سامي الحداد | قال] بالغ الخطورة"]],
    // must not fire: three words in marks past the clause are speech
    [
      'وقال [[PERSON:سامي الحداد]] إن المسابقة انتهت، وهي التي وصفها بأنها "تجربة غنية جدا".',
      ["[سامي الحداد | وصفها] تجربة غنية جدا"]
    ]
  ]
}

describeQuoteTables("Arabic quote spans (forty-third session)", tables)

describe("the turnLeads list (forty-third session)", () => {
  it("is required, described, with no form twice", () => {
    const file = decodeLexicon(ArabicQuotesFile, "quotes/ar")(arFile)
    expect(file.turnLeads.description).toMatch(/session/)
    expect(new Set(file.turnLeads.forms).size).toBe(file.turnLeads.forms.length)
    const { turnLeads: _gone, ...without } = arFile
    expect(() => decodeLexicon(ArabicQuotesFile, "quotes/ar")(without)).toThrow(LexiconError)
  })
})
