/**
 * The playground's views of one record: DOM built with `createElement` and
 * text nodes only (article text is untrusted: never `innerHTML`).
 *
 * @module
 */
import type { Boilerplate, DateMention, Diagnostic, Entity, KhabarRecord, Quote, Span } from "../src/browser.js"

type Child = Node | string | null | undefined | false
type Attrs = Record<string, string | number | boolean | null | undefined>

/** An element with attributes (null/undefined/false left out) and children (strings become text nodes). */
export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | ReadonlyArray<Child>>): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue
    el.setAttribute(k, v === true ? "" : String(v))
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c)
  return el
}

/** Text in its own direction inside a line of the other direction. */
const bdi = (text: string, attrs: Attrs = {}) => h("bdi", attrs, text)

export const ENTITY_TYPES = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"] as const

const TYPE_LABEL: Record<Entity["type"], string> = {
  PERSON: "person",
  LOCATION: "place",
  ORGANIZATION: "organisation",
  MISC: "other name"
}

/** The colour key of the article view. */
export const legend = (): HTMLElement =>
  h(
    "ul",
    { class: "legend", id: "legend" },
    ENTITY_TYPES.map((t) => h("li", {}, h("mark", { class: "ent", "data-type": t }, TYPE_LABEL[t]))),
    h("li", {}, h("span", { class: "date" }, "date"), h("bdi", { class: "value", dir: "ltr" }, "resolved value")),
    h("li", {}, h("span", { class: "quote" }, "quote")),
    h("li", {}, h("span", { class: "dateline-mark" }, "dateline")),
    h("li", {}, h("span", { class: "byline-mark" }, "byline")),
    h("li", {}, h("del", { class: "boiler-text" }, "boilerplate"), " (kind)")
  )

const entityTitle = (e: Entity): string =>
  [
    `${e.type} · ${e.entityId}`,
    `canonical: ${e.canonical}`,
    e.role === null ? null : `role: ${e.role}`,
    `confidence: ${e.confidence.toFixed(2)}`
  ]
    .filter((x) => x !== null)
    .join("\n")

const dateTitle = (d: DateMention): string =>
  [`value: ${d.value ?? "unresolved"}`, `granularity: ${d.granularity}`, `calendar: ${d.calendar}`, d.relative ? "relative" : null]
    .filter((x) => x !== null)
    .join("\n")

const quoteTitle = (q: Quote): string =>
  [`speaker: ${q.speaker ?? "unknown"}`, q.speakerEntityId === null ? null : `entity: ${q.speakerEntityId}`, q.verb === null ? null : `verb: ${q.verb}`]
    .filter((x) => x !== null)
    .join("\n")

/** One marked span of the text: `make` builds its element, `after` what follows it (a date's value). */
interface Mark extends Span {
  readonly rank: number
  readonly make: () => HTMLElement
  readonly after?: () => Node
}

const clip = (m: Mark, from: number, to: number): Mark => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) })

/**
 * Appends `text[from, to)` to `parent` with the marks nested: outer marks
 * (longer, or lower rank at equal spans) hold the ones inside them; a mark
 * that crosses its parent's end is cut there.
 */
const fill = (parent: HTMLElement, text: string, from: number, to: number, marks: ReadonlyArray<Mark>): void => {
  const list = marks
    .map((m) => clip(m, from, to))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank)
  let pos = from
  let i = 0
  while (i < list.length) {
    const m = list[i]!
    if (m.start < pos) {
      i++ // overlaps a mark already written: its text is there
      continue
    }
    let j = i + 1
    const inner: Array<Mark> = []
    while (j < list.length && list[j]!.start < m.end) inner.push(list[j++]!)
    if (m.start > pos) parent.append(text.slice(pos, m.start))
    const el = m.make()
    fill(el, text, m.start, m.end, inner)
    parent.append(el)
    if (m.after !== undefined) parent.append(m.after())
    pos = m.end
    i = j
  }
  if (pos < to) parent.append(text.slice(pos, to))
}

const marksOf = (record: KhabarRecord): Array<Mark> => {
  const marks: Array<Mark> = []
  for (const q of record.quotes) {
    marks.push({
      start: q.start,
      end: q.end,
      rank: 0,
      make: () => h("span", { class: "quote", title: quoteTitle(q), "data-speaker": q.speaker ?? "" })
    })
  }
  if (record.dateline !== null) {
    const d = record.dateline
    marks.push({ start: d.start, end: d.end, rank: 1, make: () => h("span", { class: "dateline-mark", title: "dateline" }) })
  }
  if (record.bylineSpan !== null) {
    const b = record.bylineSpan
    marks.push({ start: b.start, end: b.end, rank: 1, make: () => h("span", { class: "byline-mark", title: "byline" }) })
  }
  for (const e of record.entities) {
    marks.push({
      start: e.start,
      end: e.end,
      rank: 2,
      make: () =>
        h("mark", {
          class: "ent",
          "data-type": e.type,
          "data-entity-id": e.entityId,
          "data-canonical": e.canonical,
          "data-role": e.role,
          title: entityTitle(e),
          tabindex: 0
        })
    })
  }
  for (const d of record.dates) {
    marks.push({
      start: d.start,
      end: d.end,
      rank: 2,
      make: () => h("span", { class: "date", title: dateTitle(d), "data-value": d.value ?? "" }),
      after: () => (d.value === null ? h("bdi", { class: "value unresolved", dir: "ltr" }, "?") : h("bdi", { class: "value", dir: "ltr" }, d.value))
    })
  }
  return marks
}

type Block =
  | { readonly kind: "title"; readonly span: Span }
  | { readonly kind: "dateline"; readonly span: Span }
  | { readonly kind: "byline"; readonly span: Span }
  | { readonly kind: "paragraph"; readonly span: Span; readonly index: number }
  | { readonly kind: "boilerplate"; readonly span: Span; readonly item: Boilerplate }

const inside = (s: Span, outer: ReadonlyArray<Span>): boolean => outer.some((o) => o.start <= s.start && s.end <= o.end)

/**
 * The text as khabar reads it, in text order: the title, the dateline and
 * byline lines (when they stand alone), the paragraphs with entities, dates,
 * quotes, dateline and byline marked, and the boilerplate struck through with
 * its kind.
 */
export const articleView = (record: KhabarRecord, text: string): HTMLElement => {
  const paragraphs: ReadonlyArray<Span> = record.paragraphs
  const blocks: Array<Block> = []
  if (record.titleSpan !== null) blocks.push({ kind: "title", span: record.titleSpan })
  if (record.dateline !== null && !inside(record.dateline, paragraphs)) blocks.push({ kind: "dateline", span: record.dateline })
  if (record.bylineSpan !== null && !inside(record.bylineSpan, paragraphs)) blocks.push({ kind: "byline", span: record.bylineSpan })
  record.paragraphs.forEach((p, index) => blocks.push({ kind: "paragraph", span: p, index }))
  for (const b of record.boilerplate) blocks.push({ kind: "boilerplate", span: b, item: b })
  blocks.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
  const marks = marksOf(record)
  const at = (s: Span) => marks.filter((m) => m.end > s.start && m.start < s.end)
  const article = h("article", { id: "article", dir: record.language.direction, lang: record.language.code === "und" ? null : record.language.code })
  for (const b of blocks) {
    const { start, end } = b.span
    let el: HTMLElement
    switch (b.kind) {
      case "title":
        el = h("h3", { class: "title-block", dir: "auto", "data-start": start })
        fill(el, text, start, end, at(b.span).filter((m) => m.rank === 2))
        break
      case "dateline":
      case "byline":
        el = h("p", { class: `${b.kind}-block`, dir: "auto", "data-start": start }, h("span", { class: "label", dir: "ltr" }, b.kind))
        {
          const mark = h("span", { class: `${b.kind}-mark` })
          fill(mark, text, start, end, at(b.span).filter((m) => m.rank === 2))
          el.append(mark)
        }
        break
      case "paragraph":
        el = h("p", { class: "para", dir: "auto", "data-index": b.index, "data-start": start })
        fill(el, text, start, end, at(b.span))
        break
      case "boilerplate":
        el = h(
          "p",
          { class: "boiler", dir: "auto", "data-kind": b.item.kind, "data-start": start, title: `boilerplate: ${b.item.kind} (rule: ${b.item.rule})` },
          h("span", { class: "kind", dir: "ltr" }, b.item.kind),
          " ",
          h("del", { class: "boiler-text" }, text.slice(start, end))
        )
        break
    }
    article.append(el)
  }
  return article
}

const dl = (rows: ReadonlyArray<readonly [string, Child | ReadonlyArray<Child>]>): HTMLElement =>
  h("dl", { class: "fields" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", { dir: "auto" }, v)]).flat())

const chips = (xs: ReadonlyArray<string>, cls: string): Array<Child> =>
  xs.length === 0 ? [h("span", { class: "none" }, "none")] : xs.map((x) => h("bdi", { class: `chip ${cls}` }, x))

/** Title, dateline (places, agency, date), byline, published, language, source. */
export const metaView = (record: KhabarRecord): HTMLElement => {
  const d = record.dateline
  return h(
    "section",
    { class: "card", id: "meta", "aria-label": "Header fields" },
    h("h2", { id: "title", dir: "auto", lang: record.language.code === "und" ? null : record.language.code }, record.title ?? "(no title found)"),
    dl([
      [
        "Dateline",
        d === null
          ? h("span", { class: "none" }, "none")
          : [
              h("bdi", { class: "dateline-text" }, d.text),
              h("span", { class: "sub-label" }, " places "),
              ...chips(d.places, "place"),
              h("span", { class: "sub-label" }, " agency "),
              ...chips(d.agencies, "agency"),
              ...(d.date === null ? [] : [h("span", { class: "sub-label" }, " date "), h("bdi", {}, d.date)])
            ]
      ],
      ["Byline", chips(record.byline, "byline")],
      ["Published", record.published === null ? h("span", { class: "none" }, "unknown") : h("bdi", { dir: "ltr", id: "published" }, record.published)],
      [
        "Language",
        `${record.language.code} · ${record.language.script} · ${record.language.direction} · ${(record.language.confidence * 100).toFixed(0)}%`
      ],
      [
        "Source",
        `${record.source.bytes} bytes · ${record.source.encoding} · ${record.paragraphs.length} paragraphs · ${record.boilerplate.length} boilerplate`
      ]
    ])
  )
}

const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<Child | ReadonlyArray<Child>>>, attrs: Attrs = {}): HTMLElement =>
  rows.length === 0
    ? h("p", { class: "none" }, "none found")
    : h(
        "table",
        attrs,
        h("thead", {}, h("tr", {}, head.map((c) => h("th", {}, c)))),
        h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c) => h("td", { dir: "auto" }, c)))))
      )

/** One row per entity (mentions linked by `entityId`): type, canonical form, the forms seen, roles, mentions. */
export const entitiesView = (record: KhabarRecord): HTMLElement => {
  const by = new Map<string, Array<Entity>>()
  for (const e of record.entities) {
    const list = by.get(e.entityId)
    if (list === undefined) by.set(e.entityId, [e])
    else list.push(e)
  }
  const rows = [...by.values()].map((ms) => {
    const e = ms[0]!
    const forms = [...new Set(ms.map((m) => m.text))].filter((f) => f !== e.canonical)
    const roles = [...new Set(ms.map((m) => m.role).filter((r): r is string => r !== null))]
    return [
      h("mark", { class: "ent", "data-type": e.type }, TYPE_LABEL[e.type]),
      bdi(e.canonical, { class: "canonical" }),
      forms.map((f, i) => [i > 0 ? " · " : null, bdi(f)]).flat(),
      roles.map((r, i) => [i > 0 ? " · " : null, bdi(r)]).flat(),
      String(ms.length),
      h("code", {}, e.entityId)
    ]
  })
  return table(["Type", "Canonical", "Other forms", "Role", "Mentions", "Id"], rows, { id: "entity-table", dir: record.language.direction })
}

/** Each date as written, with its resolved value. */
export const datesView = (record: KhabarRecord): HTMLElement =>
  table(
    ["As written", "Value", "Granularity", "Calendar"],
    record.dates.map((d) => [
      bdi(d.text),
      d.value === null ? h("span", { class: "none" }, "unresolved") : h("bdi", { dir: "ltr", class: "date-value" }, d.value),
      d.granularity + (d.relative ? " (relative)" : ""),
      d.calendar
    ]),
    { id: "date-table", dir: record.language.direction }
  )

/** Each quote with its speaker (and the entity it is linked to) and verb. */
export const quotesView = (record: KhabarRecord): HTMLElement =>
  record.quotes.length === 0
    ? h("p", { class: "none" }, "none found")
    : h(
        "ol",
        { class: "quotes", id: "quote-list", dir: record.language.direction },
        record.quotes.map((q) =>
          h(
            "li",
            { dir: "auto" },
            h(
              "div",
              { class: "quote-head" },
              q.speaker === null ? h("span", { class: "none quote-speaker" }, "speaker unknown") : bdi(q.speaker, { class: "quote-speaker" }),
              q.speakerEntityId === null ? null : h("code", {}, q.speakerEntityId),
              q.verb === null ? null : h("span", { class: "verb" }, [" · ", bdi(q.verb)])
            ),
            h("blockquote", { dir: "auto" }, q.text)
          )
        )
      )

/** Diagnostics of the record (codes in docs/errors.md). */
export const diagnosticsView = (diagnostics: ReadonlyArray<Diagnostic>): HTMLElement =>
  table(
    ["Severity", "Code", "Stage", "Message"],
    diagnostics.map((d) => [h("span", { class: `sev sev-${d.severity}` }, d.severity), h("code", {}, d.code), d.stage, d.message])
  )
