import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Pull quotes (docs/history/quotes.md, "Thirty-first session (helper, Arabic finding)"): a headline or a subheading
 * that is a quote in marks, with no speech verb in its line. Its speaker is the speaker of the body's quote that
 * repeats most of its words, else the person its line names right before the marks; with neither it is no quote.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities; paragraphs
 * are lines. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a subheading the body repeats": [
    [
      'الوزير يرد على منتقديه\n"لن نتراجع عن القرار"\nوقال الوزير [[PERSON:سامي الحداد]] للصحفيين: «لن نتراجع عن القرار مهما كانت الضغوط».',
      ["[سامي الحداد | null] لن نتراجع عن القرار", "[سامي الحداد | قال] لن نتراجع عن القرار مهما كانت الضغوط"]
    ],
    // the body's words with clitics (`بالرجل`, `للمدينة`) and a quote before the subheading
    [
      'وأكد المدرب [[PERSON:متعب العلي]] أنه "ليس بالرجل المناسب للمدينة في هذه المرحلة".\n«ليس الرجل المناسب للمدينة»\nوشهدت المدينة احتجاجات واسعة.',
      ["[متعب العلي | أكد] ليس بالرجل المناسب للمدينة في هذه المرحلة", "[متعب العلي | null] ليس الرجل المناسب للمدينة"]
    ],
    // must not fire: the text's first line (a column's title), a list's star before the marks (books a feature lists),
    // the body repeats half of the words only, a line with a speech verb
    ['"لن نتراجع عن القرار"\nوقال الوزير [[PERSON:سامي الحداد]] للصحفيين: «لن نتراجع عن القرار مهما كانت الضغوط».', ["[سامي الحداد | قال] لن نتراجع عن القرار مهما كانت الضغوط"]],
    ['تقرير الأسبوع\n* «سنعيد بناء الفريق»\nوقال [[PERSON:سامي الحداد]]: «سنعيد بناء الفريق من جديد».', ["[سامي الحداد | قال] سنعيد بناء الفريق من جديد"]],
    ['تقرير الأسبوع\n"مؤشر سيء للبلاد كلها"\nورأى المصمم [[PERSON:أناند بوشان]] أن الحكومة "تحاول الاستفادة من البلاد".', ["[أناند بوشان | رأى] تحاول الاستفادة من البلاد"]],
    ['وقال [[PERSON:سامي الحداد]] "لن نقبل بأي تسوية"\nوشهدت العاصمة احتجاجات.', ["[سامي الحداد | قال] لن نقبل بأي تسوية"]]
  ],
  "a headline that names its speaker": [
    [
      '[[PERSON:دونالد ترامب]] "سيسلم شركاته لأبنائه" قبل دخول البيت الأبيض - BBC Arabic\nأعلن الرئيس المنتخب أنه سيترك إدارة شركاته.',
      ["[دونالد ترامب | null] سيسلم شركاته لأبنائه"]
    ],
    ['[[PERSON:سامي الحداد]] «لن نقبل بأي تسوية»\nوشهدت العاصمة احتجاجات واسعة.', ["[سامي الحداد | null] لن نقبل بأي تسوية"]],
    // must not fire: a colon after the person (a column's writer and its title), words between the person and the
    // marks, a place before the colon, a name in marks, two words
    ['[[PERSON:سامي الحداد]]: "لن نقبل بأي تسوية"\nوشهدت العاصمة احتجاجات واسعة.', []],
    ['[[PERSON:سامي الحداد]] يدشن مهرجان "صيف المدينة الكبير"\nوشهدت العاصمة احتجاجات.', []],
    ['[[LOCATION:القاهرة]]: «الشرق الأوسط أونلاين»\nوشهدت العاصمة احتجاجات.', []],
    ['[[PERSON:سامي الحداد]] «[[ORGANIZATION:نادي الشباب الرياضي]]»\nوشهدت العاصمة احتجاجات.', []],
    ['[[PERSON:سامي الحداد]] «اتفاق أفضل»\nوشهدت العاصمة احتجاجات.', []]
  ],
  "a line in marks with no speaker is no quote": [
    // a column's title, a book's title after a noun, a long line
    ["زاوية الأسبوع\n«عجائب يا زمن الغرائب»\nيكتبها الكاتب في كل أسبوع عن المدينة.", []],
    ["صدر كتاب «الحرب الباردة الثانية» للكاتب\nوشهدت العاصمة احتجاجات.", []],
    [
      '[[PERSON:سامي الحداد]] "سيسلم شركاته لأبنائه" قبل دخول البيت الأبيض في الأعوام الأربعة المقبلة بعد فوزه في الانتخابات التي جرت الأسبوع الماضي\nوشهدت العاصمة احتجاجات.',
      []
    ]
  ]
}

describeQuoteTables("Arabic finding: pull quotes in headlines and subheadings", tables)
