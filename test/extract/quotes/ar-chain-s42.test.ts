import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers through the chain after the A78 and A79 readings (docs/history/quotes.md, "Forty-second session
 * (helper, chain)"): a participle's subject named after a lead phrase past six tokens of its sentence, and a verb's
 * subject after a post and nouns in construct with it (`من جهته، هنأ رئيس حزب Y X، …، معتبرا`); a verb with no subject
 * two sentences after the one that named it (`لكن X يقف … . وأمس، كان يرفض … . وشدد على «…»`); `أيضا` alone after a
 * verb that opens its sentence, and `منذ` opening a lead phrase (`ومنذ …، أصبحت X …`); the object after ب as no
 * subject (`فيما طالب بإيجاد …، مضيفا`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]`
 * marks become entities.
 */

/** The quoted words of the rows. */
const W = { calm: "الوضع هادئ في المدينة", serve: "المشروع سيخدم آلاف السكان كل يوم", trade: "الطريق الجديد سيختصر وقت الرحلة إلى النصف" }
const V = { budget: "الحكومة ملتزمة بخفض العجز هذا العام", price: "لا نطلب أرضا مجانية بل بأسعار معقولة", leave: "أمنح الموظفين إجازات حين يحتاجون إليها", start: "البداية كانت صعبة على الجميع" }

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a participle's subject after a lead phrase and its comma, past six tokens of the sentence (`clauseSubject`)": [
    [`وقال [[PERSON:سالم العبيدي]]، الأمين العام للاتحاد، إن «${W.calm}». من جهته، هنأ رئيس حزب [[ORGANIZATION:التجمع الوطني]] [[PERSON:رامي فرحات]]، أهالي المدينة والمحافظ [[PERSON:خالد منصور]]، على افتتاح الجسر، معتبرا أن «${W.serve}». كما أكد أن «${W.trade}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[رامي فرحات | معتبرا] ${W.serve}`, `[رامي فرحات | أكد] ${W.trade}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}». وفي السياق ذاته، رحب نائب رئيس الغرفة التجارية [[PERSON:رامي فرحات]] بالوفد والمحافظ [[PERSON:خالد منصور]]، قائلا إن «${W.serve}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[رامي فرحات | قائلا] ${W.serve}`]],
    // must stay: no name within six tokens of the verb (the chain's), and no lead phrase (six tokens from the start)
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}». من جهته، هنأ الاتحاد الرياضي للجامعات أعضاء الفريق الوطني ومدربه [[PERSON:رامي فرحات]] و[[PERSON:خالد منصور]]، معتبرا أن «${W.serve}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | معتبرا] ${W.serve}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}». وهنأ الاتحاد الرياضي للجامعات الفريق الوطني ومدربه [[PERSON:رامي فرحات]] و[[PERSON:خالد منصور]]، معتبرا أن «${W.serve}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | معتبرا] ${W.serve}`]]
  ],
  "a verb's subject after a post and nouns in construct with it (`subjectAfterVerb`), and a verb written with a final أ (`hamzaEnd`)": [
    [`وقال [[PERSON:سالم العبيدي]]، الأمين العام للاتحاد، إن «${W.calm}». من جهته، هنأ رئيس حزب التجمع الوطني [[PERSON:رامي فرحات]]، أهالي المدينة والمحافظ [[PERSON:خالد منصور]]، على افتتاح الجسر، وقال إن «${W.serve}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[رامي فرحات | قال] ${W.serve}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}». وعبر رئيس مجلس إدارة [[ORGANIZATION:شركة الموانئ]] [[PERSON:رامي فرحات]] عن ارتياحه للاتفاق. وقال خلال لقائه الصحفيين «${W.serve}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[رامي فرحات | قال] ${W.serve}`]],
    // must stay: a post after a definite word is the object's (`رئيس الحكومة وزير الخارجية X`), a noun that is no post
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}». من جهته، استقبل رئيس الحكومة وزير الخارجية [[PERSON:رامي فرحات]] في مكتبه. وقال إن «${W.serve}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | قال] ${W.serve}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}». من جهته، استقبل وفد حزب التجمع الوطني [[PERSON:رامي فرحات]] في المطار. وقال إن «${W.serve}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | قال] ${W.serve}`]]
  ],
  "a verb with no subject two sentences after the one that named it (`subjectTwoBack`)": [
    [`ويقول [[PERSON:مروان الشامي]]، كبير الاقتصاديين في المصرف، إن "${W.calm}".\nلكن [[PERSON:سليم داود]] يقف بين الحكومة والبرلمان في هذا الملف. وفي الأسبوع الماضي، كان يرفض أي تنازل في الموازنة.\nوشدد في بيان صادر عن الوزارة على "${V.budget}".`, [`[مروان الشامي | يقول] ${W.calm}`, `[سليم داود | شدد] ${V.budget}`]],
    [`ويقول [[PERSON:مروان الشامي]] إن "${W.calm}". وزار وزير المالية [[PERSON:سليم داود]] المصرف أمس. وعلق على الأرقام الأخيرة بحذر. وشدد في بيان على "${V.budget}".`, [`[مروان الشامي | يقول] ${W.calm}`, `[سليم داود | شدد] ${V.budget}`]],
    // must stay: the sentence between has a subject of its own, or names a person; the sentence two back quoted someone
    [`ويقول [[PERSON:مروان الشامي]] إن "${W.calm}". لكن [[PERSON:سليم داود]] يقف بين الحكومة والبرلمان. وارتفع سعر الصرف بنسبة كبيرة أمس. وشدد في بيان على "${V.budget}".`, [`[مروان الشامي | يقول] ${W.calm}`, `[مروان الشامي | شدد] ${V.budget}`]],
    [`ويقول [[PERSON:مروان الشامي]] إن "${W.calm}". لكن [[PERSON:سليم داود]] يقف بين الحكومة والبرلمان. وكان يرفض الحديث مع [[PERSON:ناصر حمدان]] أمس. وشدد في بيان على "${V.budget}".`, [`[مروان الشامي | يقول] ${W.calm}`, `[مروان الشامي | شدد] ${V.budget}`]],
    [`لكن [[PERSON:سليم داود]] يقف بين الحكومة والبرلمان، ويقول [[PERSON:مروان الشامي]] إن "${W.calm}". وكان يرفض أي تنازل. وشدد في بيان على "${V.budget}".`, [`[مروان الشامي | يقول] ${W.calm}`, `[مروان الشامي | شدد] ${V.budget}`]]
  ],
  "`أيضا` alone after a verb that opens its sentence, and `منذ` before a lead phrase's comma (`alsoAlone`, `speakerStops`)": [
    // (merged with the short helper's rules: `ووصفت مديرة X نفسها بأنها أصبحت "…"` is read through its verb now, and a post of
    // an organisation with no holder named gives the organisation, the body for its official; the woman named before would
    // be better, left. The row's point is the third quote, which goes on with her, not with the organisation)
    [`وقالت [[PERSON:سلمى الخطيب]] في مقابلة إن "${V.start}". ووصفت مديرة [[ORGANIZATION:جوجل]] نفسها بأنها أصبحت "أكثر تفاؤلا". ومنذ انتقالها للمدينة، أصبحت [[PERSON:سلمى الخطيب]] أقرب إلى الموظفين، وقررت تمديد العطلة التي يحق للعاملين في [[ORGANIZATION:جوجل]] الحصول عليها.\nوقالت أيضا إنه كان من المهم أن تدعم الموظفين.\nوأضافت: "${V.leave}".`, [`[سلمى الخطيب | قالت] ${V.start}`, "[جوجل | وصفت] أكثر تفاؤلا", `[سلمى الخطيب | أضافت] ${V.leave}`]],
    [`وقالت [[PERSON:سلمى الخطيب]] إن "${V.start}". وفي العام الماضي، قررت [[PERSON:هالة يوسف]] تمديد العطلة للموظفين. وقالت أيضا إن "${V.leave}".`, [`[سلمى الخطيب | قالت] ${V.start}`, `[هالة يوسف | قالت] ${V.leave}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن "${W.calm}". ورغم الأمطار، افتتح المحافظ [[PERSON:رامي فرحات]] الجسر الجديد. وقال إن "${W.serve}".`, [`[سالم العبيدي | قال] ${W.calm}`, `[رامي فرحات | قال] ${W.serve}`]],
    // must stay: a person after `أيضا`, and a sentence before that names its person as an object
    [`وقالت [[PERSON:سلمى الخطيب]] إن "${V.start}". وقالت أيضا [[PERSON:هالة يوسف]] إن "${V.leave}".`, [`[سلمى الخطيب | قالت] ${V.start}`, `[هالة يوسف | قالت] ${V.leave}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن "${W.calm}". والتقى الوفد بالوزير [[PERSON:رامي فرحات]] أمس. وقال أيضا إن "${W.serve}".`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | قال] ${W.serve}`]]
  ],
  "the object after ب is no subject (`objectAfterBa`)": [
    [`وقال [[PERSON:سالم العبيدي]]، تاجر مواد بناء، إن الطلب تراجع بنسبة كبيرة. فيما طالب بإنشاء سوق مركزية للتجار قبل نقل المحلات، مضيفا "${V.price}".`, [`[سالم العبيدي | مضيفا] ${V.price}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن "${W.calm}". كما طالب بإعادة فتح المعبر أمام الشاحنات، مؤكدا أن "${W.serve}".`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | مؤكدا] ${W.serve}`]],
    [`وقالت [[PERSON:سلمى الخطيب]] إن "${V.start}". وقالت بالبريد الإلكتروني إن "${V.leave}".`, [`[سلمى الخطيب | قالت] ${V.start}`, `[سلمى الخطيب | قالت] ${V.leave}`]],
    // must stay: a name after the object (the subject after it), a name that opens with با or بال after a verb of
    // saying, untagged
    [`وقال [[PERSON:سالم العبيدي]] إن "${W.calm}". ورحب بالقرار رئيس الوزراء [[PERSON:رامي فرحات]]، قائلا إن "${W.serve}".`, [`[سالم العبيدي | قال] ${W.calm}`, `[رامي فرحات | قائلا] ${W.serve}`]],
    [`وقال باسم العلي إن "${W.serve}".`, [`[باسم العلي | قال] ${W.serve}`]],
    [`وتقول بالوما سانتوس، مديرة الاتصالات في المنظمة، إن المهاجرين "${V.start}".`, [`[بالوما سانتوس | تقول] ${V.start}`]]
  ]
}

describeQuoteTables("Arabic speakers through the chain (forty-second session)", tables)
