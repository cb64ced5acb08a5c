import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers after a newer subject (docs/history/quotes.md, "Thirty-first session, second round (helper, Arabic
 * speakers)"): a colon quote ends before `أما X … فقالت:`, the next person's words, and `أما X … إذ قالت:` is X's; a
 * name set off by commas right after the verb (`وقال، X، الناطق باسم …`) is its subject; `ولكنه قال` after a sentence that opens with a verb and its
 * subject is that subject's, not a name in its apposition nor the text's first person; an unnamed spokesman `من` a body
 * the entity stage left untagged speaks for that body, and `الناطق` alone later is the same speaker; a name after one
 * title between commas before `قد قال` is the subject the next `وأضاف` goes on with.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */

const FIRST = "حقيقة أعجبتني الفعاليات كثيرا هذا العام وشكرا للأمانة"
const SECOND = "كل شيء جميل في الاحتفالات ونتمنى التجديد في الأعوام القادمة"
const CHINA = "بكين ستتخذ كافة الإجراءات الضرورية لحماية مصالحها"
const READY = "المنظومة لديها القدرة الآن على الدفاع عن البلاد"
const FIRST_LINE = "المنظومة لديها قدرة اعتراض أولية"
const PATIENCE = "منحنا الدبلوماسية وقتا طويلا، لكن هذا الوقت نفد"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a colon quote ends before the topic after `أما` and its verb with `ف` and a colon": [
    [`وقالت المواطنة [[PERSON:أم خالد]]: ${FIRST}. أما السيدة [[PERSON:ريم خان]] من [[LOCATION:الهند]] والتي تتحدث العربية بطلاقة فقالت: ${SECOND}.`, [`[أم خالد | قالت] ${FIRST}`, `[ريم خان | قالت] ${SECOND}`]],
    [`وقالت المواطنة [[PERSON:أم خالد]]: ${FIRST}. وأما السيدة [[PERSON:ريم خان]]، القادمة من [[LOCATION:الهند]]، فقالت: ${SECOND}.`, [`[أم خالد | قالت] ${FIRST}`, `[ريم خان | قالت] ${SECOND}`]],
    // must stay: no verb of speech after the topic, a complementizer before it, no colon, and a topic that opens with
    // a preposition (what she speaks about)
    [`وقالت المواطنة [[PERSON:أم خالد]]: ${FIRST}. أما الأطفال فكانوا سعداء جدا بالألعاب النارية في الحي.`, [`[أم خالد | قالت] ${FIRST}. أما الأطفال فكانوا سعداء جدا بالألعاب النارية في الحي`]],
    [`وقالت المواطنة [[PERSON:أم خالد]]: ${FIRST}. أما الأطفال فقالت إن الألعاب أسعدتهم كثيرا في الحي.`, [`[أم خالد | قالت] ${FIRST}. أما الأطفال فقالت إن الألعاب أسعدتهم كثيرا في الحي`]],
    [`وقالت الروائية [[PERSON:هالة سمير]]: ${FIRST}. أما عما تقرأه هذا الصيف فتقول: روايات كثيرة من المغرب ومن السودان ومن العراق.`, [`[هالة سمير | قالت] ${FIRST}. أما عما تقرأه هذا الصيف فتقول: روايات كثيرة من المغرب ومن السودان ومن العراق`]]
  ],
  "the topic after `أما` before `إذ` and the verb": [
    [`وقالت المواطنة [[PERSON:أم خالد]]: ${FIRST}.\nأما السيدة [[PERSON:ريم خان]] من [[LOCATION:الهند]] وبصحبة أطفالها إذ قالت: ${SECOND}.`, [`[أم خالد | قالت] ${FIRST}`, `[ريم خان | قالت] ${SECOND}`]],
    // must stay: `إذ` with no `أما` before it (the chain's speaker goes on)
    [`وقالت المواطنة [[PERSON:أم خالد]]: ${FIRST}.\nوكانت تتجول مع أطفالها في الحي إذ قالت: ${SECOND}.`, [`[أم خالد | قالت] ${FIRST}`, `[أم خالد | قالت] ${SECOND}`]]
  ],
  "a person's name between commas right after the verb": [
    [`وقال [[ORGANIZATION:الجيش الأمريكي]] إن "المنظومة جاهزة للعمل الآن". وقال، [[PERSON:لو كانغ]]، المتحدث باسم وزارة الخارجية الصينية إن "${CHINA}".`, ["[الجيش الأمريكي | قال] المنظومة جاهزة للعمل الآن", `[لو كانغ | قال] ${CHINA}`]],
    // must stay: a phrase that names nobody between the commas, an addressee, and a name with no second comma
    [`وقال [[ORGANIZATION:الجيش الأمريكي]] إن "المنظومة جاهزة للعمل الآن". وقال، في بيان صدر عنه، إن "${CHINA}".`, ["[الجيش الأمريكي | قال] المنظومة جاهزة للعمل الآن", `[الجيش الأمريكي | قال] ${CHINA}`]],
    [`وقال [[PERSON:جون سميث]] إن "المنظومة جاهزة للعمل الآن". وقال، مخاطبا [[PERSON:لو كانغ]]، إن "${CHINA}".`, ["[جون سميث | قال] المنظومة جاهزة للعمل الآن", `[جون سميث | قال] ${CHINA}`]],
    [`وقال [[PERSON:جون سميث]] إن "المنظومة جاهزة للعمل الآن". وقال، [[PERSON:لو كانغ]] يعرف ذلك جيدا، "${CHINA}".`, ["[جون سميث | قال] المنظومة جاهزة للعمل الآن", `[جون سميث | قال] ${CHINA}`]]
  ],
  "`ولكنه قال` after a sentence that opens with a verb and its subject": [
    [`نجل [[PERSON:دونالد ترامب]] التقى محامية روسية\nأقر [[PERSON:دونالد ترامب جونيور]]، نجل الرئيس الأمريكي [[PERSON:دونالد ترامب]]، بمقابلة محامية روسية في يونيو الماضي.\nولكنه قال إن المحامية لم تقدم له أي "معلومات مفيدة عن المرشحة".`, ["[دونالد ترامب جونيور | قال] معلومات مفيدة عن المرشحة"]],
    [`وقال [[PERSON:جون سميث]] إن "المحادثات كانت صعبة جدا". وأقر [[PERSON:دونالد ترامب جونيور]] بمقابلة محامية روسية. ولكنه قال إن "اللقاء لم يسفر عن شيء".`, ["[جون سميث | قال] المحادثات كانت صعبة جدا", "[دونالد ترامب جونيور | قال] اللقاء لم يسفر عن شيء"]],
    // must stay: a feminine subject for `ولكنه`, a sentence that opens with a preposition, and a speaker named in the
    // sentence before (the first row: since the fifty-fifth session, helper arkin, the title's `نجل X`, the son the
    // title names, and no longer his father X)
    [`نجل [[PERSON:دونالد ترامب]] التقى محامية روسية\nأقرت [[PERSON:ماري ترامب]]، ابنة الرئيس الأمريكي [[PERSON:دونالد ترامب]]، بمقابلة محامية روسية في يونيو الماضي.\nولكنه قال إن المحامية لم تقدم له أي "معلومات مفيدة عن المرشحة".`, ["[نجل دونالد ترامب | قال] معلومات مفيدة عن المرشحة"]],
    [`وقال [[PERSON:جون سميث]] إن "المحادثات كانت صعبة جدا". وفي يونيو أقر [[PERSON:دونالد ترامب جونيور]] بمقابلة محامية روسية. ولكنه قال إن "اللقاء لم يسفر عن شيء".`, ["[جون سميث | قال] المحادثات كانت صعبة جدا", "[جون سميث | قال] اللقاء لم يسفر عن شيء"]],
    [`وأقر [[PERSON:دونالد ترامب جونيور]] بمقابلة محامية روسية، وقال [[PERSON:جون سميث]] إن "المحادثات كانت صعبة جدا". ولكنه قال إن "اللقاء لم يسفر عن شيء".`, ["[جون سميث | قال] المحادثات كانت صعبة جدا", "[جون سميث | قال] اللقاء لم يسفر عن شيء"]]
  ],
  "a name and one title between commas before `قد` and the verb": [
    [`وقال [[PERSON:مايك بنس]] للصحفيين "${PATIENCE}".\nوكان كبير مستشاري الأمن القومي، الجنرال [[PERSON:هربرت ماكماستر]]، قد قال إن العالم متفق على رفض لغة الوعيد.\nوأضاف في مقابلة مع قناة تلفزيونية أن البلدين يعملان معا على "مجموعة من الخيارات" بشأن الأزمة.`, [`[مايك بنس | قال] ${PATIENCE}`, "[هربرت ماكماستر | أضاف] مجموعة من الخيارات"]],
    [`وقال [[PERSON:مايك بنس]] للصحفيين "${PATIENCE}".\nوكان كبير مستشاري الأمن القومي في إدارة الرئيس [[PERSON:دونالد ترامب]]، الجنرال [[PERSON:هربرت ماكماستر]]، قد قال إن العالم متفق على رفض لغة الوعيد.\nوأضاف في مقابلة مع قناة تلفزيونية أن البلدين يعملان معا على "مجموعة من الخيارات" بشأن الأزمة.`, [`[مايك بنس | قال] ${PATIENCE}`, "[هربرت ماكماستر | أضاف] مجموعة من الخيارات"]],
    // must stay: two words before the name, and an organisation after a word
    [`وقال [[PERSON:مايك بنس]] للصحفيين "${PATIENCE}".\nوكان كبير المستشارين، الجنرال المتقاعد [[PERSON:هربرت ماكماستر]]، قد قال إن العالم متفق على رفض لغة الوعيد.\nوأضاف في مقابلة مع قناة تلفزيونية أن البلدين يعملان معا على "مجموعة من الخيارات" بشأن الأزمة.`, [`[مايك بنس | قال] ${PATIENCE}`, "[مايك بنس | أضاف] مجموعة من الخيارات"]],
    [`وقال [[PERSON:مايك بنس]] للصحفيين "${PATIENCE}".\nوكانت الحكومة، حكومة [[ORGANIZATION:الوفاق الوطني]]، قد قالت إن هناك توافقا دوليا ضد سلوك التهديد.\nوأضاف في مقابلة مع قناة تلفزيونية أن البلدين يعملان معا على "مجموعة من الخيارات" بشأن الأزمة.`, [`[مايك بنس | قال] ${PATIENCE}`, "[مايك بنس | أضاف] مجموعة من الخيارات"]]
  ],
  "an unnamed spokesman of a body, and `الناطق` alone after him": [
    [`وقال ناطق من القوات الأمريكية المتمركزة في [[LOCATION:كوريا الجنوبية]] إن "${READY}". وأفاد الناطق لوكالة فرانس برس بأن "${FIRST_LINE}".`, [`[القوات الأمريكية المتمركزة | قال] ${READY}`, `[القوات الأمريكية المتمركزة | أفاد] ${FIRST_LINE}`]],
    [`وقال متحدث باسم [[ORGANIZATION:الجيش الأمريكي]] إن "${READY}". وأفاد المتحدث لوكالة فرانس برس بأن "${FIRST_LINE}".`, [`[الجيش الأمريكي | قال] ${READY}`, `[الجيش الأمريكي | أفاد] ${FIRST_LINE}`]],
    // must stay: another noun than a spokesman's before `من`, `من` and a pronoun, and `الناطق` with no spokesman before
    [`وقال مسؤول من الوزارة إن "${READY}".`, [`[مسؤول | قال] ${READY}`]],
    [`وقال ناطق من جهته إن "${READY}".`, [`[ناطق | قال] ${READY}`]],
    [`وقال [[PERSON:جون سميث]] إن "${READY}". وأفاد الناطق لوكالة فرانس برس بأن "${FIRST_LINE}".`, [`[جون سميث | قال] ${READY}`, `[الناطق | أفاد] ${FIRST_LINE}`]]
  ]
}

describeQuoteTables("Arabic speakers after a newer subject", tables)
