/**
 * Column labels that open the first lines of the body: an outlet's name, one
 * to three words and a colon (`"سبق" تقول للمسؤول: …`).
 *
 * @module
 */
import type { Context } from "./context.js"
import type { LineState } from "./state.js"

/** What may stand between the outlet's name and the words of a column label: blanks and quote marks (`"سبق" تقول`, `&quot;سبق&quot; تقول`). */
const LABEL_GAP = /^(?:\s|["'«»“”‘’]|&quot;)*$/

/**
 * A column label at the start of the first paragraph: the outlet's name, one
 * to three words and a colon (`"سبق" تقول للمسؤول: …`, `الوطن تقول: …`). It
 * is the heading of a column, not a credit (no place, no name, no separator
 * after the outlet: `سبق- الرياض:` is a credit and is read as one), so it is
 * cut as navigation and the paragraph starts after the colon.
 */
export const cutColumnLabel = (ctx: Context, st: LineState): void => {
  const t = st.tokens(6)
  const src = ctx.lex.sources.longestAt(t.keys, 0)
  if (src === null || src.value.kind !== "outlet") return
  const text = ctx.text
  // the outlet opens the line (a bullet or a dash before it makes a list item: `- الحياة العملية:`)
  if (!LABEL_GAP.test(text.slice(st.lo, t.starts[0]!))) return
  const first = src.length
  // one to three words after the outlet, then the colon
  for (let n = 1; n <= 3 && first + n <= t.keys.length; n++) {
    const lastEnd = t.ends[first + n - 1]!
    let i = lastEnd
    while (i < st.hi && /[\s"'«»“”]/.test(text[i]!)) i++
    if (text.charCodeAt(i) !== 0x3a) continue
    for (let j = first; j < first + n; j++) {
      const gap = text.slice(t.ends[j - 1]!, t.starts[j]!)
      if (!LABEL_GAP.test(gap)) return
      if (ctx.lex.places.longestAt(t.keys, j) !== null || ctx.lex.sources.longestAt(t.keys, j) !== null) return
    }
    st.cutFront(i + 1, "boilerplate", "navigation", "heuristic:column-label")
    return
  }
}
