import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Cues that are no plain speech verb (docs/history/quotes.md, "Fortieth session (helper, nouncues)"): a verb of charging
 * that reaches its subject's words through a verbal noun glued to ب (`واتهمت X Y بالتصرف بطريقة «…»`), and a
 * first-person verb of saying before its addressee and a colon (`فقلت له: …`). Sentences
 * written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where
 * the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of charging reaches marks through a verbal noun glued to ب": [
    ['واتهمت [[ORGANIZATION:منظمة العفو الدولية]] الشرطة بالتصرف بطريقة "تخالف كل المعايير المهنية" خلال الاحتجاجات.', ["[منظمة العفو الدولية | اتهمت] تخالف كل المعايير المهنية"]],
    ['وطالب [[PERSON:سامي الحداد]] الحكومة بمراجعة "القرارات التي صدرت على عجل" في الأسبوع الماضي.', ["[سامي الحداد | طالب] القرارات التي صدرت على عجل"]],
    ['واتهمت [[LOCATION:كندا]] السفينة بالإبحار بطريقة "تهدد سلامة الملاحة في المضيق" مساء الأحد.', ["[كندا | اتهمت] تهدد سلامة الملاحة في المضيق"]],
    ['ووعد [[PERSON:خالد العمري]] بتحقيق «نهضة شاملة في التعليم والصحة» خلال ولايته الثانية.', ["[خالد العمري | وعد] نهضة شاملة في التعليم والصحة"]],
    // must not fire: two words (a term as often as speech), a demonstrative subject before the named object, a
    // preposition of the verb before the noun (the noun then is no charge), the noun too far from the marks
    ['واتهم [[PERSON:خالد العمري]] المعارضة بإثارة "الفوضى المتعمدة" في الشارع.', []],
    ['واتهم [[LOCATION:الأردن]] الجماعة بالوقوف وراء "عمليات تهريب السلاح عبر الحدود" منذ أشهر.', []],
    ['واتهمت تلك الأحزاب [[PERSON:خالد العمري]] بالضلوع في "تزوير نتائج الانتخابات البلدية" العام الماضي.', []],
    ['وحث [[PERSON:سامي الحداد]] الدول على الاعتراف بدولة فلسطين "كخطوة تعيد الأمل إلى المنطقة كلها".', []],
    ['واتهم [[PERSON:سامي الحداد]] الشركة بالتقصير في حق العمال منذ سنوات "طويلة مرت دون أي تعويض".', []]
  ],
  "a first-person verb with its addressee and a colon: the narrator's words, no speaker": [
    ['وقال لي [[PERSON:سامي الحداد]]: هل ستحضرين الحفل؟ فقلت له: سأحضر إن سمح وقتي بذلك. ثم غادر المكان.', ["[سامي الحداد | قال] هل ستحضرين الحفل؟", "[null | قلت] سأحضر إن سمح وقتي بذلك"]],
    ['ولمن شكك في نوايانا وأقول لهم جميعا: لقد أخطأتم في الحكم علينا. والأيام ستثبت ذلك.', ["[null | أقول] لقد أخطأتم في الحكم علينا"]],
    ['كنت أسير مع الصديق "[[PERSON:سامي الحداد]]"، فقلت له: إن المدينة تغيرت كثيرا. فضحك طويلا.', ["[null | قلت] إن المدينة تغيرت كثيرا"]],
    // must not fire: no addressee (قلّت, "became few"), a bare form inside another speaker's words, a first-person
    // verb right after another speaker's colon (a narration he tells)
    ['وقلت أعداد الزوار: في الصيف بسبب الحر الشديد.', []],
    ['ويقول [[PERSON:سامي الحداد]]: لم يكن هناك وقت للراحة. قلت لزوجتي أن تنتظر قليلا.', ["[سامي الحداد | يقول] لم يكن هناك وقت للراحة. قلت لزوجتي أن تنتظر قليلا"]],
    ['قال [[PERSON:سامي الحداد]]: فقلت: يا صديقي لا تفعل ذلك أبدا.', ["[سامي الحداد | قال] فقلت: يا صديقي لا تفعل ذلك أبدا"]]
  ]
}

describeQuoteTables("Arabic finding: cues that are no plain speech verb (fortieth session)", tables)
