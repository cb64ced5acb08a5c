/**
 * Progress of a long run on stderr, and the final summary.
 *
 * - On a terminal: one line redrawn a few times a second, with a bar and the
 *   share done when the total size of the inputs is known, articles/s, MB/s,
 *   the ETA, rejects and duplicates so far.
 * - Otherwise (a log file, CI): the same figures as a plain line every few
 *   seconds (default 5), so that a long run shows it is alive without
 *   flooding the log.
 * - `--quiet`: nothing.
 *
 * @module
 */
import type { CorpusSummary, Progress, RecordTally } from "../node/corpus.js"
import { formatShard } from "../node/shard.js"
import type { Reject } from "../schema/record.js"

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`

export const counts = (c: Readonly<Record<string, number>>): string =>
  Object.entries(c)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n.toLocaleString("en-US")}`)
    .join(", ")

export const rate = (bytes: number, seconds: number): string => `${(seconds > 0 ? bytes / 1e6 / seconds : 0).toFixed(1)} MB/s`

/** `42 s`, `3:07`, `1:02:03`. */
export const formatDuration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} s`
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const ss = String(s % 60).padStart(2, "0")
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`
}

/** The share of the input dealt with (0–1), or null when the total is unknown. */
export const shareDone = (p: Progress): number | null =>
  p.totalBytes === null || p.totalBytes <= 0 ? null : Math.min(1, p.doneBytes / p.totalBytes)

/** Seconds left at the current pace, or null when it cannot be told yet. */
export const eta = (p: Progress): number | null => {
  const share = shareDone(p)
  if (share === null || share <= 0 || p.seconds < 1) return null
  return (p.seconds * (1 - share)) / share
}

const figures = (p: Progress): Array<string> => {
  const parts = [
    plural(p.inputs, "article"),
    `${Math.round(p.seconds > 0 ? p.inputs / p.seconds : 0).toLocaleString("en-US")}/s`,
    rate(p.bytes, p.seconds)
  ]
  const left = eta(p)
  if (left !== null) parts.push(`ETA ${formatDuration(left)}`)
  parts.push(plural(p.rejects, "reject"))
  if (p.duplicates > 0) parts.push(plural(p.duplicates, "duplicate"))
  return parts
}

const BAR = 24

/** The terminal line: `khabar [██████▌░░░░░]  41% · 12,811 articles · 1,020/s · 7.9 MB/s · ETA 0:52 · 112 rejects`. */
export const formatBarLine = (p: Progress): string => {
  const share = shareDone(p)
  if (share === null) return `khabar: ${figures(p).join(" · ")}`
  const eighths = Math.round(share * BAR * 8)
  const full = Math.floor(eighths / 8)
  const partial = eighths % 8
  const bar = "█".repeat(full) + (partial > 0 ? " ▏▎▍▌▋▊▉"[partial]! : "") + "░".repeat(BAR - full - (partial > 0 ? 1 : 0))
  return `khabar [${bar}] ${String(Math.floor(share * 100)).padStart(3)}% · ${figures(p).join(" · ")}`
}

/** The plain line for logs: `khabar: 41% · 12,811 articles · 1,020/s · 7.9 MB/s · ETA 0:52 · 112 rejects`. */
export const formatPlainLine = (p: Progress): string => {
  const share = shareDone(p)
  return `khabar: ${share === null ? "" : `${Math.floor(share * 100)}% · `}${figures(p).join(" · ")}`
}

export interface ProgressOptions {
  /** Redraw one line (a terminal) or print plain lines (a log). */
  readonly tty: boolean
  /** Seconds between plain lines (default 5). */
  readonly plainEvery?: number | undefined
  /** Seconds between redraws on a terminal (default 0.2). */
  readonly redrawEvery?: number | undefined
}

/**
 * Shows progress on stderr. `update` is called after every outcome and
 * prints only when it is time; `clear` removes the terminal line before
 * something else is printed (a reject, the summary).
 */
export class ProgressReporter {
  private shown = false
  private last = 0
  constructor(
    private readonly write: (text: string) => unknown,
    private readonly options: ProgressOptions
  ) {}

  update(p: Progress): void {
    const every = this.options.tty ? (this.options.redrawEvery ?? 0.2) : (this.options.plainEvery ?? 5)
    if (p.seconds - this.last < every) return
    this.last = p.seconds
    if (this.options.tty) {
      this.write(`\r\x1b[K${formatBarLine(p)}`)
      this.shown = true
    } else {
      this.write(`${formatPlainLine(p)}\n`)
    }
  }

  clear(): void {
    if (this.shown) this.write("\r\x1b[K")
    this.shown = false
  }
}

/** What the records hold; parts that are zero for every record are left out, except boilerplate. */
export const formatTally = (t: RecordTally): string => {
  const parts: Array<string> = []
  const languages = counts(t.languages)
  if (languages.length > 0) parts.push(`languages ${languages}`)
  const found = [
    t.titles > 0 ? plural(t.titles, "title") : "",
    t.datelines > 0 ? plural(t.datelines, "dateline") : "",
    t.bylines > 0 ? plural(t.bylines, "byline") : "",
    t.published > 0 ? `${t.published.toLocaleString("en-US")} published dates` : ""
  ].filter((p) => p.length > 0)
  if (found.length > 0) parts.push(found.join(", "))
  parts.push(plural(t.paragraphs, "paragraph"))
  const cut = Object.values(t.boilerplate).reduce((a, b) => a + b, 0)
  parts.push(`boilerplate cut ${cut.toLocaleString("en-US")}${cut > 0 ? ` (${counts(t.boilerplate)})` : ""}`)
  const entities = Object.values(t.entities).reduce((a, b) => a + b, 0)
  if (entities > 0) parts.push(`entities ${entities.toLocaleString("en-US")} (${counts(t.entities)})`)
  const more = [
    t.dates > 0 ? plural(t.dates, "date") : "",
    t.quotes > 0 ? plural(t.quotes, "quote") : "",
    t.numbers > 0 ? plural(t.numbers, "number") : "",
    t.keywords > 0 ? plural(t.keywords, "keyword") : ""
  ].filter((p) => p.length > 0)
  if (more.length > 0) parts.push(more.join(", "))
  return parts.join("; ")
}

/**
 * The final summary. The first line is the account of every input:
 * `inputs → records + rejects (by reason) [+ duplicates dropped] = inputs ✓`,
 * then time and throughput; then what the records hold, and what was skipped.
 */
export const formatSummary = (s: CorpusSummary): string => {
  const kinds = `exact ${s.duplicatesByKind.exact.toLocaleString("en-US")}, near ${s.duplicatesByKind.near.toLocaleString("en-US")}`
  const marked = s.duplicates - s.duplicatesDropped
  const recordPart = marked > 0 ? `${plural(s.records, "record")} (${plural(marked, "marked duplicate")}: ${kinds})` : plural(s.records, "record")
  const rejectPart = s.rejects === 0 ? "0 rejects" : `${plural(s.rejects, "reject")} (${counts(s.rejectsByReason)})`
  const dropped = s.duplicatesDropped > 0 ? ` + ${plural(s.duplicatesDropped, "duplicate")} dropped (${kinds})` : ""
  const total = s.records + s.rejects + s.duplicatesDropped
  const check = total === s.inputs ? "✓" : `≠ ${s.inputs.toLocaleString("en-US")} (a bug: please report it)`
  const speed = [
    `${Math.round(s.seconds > 0 ? s.inputs / s.seconds : 0).toLocaleString("en-US")} articles/s`,
    rate(s.bytes, s.seconds),
    plural(s.workers, "worker"),
    `peak ${Math.round(s.peakRssBytes / 1e6)} MB`
  ].join(", ")
  const lines = [
    `khabar: ${plural(s.inputs, "input")} → ${recordPart} + ${rejectPart}${dropped} = ${total.toLocaleString("en-US")} ${check} in ${s.seconds.toFixed(2)} s (${speed})`
  ]
  if (s.records > 0) lines.push(`khabar: records hold ${formatTally(s.tally)}`)
  if (s.shard !== null) {
    lines.push(`khabar: shard ${formatShard(s.shard)}: ${plural(s.skipped.otherShards, "input")} of other shards left out`)
  }
  if (s.skipped.done > 0) lines.push(`khabar: resumed: ${plural(s.skipped.done, "input")} already in the outputs skipped`)
  if (s.workerNote !== null) lines.push(`khabar: ${s.workerNote}`)
  return lines.join("\n") + "\n"
}

/** A reject as one line on stderr (used when there is no --rejects file). */
export const formatRejectLine = (r: Reject): string => {
  const at = r.source.path === null ? "" : ` [${r.source.path}${r.source.index === null ? "" : `#${r.source.index}`}]`
  return `khabar: reject ${r.reason}: ${r.message}${at}\n`
}

/** Quotes a word for a POSIX shell when it needs it. */
export const shellQuote = (word: string): string =>
  /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
