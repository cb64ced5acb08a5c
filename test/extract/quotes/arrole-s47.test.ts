import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { describeQuoteTables, parseMarked, type QuoteRow } from "./marked.js"

/**
 * The forty-seventh session's rules of the arrole helper (docs/history/quotes.md, "Forty-seventh session: arrole"): a
 * role's speaker phrase and the person the text names as its holder. A titled name and its comma close a role's long
 * description before the complementizer (`nameClosingDescription`); an honorific noun before a post's noun is no word
 * of the role (`honorificNouns`); a post in construct with a body right after the verb that opens a participle's
 * clause is the person named before with that role (`postHolderOverBody`); a phrase that stopped inside the entity
 * stage's role of a person goes on to that person (`holderClosingRole`); a chain of bare nouns ending in a place is a
 * definite role (`roleHolderBefore`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]`
 * marks become entities, `[[PERSON:name|role]]` gives the entity stage's role. Each table has rows where the rule
 * must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a titled name and its comma close a role's long description": [
    [
      'وأكد قائد اللواء الخامس المسؤول عن حماية المعابر مع [[LOCATION:الأردن]] العميد [[PERSON:سامر الحداد]]، أن «الوضع على الحدود هادئ تماما منذ أسابيع».',
      ["[سامر الحداد | أكد] الوضع على الحدود هادئ تماما منذ أسابيع"]
    ],
    [
      'وقال مدير الفرع المسؤول عن المشاريع في المنطقة الشرقية المهندس [[PERSON:ناصر الدوسري]]، إن «العمل يسير وفق الخطة المرسومة له».',
      ["[ناصر الدوسري | قال] العمل يسير وفق الخطة المرسومة له"]
    ],
    // must not fire: no title before the name
    [
      'وأكد قائد اللواء الخامس المسؤول عن حماية المعابر مع [[LOCATION:الأردن]] [[PERSON:سامر الحداد]]، أن «الوضع على الحدود هادئ تماما منذ أسابيع».',
      ["[قائد اللواء الخامس المسؤول | أكد] الوضع على الحدود هادئ تماما منذ أسابيع"]
    ],
    // must not fire: a word between the comma and the complementizer
    [
      'وأكد قائد اللواء الخامس المسؤول عن حماية المعابر مع [[LOCATION:الأردن]] العميد [[PERSON:سامر الحداد]]، أمس، أن «الوضع على الحدود هادئ تماما منذ أسابيع».',
      ["[قائد اللواء الخامس المسؤول | أكد] الوضع على الحدود هادئ تماما منذ أسابيع"]
    ]
  ],
  "an honorific noun before a post's noun is no word of the role": [
    [
      'نقل مدير [[ORGANIZATION:الأمن العام]] الفريق [[PERSON:فهد الراشد|مدير الأمن العام الفريق]] تحيات القيادة إلى المصابين. وقال معالي مدير [[ORGANIZATION:الأمن العام]]: «نحن جميعا في خدمة الوطن وأبنائه».',
      ["[فهد الراشد | قال] نحن جميعا في خدمة الوطن وأبنائه"]
    ],
    // must not fire: a name after the honorific and a title
    ['وقال سمو الأمير [[PERSON:فيصل بن خالد]] إن المنطقة «تشهد نهضة كبيرة في كل المجالات».', ["[فيصل بن خالد | قال] تشهد نهضة كبيرة في كل المجالات"]],
    // must not fire: nobody named before with the role, the post's phrase stays (as without the honorific)
    [
      'وقال معالي مدير [[ORGANIZATION:الأمن العام]]: «نحن جميعا في خدمة الوطن وأبنائه».',
      ["[مدير الأمن العام | قال] نحن جميعا في خدمة الوطن وأبنائه"]
    ]
  ],
  "a post over a body opening a participle's clause is the person named with that role": [
    [
      'نقل مدير [[ORGANIZATION:الأمن العام]] الفريق [[PERSON:فهد الراشد|مدير الأمن العام الفريق]] تحيات القيادة إلى المصابين. ووجه معالي مدير [[ORGANIZATION:الأمن العام]] رسالة إلى المواطنين قائلاً: نحن جميعا في خدمة الوطن.',
      ["[فهد الراشد | قائلاً] نحن جميعا في خدمة الوطن"]
    ],
    [
      'نقل مدير [[ORGANIZATION:الأمن العام]] الفريق [[PERSON:فهد الراشد|مدير الأمن العام الفريق]] تحيات القيادة إلى المصابين. ووجه مدير [[ORGANIZATION:الأمن العام]] رسالة إلى المواطنين قائلاً: نحن جميعا في خدمة الوطن.',
      ["[فهد الراشد | قائلاً] نحن جميعا في خدمة الوطن"]
    ],
    // must not fire: nobody named before with the role, the body stays
    [
      'ووجه مدير [[ORGANIZATION:الأمن العام]] رسالة إلى المواطنين قائلاً: نحن جميعا في خدمة الوطن.',
      ["[الأمن العام | قائلاً] نحن جميعا في خدمة الوطن"]
    ]
  ],
  "a phrase that stopped inside the entity stage's role goes on to the person": [
    [
      'من جهته، قال مدير التنسيق والمتابعة في سوق عكاظ [[PERSON:فهد الحارثي|مدير التنسيق والمتابعة في سوق عكاظ]]: "البرنامج سيشمل أمسيات شعرية كثيرة".',
      ["[فهد الحارثي | قال] البرنامج سيشمل أمسيات شعرية كثيرة"]
    ],
    [
      'ويرى أستاذ العلاقات الدولية في الجامعة الأردنية د. [[PERSON:سامر العبادي|أستاذ العلاقات الدولية في الجامعة الأردنية]] أن المنطقة تمر بمرحلة صعبة. وقال: لا تستطيع دولة صغيرة أن تواجه ذلك منفردة.',
      ["[سامر العبادي | قال] لا تستطيع دولة صغيرة أن تواجه ذلك منفردة"]
    ],
    // must not fire: the entity stage read another role for the person (with words between the name and the colon;
    // right before the colon the name closes the role's chain and is its holder whatever role the entity stage read:
    // `nameClosingChain`, fifty-fourth session, helper arphrase, the second row)
    [
      'من جهته، قال مدير التنسيق والمتابعة في سوق عكاظ [[PERSON:فهد الحارثي|رئيس اللجنة]] للصحفيين: "البرنامج سيشمل أمسيات شعرية كثيرة".',
      ["[مدير التنسيق والمتابعة | قال] البرنامج سيشمل أمسيات شعرية كثيرة"]
    ],
    [
      'من جهته، قال مدير التنسيق والمتابعة في سوق عكاظ [[PERSON:فهد الحارثي|رئيس اللجنة]]: "البرنامج سيشمل أمسيات شعرية كثيرة".',
      ["[فهد الحارثي | قال] البرنامج سيشمل أمسيات شعرية كثيرة"]
    ]
  ],
  "a chain of bare nouns ending in a place is a definite role": [
    [
      'قام [[PERSON:سالم عبده|مستشار محافظ أسيوط لشؤون الإعاقة]] مستشار محافظ [[LOCATION:أسيوط]] لشؤون الإعاقة بزيارة المقابر. وقال مستشار محافظ [[LOCATION:أسيوط]]: "إن ما فعلته كان لأخذ العبرة من الموت".',
      ["[سالم عبده | قال] إن ما فعلته كان لأخذ العبرة من الموت"]
    ],
    // must not fire: nobody named before with the role, the phrase stays
    [
      'قام [[PERSON:سالم عبده]] بزيارة المقابر. وقال مستشار محافظ [[LOCATION:أسيوط]]: "إن ما فعلته كان لأخذ العبرة من الموت".',
      ["[مستشار محافظ أسيوط | قال] إن ما فعلته كان لأخذ العبرة من الموت"]
    ]
  ]
}

describeQuoteTables("Arabic roles and the persons named as their holders (forty-seventh session, arrole)", tables)

describe("linear time (arrole, forty-seventh session)", () => {
  const time = (marked: string): number => {
    const { text, entities } = parseMarked(marked)
    const t0 = performance.now()
    extractQuotes(text, { entities })
    return performance.now() - t0
  }
  it("roles stopped before many titles and persons stay linear", () => {
    const unit = "وقال مدير الفرع في المنطقة العميد الدكتور [[PERSON:سامر الحداد|مدير الفرع في]]، المهندس، "
    const small = unit.repeat(50) + 'أن «الوضع هادئ تماما».'
    const big = unit.repeat(1000) + 'أن «الوضع هادئ تماما».'
    time(small)
    const a = time(small)
    const b = time(big)
    expect(b / Math.max(a, 1)).toBeLessThan(20 * 20)
  })
})
