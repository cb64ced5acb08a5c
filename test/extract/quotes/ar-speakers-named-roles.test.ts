import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic role, document and epithet phrases whose person the text names (docs/history/quotes.md, "Thirty-seventh
 * session (helper, named roles)"): a role whose body after `في` is a long untagged name (`للدفاع عن …` inside it) or
 * places joined by `و`, and the person named at the chain's end; an untagged name before a post in apposition; a tweet and the name of one person of the document (`حسب تغريدة X`); a former
 * epithet (`نجم <club> السابق`) that no speaker just before holds, for the one person described before with its noun.
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const PRICES = "الأسعار ارتفعت بنسبة كبيرة خلال الشهر الماضي"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a role chain with an untagged body after `في` and the person at its end": [
    [`وقال مدير برنامج الرصد في الجمعية الوطنية للدفاع عن المستهلكين [[PERSON:سامي الخطيب]] إن "${PRICES}".`, [`[سامي الخطيب | قال] ${PRICES}`]],
    // a first name the entity stage left out before the surname it tagged
    [`وقال منسق الحملة في المنظمة العربية لحماية المستهلك فادي [[PERSON:أبو زيد]] إن "${PRICES}".`, [`[أبو زيد | قال] ${PRICES}`]],
    // places or bodies the entity stage tagged, joined by `و` and a noun in construct
    [`وقال مدير الصندوق في [[LOCATION:آسيا الوسطى]] وجنوب [[LOCATION:القوقاز]] [[PERSON:أندريه كوفاليف]]، "${PRICES}".`, [`[أندريه كوفاليف | قال] ${PRICES}`]],
    // must stay: another party after `مع`, a meeting (no body's noun after في), a word of time after the place
    [`وقال مدير برنامج الرصد في الجمعية الوطنية مع [[PERSON:سامي الخطيب]] إن "${PRICES}".`, [`[مدير برنامج الرصد | قال] ${PRICES}`]],
    [`وقال مدير برنامج الرصد في الاجتماع الطارئ للدفاع عن المستهلكين [[PERSON:سامي الخطيب]] إن "${PRICES}".`, [`[مدير برنامج الرصد | قال] ${PRICES}`]],
    [`وقال مدير الصندوق في [[LOCATION:آسيا الوسطى]] وجنوب [[LOCATION:القوقاز]] أمس [[PERSON:أندريه كوفاليف]]، "${PRICES}".`, [`[مدير الصندوق | قال] ${PRICES}`]]
  ],
  "an untagged name and a post in apposition after it": [
    [`وقال سالم باحميد وزير الموانئ اليمني إن "${PRICES}".`, [`[سالم باحميد | قال] ${PRICES}`]],
    [`وقالت هند قعوار رئيسة مركز الدراسات الاقتصادية إن "${PRICES}".`, [`[هند قعوار | قالت] ${PRICES}`]],
    // must stay: a body's noun before the post, one word before it, a post first
    [`وقال مكتب رئيس الوزراء إن "${PRICES}".`, [`[مكتب رئيس الوزراء | قال] ${PRICES}`]],
    [`وقال نائب وزير الاقتصاد إن "${PRICES}".`, [`[نائب وزير الاقتصاد | قال] ${PRICES}`]]
  ],
  "a tweet and one word of a person's name": [
    [`وكان [[PERSON:كريم الساعدي]] قد أعلن استقالته من القناة. وقرر الانسحاب من الإدارة «لأن الظروف لم تعد تسمح بالعمل»، حسب تغريدة الساعدي على موقع تويتر.`, ["[كريم الساعدي | حسب] لأن الظروف لم تعد تسمح بالعمل"]],
    // must stay: two people of that name
    [`وكان [[PERSON:كريم الساعدي]] و[[PERSON:علي الساعدي]] قد أعلنا استقالتهما من القناة. وقرر أحدهما الانسحاب من الإدارة «لأن الظروف لم تعد تسمح بالعمل»، حسب تغريدة الساعدي على موقع تويتر.`, ["[تغريدة الساعدي | حسب] لأن الظروف لم تعد تسمح بالعمل"]]
  ],
  "a report's writer past the writer's own report": [
    [`ونطالع في صحيفة التايمز تقريرا أعده [[PERSON:جون ماركس]] عن الشرطة في الريف.\n"كانت القرية هادئة"، هكذا يبدأ الكاتب تقريره.\nويحارب الشرطيون "حربا ليست حربهم"، كما يقول معد التقرير.`, ["[جون ماركس | يقول] حربا ليست حربهم"]],
    // must stay: an article named with no writer before the phrase
    [`ونطالع في صحيفة التايمز تقريرا أعده [[PERSON:جون ماركس]] عن الشرطة في الريف.\nونقرأ في صحيفة الغارديان مقالا عن الانتخابات.\nويحارب الشرطيون "حربا ليست حربهم"، كما يقول معد التقرير.`, ["[معد التقرير | يقول] حربا ليست حربهم"]]
  ],
  "a former epithet for the one person described before with its noun": [
    [`قال نجم كرة السلة الأمريكي [[PERSON:مايك جونسون]] إنه سعيد بالانتقال.\nوانضم اللاعب إلى النادي في صفقة قياسية هذا الصيف.\nوأكد نجم ليكرز السابق، البالغ من العمر 28 عاما، أن الصفقة لا تمثل "عبئا كبيرا" على النادي.`, ["[مايك جونسون | أكد] عبئا كبيرا"]],
    // must stay: two people described with the noun
    [`قال نجم كرة السلة الأمريكي [[PERSON:مايك جونسون]] إنه سعيد بالانتقال مع نجم الدفاع [[PERSON:توني باركر]].\nوانضم اللاعبان إلى النادي في صفقة قياسية هذا الصيف.\nوأكد نجم ليكرز السابق، البالغ من العمر 28 عاما، أن الصفقة لا تمثل "عبئا كبيرا" على النادي.`, ["[نجم ليكرز السابق | أكد] عبئا كبيرا"]]
  ]
}

describeQuoteTables("Arabic roles, documents and epithets with their person named (thirty-seventh session)", tables)
