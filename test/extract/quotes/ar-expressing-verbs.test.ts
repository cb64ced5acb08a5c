import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Session 24 (docs/history/quotes.md, "Twenty-fourth session (helper)"): a verb of expressing (`أعرب`, `عبّر`, past and present;
 * `expressVerbs` in src/lexicons/quotes/ar.json) with a named subject, or with `فيه`/`فيها` after it and a document
 * named before it, quotes its subject's words in marks of two words or more right after `عن`; and a verb that is also a
 * noun (`وصف`, `أعرب`) is a verb after any word when `فيه`/`فيها` follows it (`بيانا وصفت فيه …`), its phrase after
 * `فيه` the object of a verb of describing. Sentences written for these tests in the style of the wires;
 * `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "marks right after عن after a verb of expressing and a named subject": [
    [
      'وأعرب [[ORGANIZATION:الاتحاد الخليجي]] مساء الأحد عن "انزعاجه الشديد" من تعثر المفاوضات.',
      ['[الاتحاد الخليجي | أعرب] انزعاجه الشديد']
    ],
    [
      'وأعرب وزير الخارجية [[PERSON:سامي الخطيب]] عن "قلقه الشديد من الخطة الجديدة" أمام الناخبين.',
      ['[سامي الخطيب | أعرب] قلقه الشديد من الخطة الجديدة']
    ],
    [
      'وعبرت [[ORGANIZATION:منظمة الإغاثة الدولية]] عن "أسفها العميق" لتأخر المساعدات.',
      ['[منظمة الإغاثة الدولية | عبرت] أسفها العميق']
    ],
    [
      'وتعبر [[ORGANIZATION:منظمة الإغاثة الدولية]] عن "أسفها لتأخر القوافل" منذ أسابيع.',
      ['[منظمة الإغاثة الدولية | تعبر] أسفها لتأخر القوافل']
    ]
  ],
  "a verb of expressing or describing with فيه after a document named before it": [
    [
      'وأصدرت [[ORGANIZATION:رابطة الموانئ]] بيانا عبرت فيه عن "خيبة أملها الكبيرة" بسبب الإضراب.',
      ['[رابطة الموانئ | عبرت] خيبة أملها الكبيرة']
    ],
    [
      'وألقى [[PERSON:سامي الخطيب]] كلمة في الحفل عبر فيها عن "امتنانه العميق" للمتطوعين.',
      ['[سامي الخطيب | عبر] امتنانه العميق']
    ],
    [
      'وأصدر [[PERSON:سامي الخطيب]] بيانا أعرب فيه عن "قلقه الشديد من الخطة الجديدة" أمام الناخبين.',
      ['[سامي الخطيب | أعرب] قلقه الشديد من الخطة الجديدة']
    ],
    [
      'وألقى [[PERSON:سامي الخطيب]] خطابا في المدينة وصف فيه خصمه بأنه "مرشح ضعيف" أمام الناخبين.',
      ['[سامي الخطيب | وصف] مرشح ضعيف']
    ],
    [
      'وأصدر [[PERSON:سامي الخطيب]] بيانا وصف فيه الخطة بأنها "مجرد حبر على ورق" أمام الناخبين.',
      ['[سامي الخطيب | وصف] مجرد حبر على ورق']
    ]
  ],
  "no named subject, عبر the preposition, marks not right after عن, a name: no quote": [
    ['وأعرب المشاركون في الورشة عن "سعادتهم الكبيرة" بالتنظيم.', []],
    ['وأعرب عن "ارتياحه التام" لسير الانتخابات.', []],
    ['وأصدرت اللجنة بيانا عبرت فيه عن "خيبة أملها الكبيرة" بسبب الإضراب.', []],
    ['ونشرت [[ORGANIZATION:هيئة النقل العام]] الجدول الجديد عبر "منصة المسافر" الإلكترونية.', []],
    ['وأعرب [[PERSON:سامي الخطيب]] عن فخره بمشاركة "مخابز الريف" في البرنامج.', []],
    ['وعبرت [[PERSON:نورة العتيبي]] عن شكرها لفريق "نبض الحي" على جهوده.', []],
    ['ويعبر [[PERSON:سامي الخطيب]] عن "[[ORGANIZATION:رابطة الصيادين]]" في المفاوضات.', []],
    // (a verb read as one only for its فيه, with no issuer of the document named: no cue, the phrase after it no speaker)
    ['وفي الشهر الماضي ألقى خطابا أمام أنصاره وصف فيه [[LOCATION:الجنوب]] بأنه "منطقة منسية تماما" في رأيه.', []],
    ['وقدمت الفرقة عرضا بعنوان "ليالي الصيف" عبر فيه الممثلون عن "فرحة العيد" أمام الجمهور.', []]
  ]
}

describeQuoteTables("session 24: marks after verbs of expressing, and verbs with فيه after a document", tables)
