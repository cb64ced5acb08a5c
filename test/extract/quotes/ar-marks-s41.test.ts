import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Quotation marks (docs/history/quotes.md, "Forty-first session (helper, marks)"): a straight mark never closed before
 * a comma or a full stop and a speech verb or participle whose own quote opens right after it, a colon quote split at
 * the next cue that ends before the cue's sentence, a programme's name in `“…”` inside a quote in `“…”`, a `»` typed as
 * `«` before punctuation, and a term after `ما يعرف`/`ما سمي`. Sentences written for these tests in the style of the
 * wires; `[[TYPE:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a straight mark never closed ends before the next cue's clause": [
    [
      'وأضاف [[PERSON:سامي الحداد]] "لاحظوا أن المعارضة خسرت في انتخابات البلديات كذلك، وقال منتقدا بشدة "هل هذا ذنبي أنا أيضا؟"',
      ["[سامي الحداد | أضاف] لاحظوا أن المعارضة خسرت في انتخابات البلديات كذلك", "[سامي الحداد | منتقدا] هل هذا ذنبي أنا أيضا؟"]
    ],
    [
      'وقال المصدر "إن المدرب يدرس العرض بعد تلقيه دعما من ثلاثة أندية من أصل ستة. مضيفا "إنه سيحسم قراره خلال الأسبوع المقبل".',
      ["[المصدر | قال] إن المدرب يدرس العرض بعد تلقيه دعما من ثلاثة أندية من أصل ستة", "[المصدر | مضيفا] إنه سيحسم قراره خلال الأسبوع المقبل"]
    ],
    [
      'ومضى [[PERSON:سامي الحداد]] قائلا "العصابات هي التي أوصلت المدينة إلى هذه الحال، واسترسل قائلا "لم تشهد المدينة مثل هذا الخراب من قبل".',
      ["[سامي الحداد | قائلا] العصابات هي التي أوصلت المدينة إلى هذه الحال", "[سامي الحداد | قائلا] لم تشهد المدينة مثل هذا الخراب من قبل"]
    ],
    // must not fire: the cue's own quote holds a term closed right after it (`"…"` nested, the outer mark closes last)
    [
      'وقال [[PERSON:سامي الحداد]] "التقيت الوزير أمس في مكتبه، وقال لي "سنساعدكم في كل شيء" ثم انصرف إلى اجتماعه".',
      ['[سامي الحداد | قال] التقيت الوزير أمس في مكتبه، وقال لي "سنساعدكم في كل شيء" ثم انصرف إلى اجتماعه']
    ],
    // must not fire: no verb or participle after the comma (since the forty-fourth session the mark before `تهدف`, spaced
    // before and glued after, followed by the paragraph's last mark, is a stray one: one quote to the end, `strayOpener`)
    [
      'وقال [[PERSON:سامي الحداد]] إن المطالب "غير واقعية، وهي "تهدف إلى المساس بسيادة البلاد".',
      ['[سامي الحداد | قال] غير واقعية، وهي "تهدف إلى المساس بسيادة البلاد']
    ]
  ],
  "a name in the words a participle opened is no subject of the next participle": [
    [
      'وأكد [[PERSON:سامي الحداد]] أن المقاومة ستنتصر.\n ومضى قائلا "عصابات [[PERSON:فهد السالم]] هي التي أوصلت المدينة إلى هذه الحال"، واسترسل قائلا "لم تشهد المدينة مثل هذا الخراب من قبل".',
      ["[سامي الحداد | قائلا] عصابات فهد السالم هي التي أوصلت المدينة إلى هذه الحال", "[سامي الحداد | قائلا] لم تشهد المدينة مثل هذا الخراب من قبل"]
    ],
    // must not fire: the person stands before the marks, in the clause of the participle
    [
      'وأكد [[PERSON:سامي الحداد]] أن المقاومة ستنتصر.\n وأشاد [[PERSON:فهد السالم]] بصمود الأهالي قائلا "لم تشهد المدينة مثل هذا الصمود من قبل".',
      ["[فهد السالم | قائلا] لم تشهد المدينة مثل هذا الصمود من قبل"]
    ]
  ],
  "a colon quote split at the next cue ends before the cue's sentence": [
    [
      'وقال المتحدث باسم الشرطة: "نقل المصاب إلى المستشفى ثم فارق الحياة بعد وصوله بدقائق.   وأضاف: "باشرت الجهات المختصة التحقيق في الحادث".',
      ["[المتحدث باسم الشرطة | قال] نقل المصاب إلى المستشفى ثم فارق الحياة بعد وصوله بدقائق", "[المتحدث باسم الشرطة | أضاف] باشرت الجهات المختصة التحقيق في الحادث"]
    ],
    // must not fire: a comma ends the quote, not a full stop (the cue stays in it as before)
    [
      'وقال المتحدث باسم الشرطة: "نقل المصاب إلى المستشفى ثم فارق الحياة بعد وصوله بدقائق، وأضاف: "باشرت الجهات المختصة التحقيق في الحادث".',
      ["[المتحدث باسم الشرطة | قال] نقل المصاب إلى المستشفى ثم فارق الحياة بعد وصوله بدقائق، وأضاف", "[المتحدث باسم الشرطة | أضاف] باشرت الجهات المختصة التحقيق في الحادث"]
    ]
  ],
  "a name in `“…”` inside a quote in `“…”`": [
    [
      'وقال مصدر في المقاومة “نفذ المقاتلون هجوما مفاجئا على مواقع المسلحين في بلدة “الوادي”، وسيطروا على موقعين بعد انسحاب المسلحين منها”. وأضاف: “قام الرجال بتمشيط المنطقة بالكامل”.',
      ["[مصدر في المقاومة | قال] نفذ المقاتلون هجوما مفاجئا على مواقع المسلحين في بلدة “الوادي”، وسيطروا على موقعين بعد انسحاب المسلحين منها", "[مصدر في المقاومة | أضاف] قام الرجال بتمشيط المنطقة بالكامل"]
    ],
    [
      'وقال [[PERSON:سامي الحداد]]: “حقق برنامج “الدار” نتائج كبيرة في تأهيل الأسر المحتاجة خلال الأعوام الماضية”.',
      ["[سامي الحداد | قال] حقق برنامج “الدار” نتائج كبيرة في تأهيل الأسر المحتاجة خلال الأعوام الماضية"]
    ],
    // must not fire: the next mark after the name opens another quote (spaced before it), so the name's `“` still closes
    [
      'وقال [[PERSON:سامي الحداد]] “حقق فريقنا الفوز في المباراة “الحاسمة” أمس. وأضاف “سنواصل العمل بالروح نفسها”.',
      ["[سامي الحداد | قال] حقق فريقنا الفوز في المباراة", "[سامي الحداد | أضاف] سنواصل العمل بالروح نفسها"]
    ]
  ],
  "a `«` before punctuation closes the open `«`": [
    [
      'وتضمن البيان الختامي للاجتماع «إدانة لقصف المدنيين العزل في كل المدن والقرى«. وأكد [[PERSON:سامي الحداد]] أن «الحل السياسي هو الطريق الوحيد للخروج من الأزمة».',
      ["[null | null] إدانة لقصف المدنيين العزل في كل المدن والقرى", "[سامي الحداد | أكد] الحل السياسي هو الطريق الوحيد للخروج من الأزمة"]
    ],
    [
      'وقال [[PERSON:سامي الحداد]] « المكان يذكرنا بالماضي الجميل لتاريخ المدينة وأهلها الطيبين «، بينما قدم آخرون شكرهم للبلدية على جهودها في الصيانة.',
      ["[سامي الحداد | قال] المكان يذكرنا بالماضي الجميل لتاريخ المدينة وأهلها الطيبين"]
    ],
    // must not fire: a `«` before a word opens a name inside the quote
    [
      'وقال [[PERSON:سامي الحداد]] «إن تنظيم «داعش» يخسر مواقعه في الشمال يوما بعد يوم».',
      ["[سامي الحداد | قال] إن تنظيم «داعش» يخسر مواقعه في الشمال يوما بعد يوم"]
    ]
  ],
  "a term after `ما يعرف` or `ما سمي` is no speech": [
    ['وقال [[PERSON:سامي الحداد]] إن لقاء نجله بالمحامية يعد نوعا من جمع المعلومات عن الخصم، أو ما يعرف في لغة السياسة "التنقيب في ملفات المنافسين".', []],
    ['وقال [[PERSON:سامي الحداد]] إن الحكومة تواجه منذ سنوات ما يطلق عليه "أزمة الثقة بين المواطن والدولة".', []],
    // must not fire: the verb with no `ما` before it, `ما` and a verb with its object pronoun
    ['وقال [[PERSON:سامي الحداد]] إن الحكومة تعرف "كل ما يدور في الكواليس السياسية".', ["[سامي الحداد | قال] كل ما يدور في الكواليس السياسية"]],
    ['وقال [[PERSON:سامي الحداد]] إن ما يعرفه الجميع "لا يحتاج إلى أي دليل إضافي".', ["[سامي الحداد | قال] لا يحتاج إلى أي دليل إضافي"]]
  ]
}

describeQuoteTables("Arabic finding: marks (forty-first session)", tables)

describe("the term verbs list (forty-first session)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("is required, described, with no form twice", () => {
    const file = decode(arFile)
    expect(file.termVerbs.description).toMatch(/session/)
    expect(new Set(file.termVerbs.forms).size).toBe(file.termVerbs.forms.length)
    const { termVerbs: _dropped, ...rest } = arFile
    expect(() => decode(rest)).toThrow(LexiconError)
  })
})
