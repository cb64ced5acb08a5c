/**
 * The body lines: each line after the head is chrome (a lexicon rule or a
 * shape heuristic) or stays for the paragraphs. A few rules open a block —
 * after `مقالات ذات صلة` / `Related Topics`, the short lines are links; after
 * `للتواصل مع الكاتب` they are contact lines — and an end marker
 * (`// انتهى //`) makes the short lines after it chrome too.
 *
 * @module
 */
import type { Zone } from "../lexicons/lexicon.js"
import type { BoilerplateKind } from "../schema/record.js"
import { dateTimeLine, lexiconVerdict, lineVerdict, type Verdict } from "./boilerplate.js"
import { notePublished, type Context } from "./context.js"
import { cutColumnLabel } from "./label.js"

/** Lines this close to the end are in the tail zone. */
const TAIL_LINES = 8
/** Lines longer than this (in UTF-16 units) are paragraphs without further checks. */
const LONG_TEXT_LINE = 600
/** Lines this close to the start of the body are in the head zone. */
const HEAD_LINES = 3

const ANY: ReadonlySet<Zone> = new Set(["any"])
const ANY_HEAD: ReadonlySet<Zone> = new Set(["any", "head"])
const ANY_TAIL: ReadonlySet<Zone> = new Set(["any", "tail"])
const ALL: ReadonlySet<Zone> = new Set(["any", "head", "tail"])
const zones = (head: boolean, tail: boolean): ReadonlySet<Zone> => (head ? (tail ? ALL : ANY_HEAD) : tail ? ANY_TAIL : ANY)

/** Words from which a line that ends in a full stop is prose, not a link or a tag of a block. */
const PROSE_WORDS = 10

/** Does the line ending at `hi` end in one full stop (not an ellipsis of a teaser: `..`, `…`)? */
const endsSentence = (text: string, hi: number): boolean => text.charCodeAt(hi - 1) === 0x2e && text.charCodeAt(hi - 2) !== 0x2e

interface Block {
  readonly kind: BoilerplateKind
  readonly rule: string
  readonly maxTokens: number
}

/** The block a verdict opens: link and tag lines of up to 30 words, other lines (contacts) of up to 14. */
const blockOf = (v: Verdict): Block => ({ kind: v.kind, rule: v.rule, maxTokens: v.kind === "related" || v.kind === "tags" ? 30 : 14 })

export const readBody = (ctx: Context): void => {
  const states = ctx.states
  const n = states.length
  let block: Block | null = null
  let afterEnd = false
  for (let k = ctx.bodyFrom; k < n; k++) {
    const st = states[k]!
    if (st.empty) continue
    const where = zones(k - ctx.bodyFrom < HEAD_LINES, n - k <= TAIL_LINES)
    // a column label opens one of the first lines of the body (with an author field, a
    // site may print the lead twice: in the author field and again as the first paragraph)
    // (before the long-line check: a label opens long paragraphs)
    if (k - ctx.bodyFrom < HEAD_LINES) {
      cutColumnLabel(ctx, st)
      if (st.empty) continue
    }
    // a long line is text: no chrome rule matches more than 40 words
    if (st.hi - st.lo > LONG_TEXT_LINE) {
      block = null
      afterEnd = false
      continue
    }
    if (block !== null) {
      const tokens = st.tokens(block.maxTokens + 1)
      // a sentence of ten words or more that ends in a full stop is the article going on
      // after the box (`اقرأ أيضا` … `end of list`, then `وكانت البعثة قد …`): links and tags have no full stop
      if (!tokens.truncated && !(tokens.keys.length >= PROSE_WORDS && endsSentence(ctx.text, st.hi))) {
        const v = lexiconVerdict(ctx.lex, ctx.text, tokens, where)
        if (v !== null) st.cutAll("boilerplate", v.kind, v.rule)
        else st.cutAll("boilerplate", block.kind, `${block.rule} (block)`)
        // a box under a box (`الوسوم` …, then `مقالات ذات صلة` …): its lines are of its kind
        if (v?.opensBlock === true) block = blockOf(v)
        continue
      }
      block = null
    }
    if (afterEnd) {
      const tokens = st.tokens(17)
      const dt = dateTimeLine(ctx.lex, ctx.text, tokens)
      if (dt !== null) {
        st.cutAll("boilerplate", "timestamp", "heuristic:date-time-line")
        continue
      }
      if (!st.tokens(13).truncated) {
        const v = lineVerdict(ctx.lex, ctx.text, st.lo, st.hi, st, where)
        st.cutAll("boilerplate", v?.kind ?? "other", v?.rule ?? "heuristic:after-end-marker")
        continue
      }
      afterEnd = false
    }
    if (ctx.titleKey !== null) {
      // (also with the kicker cut from the title: `شاهد.. …` printed again as `شاهد …`)
      const tokens = st.tokens(ctx.titleTokens + ctx.kickerTokens + 1)
      const key = tokens.truncated ? null : tokens.keys.join(" ")
      if (key !== null && (key === ctx.titleKey || (ctx.kickerKey !== null && key === `${ctx.kickerKey} ${ctx.titleKey}`))) {
        st.cutAll("boilerplate", "other", "heuristic:repeated-title")
        continue
      }
    }
    const v = lineVerdict(ctx.lex, ctx.text, st.lo, st.hi, st, where)
    if (v === null) continue
    // a stamp among the first lines of the body, under a standfirst or a byline the head
    // did not read (`Mon 30 Nov 2026 07.00 GMT`), dates the article as one in the head does
    if (v.kind === "timestamp" && k - ctx.bodyFrom < HEAD_LINES) notePublished(ctx, dateTimeLine(ctx.lex, ctx.text, st.tokens(17))?.ymd, "timestamp")
    st.cutAll("boilerplate", v.kind, v.rule)
    if (v.kind === "end-marker") afterEnd = true
    if (v.opensBlock) block = blockOf(v)
  }
}
