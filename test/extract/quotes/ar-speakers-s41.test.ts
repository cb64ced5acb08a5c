import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers after the A76 and A77 readings (docs/history/quotes.md, "Forty-first session (helper, speakers)"): a
 * topic after `أما` with `فقد` or an apposition between commas names the new speaker; `إليه`/`إليها` after the verb is
 * no part of the subject; a short adverb (`فورا`) names nobody; the office of a person (`مكتب رئيس الوزراء X`) and an
 * indefinite spokesman for a person's post (`متحدث باسم نائب الرئيس، X`) speak, not the person. Sentences written for
 * these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

/** The quoted words of the rows. */
const W = { allies: "بلاده تقف مع حلفائها في المنطقة", plan: "الأحزاب اتفقت على برنامج مشترك للمرحلة", road: "نعلم أن الطريق طويل أمامنا", calm: "الوضع هادئ في المدينة" }
const V = { far: "الحل ليس قريبا كما يظن البعض", reform: "الاجتماع سيبحث خطة الإصلاح الجديدة", met: "لم يلتق بأي مسؤول أجنبي خلال الزيارة", night: "لم يرصد أي تحرك للقوات خلال الليل" }

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a topic after `أما` with `فقد` before the verb, or an apposition between commas (`subjectBeforeVerb`)": [
    [`وقال [[PERSON:دونالد ترامب]] للصحفيين إن "${W.allies}". أما رئيس الوزراء الكندي، فقد صرح للصحفيين بأن القرار أمر "غير مقبول على الإطلاق".`, [`[دونالد ترامب | قال] ${W.allies}`, "[رئيس الوزراء الكندي | صرح] غير مقبول على الإطلاق"]],
    [`وقال [[PERSON:هادي البحرة]] «${W.road}». أما سمير داود، عضو الهيئة السياسية للتحالف، فقال إن «${W.plan}».`, [`[هادي البحرة | قال] ${W.road}`, `[سمير داود | قال] ${W.plan}`]],
    [`وقال [[PERSON:هادي البحرة]] «${W.road}». أما عضو الهيئة السياسية للتحالف، [[PERSON:سمير داود]]، فقال إن «${W.plan}».`, [`[هادي البحرة | قال] ${W.road}`, `[سمير داود | قال] ${W.plan}`]],
    // must stay: a time after `أما` (no subject), `فقد` with no `أما`
    [`وقال [[PERSON:سالم العبيدي]] «${W.calm}». أما بعد الاجتماع، فقد أكد أن «${V.far}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | أكد] ${V.far}`]],
    [`وقال [[PERSON:سالم العبيدي]] «${W.calm}». وفي الاجتماع، فقد أكد أن «${V.far}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | أكد] ${V.far}`]]
  ],
  "`إليه`, `إليها` after the verb, no part of its subject (`prepPronouns`)": [
    [`ثمة رأي آخر أشار إليه الوزير، وهو أن «${V.far}».`, [`[الوزير | أشار] ${V.far}`]],
    [`وقال [[PERSON:سالم العبيدي]] «${W.calm}»، وأشار إليه في حديثه إلى أن «${V.far}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | أشار] ${V.far}`]],
    // must stay: a tagged name after it
    [`ثمة رأي آخر أشار إليه [[PERSON:العبيدي]]، وهو أن «${V.far}».`, [`[العبيدي | أشار] ${V.far}`]]
  ],
  "a short adverb after the verb names nobody (`bareAdverbs`)": [
    [`وقال [[PERSON:سالم العبيدي]] «${W.calm}». لكنه يضيف فورا أنه بتقديره «${V.far}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | يضيف] ${V.far}`]],
    // must stay: a one-word name of four letters
    [`وقال فراس إن «${V.far}».`, [`[فراس | قال] ${V.far}`]]
  ],
  "the office of a person (`officeOfPerson`)": [
    [`وقال مكتب رئيس الوزراء [[PERSON:سالم العبيدي]] في بيان إن «${V.reform}».`, [`[مكتب رئيس الوزراء سالم العبيدي | قال] ${V.reform}`]],
    [`وقال مكتب [[PERSON:سالم العبيدي]] في بيان إن «${V.reform}».`, [`[مكتب سالم العبيدي | قال] ${V.reform}`]],
    // must stay: the person who heads an office, an office whose words before the name hold no post, a body's office
    [`وقال [[PERSON:سالم العبيدي]] مدير مكتب الوكالة في العاصمة إن «${W.calm}».`, [`[سالم العبيدي | قال] ${W.calm}`]],
    [`وقال مكتب الادعاء العام في قضية [[PERSON:سالم العبيدي]] إن «${W.calm}».`, [`[مكتب الادعاء العام | قال] ${W.calm}`]],
    [`وقال مكتب التحقيقات الاتحادي إن [[PERSON:سالم العبيدي]] «لم يرتكب أي مخالفة للقانون».`, ["[مكتب التحقيقات الاتحادي | قال] لم يرتكب أي مخالفة للقانون"]]
  ],
  "an indefinite spokesman for a person's post and its holder named (`spokesmanOfPost`)": [
    [`وقال متحدث باسم وزير الخارجية، [[PERSON:سالم العبيدي]]، إن الوزير "${V.met}".`, [`[متحدث باسم وزير الخارجية | قال] ${V.met}`]],
    [`وقال متحدث باسم وزير الخارجية الإيطالي [[PERSON:سالم العبيدي]] إن الوزير "${V.met}".`, [`[متحدث باسم وزير الخارجية الإيطالي | قال] ${V.met}`]],
    [`وقال متحدث باسم الفريق القانوني للرئيس الأمريكي، [[PERSON:سالم العبيدي]]، إن الرئيس "${V.met}".`, [`[متحدث باسم الفريق القانوني للرئيس الأمريكي | قال] ${V.met}`]],
    // must stay: the definite spokesman and his name, a body's spokesman and his name, the person right after `باسم`
    [`وقال المتحدث باسم الرئيس الأمريكي، [[PERSON:سالم العبيدي]]، إن الرئيس "${V.met}".`, [`[سالم العبيدي | قال] ${V.met}`]],
    [`وقال متحدث باسم هيئة الأركان المشتركة، [[PERSON:سالم العبيدي]]، إن الجيش "${V.night}".`, [`[سالم العبيدي | قال] ${V.night}`]],
    [`وقالت متحدثة باسم [[PERSON:سالم العبيدي]] إن الوزير "${V.met}".`, [`[متحدثة باسم سالم العبيدي | قالت] ${V.met}`]]
  ]
}

describeQuoteTables("Arabic speakers (forty-first session): new topics, offices and spokesmen, words that name nobody", tables)
