/**
 * Hand-written records for the export and report tests. Every sentence is
 * written for khabar (people and quotes invented); spans are computed from the
 * text, so `text === original.slice(start, end)` holds for every span, and
 * every record is decoded with the record Schema before use.
 */
import { Schema } from "effect"
import {
  KhabarRecord,
  Reject,
  type Boilerplate,
  type DateMention,
  type Diagnostic,
  type Entity,
  type EntityType,
  type Keyword,
  type Meta,
  type NumberMention,
  type Quote
} from "../../src/schema/record.js"

interface Find {
  readonly text: string
  /** Which occurrence in the body (0-based, default 0). */
  readonly nth?: number
}

interface ArticleSpec {
  readonly id: string
  readonly language: "ar" | "en"
  readonly title: string | null
  readonly byline?: { readonly line: string; readonly names: ReadonlyArray<string> }
  readonly paragraphs: ReadonlyArray<string>
  readonly trailer?: ReadonlyArray<{ readonly text: string; readonly kind: Boilerplate["kind"]; readonly rule: string }>
  readonly dateline?: { readonly text: string; readonly places: ReadonlyArray<string>; readonly agencies: ReadonlyArray<string>; readonly date: string | null }
  readonly published?: string | null
  readonly entities?: ReadonlyArray<Find & { readonly type: EntityType; readonly canonical?: string; readonly id: string; readonly role?: string | null; readonly confidence?: number }>
  readonly dates?: ReadonlyArray<
    Find & { readonly value: string | null; readonly granularity: DateMention["granularity"]; readonly calendar?: DateMention["calendar"]; readonly relative?: boolean; readonly mod?: DateMention["mod"] }
  >
  readonly quotes?: ReadonlyArray<Find & { readonly speaker: string | null; readonly speakerEntityId: string | null; readonly verb: string | null }>
  readonly numbers?: ReadonlyArray<Find & { readonly value: number; readonly unit: string | null }>
  readonly keywords?: ReadonlyArray<Keyword>
  readonly meta?: Meta
  readonly diagnostics?: ReadonlyArray<Diagnostic>
  readonly duplicateOf?: string | null
  readonly similarity?: number | null
  readonly path?: string | null
  readonly encoding?: string
  readonly encodingConfidence?: number | null
}

export interface Fixture {
  readonly record: KhabarRecord
  /** The original text every span indexes into. */
  readonly text: string
}

const decodeRecord = Schema.decodeUnknownSync(KhabarRecord)
const decodeReject = Schema.decodeUnknownSync(Reject)

const utf8Length = (s: string) => new TextEncoder().encode(s).length

export const article = (a: ArticleSpec): Fixture => {
  const blocks: Array<string> = []
  if (a.title !== null) blocks.push(a.title)
  if (a.byline !== undefined) blocks.push(a.byline.line)
  const bodyStart = blocks.reduce((n, b) => n + b.length + 2, 0)
  blocks.push(...a.paragraphs)
  for (const t of a.trailer ?? []) blocks.push(t.text)
  const text = blocks.join("\n\n")
  const at = (needle: string, nth = 0, from = bodyStart): number => {
    let i = text.indexOf(needle, from)
    for (let k = 0; k < nth && i >= 0; k++) i = text.indexOf(needle, i + 1)
    if (i < 0) throw new Error(`fixture ${a.id}: "${needle}" (#${nth}) not found`)
    return i
  }
  const span = (needle: string, nth = 0, from = bodyStart) => {
    const start = at(needle, nth, from)
    return { start, end: start + needle.length }
  }
  let cursor = bodyStart
  const paragraphs = a.paragraphs.map((p) => {
    const start = text.indexOf(p, cursor)
    cursor = start + p.length
    return { text: p, display: a.language === "ar" ? p.replace(/[\u064B-\u0652]/g, "") : null, start, end: start + p.length }
  })
  const boilerplate = (a.trailer ?? []).map((t) => ({ text: t.text, kind: t.kind, rule: t.rule, ...span(t.text, 0, cursor) }))
  const entities: Array<Entity> = (a.entities ?? []).map((e) => ({
    text: e.text,
    type: e.type,
    canonical: e.canonical ?? e.text,
    entityId: e.id,
    role: e.role ?? null,
    confidence: e.confidence ?? 0.9,
    ...span(e.text, e.nth)
  }))
  const dates: Array<DateMention> = (a.dates ?? []).map((d) => ({
    text: d.text,
    value: d.value,
    granularity: d.granularity,
    calendar: d.calendar ?? "gregorian",
    relative: d.relative ?? false,
    mod: d.mod ?? null,
    ...span(d.text, d.nth)
  }))
  const quotes: Array<Quote> = (a.quotes ?? []).map((q) => ({ text: q.text, speaker: q.speaker, speakerEntityId: q.speakerEntityId, verb: q.verb, ...span(q.text, q.nth) }))
  const numbers: Array<NumberMention> = (a.numbers ?? []).map((n) => ({ text: n.text, value: n.value, unit: n.unit, ...span(n.text, n.nth) }))
  const record = decodeRecord({
    id: a.id,
    source: {
      path: a.path ?? `corpus/${a.id}.txt`,
      index: null,
      bytes: utf8Length(text),
      encoding: a.encoding ?? "utf-8",
      encodingConfidence: a.encodingConfidence ?? null,
      hash: a.id.split("").reduce((h, c) => ((h * 31 + c.charCodeAt(0)) >>> 0), 7).toString(16).padStart(16, "0")
    },
    language:
      a.language === "ar"
        ? { code: "ar", script: "Arab", direction: "rtl", confidence: 0.97 }
        : { code: "en", script: "Latn", direction: "ltr", confidence: 0.99 },
    title: a.title,
    titleSpan: a.title === null ? null : { start: 0, end: a.title.length },
    dateline: a.dateline === undefined ? null : { ...a.dateline, ...span(a.dateline.text) },
    byline: a.byline?.names ?? [],
    bylineSpan: a.byline === undefined ? null : span(a.byline.line, 0, 0),
    published: a.published ?? null,
    paragraphs,
    boilerplate,
    entities,
    dates,
    quotes,
    numbers,
    keywords: a.keywords ?? [],
    meta: a.meta ?? {},
    duplicateOf: a.duplicateOf ?? null,
    similarity: a.similarity ?? null,
    diagnostics: a.diagnostics ?? []
  })
  return { record, text }
}

/** Eight articles (five Arabic, three English) and one with nothing found. */
export const fixtures = (): Array<Fixture> => [
  article({
    id: "ar-riyadh-health",
    language: "ar",
    title: "وزارة الصحة تطلق حملة تطعيم تستهدف 1.2 مليون طالب",
    paragraphs: [
      "الرياض - واس: أطلقت وزارة الصحة يوم الأحد 12 مارس 2023 حملة وطنية للتطعيم ضد الحصبة تستهدف 1.2 مليون طالب في المدارس الحكومية.",
      "وقال وزير الصحة فهد العتيبي في مؤتمر صحفي بالرياض: «الحملة تستمر 30 يوماً، ونأمل أن نصل إلى كل طالب قبل نهاية العام الدراسي».",
      "وأضاف العتيبي أن الفرق الميدانية بدأت عملها أمس في جدة والدمام، وأن نسبة التغطية بلغت 85 في المئة.",
      "ويُذكر أن الحملة السابقة انطلقت في 10 شعبان 1443 هـ."
    ],
    trailer: [{ text: "// انتهى //", kind: "end-marker", rule: "spa-end" }],
    dateline: { text: "الرياض - واس", places: ["الرياض"], agencies: ["واس"], date: null },
    published: "2023-03-12",
    entities: [
      { text: "الرياض", type: "LOCATION", id: "e1" },
      { text: "وزارة الصحة", type: "ORGANIZATION", id: "e2" },
      { text: "فهد العتيبي", type: "PERSON", id: "e3", role: "وزير الصحة", confidence: 0.95 },
      { text: "الرياض", nth: 1, type: "LOCATION", id: "e1" },
      { text: "العتيبي", nth: 1, type: "PERSON", canonical: "فهد العتيبي", id: "e3" },
      { text: "جدة", type: "LOCATION", id: "e4" },
      { text: "الدمام", type: "LOCATION", id: "e5" }
    ],
    dates: [
      { text: "يوم الأحد 12 مارس 2023", value: "2023-03-12", granularity: "day" },
      { text: "أمس", value: "2023-03-11", granularity: "day", relative: true },
      { text: "10 شعبان 1443 هـ", value: "2022-03-13", granularity: "day", calendar: "hijri" }
    ],
    quotes: [
      { text: "الحملة تستمر 30 يوماً، ونأمل أن نصل إلى كل طالب قبل نهاية العام الدراسي", speaker: "فهد العتيبي", speakerEntityId: "e3", verb: "قال" },
      { text: "أن الفرق الميدانية بدأت عملها أمس في جدة والدمام", speaker: "العتيبي", speakerEntityId: "e3", verb: "أضاف" }
    ],
    numbers: [
      { text: "1.2 مليون", value: 1_200_000, unit: null },
      { text: "30 يوماً", value: 30, unit: "يوم" },
      { text: "85 في المئة", value: 85, unit: "%" }
    ],
    keywords: [
      { term: "حملة تطعيم", score: 0.91 },
      { term: "الحصبة", score: 0.74 }
    ],
    meta: { source: "واس", url: "https://example.org/a/1", pinned: true, rank: 3, editor: null }
  }),
  article({
    id: "ar-damascus-wheat",
    language: "ar",
    title: "وزارة الزراعة: تسويق أكثر من 412 ألف طن من القمح",
    paragraphs: [
      "دمشق - سانا: أعلنت وزارة الزراعة أن كميات القمح المسوّقة منذ بداية الموسم تجاوزت 412 ألف طن حتى الخامس من حزيران.",
      "وأوضح مدير التسويق سامر الحلبي أن مراكز الاستلام في حماة وحمص تعمل بطاقتها الكاملة، مضيفاً: \"نستقبل الفلاحين من السادسة صباحاً\"."
    ],
    trailer: [
      { text: "اقرأ أيضا", kind: "related", rule: "related-heading" },
      { text: "الوسوم: القمح، الزراعة", kind: "tags", rule: "tags-line" }
    ],
    dateline: { text: "دمشق - سانا", places: ["دمشق"], agencies: ["سانا"], date: null },
    published: "2023-06-05",
    entities: [
      { text: "دمشق", type: "LOCATION", id: "e1" },
      { text: "وزارة الزراعة", type: "ORGANIZATION", id: "e2" },
      { text: "سامر الحلبي", type: "PERSON", id: "e3", role: "مدير التسويق" },
      { text: "حماة", type: "LOCATION", id: "e4" },
      { text: "حمص", type: "LOCATION", id: "e5" }
    ],
    dates: [{ text: "الخامس من حزيران", value: "2023-06-05", granularity: "day" }],
    quotes: [{ text: "نستقبل الفلاحين من السادسة صباحاً", speaker: "سامر الحلبي", speakerEntityId: "e3", verb: "مضيفاً" }],
    numbers: [{ text: "412 ألف طن", value: 412_000, unit: "طن" }],
    meta: { source: "سانا" }
  }),
  article({
    id: "ar-aggregator-aid",
    language: "ar",
    title: "الأمم المتحدة تعلن استئناف قوافل المساعدات إلى ريف حمص",
    paragraphs: [
      "عواصم ـ وكالات: أعلنت الأمم المتحدة مساء أمس الاثنين استئناف قوافل المساعدات إلى ريف حمص الشمالي بعد توقف دام أسابيع.",
      "وقالت المتحدثة باسم المنظمة ليلى منصور في بيان: إن \"القوافل ستحمل الغذاء والدواء لنحو 40 ألف شخص\".",
      "وكانت الأمم المتحدة قد علّقت عملياتها في مارس/آذار الماضي، بعد أن تعرضت قافلة لإطلاق نار قرب حمص."
    ],
    dateline: { text: "عواصم ـ وكالات", places: ["عواصم"], agencies: ["وكالات"], date: null },
    published: "2023-04-18",
    entities: [
      { text: "الأمم المتحدة", type: "ORGANIZATION", id: "e1" },
      { text: "حمص", type: "LOCATION", id: "e2" },
      { text: "ليلى منصور", type: "PERSON", id: "e3", role: "المتحدثة باسم المنظمة" },
      { text: "الأمم المتحدة", nth: 1, type: "ORGANIZATION", id: "e1" },
      { text: "حمص", nth: 1, type: "LOCATION", id: "e2" }
    ],
    dates: [
      { text: "مساء أمس الاثنين", value: "2023-04-17", granularity: "part-of-day", relative: true },
      { text: "مارس/آذار الماضي", value: "2023-03", granularity: "month", relative: true }
    ],
    quotes: [{ text: "القوافل ستحمل الغذاء والدواء لنحو 40 ألف شخص", speaker: "ليلى منصور", speakerEntityId: "e3", verb: "قالت" }],
    numbers: [{ text: "40 ألف", value: 40_000, unit: null }]
  }),
  article({
    id: "ar-cairo-saqqara",
    language: "ar",
    title: "اكتشاف مقبرتين من عصر الدولة الحديثة في سقارة",
    byline: { line: "كتب: يوسف الشريف", names: ["يوسف الشريف"] },
    paragraphs: [
      "القاهرة - «الخليج»: أعلنت وزارة السياحة والآثار المصرية اكتشاف مقبرتين أثريتين في منطقة سقارة يعود تاريخهما إلى نحو ٣٣٠٠ عام.",
      "وقال الأمين العام في المجلس الأعلى للآثار مُحَمَّد عبد الغني: «الكشف يضيف فصلاً جديداً إلى تاريخ المنطقة» 📰.",
      "=IMPORTXML(\"http://example.org\") سطر يبدأ بعلامة يساوي لاختبار الحماية من الصيغ."
    ],
    dateline: { text: "القاهرة - «الخليج»", places: ["القاهرة"], agencies: ["الخليج"], date: null },
    published: "2023-01-26",
    entities: [
      { text: "القاهرة", type: "LOCATION", id: "e1" },
      { text: "وزارة السياحة والآثار المصرية", type: "ORGANIZATION", id: "e2" },
      { text: "سقارة", type: "LOCATION", id: "e3" },
      { text: "المجلس الأعلى للآثار", type: "ORGANIZATION", id: "e4" },
      { text: "مُحَمَّد عبد الغني", type: "PERSON", canonical: "محمد عبد الغني", id: "e5", role: "الأمين العام" }
    ],
    dates: [{ text: "٣٣٠٠ عام", value: null, granularity: "year" }],
    quotes: [{ text: "الكشف يضيف فصلاً جديداً إلى تاريخ المنطقة", speaker: "مُحَمَّد عبد الغني", speakerEntityId: "e5", verb: "قال" }],
    numbers: [{ text: "٣٣٠٠", value: 3300, unit: null }],
    meta: { source: "الخليج", section: "ثقافة" },
    diagnostics: [{ severity: "warning", code: "KHB-W301", stage: "normalize", message: "emoji kept in paragraph text", start: 0, end: 4 }]
  }),
  article({
    id: "ar-jeddah-shops",
    language: "ar",
    title: "عام / أمانة جدة تغلق 27 محلاً مخالفاً",
    paragraphs: [
      "جدة 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس أغلقت أمانة محافظة جدة 27 محلاً مخالفاً خلال جولات رقابية.",
      "-5 درجات مئوية سُجّلت فجراً في الطائف، بحسب المركز الوطني للأرصاد."
    ],
    dateline: { text: "جدة 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس", places: ["جدة"], agencies: ["واس"], date: "3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م" },
    published: "2015-08-18",
    entities: [
      { text: "جدة", type: "LOCATION", id: "e1" },
      { text: "أمانة محافظة جدة", type: "ORGANIZATION", id: "e2" },
      { text: "الطائف", type: "LOCATION", id: "e3" },
      { text: "المركز الوطني للأرصاد", type: "ORGANIZATION", id: "e4" }
    ],
    dates: [{ text: "3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م", value: "2015-08-18", granularity: "day", calendar: "both" }],
    numbers: [
      { text: "27", value: 27, unit: null },
      { text: "-5 درجات", value: -5, unit: "درجة" }
    ],
    encoding: "windows-1256",
    encodingConfidence: 0.82,
    duplicateOf: "ar-riyadh-health",
    similarity: 0.12
  }),
  article({
    id: "en-reuters-retail",
    language: "en",
    title: "UK retail sales slip in October as mild weather hits clothing stores",
    byline: { line: "By Harriet Lomax", names: ["Harriet Lomax"] },
    paragraphs: [
      "LONDON, Nov 19 (Reuters) - British retail sales fell by 0.4% in October, the Office for National Statistics said on Friday.",
      "\"Shoppers simply did not need winter coats yet, so clothing took the hit,\" said Daniel Reyes, an economist at Northgate Capital.",
      "(Reporting by Harriet Lomax; Editing by Tom Avery)"
    ],
    dateline: { text: "LONDON, Nov 19 (Reuters)", places: ["LONDON"], agencies: ["Reuters"], date: "Nov 19" },
    published: "2023-11-19",
    entities: [
      { text: "LONDON", type: "LOCATION", canonical: "London", id: "e1" },
      { text: "Office for National Statistics", type: "ORGANIZATION", id: "e2" },
      { text: "Daniel Reyes", type: "PERSON", id: "e3", role: "an economist" },
      { text: "Northgate Capital", type: "ORGANIZATION", id: "e4" },
      { text: "Harriet Lomax", nth: 0, type: "PERSON", id: "e5" },
      { text: "Reuters", type: "ORGANIZATION", id: "e6", confidence: 0.5 }
    ],
    dates: [
      { text: "Nov 19", value: "2023-11-19", granularity: "day" },
      { text: "October", value: "2023-10", granularity: "month" },
      { text: "Friday", value: "2023-11-17", granularity: "weekday", relative: true }
    ],
    quotes: [
      { text: "Shoppers simply did not need winter coats yet, so clothing took the hit,", speaker: "Daniel Reyes", speakerEntityId: "e3", verb: "said" }
    ],
    numbers: [{ text: "0.4%", value: 0.4, unit: "%" }],
    meta: { source: "Reuters" }
  }),
  article({
    id: "en-ap-fees",
    language: "en",
    title: "Senate panel advances bill to cap airline change fees",
    paragraphs: [
      "WASHINGTON (AP) — A Senate committee voted 14-8 on Thursday to advance a bill that would cap airline change fees at $50.",
      "\"Travelers deserve a fair deal,\" Senator Maria Ellison said.",
      "Airlines for America, an industry group, said the cap would raise fares, a claim that Karen Whitlock, a spokeswoman for\nthe group, repeated on Friday.",
      "+1 more vote is needed on the floor, @aides said; the figure -3 was disputed."
    ],
    dateline: { text: "WASHINGTON (AP)", places: ["WASHINGTON"], agencies: ["AP"], date: null },
    published: "2023-05-11",
    entities: [
      { text: "WASHINGTON", type: "LOCATION", canonical: "Washington", id: "e1" },
      { text: "Senate", type: "ORGANIZATION", id: "e2" },
      { text: "Maria Ellison", type: "PERSON", id: "e3", role: "Senator" },
      { text: "Airlines for America", type: "ORGANIZATION", id: "e4" },
      { text: "Karen Whitlock", type: "PERSON", id: "e5", role: "a spokeswoman" },
      { text: "AP", type: "MISC", id: "e6", confidence: 0.4 }
    ],
    dates: [
      { text: "Thursday", value: "2023-05-11", granularity: "weekday", relative: true },
      { text: "Friday", value: "2023-05-12", granularity: "weekday", relative: true }
    ],
    quotes: [
      { text: "Travelers deserve a fair deal,", speaker: "Maria Ellison", speakerEntityId: "e3", verb: "said" },
      { text: "the cap would raise fares", speaker: "Airlines for America", speakerEntityId: null, verb: "said" }
    ],
    numbers: [
      { text: "$50", value: 50, unit: "USD" },
      { text: "14", value: 14, unit: null },
      { text: "-3", value: -3, unit: null }
    ],
    keywords: [{ term: "change fees", score: 0.8 }],
    meta: { source: "AP", wordsHint: 612 },
    diagnostics: [{ severity: "info", code: "KHB-I001", stage: "parse", message: "line break inside a paragraph kept" }]
  }),
  article({
    id: "en-bbc-museum",
    language: "en",
    title: "Seaside museum wins £4.2m lottery grant",
    paragraphs: [
      "A seaside museum in Whitby has won a £4.2m grant to repair its 1890s pier gallery, the National Lottery Heritage Fund said.",
      "Curator Ellen Marsh said the money would \"keep the doors open for another century\"."
    ],
    published: "2023-02-02",
    entities: [
      { text: "Whitby", type: "LOCATION", id: "e1" },
      { text: "National Lottery Heritage Fund", type: "ORGANIZATION", id: "e2" },
      { text: "Ellen Marsh", type: "PERSON", id: "e3", role: "Curator" }
    ],
    dates: [{ text: "1890s", value: "1890", granularity: "range" }],
    quotes: [{ text: "keep the doors open for another century", speaker: "Ellen Marsh", speakerEntityId: "e3", verb: "said" }],
    numbers: [{ text: "£4.2m", value: 4_200_000, unit: "GBP", nth: 0 }],
    meta: { source: "BBC News" }
  }),
  article({
    id: "ar-bare",
    language: "ar",
    title: null,
    paragraphs: ["نص قصير بلا عنوان ولا كيانات."],
    meta: {}
  })
]

/** Two rejects: an empty file and a JSON line that failed to parse (with a place). */
export const rejects = (): Array<Reject> => [
  decodeReject({
    id: "en-empty",
    source: { path: "corpus/en-empty.txt", index: null, bytes: 0 },
    reason: "empty",
    code: "KHB-E101",
    stage: "decode",
    message: "[KHB-E101] en-empty: the input is empty (0 bytes)",
    place: null
  }),
  decodeReject({
    id: "feed.ndjson#3",
    source: { path: "corpus/feed.ndjson", index: 3, bytes: null },
    reason: "invalid-json",
    code: "KHB-E111",
    stage: "input",
    message: "[KHB-E111] feed.ndjson#3: unexpected \"}\", «خطأ» in JSON",
    place: { line: 4, column: 17, offset: 212 }
  }),
  decodeReject({
    id: "ar-index-page",
    source: { path: "corpus/ar-index-page.txt", index: null, bytes: 2048 },
    reason: "not-article",
    code: "KHB-E201",
    stage: "parse",
    message: "[KHB-E201] ar-index-page: a list of teaser lines, not an article",
    place: null
  })
]

export const records = (): Array<KhabarRecord> => fixtures().map((f) => f.record)
