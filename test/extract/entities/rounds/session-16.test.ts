/**
 * Post-processing rules of the sixteenth session's entity round (docs/history/entities.md, "Sixteenth session"): a nisba
 * adjective after an indefinite noun of a place is no place's name (`مدينة [تجارية]`); the accusative adverbs of the
 * time of day (`صباحا`, `فجرا`, `ليلا`) and `مؤخرا` join the adverbs of time left out at the end of a name; `سنة`
 * (year) next to a number, `كيلو` and `أهلي` without the article are no names; more currencies after an amount are
 * MISC; a Latin-script phrase with a word in lower case is a glossed term; `السعودية` after a word with the article is
 * the adjective. The sentences are written for these tests in wire style; tags are fixed (as if the model had given
 * them), so only the rules after the tagger are tested.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../../src/schema/record.js"
import { entitiesWithTags } from "../fixed-tags.js"

const rows = (es: ReturnType<typeof entitiesWithTags>) => es.map((e) => [e.text, e.type])

const tagged = (text: string, marks: ReadonlyArray<string>, type: EntityType) =>
  rows(entitiesWithTags("ar", text, marks.map((m) => [m, type] as const)))

describe("Arabic: a nisba adjective after an indefinite noun of a place", () => {
  it.each([
    ["a commercial city", "وتحولت البلدة خلال عقدين إلى مدينة تجارية تعج بالأسواق.", ["تجارية"]],
    ["a residential area, after a preposition on the noun", "وسقطت قذيفتان على منطقة سكنية قرب الميناء مساء الجمعة.", ["سكنية"]],
    ["a village named by its country's adjective", "وهاجم المسلحون قرية نيجيرية قرب الحدود فجر الأحد.", ["نيجيرية"]],
    ["a noun glued to a preposition", "وأقيم المهرجان بقرية تراثية على أطراف المدينة.", ["تراثية"]],
    ["two adjectives joined by و", "وتعد المدينة منطقة جبلية وزراعية يقصدها المصطافون صيفا.", ["جبلية وزراعية"]],
    ["a presidential term (ولاية)", "ويسعى الرئيس إلى ولاية رئاسية ثالثة رغم اعتراض المعارضة.", ["رئاسية"]]
  ])("%s", (_, text, marks) => {
    expect(tagged(text, marks, "LOCATION")).toEqual([])
  })

  it("a place's name stays a place", () => {
    // a place of the lists ending in ية (رنية), a name written with يه (تايبيه), no noun of a place before, a name
    // with the article
    expect(tagged("وافتتح المحافظ مضمارا للخيل في محافظة رنية أمس.", ["رنية"], "LOCATION")).toEqual([["رنية", "LOCATION"]])
    expect(tagged("وافتتحت الشركة فرعا جديدا في مدينة تايبيه الشهر الماضي.", ["تايبيه"], "LOCATION")).toEqual([["تايبيه", "LOCATION"]])
    expect(tagged("ووصل الوزير إلى بلنسية مساء أمس.", ["بلنسية"], "LOCATION")).toEqual([["بلنسية", "LOCATION"]])
    expect(tagged("ويقع المعرض في مدينة الإسكندرية على البحر.", ["الإسكندرية"], "LOCATION")).toEqual([["الإسكندرية", "LOCATION"]])
  })
})

describe("Arabic: an adverb of the time of day at the end of a name", () => {
  it.each([
    ["at dawn, after a person", "وداهمت القوات منزل ماجد حسين الربيعي فجرا واعتقلته.", ["ماجد حسين الربيعي فجرا"], "PERSON", "ماجد حسين الربيعي"],
    ["in the morning, after a university", "وتستقبل جامعة الملك خالد صباحا طلابها الجدد.", ["جامعة الملك خالد صباحا"], "ORGANIZATION", "جامعة الملك خالد"],
    ["at night, after a park", "وتقام الفعاليات في متنزه الأمير سلطان ليلاً طوال العيد.", ["متنزه الأمير سلطان ليلاً"], "LOCATION", "متنزه الأمير سلطان"],
    ["lately, after a person", "وكان سامي الجابر مؤخراً قد أعلن اعتزاله التدريب.", ["سامي الجابر مؤخراً"], "PERSON", "سامي الجابر"]
  ])("%s", (_, text, marks, type, name) => {
    expect(tagged(text, marks, type as EntityType)).toEqual([[name, type]])
  })
})

describe("Arabic: words next to numbers, common nouns and glossed terms", () => {
  it("the year next to a number is no name", () => {
    expect(tagged("وعاش أسلاف هذه السلالة قبل نحو مئتي ألف سنة في شرق القارة.", ["سنة"], "ORGANIZATION")).toEqual([])
    expect(tagged("وانضم إلى النادي سنة 2009 قادما من الدوري الهولندي.", ["سنة"], "ORGANIZATION")).toEqual([])
    expect(tagged("وتوفيت الفنانة عن عمر ( 58 ) سنة بعد صراع مع المرض.", ["سنة"], "ORGANIZATION")).toEqual([])
    // (the Sunnis, written without the article, stay what the tagger made them)
    expect(tagged("ودعا الشيخ إلى الوحدة بين شيعة وسنة العراق.", ["وسنة"], "ORGANIZATION")).toEqual([["سنة", "ORGANIZATION"]])
  })

  it("a common noun of the list alone is no name: the kilo, أهلي without the article", () => {
    expect(tagged("وتبلغ مساحة الجزيرة نحو أربعين كيلو متر مربع.", ["كيلو"], "PERSON")).toEqual([])
    expect(tagged("وقضيت أيام العيد مع أهلي في القرية.", ["أهلي"], "ORGANIZATION")).toEqual([])
    // (the club has the article)
    expect(tagged("وفاز الأهلي على ضيفه بهدفين.", ["الأهلي"], "ORGANIZATION")).toEqual([["الأهلي", "ORGANIZATION"]])
  })

  it("a currency of the list after an amount is MISC: the shekel, plural forms", () => {
    expect(tagged("وقدرت الخسائر بنحو 300 مليون شيكل في الأسبوع الأول.", ["شيكل"], "LOCATION")).toEqual([["شيكل", "MISC"]])
    expect(tagged("وبلغت قيمة الصفقة 40 ألف ريالات فقط.", ["ريالات"], "ORGANIZATION")).toEqual([["ريالات", "MISC"]])
  })

  it("a phrase in the Latin script with a word in lower case is a glossed term, not a name", () => {
    expect(tagged("ويعرف المرض بالتصلب المتعدد ( Multiple sclerosis ) ويصيب الشباب.", ["Multiple sclerosis"], "ORGANIZATION")).toEqual([])
    expect(tagged("ويسمى الاقتران الفلكي ( New moon ) في كتب الفلك.", ["New moon"], "PERSON")).toEqual([])
    // a name with a particle, a web address and a brand written in lower case alone stay
    expect(tagged("وكتب المؤرخ ( Pieter van der Berg ) عن الحملة.", ["Pieter van der Berg"], "PERSON")).toEqual([["Pieter van der Berg", "PERSON"]])
    expect(tagged("ونشر موقع vox.com تقريرا عن الانتخابات.", ["vox.com"], "ORGANIZATION")).toEqual([["vox.com", "ORGANIZATION"]])
    expect(tagged("وأعلنت شركة google عن تحديث جديد.", ["google"], "ORGANIZATION")).toEqual([["google", "ORGANIZATION"]])
  })
})

describe("Arabic: السعودية after a word with the article is the adjective", () => {
  it.each([
    ["the Saudi stock market", "وأغلق مؤشر سوق الأسهم السعودية على ارتفاع طفيف أمس.", ["السعودية"]],
    ["the Saudi families", "وتفضل الأسر السعودية السفر إلى أوروبا في الصيف.", ["السعودية"]],
    ["after a preposition on the noun", "وقال المتحدث باسم السفارة السعودية إن الرحلات مستمرة.", ["السعودية"]]
  ])("%s", (_, text, marks) => {
    expect(tagged(text, marks, "LOCATION")).toEqual([])
  })

  it("the country stays the country", () => {
    expect(tagged("ووصل الوفد إلى السعودية مساء الأحد.", ["السعودية"], "LOCATION")).toEqual([["السعودية", "LOCATION"]])
    expect(tagged("وعقد لقاء بين الإمارات والسعودية في جدة.", ["الإمارات", "والسعودية"], "LOCATION")).toEqual([
      ["الإمارات", "LOCATION"],
      ["السعودية", "LOCATION"]
    ])
    expect(tagged("وتحتفل اليوم السعودية بيومها الوطني.", ["السعودية"], "LOCATION")).toEqual([["السعودية", "LOCATION"]])
    expect(tagged("وزار الرئيس المملكة العربية السعودية الشهر الماضي.", ["المملكة العربية السعودية"], "LOCATION")).toEqual([["المملكة العربية السعودية", "LOCATION"]])
  })
})

describe("Arabic: a title word that is a given name before بن", () => {
  it.each([
    ["a prince after his honorific", "وافتتح الأمير سلطان بن سلمان المعرض مساء الأحد.", "سلطان بن سلمان"],
    ["a name of four parts", "وحضر الحفل الأمير سلطان بن فهد بن عبدالعزيز وعدد من المسؤولين.", "سلطان بن فهد بن عبدالعزيز"],
    ["after a title of office", "وكرم المحافظ الدكتور سلطان بن ناصر القحطاني في ختام الملتقى.", "سلطان بن ناصر القحطاني"]
  ])("%s", (_, text, name) => {
    expect(tagged(text, [name], "PERSON")).toEqual([[name, "PERSON"]])
  })

  it("a title followed by a name stays the role", () => {
    // (the title with the article, and the title before a name that is no nasab)
    expect(tagged("واستقبل السلطان قابوس بن سعيد الوفد الزائر.", ["السلطان قابوس بن سعيد"], "PERSON")).toEqual([["قابوس بن سعيد", "PERSON"]])
    expect(tagged("وأصدر الملك سلمان بن عبدالعزيز أمرا ملكيا.", ["الملك سلمان بن عبدالعزيز"], "PERSON")).toEqual([["سلمان بن عبدالعزيز", "PERSON"]])
  })
})

describe("Arabic: the accusative adverb of a nisba is no name", () => {
  it.each([
    ["in the field", "وميدانياً، واصلت فرق الإنقاذ البحث عن المفقودين.", "ميدانياً", "LOCATION"],
    ["backed by Iran (tanween before the alef)", "وتقاتل القوات المدعومة إيرانيًا في ريف المدينة.", "إيرانيًا", "LOCATION"],
    ["astronomically", "ويولد الهلال فلكياً قبل غروب الشمس.", "فلكياً", "ORGANIZATION"]
  ])("%s", (_, text, mark, type) => {
    expect(tagged(text, [mark], type as EntityType)).toEqual([])
  })

  it("the country without the tanween and a given name in the accusative stay", () => {
    expect(tagged("ووصل الوفد إلى روسيا مساء أمس.", ["روسيا"], "LOCATION")).toEqual([["روسيا", "LOCATION"]])
    expect(tagged("وهنأ الوزير علياً على فوزه بالجائزة.", ["علياً"], "PERSON")).toEqual([["علياً", "PERSON"]])
  })
})
