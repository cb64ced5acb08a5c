import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A quote read over the terms quoted inside it (docs/history/quotes.md, "Fifty-first session: arinner"): a straight or
 * curly quote whose next mark opens a term of one to four words (spaced before, glued after, closed within four words)
 * runs over that term and the terms after it to the mark that closes it, or to the last term's closing mark when a
 * full stop and a new attribution (or the paragraph's end) follow it. Sentences written for these tests in the style
 * of the wires; `[[TYPE:text]]` marks become entities. Rows where the rule must not fire: a quote closed before the
 * pair, a quote left open before a new attribution, a mark after a colon (another speaker's words), no closing mark.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a quote runs over the terms quoted inside it": [
    // two terms, then the quote's own closing mark
    ['وقال [[PERSON:سامي الحداد]]: "خرجنا من البيت صباحا ومررنا بمسجد "الرحمة" في طريقنا ثم وصلنا إلى مكتب "النقل العام" وسلمنا الأوراق للموظف المختص هناك". وأضاف أن الإجراءات طويلة.', ['[سامي الحداد | قال] خرجنا من البيت صباحا ومررنا بمسجد "الرحمة" في طريقنا ثم وصلنا إلى مكتب "النقل العام" وسلمنا الأوراق للموظف المختص هناك']],
    // the last term's mark closes the quote too: a full stop and a new attribution follow it
    ['وقال [[PERSON:سامي الحداد]]: "رأيت سيارة "هاي لوكس" تسير بسرعة كبيرة في الشارع وسجلت رقم لوحتها "تحتفظ الصحيفة به"، وهي من نوع "تويوتا بيضاء".   وقال [[PERSON:سامي الحداد]]: إن الشرطة لم تتصل به بعد.', ['[سامي الحداد | قال] رأيت سيارة "هاي لوكس" تسير بسرعة كبيرة في الشارع وسجلت رقم لوحتها "تحتفظ الصحيفة به"، وهي من نوع "تويوتا بيضاء', "[سامي الحداد | قال] إن الشرطة لم تتصل به بعد"]],
    // curly marks written in reverse, ” … “X” … ”
    ['وأضاف [[PERSON:سامي الحداد]] قائلاً: ” لا شك أن الفريق قدم موسما جيدا ومن أفضل أعماله “ليالي الشتاء” الذي نجح على مستوى الخليج كله.”', ["[سامي الحداد | قائلاً] لا شك أن الفريق قدم موسما جيدا ومن أفضل أعماله “ليالي الشتاء” الذي نجح على مستوى الخليج كله"]],
    // a term after a complementizer inside the quote opens no new quote
    ['وقال [[PERSON:سامي الحداد]]: "وجدنا كل شيء تحت شجرة قديمة في الحديقة؛ لذلك نعلم أن "الكنز" دفن بعد الحرب بقليل".', ['[سامي الحداد | قال] وجدنا كل شيء تحت شجرة قديمة في الحديقة؛ لذلك نعلم أن "الكنز" دفن بعد الحرب بقليل']],
    // not after a colon: a quote after a speech verb with two terms in it
    ['وقال [[PERSON:سامي الحداد]] " إن اختيار "شركة الرواد" لهذا المشروع جاء بعد مناقصة دولية، وقد عرضت لمشروع "الواحة" أقل تكلفة بين العروض".', ['[سامي الحداد | قال] إن اختيار "شركة الرواد" لهذا المشروع جاء بعد مناقصة دولية، وقد عرضت لمشروع "الواحة" أقل تكلفة بين العروض']],
    // must not fire: the quote closed before the pair
    ['وقال [[PERSON:سامي الحداد]]: "الخطة ناجحة جدا حتى الآن" وأضاف أن الشركة "الوطنية" ستبدأ العمل الشهر المقبل.', ["[سامي الحداد | قال] الخطة ناجحة جدا حتى الآن"]],
    // must not fire: a quote left open before a sentence of a new attribution
    ['وقال [[PERSON:سامي الحداد]]: "الخطة ناجحة جدا حتى الآن. وأضاف مدير الشركة "الوطنية" أن العمل سيبدأ الشهر المقبل".', ["[سامي الحداد | قال] الخطة ناجحة جدا حتى الآن"]],
    // must not fire: a mark after a colon opens another speaker's words
    ['يقول القارئ [[PERSON:سامي الحداد]]: "الغرامة قليلة ولن تردع صاحب المطعم ولا غيره.   بدوره يتساءل القارئ "علي" عن اسم المطعم، فيما قال [[PERSON:خالد العمر]] قائلاً: "يابلاش".', ["[سامي الحداد | يقول] الغرامة قليلة ولن تردع صاحب المطعم ولا غيره.   بدوره يتساءل القارئ", "[خالد العمر | قائلاً] يابلاش"]],
    // must not fire: no mark closes the quote after the term (since the fifty-second session, helper arreport, the
    // quote never closed runs over the term to the paragraph's end, `termInOpenQuote`; before, `زرنا مدينة`)
    ['وقال [[PERSON:سامي الحداد]]: "زرنا مدينة "الورود" أمس ثم عدنا إلى الرياض ليلا', ['[سامي الحداد | قال] زرنا مدينة "الورود" أمس ثم عدنا إلى الرياض ليلا']]
  ]
}

describeQuoteTables("Arabic marks: a quote read over the terms quoted inside it (fifty-first session, helper arinner)", tables)
