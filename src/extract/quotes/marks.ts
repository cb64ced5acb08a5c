/**
 * Layer 3 of the quote scanner: quotation marks. Pairs the marks of a paragraph (the outermost pair wins; an
 * unclosed mark is capped at the paragraph's end), reads the scraped forms of Arabic text (`:”…”`, `:»…«`, `“…“`),
 * tells a short name in marks (`"سامر":`) from speech, and decides whether one quote goes on from the one before.
 *
 * @module
 */
import { BREAK, NUM, PUNCT, WORD, foldKey, isCapitalized } from "../internal/tokens.js"
import type { Range } from "../internal/ranges.js"
import type { TextView } from "../../model/view.js"
import { EntityIndex } from "./entity-index.js"
import { ALEF_LAM, CLOSING_TYPE, COMMAS, hasWithWaw, MIN, MIN_WORDS_BARE, OPENERS, STRAIGHT, vocalized, type Mark, type Speaker } from "./scanner.js"

const LA = foldKey("\u0644\u0627")[0]!

/** `ومن` (`MIN` of scanner.ts with its `و`): before a lead word handing the turn over (`ومن جانبه`; {@link MarkScanner.attributionOpens}). */
const WA_MIN = `\u0648${MIN}`

/** `ما` (search-form key). */
const MA = foldKey("\u0645\u0627")[0]!

/** A present verb's prefix and three letters or more (`يحاول`, `تعمل`): a circumstance after `وهو`, not an apposition's noun. */
const PRESENT = /^[\u064a\u062a\u0646][^\s]{2,}$/

/**
 * Clitics written as a word of their own before a mark glued to them (`بـ”`, `و»`, `لـ»`, `للـ«`, `الـ”`): a closing-type
 * mark there, glued to the word after it, opens (thirty-second session).
 */
const MARK_CLITICS: ReadonlySet<string> = new Set(["\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0644\u0644", "\u0648\u0644", "\u0648\u0628", "\u0641\u0644", "\u0641\u0628", ALEF_LAM, "\u0648\u0627\u0644", "\u0628\u0627\u0644"])

/** `ب` with or without `و`/`ف` and the article (`بـ”`, `وبـ»`, `بالـ”`): the clitic of what a verb describes or charges with. */
export const BA_CLITICS: ReadonlySet<string> = new Set(["\u0628", "\u0648\u0628", "\u0641\u0628", "\u0628\u0627\u0644"])

/** How many words a cue before a colon and a `«` may hold in an open quote ({@link MarkScanner.cueClauseStart}). */
const CUE_CLAUSE = 6

/** The most words a stray `«` holds before a colon and the next `«` ({@link MarkScanner.strayBeforeColon}). */
const STRAY_WORDS = 4

/** How many tokens after a closing-type mark read as an opener after a clitic its closer may stand ({@link MarkScanner.closedAfter}). */
const CLOSE_REACH = 160

/** A participle's plural or dual ending (`قائلين`, `قائلون`, `قائلان`): no single speaker's speech in parentheses ({@link MarkScanner.introducesParen}). */
const PLURAL_OR_DUAL = /(?:\u064a\u0646|\u0648\u0646|\u0627\u0646)$/
/** The most tokens from a `(` after a participle of saying to its `)` ({@link MarkScanner.parenSpeech}). */
const PAREN_REACH = 200

/** How many tokens after a quote a cue attributed marks may stand and go on with its speaker's words ({@link MarkScanner.laterClause}). */
const LATER_CLAUSE = 30

/** Single quotation marks that open words quoted inside a quote (`"'Oh no …`; {@link MarkScanner.reopens}). */
const SINGLE_OPENERS: ReadonlySet<string> = new Set(["'", "\u2018"])

/** Single quotation marks that close words quoted inside a quote (`… saying 'what now?' "To …`; {@link MarkScanner.reopens}). */
const SINGLE_CLOSERS: ReadonlySet<string> = new Set(["'", "\u2019"])

/** Punctuation after which no quote opens (search-form keys): a `«` right before one closes ({@link MarkScanner.beforeStop}). */
const STOPS: ReadonlySet<string> = new Set([".", ",", "\u060c", ":", "\u061b", ";", "!", "?", "\u061f"])

/** How many words back a speech verb may stand before a reversed `”` in a paragraph of reversed marks alone (`allReversed`). */
const REVERSED_REACH = 16
/** The most tokens between an open English quote's mark and a term quoted inside it ({@link MarkScanner.englishTerm}). */
const TERM_REACH = 48
/**
 * The most tokens between an English term's closing mark and the next mark after it ({@link MarkScanner.englishTerm}):
 * the open quote's close, or the next quote's opening mark, stands within a long sentence of the term (on the BBC
 * English dump, 25 tokens at most). Beyond it the term is not read as one: the quote ends at its mark. It was 200
 * before the forty-sixth session, with the same records on the three dumps.
 */
const TERM_AFTER = 64

/** The most tokens from the first term quoted inside a quote to the mark that closes it, and back to its opening mark ({@link MarkScanner.speechOverTerms}). */
const SPEECH_REACH = 400
/** The most terms quoted inside a quote that {@link MarkScanner.speechOverTerms} reads over. */
const SPEECH_TERMS = 6
/** The most words of a term quoted inside a quote ({@link MarkScanner.speechOverTerms}). */
const TERM_WORDS = 4

/** No counts yet (shared: {@link MarkScanner.guillemetsLeftOpen} makes a new array for each paragraph it counts). */
const NO_GUILLEMETS = new Int32Array(0)

/** Pairing of quotation marks and short names in marks. */
export abstract class MarkScanner extends EntityIndex {
  /** The paragraph start whose `«`/`»` counts from each token to the end {@link guillemetTail} holds (-1: none yet). */
  private guillemetTailAt = -1
  /** `«` less `»` from each token of the paragraph at {@link guillemetTailAt} to its end. */
  private guillemetTail: Int32Array = NO_GUILLEMETS
  /** The `«` whose cut {@link openGuillemetCut} last read (-1: none yet). */
  private guillemetCutOpen = -1
  /** The token from which {@link openGuillemetCut} reads on for {@link guillemetCutOpen}. */
  private guillemetCutFrom = 0
  /** The cut found for {@link guillemetCutOpen} (-1: none found yet). */
  private guillemetCutAt = -1
  /** The paragraph start whose `«`/`»` counts {@link unbalanced} holds (-1: none yet; thirtieth session). */
  private unbalancedAt = -1
  /** Whether the paragraph at {@link unbalancedAt} holds more `«` than `»`. */
  private unbalanced = false
  /** Pairs the quotation marks of a paragraph (outermost pairs; an unclosed one is capped at the paragraph end). */
  protected marks(ps: number, pe: number): Array<Mark> {
    this.reversedOnly = -1
    const out: Array<Mark> = []
    let open = -1
    let closers = ""
    let opener = ""
    let depth = 0
    let inner = false
    // (the mark that closes a quote read over the terms quoted inside it, `speechOverTerms`; -1: none)
    let speechClose = -1
    // (the term's closing mark after a quote left open ended before a new attribution, `termInOpenQuote`; -1: none)
    let skipUntil = -1
    for (let j = ps; j < pe; j++) {
      const c = this.markChar(j)
      if (c === null || j <= skipUntil) continue
      // (`قال عنه ««X»، …: «…»`, `: ««وَمَنْ …»»`: a `«` or `»` typed twice is one mark; thirty-eighth session)
      if (this.doubledMark(j, ps, c)) continue
      // (the marks of the terms inside a quote are passed over, the quote closes at the mark found for it; fifty-first
      // session, helper arinner)
      if (open >= 0 && speechClose >= 0) {
        if (j < speechClose) continue
        out.push({ open, close: j, capped: false, split: false })
        open = -1
        speechClose = -1
        continue
      }
      if (open < 0) {
        inner = false
        if (CLOSING_TYPE.has(c) && !this.looksLikeOpener(j, ps) && !this.reversedOpener(j, pe)) continue
        if (this.strayGuillemetBeforeComma(j, c, pe)) continue
        // a straight quote glued to the word before it and followed by a space closes a quote: never open there
        if (!OPENERS.has(c) || (STRAIGHT.has(c) && this.looksLikeCloser(j, pe) && !this.gluedOpener(j, pe))) continue
        open = j
        opener = c
        closers = OPENERS.get(c) ?? c
        depth = 0
        continue
      }
      // `«داعش «الرئيسي، …`, `«سابك « عن`: a `«` typed for `»` one to three words after the open `«`, in a paragraph
      // with more `«` than `»`, followed by a space or punctuation, or by a word with no `»` within four words after it
      // (not `«تنظيم «داعش» في …»`, a name quoted inside): it closes the open quote (before, it nested, and the open
      // quote ran on over the marks after it to the paragraph's end; thirtieth session)
      if (c === opener && c === "\u00ab" && depth === 0 && this.typedForClose(open, j, ps, pe)) {
        out.push({ open, close: j, capped: false, split: false })
        open = -1
        continue
      }
      // `«إدانة لاستهداف … المدن السورية«.`, `«المكان يعكس … الأهالي «،`: a `«` followed by a full stop, a comma, a colon
      // or the paragraph's end opens nothing; at depth 0 it is a `»` typed the wrong way and closes the open quote
      // (before, it nested and the quote ran on to the paragraph's end; forty-first session)
      if (c === opener && c === "\u00ab" && depth === 0 && this.beforeStop(j, pe)) {
        out.push({ open, close: j, capped: false, split: false })
        open = -1
        continue
      }
      // `… حقيقيًا. «وأضاف باركي: «التوترات …`, `عبر حسابه في «(تويتر): «السوبر …`, `«نانسي عجرم: «رحم الله …».`: a `«`
      // that holds only one to four words before a colon and the next `«`, never closed (no `»` left for it in the
      // paragraph), opens nothing: a stray mark (a `»` typed the wrong way, or a name's mark left open); the `«` after
      // the colon opens the quote (sixty-third session, helper arquote23, `strayBeforeColon`; before, the stray mark
      // opened a quote with the cue in it and the speech after the colon was lost)
      if (c === opener && c === "\u00ab" && depth === 0 && !inner && this.strayBeforeColon(open, j) && this.guillemetsLeftOpen(j, ps, pe)) {
        open = j
        continue
      }
      // `قال: «هناك فرق كبير … للموسم، وأضاف: «سنقاتل …».`: a `«` left open before another attribution (a speech verb
      // or a participle and its colon, after a comma, a full stop or a word), when the `«` after the colon is the
      // paragraph's last unclosed one (no `»` left for the open quote): the open quote ends before the cue and the new
      // mark opens the next quote (forty-sixth session, helper club; before, the second `«` nested and the two quotes
      // were one)
      // (forty-seventh session, helper nest: and after a complementizer, `… تنظيم «داعش». وتوقع أن «يشن …`, when the new
      // `«` opens speech, not a name: its next mark is no `»` within four words; a name quoted inside the open quote,
      // `«داعش»`, no longer counts as another mark in it)
      if (c === opener && c === "\u00ab" && depth === 0 && !inner && this.opensAfterCue(j, pe) && this.guillemetsLeftOpen(j, ps, pe)) {
        const end = this.keys[j - 1] === ":" ? this.cueClauseStart(open, j, pe) : this.complementizerCueStart(open, j, pe)
        if (end >= 0) {
          out.push({ open, close: end, capped: false, split: true })
          open = j
          continue
        }
      }
      // `قال إن «حزب «الأمة» لن يشارك في الحكومة. من جهته، قال X …، مشيرا إلى «أنه …».`: a `«` left open (a name quoted
      // inside it or not) and never closed (the paragraph holds no `»` left for it from the new `«` on), before a
      // sentence that opens with a new attribution (a speech verb, a participle of saying or a lead word handing the
      // turn over, `attributionOpens`): the open quote ends at that sentence's full stop, and the new `«` is read as
      // any mark after the writer's words (before, it nested and the quote ran on over the attribution and the next
      // quote; fifty-third session, helper arguill)
      if (c === opener && c === "\u00ab" && depth === 0 && !inner && this.guillemetsLeftOpen(j, ps, pe)) {
        const cut = this.openGuillemetCut(open, j)
        if (cut >= 0) {
          out.push({ open, close: cut, capped: true, split: true })
          open = -1
          j--
          continue
        }
      }
      if (c === opener && !closers.includes(c)) {
        depth++
        continue
      }
      // `قال: "خرج والدي … منظر أبي "رحمه الله" وهو … السيارة "تحتفظ سبق بمعلوماتها"، … "هاي لوكس غمارتين".  وقال …`,
      // `قائلاً: ” … قدمنا أعمالا كثيرة منها “بيت العائلة” الذي … العربي.”`, `وقال X " … لـ "أوفيد" التي … "أوفيد" تنافس …".`:
      // a quote runs over the terms of one to four words quoted inside it to the mark that closes it
      // ({@link speechOverTerms}; before, the first term's opening mark closed the quote and most of it was lost;
      // fifty-first session, helper arinner). Read before the cue's mark below: a term after a complementizer inside
      // the quote, `… لذلك نعلم أن "الكنز" لا بد …".`, opens no new quote when a closing mark follows the terms.
      if (depth === 0 && !inner && (c === opener ? STRAIGHT.has(c) || c === "\u201c" || c === "\u201d" : c === "\u201c" && opener === "\u201d")) {
        const close = this.speechOverTerms(open, j, pe, opener)
        if (close >= 0) {
          speechClose = close
          continue
        }
      }
      // `قائلة: "أشتاق … مضيفاً: "في كل عام …"`, `بأنه “كان … حيث أفادت بأنها “كانت …”`: a mark left open before
      // another attribution; the same mark after a colon or a complementizer, spaced from it and glued to the word
      // after it, opens the next quote (the open one ends there; before, it closed the open quote and the next quote
      // was lost)
      // (only with no other mark inside the open quote: `"…» واضاف: «…» … : "` is a mixed pair, not an open mark)
      // (not after a complementizer that is the open quote's one word, `"إن "عاصفة الحزم" حققت …`: a term the quote opens
      // with, read by termInOpenQuote below; fifty-second session, helper arnocolon)
      if (depth === 0 && !inner && c === opener && closers.includes(c) && this.opensAfterCue(j, pe) && !this.complementizerAlone(open + 1, j)) {
        // (the open quote ends at the full stop before the cue's sentence, `… جنائية. وأضاف: "…`, not with the cue in it;
        // forty-first session)
        const end = this.cueSentenceEnd(open, j)
        out.push({ open, close: end >= 0 ? end : j, capped: false, split: true })
        open = j
        inner = false
        continue
      }
      // `"إن العناصر … للتنظيم. وأضاف رئيس الحكومة "لكننا …"`: a straight mark left open before a sentence that opens
      // with a speech verb and at most four words of its subject, then the same mark spaced from them and glued to the
      // word after it: that mark opens the next quote, and the open one ends at the full stop before the verb (before,
      // it closed the open quote with the attribution inside, and every pair after it was shifted by one; twenty-ninth
      // session)
      const attribution = depth === 0 && !inner && c === opener && STRAIGHT.has(c) ? this.attributionBefore(open, j, pe) : -1
      if (attribution >= 0) {
        out.push({ open, close: attribution, capped: false, split: true })
        open = j
        continue
      }
      // `"… على خطة "ب" التي تشمل …".`, `"… ما يعرف باسم "الحزام الأخضر" - وهو …".`: the same straight mark spaced
      // from the word before it and glued to the word after it inside an open quote opens a term quoted inside it, when
      // a mark glued to a word and spaced after closes the term within six words and the paragraph holds one more such
      // mark after it for the open quote (before, the term's opening mark closed the quote; twenty-ninth session)
      // (forty-first session: and a `“` inside a quote `“` opened, `“نجح برنامج “البيت” في …”`, the term closed by a `”`
      // and the open quote by a `”` or `“` after it)
      if (depth === 0 && !inner && c === opener && (STRAIGHT.has(c) || c === "\u201c") && this.nestedTerm(j, pe, c)) {
        depth++
        continue
      }
      // `"At that meeting he said he was going to "fake" an injury and walk off. "He also …`: the same in English, a Latin
      // word after the mark, when the open quote's closing mark or the next quote's opening mark follows the term
      // (forty-fifth session, {@link englishTerm})
      if (depth === 0 && !inner && c === opener && c === '"' && this.englishTerm(open, j, pe)) {
        depth++
        continue
      }
      // `the venture had been "ambitious and ground-breaking, but take-up had not been "sufficient to continue with the
      // project".`: an English piece left open before the paragraph's second piece; the open piece ends at its first
      // sentence end or comma and `and`/`but`, and the new mark opens the second (fifty-eighth session, helper enquote8:
      // before, the first piece ran on over the writer's words to the new mark, and the second was lost;
      // {@link unclosedPieceCut})
      const pieceCut = depth === 0 && !inner && c === opener && c === '"' ? this.unclosedPieceCut(open, j, pe) : -1
      if (pieceCut >= 0) {
        out.push({ open, close: pieceCut, capped: false, split: true })
        open = j
        continue
      }
      // `«أن هناك … محددة.وقال:»كل ما نعرفه … وأصدقائه».`: a `»` right after the colon of a cue (a speech verb or a
      // participle of saying opening its clause, `cueClauseStart`) inside an open `«`, followed by a word, with a `»`
      // left after it in the paragraph for it: the scrape typed `»` for the next quote's `«` (the open one's `»` lost);
      // the open quote ends before the cue and the `»` opens the next quote (sixty-third session, helper arquote23;
      // before, the `»` closed the open quote with the cue inside it, and the next quote was lost)
      // (and inside a quote such a `»` opened, `وقال:» لا عمالة … الجميع وقال:» انتم … اللبنانية».`)
      if (depth === 0 && !inner && c === "\u00bb" && (opener === "\u00ab" || opener === "\u00bb") && this.keys[j - 1] === ":" && this.looksLikeOpener(j, ps) && !this.guillemetsLeftOpen(j + 1, ps, pe)) {
        const end = this.cueClauseStart(open, j, pe)
        if (end >= 0) {
          out.push({ open, close: end, capped: false, split: true })
          open = j
          opener = c
          closers = OPENERS.get(c) ?? c
          continue
        }
      }
      // (a `»` that closes a name quoted inside an open `«`, `«… تنظيم «داعش» …`, is no other kind of mark in it;
      // forty-seventh session, helper nest)
      if (c !== opener && !(depth > 0 && c === "\u00bb" && opener === "\u00ab")) inner = true
      // `"It was late. "We left at once."`: speech that went on over paragraphs the scrape joined opens
      // again after a full stop without closing; the new mark ends the open quote and opens the next
      if (depth === 0 && STRAIGHT.has(c) && c === opener && this.reopens(j, pe)) {
        out.push({ open, close: j, capped: false, split: true })
        open = j
        inner = false
        continue
      }
      // `"التجربة الصاروخية كانت "فريدة في توقيتها …".`: a stray straight mark inside an open quote (spaced from the word
      // before it, glued to the Arabic word after it) whose paragraph's next and last such mark closes: the writer's
      // typo; the open quote runs on to that last mark (before, the stray mark closed it after three words and the rest
      // was lost; forty-fourth session)
      if (depth === 0 && !inner && c === opener && STRAIGHT.has(c) && this.strayOpener(open, j, pe, c)) continue
      // `قال الوزير: "إن "عاصفة الحزم" حققت أهدافها، … التحديات.` (the paragraph's end): a straight quote never closed,
      // with a term of one to four words quoted inside it and no mark after the term: the term nests and the quote runs
      // to the paragraph's end (before, the term's opening mark closed the quote after a word or two and the rest was
      // lost; fifty-second session, helper arreport)
      // (and when a sentence that opens with a new attribution follows the term, the quote ends at the full stop
      // before it: `مضيفا: "… مناصري "داعش" ومعاونيهم. وأشار إلى أن …`)
      const term = depth === 0 && !inner && c === opener && STRAIGHT.has(c) ? this.termInOpenQuote(open, j, pe, c) : null
      if (term !== null && term[1] >= pe) {
        depth++
        continue
      }
      if (term !== null) {
        out.push({ open, close: term[1], capped: false, split: true })
        open = -1
        skipUntil = term[0]
        continue
      }
      if (closers.includes(c)) {
        if (depth > 0) {
          depth--
          continue
        }
        out.push({ open, close: j, capped: false, split: false })
        open = -1
      }
    }
    // (a `«` never closed: the paragraph's end, or the full stop before a new attribution, `openGuillemetCut`;
    // fifty-third session, helper arguill)
    const cut = open >= 0 && opener === "\u00ab" ? this.openGuillemetCut(open, pe) : -1
    if (cut >= 0) {
      out.push({ open, close: cut, capped: true, split: true })
      open = -1
    }
    if (open >= 0) {
      // (`"I suppose it's a film but we feel it's much more.' The band strikes up …`: an English quote left open to
      // the paragraph's end closes at a single mark typed for its closer; forty-seventh session, helper nest)
      const stray = opener === '"' ? this.singleCloser(open, pe) : -1
      out.push(stray >= 0 ? { open, close: stray, capped: false, split: false } : { open, close: pe, capped: true, split: false })
    }
    return out
  }

  /**
   * The single mark that closes an English quote left open at `open` to the paragraph's end `pe` (forty-seventh
   * session, helper nest): a `'` or `’` glued to a full stop, `?` or `!` and followed by a space and a capitalized word
   * (`… a bit more.' The orchestra strikes up …`), with no single mark opening words quoted inside before it (`I said
   * 'yes.' He …` closes the inner words); else -1. The quote must open with a Latin word. Reads the quote once.
   */
  protected singleCloser(open: number, pe: number): number {
    const t = this.t
    if (open + 1 >= pe || t.kinds[open + 1] !== WORD || !/^[a-z]/.test(this.keys[open + 1]!)) return -1
    let inside = 0
    for (let k = open + 1; k + 1 < pe; k++) {
      const key = this.keys[k]!
      if (key !== "'" && key !== "\u2019" && key !== "\u2018") continue
      // a single mark spaced from the token before it and glued to a word opens words quoted inside
      if (t.spaced[k] === 1 && t.spaced[k + 1] === 0 && t.kinds[k + 1] === WORD) {
        inside++
        continue
      }
      if (t.spaced[k] !== 0 || t.spaced[k + 1] !== 1) continue
      if (inside > 0) {
        inside--
        continue
      }
      if (this.isSentenceEnd(k - 1) && t.kinds[k + 1] === WORD && isCapitalized(t, this.text, k + 1)) return k
    }
    return -1
  }

  /** Is the `«` or `»` at `j` glued right after the same mark (`««`, `»»`): typed twice, one mark (thirty-eighth session)? */
  protected doubledMark(j: number, ps: number, c: string): boolean {
    return (c === "\u00ab" || c === "\u00bb") && j > ps && this.t.spaced[j] === 0 && this.markChar(j - 1) === c
  }

  /**
   * Is the `«` at `j`, inside the quote `«` opened at `open`, a mistyped `»` (thirtieth session)? Not glued to the
   * words on both sides, one to three words alone between them, the paragraph `[ps, pe)` holds more `«` than `»`, and
   * after `j` a space or punctuation, or no `»` among the next five tokens. Counts the paragraph's marks once per
   * paragraph ({@link unbalancedAt}).
   */
  protected typedForClose(open: number, j: number, ps: number, pe: number): boolean {
    const t = this.t
    if (j - open - 1 < 1 || j - open - 1 > 3) return false
    // (not glued to the words on both sides: `لـ«الجنايات …` opens a name inside the quote)
    const next = j + 1
    if (t.spaced[j] === 0 && next < pe && t.spaced[next] === 0 && t.kinds[next] === WORD) return false
    for (let k = open + 1; k < j; k++) if (t.kinds[k] !== WORD) return false
    if (this.unbalancedAt !== ps) {
      this.unbalancedAt = ps
      let opens = 0
      let closes = 0
      for (let k = ps; k < pe; k++) {
        const m = this.markChar(k)
        if (m === "\u00ab") opens++
        else if (m === "\u00bb") closes++
      }
      this.unbalanced = opens > closes
    }
    // (forty-second session: in a paragraph as balanced, both marks spaced from the words on both sides, `أن « كاسيو «
    // تفتخر …`: two opening marks typed as a pair around a name)
    if (!this.unbalanced && !this.spacedPair(open, j, pe)) return false
    if (next >= pe || t.spaced[next] === 1 || t.kinds[next] !== WORD) return true
    for (let k = next; k < Math.min(pe, next + 5); k++) if (this.markChar(k) === "\u00bb") return false
    return true
  }

  /** Are the marks at `open` and `j` both spaced from the token before them and from the token after them (`« X «`)? */
  protected spacedPair(open: number, j: number, pe: number): boolean {
    const t = this.t
    return open > 0 && t.spaced[open] === 1 && t.spaced[open + 1] === 1 && t.spaced[j] === 1 && j + 1 < pe && t.spaced[j + 1] === 1
  }

  /**
   * The sentence end before the cue of the mark at `j` (a colon right before it), when the words and commas between
   * them, sixteen tokens at most, hold a speech verb or a participle of saying (`… جنائية. وأضاف: "`, `… الإشعاعية.
   * وأردف: "`, `… الشعرية. من جهته، قال مدير X فهد الحارثي: "`) and the open quote keeps three words or more before it;
   * else -1 (forty-first session).
   */
  protected cueSentenceEnd(open: number, j: number): number {
    const t = this.t
    let k = j - 1
    if (this.keys[k] !== ":") return -1
    let cue = false
    for (k--; k > open && j - k <= 16; k--) {
      if (this.isSentenceEnd(k)) return cue && this.wordCount(open + 1, k) >= MIN_WORDS_BARE - 1 ? k : -1
      if (t.kinds[k] === WORD) {
        if (this.verbAt(k, this.pe) > 0 || this.participleAt(k)) cue = true
      } else if (!this.isPunct(k, COMMAS)) return -1
    }
    return -1
  }

  /**
   * Where a quote left open at `open` ends when the `«` at `j` opens the next one (forty-sixth session, helper club):
   * the colon right before `j` closes a cue of at most {@link CUE_CLAUSE} words that opens with a speech verb or a
   * participle of saying (`…، وأضاف: «`, `… . مضيفا: «`, `… قضائيا وأضاف: «`); the comma or full stop before the cue,
   * else the cue's first word when it is glued to و/ف or a participle. -1 when there is no such cue, or when the open
   * quote would keep fewer than two words.
   */
  protected cueClauseStart(open: number, j: number, pe: number): number {
    const t = this.t
    if (this.keys[j - 1] !== ":") return -1
    let first = -1
    for (let k = j - 2; k > open && j - k <= CUE_CLAUSE + 1; k--) {
      if (t.kinds[k] !== WORD) {
        if (first < 0 || (!this.isSentenceEnd(k) && !this.isPunct(k, COMMAS))) return -1
        return this.wordCount(open + 1, k) >= MIN_WORDS_BARE - 1 ? k : -1
      }
      const key = this.keys[k]!
      if (this.verbAt(k, pe) > 0 || this.participleAt(k)) first = k
      else if (first >= 0 && t.kinds[k - 1] === WORD) {
        // a word before the cue, no punctuation between: the cue must be glued to و/ف or be a participle
        const cue = this.keys[first]!
        const glued = (cue.length >= 4 && (cue[0] === "\u0648" || cue[0] === "\u0641")) || this.participleAt(first)
        if (!glued || first !== k + 1) return -1
        // (a participle after the words of a sentence that opens with a new attribution, `… المائة. واختتم X حديثه
        // قائلاً: «`: the open quote ends at that sentence's full stop, not at the participle with the sentence's verb
        // and subject in it; sixty-third session, helper arquote23, `attributionSentenceStart`)
        const sentence = this.participleAt(first) ? this.attributionSentenceStart(open, first, j) : -1
        if (sentence >= 0) return sentence
        return this.wordCount(open + 1, first) >= MIN_WORDS_BARE - 1 ? first : -1
      }
      void key
    }
    return -1
  }

  /**
   * Does the `«` at `open` hold only one to {@link STRAY_WORDS} words (parentheses around them allowed) and a colon
   * right before the `«` at `j` (`«وأضاف باركي: «`, `«(تويتر): «`), a speech verb or a participle among them or no
   * person or organisation? Sixty-third session, helper arquote23.
   */
  protected strayBeforeColon(open: number, j: number): boolean {
    const t = this.t
    if (j - open > STRAY_WORDS + 4 || this.keys[j - 1] !== ":" || j - 1 <= open + 1) return false
    let words = 0
    let cue = false
    for (let k = open + 1; k < j - 1; k++) {
      if (t.kinds[k] === WORD) {
        words++
        if (this.verbAt(k, j) > 0 || this.participleAt(k)) cue = true
      } else if (t.kinds[k] !== PUNCT || (this.keys[k] !== "(" && this.keys[k] !== ")")) return false
    }
    // (a person or a body alone before the colon, `«نانسي عجرم: «…»`, is a list's speaker: left as before, since no cue
    // gives it the speech; with a cue, `«وأضاف باركي: «`, the cue attributes it)
    return words >= 1 && words <= STRAY_WORDS && (cue || !this.hasSpeakerEntity([open + 1, j - 1]))
  }

  /**
   * The full stop before the participle at `first` that opens a sentence with a new attribution ({@link attributionOpens}:
   * `… المائة. واختتم X حديثه قائلاً: «`), within {@link CUE_CLAUSE} words before the participle, words only between,
   * the open quote at `open` keeping two words or more before it; else -1 (sixty-third session, helper arquote23).
   */
  protected attributionSentenceStart(open: number, first: number, j: number): number {
    const t = this.t
    for (let k = first - 1; k > open && first - k <= CUE_CLAUSE + 1; k--) {
      if (t.kinds[k] === WORD) continue
      if (!this.isSentenceEnd(k) || !this.attributionOpens(k, j)) return -1
      return this.wordCount(open + 1, k) >= MIN_WORDS_BARE - 1 ? k : -1
    }
    return -1
  }

  /**
   * Where a quote left open at `open` ends when the `«` at `j` after a complementizer opens the next one (forty-seventh
   * session, helper nest): the complementizer right before `j` follows a cue of at most {@link CUE_CLAUSE} words that
   * opens with a speech verb or a participle of saying (`… «داعش». وتوقع أن «`, `…، مؤكدا أن «`); the full stop or comma
   * before the cue. -1 when there is no such cue, when the open quote would keep fewer than three words, or when the
   * next mark after `j`, within four words, is a `»` (`… أن «داعش» …`: a name quoted inside the open quote). Reads at most eight tokens
   * back and five on.
   */
  protected complementizerCueStart(open: number, j: number, pe: number): number {
    const t = this.t
    for (let k = j + 1; k < Math.min(pe, j + 6); k++) {
      const m = this.markChar(k)
      if (m === "\u00bb") return -1
      if (m !== null) break
    }
    let first = -1
    for (let k = j - 2; k > open && j - k <= CUE_CLAUSE + 2; k--) {
      if (t.kinds[k] !== WORD) {
        // (the cue opens its clause: the verb or participle right after the full stop or comma; after a full stop, any
        // verb glued to و/ف, `. وتوقع أن «`, `. ورأى أن «`: a sentence of the writer's opens there)
        const sentence = this.isSentenceEnd(k)
        if (!sentence && !this.isPunct(k, COMMAS)) return -1
        const key = this.keys[k + 1]!
        if (first !== k + 1 && !(sentence && key.length >= 4 && (key[0] === "\u0648" || key[0] === "\u0641"))) return -1
        return this.wordCount(open + 1, k) >= MIN_WORDS_BARE - 1 ? k : -1
      }
      if (this.verbAt(k, pe) > 0 || this.participleAt(k)) first = k
    }
    return -1
  }

  /**
   * Does the paragraph hold, from the `«` at `j` to its end, at least as many `«` as `»` (the quote open before `j` has
   * no `»` left of its own)? Counted once per paragraph, from its end ({@link guillemetTail}).
   */
  protected guillemetsLeftOpen(j: number, ps: number, pe: number): boolean {
    if (this.guillemetTailAt !== ps) {
      this.guillemetTailAt = ps
      const tail = new Int32Array(pe - ps + 1)
      for (let k = pe - 1; k >= ps; k--) {
        const c = this.markChar(k)
        tail[k - ps] = tail[k - ps + 1]! + (c === "\u00ab" ? 1 : c === "\u00bb" ? -1 : 0)
      }
      this.guillemetTail = tail
    }
    return this.guillemetTail[j - ps]! >= 0
  }

  /**
   * Where a `«` opened at `open` and left open ends before the mark at `j` or the paragraph's end (fifty-third
   * session, helper arguill): the first full stop or question mark in `(open, j)` after which a new attribution opens
   * its sentence ({@link attributionOpens}: a speech verb, a participle of saying, `من جانبه`, `بدوره`), with three
   * words or more of the quote before it; else -1. The quote's tokens are read once: the scan goes on from where the
   * last call for the same `open` stopped ({@link guillemetCutFrom}).
   */
  protected openGuillemetCut(open: number, j: number): number {
    if (this.guillemetCutOpen !== open) {
      this.guillemetCutOpen = open
      this.guillemetCutFrom = open + 1
      this.guillemetCutAt = -1
    }
    if (this.guillemetCutAt >= 0) return this.guillemetCutAt < j ? this.guillemetCutAt : -1
    let k = this.guillemetCutFrom
    for (; k < j; k++) {
      if (!this.isSentenceEnd(k) || !this.attributionOpens(k, j)) continue
      if (this.wordCount(open + 1, k) < MIN_WORDS_BARE - 1) continue
      this.guillemetCutAt = k
      return k
    }
    this.guillemetCutFrom = k
    return -1
  }

  /**
   * Does the sentence after the sentence end at `q` open with a new attribution ({@link openGuillemetCut})? Its first
   * word a speech verb ({@link sayingVerbAt}), a participle of saying or a lead word handing the turn over (`بدوره`),
   * or such a word second after `من`/`ومن` or a clause opener (`كما أشار`, `من جانبه`): stricter than
   * {@link attributionAfter}, which reads any of three words (`قتل الكثيرون بين 20 و30`: `بين` is no verb there).
   */
  protected attributionOpens(q: number, pe: number): boolean {
    const t = this.t
    let k = q + 1
    while (k < pe && t.kinds[k] === PUNCT && this.markChar(k) === null && STOPS.has(this.keys[k]!)) k++
    if (k >= pe || t.kinds[k] !== WORD) return false
    const opens = (w: number): boolean => w < pe && t.kinds[w] === WORD && (this.sayingVerbAt(w, pe) > 0 || this.participleAt(w) || this.lex.turnLeads.has(this.keys[w]!))
    if (opens(k)) return true
    const key = this.keys[k]!
    return (key === MIN || key === WA_MIN || this.lex.clauseOpeners.has(key)) && opens(k + 1)
  }

  /**
   * Is the mark at `j` a `«` with a comma right after it, no quote open (`… الملك سلمان بن عبد العزيز «، والتي أعلنها
   * …`)? Speech never opens on a comma: the mark is a stray `»` typed the wrong way (its `«` lost), and opens nothing
   * (sixty-first session, helper arquote16, after the A119 reading: before, it opened a quote capped at the paragraph's
   * end, 208 characters of the writer's narration given to the speaker before it). Inside an open quote such a mark
   * closes it, as {@link beforeStop} reads.
   */
  protected strayGuillemetBeforeComma(j: number, c: string, pe: number): boolean {
    return c === "\u00ab" && j + 1 < pe && this.isPunct(j + 1, COMMAS)
  }

  /** Is the token after the mark at `j` a full stop, a comma, a colon, a semicolon, `!`, `?`, or the paragraph's end `pe`? */
  protected beforeStop(j: number, pe: number): boolean {
    const next = j + 1
    if (next >= pe) return true
    return this.t.kinds[next] === PUNCT && this.markChar(next) === null && STOPS.has(this.keys[next]!)
  }

  /**
   * The full stop that ends a quote left open at `open`, when the straight mark at `j` opens the next one (twenty-ninth
   * session): spaced from the word before it and glued to the Arabic word after it, with a speech verb (with its و/ف)
   * among the five words before it (words only between them) that opens its sentence, and that sentence's full stop
   * inside the open quote, three words or more after it; else -1.
   */
  protected attributionBefore(open: number, j: number, pe: number): number {
    const t = this.t
    if (!this.opensArabicWord(j, pe)) return -1
    for (let k = j - 1; k > open && k >= j - 5 && t.kinds[k] === WORD; k--) {
      const comma = this.isPunct(k - 1, COMMAS)
      if (!comma && !this.isSentenceEnd(k - 1)) continue
      const key = this.keys[k]!
      const joined = key.length >= 4 && (key[0] === "\u0648" || key[0] === "\u0641")
      const verb = joined && this.verbAt(k, pe) > 0
      // (forty-first session: a participle after the full stop, `… من أصل ستة. مضيفا "…`, and a comma before a speech
      // verb with its و/ف or a participle, `… أيضا، وقال منتقدا بشدة "…`, `…، واسترسل قائلا "…`, when the mark at `j`
      // is closed before the next one opens: the open mark was never closed, `closedAlone`)
      let participle = false
      for (let q = k; q < j && !participle; q++) participle = this.participleAt(q)
      if (!verb && !participle) return -1
      if (this.wordCount(open + 1, k - 1) < MIN_WORDS_BARE - 1) return -1
      return (comma || !verb) && !this.closedAlone(j, pe) ? -1 : k - 1
    }
    return -1
  }

  /** Is the word at `k` a participle of saying, with or without its و/ف (`مضيفا`, `وقائلا`)? */
  protected participleAt(k: number): boolean {
    const key = this.keys[k]!
    return this.lex.participles.has(key) || (key.length > 3 && (key[0] === "\u0648" || key[0] === "\u0641") && this.lex.participles.has(key.slice(1)))
  }

  /**
   * Is the straight mark at `j` (spaced before, glued after) closed by the next mark of the paragraph, glued to the word
   * or punctuation before it and followed by a space, punctuation or the paragraph's end, with no such closing mark
   * right after that one (`"… "X" …"` nests a term; forty-first session)? Reads to the second mark after `j`, at most
   * {@link CLOSE_REACH} tokens each.
   */
  protected closedAlone(j: number, pe: number): boolean {
    const c = this.markChar(j)
    let seen = 0
    let from = j + 1
    for (let k = j + 1; k < pe && k < from + CLOSE_REACH; k++) {
      const d = this.markChar(k)
      if (d === null) continue
      const closes = d === c && this.looksLikeCloser(k, pe)
      if (seen === 0) {
        if (!closes) return false
        seen = 1
        from = k + 1
        continue
      }
      return !closes
    }
    return seen === 1
  }

  /** The mark at `j` spaced from what stands before it and glued to the Arabic word after it (`… "لكننا`). */
  protected opensArabicWord(j: number, pe: number): boolean {
    const t = this.t
    const next = j + 1
    return t.spaced[j] === 1 && next < pe && t.spaced[next] === 0 && t.kinds[next] === WORD && /[\u0600-\u06ff]/.test(this.keys[next]!)
  }

  /**
   * Does the straight mark `c` at `j`, spaced from the word before it and glued to the Arabic word after it, open a
   * term inside an open quote: the next mark closes it within six words (glued to a word, then a space, punctuation or
   * the paragraph's end), and another `c` after it that closes a quote (glued to the word or the punctuation before
   * it) stands before the paragraph's end, with no mark between? (Twenty-ninth session.) Reads at most 224 tokens on.
   * For a `“` (forty-first session) the term closes with a `”` and the open quote with a `”` or a `“`.
   */
  protected nestedTerm(j: number, pe: number, c: string): boolean {
    const t = this.t
    const next = j + 1
    if (!this.opensArabicWord(j, pe)) return false
    let words = 0
    let k = next
    const end = Math.min(pe, next + 24)
    for (; k < end; k++) {
      if (t.kinds[k] === WORD || t.kinds[k] === NUM) {
        if (++words > 6) return false
        continue
      }
      if (this.markChar(k) !== null) break
    }
    const curly = c === "\u201c"
    if (k >= end || this.markChar(k) !== (curly ? "\u201d" : c) || words === 0 || !this.looksLikeCloser(k, pe)) return false
    for (let q = k + 1; q < Math.min(pe, k + 200); q++) {
      const d = this.markChar(q)
      if (d === null) continue
      return (curly ? d === "\u201d" || d === c : d === c) && t.spaced[q] === 0
    }
    return false
  }

  /**
   * The mark that closes a quote opened at `open` with the straight or curly mark `opener`, read over the terms of one
   * to {@link TERM_WORDS} words quoted inside it, when the mark at `j` opens the first of them (fifty-first session,
   * helper arinner): `قال: "… منظر أبي "رحمه الله" وهو غارق … السيارة "تحتفظ سبق بمعلوماتها"، … وانيت "هاي لوكس
   * غمارتين".  وقال …`, `قائلاً: ” … قدمنا أعمالا كثيرة منها “بيت العائلة” الذي كان له صدى … العربي.”`. Each term opens
   * with a mark of the quote's kind (a `“` or `”` in a curly quote, also one written in reverse, `”…“`, as some sources
   * print) spaced from the word before it (not a colon: `… قائلاً: "يابلاش".` opens another speaker's words) and glued
   * to the Arabic word after it, and closes with the same straight mark or a `”` glued to its last word and followed by
   * a space or punctuation, no sentence end inside. After a term comes the next term, or the quote's closing mark (glued
   * to the word or punctuation before it, then a space, punctuation or the paragraph's end), or — the writer's one mark
   * closing the term and the quote — a full stop right after the term's closing mark followed by a sentence that opens
   * with a speech verb, a participle of saying or a lead word handing the turn over ({@link attributionAfter}) within
   * three words, or by the paragraph's end. Anything else (such a sentence elsewhere, also between `open` and `j`: `"…
   * للتنظيم. وأضاف رئيس الحكومة "لكننا …"` is a quote left open; a mark of another shape; more than
   * {@link SPEECH_TERMS} terms; no closing mark within {@link SPEECH_REACH} tokens) gives -1, and the pairing goes on as
   * before: the mark at `j` is read as a new quote's, a term's or the closing one by the rules after it. A mark shaped
   * as an opener ending a quote is the only case read: a quote closed properly before its next pair never is. Reads at
   * most {@link SPEECH_REACH} tokens back and on.
   */
  protected speechOverTerms(open: number, j: number, pe: number, opener: string): number {
    const t = this.t
    const straight = STRAIGHT.has(opener)
    // (the speech up to the first term holds no sentence that opens with a new attribution, `"… للتنظيم. وأضاف رئيس
    // الحكومة "لكننا …"`: the speech was left open there; read back at most SPEECH_REACH tokens)
    for (let q = j - 1; q > open && j - q <= SPEECH_REACH; q--) if (this.isSentenceEnd(q) && this.attributionAfter(q, pe)) return -1
    const end = Math.min(pe, j + SPEECH_REACH)
    let k = j
    for (let terms = 0; terms < SPEECH_TERMS; terms++) {
      const o = this.markChar(k)
      // (not a mark after a colon, `… قائلاً: "يابلاش".`: it opens another speaker's words)
      if (!this.opensArabicWord(k, pe) || (straight ? o !== opener : o !== "\u201c" && o !== "\u201d") || this.keys[k - 1] === ":") return -1
      const termCloser = straight ? opener : "\u201d"
      let words = 0
      let close = -1
      for (let q = k + 1; q < end && close < 0; q++) {
        if (t.kinds[q] === WORD || t.kinds[q] === NUM) {
          if (++words > TERM_WORDS) return -1
          continue
        }
        const d = this.markChar(q)
        if (d === null) {
          if (this.isSentenceEnd(q) || t.kinds[q] === BREAK) return -1
          continue
        }
        if (d !== termCloser || words === 0 || t.spaced[q] !== 0 || !this.looksLikeCloser(q, pe)) return -1
        close = q
      }
      if (close < 0) return -1
      let next = -1
      for (let q = close + 1; q < end && next < 0; q++) {
        const d = this.markChar(q)
        if (d !== null) {
          next = q
          break
        }
        if (t.kinds[q] === BREAK) return -1
        if (!this.isSentenceEnd(q)) continue
        // (a sentence end: the speech goes on unless a new attribution opens the next sentence, or the paragraph ends;
        // then the term's closing mark right before it closes the speech too)
        let last = q + 1
        while (last < pe && t.kinds[last] === PUNCT && this.markChar(last) === null) last++
        if (last >= pe || this.attributionAfter(q, pe)) return q === close + 1 ? close : -1
      }
      if (next < 0) return -1
      const d = this.markChar(next)!
      if (t.spaced[next] === 0 && this.looksLikeCloser(next, pe) && (straight ? d === opener : d === "\u201d" || d === "\u201c")) return next
      k = next
    }
    return -1
  }

  /**
   * Does a speech verb, a participle of saying or a lead word handing the turn to another party (`turnLeads`: `بدوره`,
   * `من جانبها`) stand among the three words right after the sentence end at `q` (words only)? A colon-only verb only
   * with its colon ({@link sayingVerbAt}: `"…". ويتابع: "…"`, not `"…". وواصل الفريق تدريباته …`; fifty-second session,
   * helper arcolon).
   */
  protected attributionAfter(q: number, pe: number): boolean {
    for (let k = q + 1; k < Math.min(pe, q + 4) && this.t.kinds[k] === WORD; k++) if (this.sayingVerbAt(k, pe) > 0 || this.participleAt(k) || this.lex.turnLeads.has(this.keys[k]!)) return true
    return false
  }

  /**
   * Speech whose opening mark the writer left out (twenty-ninth session): the last mark of the paragraph `[ps, pe)`,
   * glued to the word before it and followed by punctuation alone, that no pair of `marks` holds, closes words that open
   * after the first Arabic speech verb or participle of its sentence that opens a clause (its و/ف, a comma before it, or the
   * sentence's first word) and is followed by a comma (`وأضاف، ولكن … "`). The returned mark's `open` is that comma (its
   * words start after it); no other mark may stand in the sentence, and the words are four or more. Else null. (Until
   * the fifty-sixth session a complementizer past at most four words of the verb's subject opened the words too,
   * `مضيفا أن ما تبقى … مقاومة"`; readers count words after a complementizer with no opening mark as the writer's
   * indirect speech, and the lone mark as a stray one.)
   */
  protected closingOnly(pe: number, marks: ReadonlyArray<Mark>): Mark | null {
    const t = this.t
    let close = pe - 1
    while (close > this.ps && t.kinds[close] === PUNCT && this.markChar(close) === null) close--
    const c = this.markChar(close)
    if (c === null || close <= this.ps || t.spaced[close] !== 0 || t.kinds[close - 1] !== WORD || !/[\u0600-\u06ff]/.test(this.keys[close - 1]!)) return null
    if (!STRAIGHT.has(c) && !CLOSING_TYPE.has(c)) return null
    const last = marks[marks.length - 1]
    if (last !== undefined && (last.close >= close || last.open >= close)) return null
    let s = close - 1
    while (s > this.ps && close - s < 60 && !this.isSentenceEnd(s - 1) && this.markChar(s - 1) === null) s--
    if (s > this.ps && !this.isSentenceEnd(s - 1) && this.markChar(s - 1) === null) return null
    for (let k = s; k < close - MIN_WORDS_BARE; k++) {
      if (t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      const opens = k === s || ((key[0] === "\u0648" || key[0] === "\u0641") && key.length > 3) || this.isPunct(k - 1, COMMAS)
      if (!opens || !(this.verbAt(k, pe) > 0 || this.lex.participles.has(key) || (key.length > 3 && this.lex.participles.has(key.slice(1))))) continue
      const v = k + Math.max(1, this.verbAt(k, pe))
      // (only a comma right after the verb, `وأضاف، ولكن … "`: words after a complementizer with no opening mark,
      // `مشيرا إلى أن العرض … القدم».`, `وأشار إلى أنه تم نقل …».`, are the writer's indirect speech, the mark a stray
      // one; fifty-sixth session, helper arspan2)
      const open = this.isPunct(v, COMMAS) ? v : -1
      if (open < 0) return null
      return this.wordCount(open + 1, close) >= MIN_WORDS_BARE ? { open, close, capped: false, split: false } : null
    }
    return null
  }

  /**
   * Speech in parentheses right after a participle of saying or `بقوله` (forty-eighth session, helper marks): `وتابع
   * بقوله (منحت أحدهم 20 ريالًا ليذهب …)`, `معلناً اعتذاره قائلاً (إلى حبيبتي …)`, `قائلة (لوحاتي هي مزاجي الأول)`.
   * Parentheses are no quotation marks (they hold names, dates, abbreviations and asides), but right after such a word
   * (no colon between: a colon's speech is read by the colon rules) they hold the words it introduces. The `(` must not
   * be doubled (`((…))`, a Quran verse) nor stand inside a pair of `marks`; its `)` closes it in the paragraph within
   * {@link PAREN_REACH} tokens, with no other parenthesis, quotation mark or line break between, four words or more
   * inside, and no `)` right after. Returns the pairs as marks (the `(` as `open`, the `)` as `close`), in text order.
   */
  protected parenSpeech(ps: number, pe: number, marks: ReadonlyArray<Mark>): Array<Mark> {
    const t = this.t
    const out: Array<Mark> = []
    let mi = 0
    for (let k = ps + 1; k < pe; k++) {
      if (t.kinds[k] !== PUNCT || this.keys[k] !== "(" || t.kinds[k - 1] !== WORD) continue
      if (!this.introducesParen(k - 1)) continue
      while (mi < marks.length && marks[mi]!.close < k) mi++
      if (mi < marks.length && marks[mi]!.open < k) continue
      let words = 0
      let close = -1
      for (let q = k + 1; q < Math.min(pe, k + PAREN_REACH); q++) {
        const key = this.keys[q]!
        if (t.kinds[q] === WORD || t.kinds[q] === NUM) {
          words++
          continue
        }
        if (t.kinds[q] === BREAK || key === "(" || this.markChar(q) !== null) break
        if (key === ")") {
          close = q
          break
        }
      }
      if (close < 0 || words < MIN_WORDS_BARE || this.keys[k + 1] === "(" || (close + 1 < pe && this.keys[close + 1] === ")")) continue
      // (not fully vocalized words, `توعد الله … بقوله (وَمَنْ يَقْتلْ …)`: a verse or a hadith the writer cites)
      const span = this.orig(t.starts[k + 1]!, t.ends[close - 1]!)
      if (vocalized(this.text.slice(span.start, span.end))) continue
      out.push({ open: k, close, capped: false, split: false })
      k = close
    }
    return out
  }

  /** Is the word at `k` a singular participle of saying (`قائلا`, `بقوله`, with or without its و/ف), not one of shouting? */
  protected introducesParen(k: number): boolean {
    const key = this.keys[k]!
    // (not a dual or plural participle, `… الأمير X، والوزير Y، قائلين (أقسم …)`: joint speakers the chain holds no one of)
    return this.participleAt(k) && !this.lex.colonParticiples.has(key) && !PLURAL_OR_DUAL.test(key)
  }

  /**
   * Is the straight mark `c` at `j`, inside the quote opened at `open`, a stray one: spaced from the word before it and
   * glued to the Arabic word after it, with the paragraph's next mark a `c` that closes ({@link looksLikeCloser}) and no
   * `c` after that one (so no term quoted inside, {@link nestedTerm}, and no second quote)? Only with no sentence end
   * between `open` and `j` (`"… للدولة. كما شملت القائمة "…".` is a quote left open and a second one), and with three
   * words or more between `j` and its closer, or that closer at the sentence's end (`"… قائمة المطالب "لاغية".`; a
   * word in marks inside the sentence, `مركز "موهافي" الفضائي`, is a name), and with no speech verb among the three
   * words before `j` (`وأضاف "…`: a new quote after one left open). Reads the quote once for a sentence end, and from `j`
   * to at most the second mark after it.
   */
  protected strayOpener(open: number, j: number, pe: number, c: string): boolean {
    const t = this.t
    if (!this.opensArabicWord(j, pe) || this.sentenceEndBetween(open + 1, j)) return false
    // (`"إن الوضع صعب جدا وأضاف "الأمور …".`: a speech verb and up to two words of its subject before the mark open the
    // next quote; the open one was left unclosed)
    for (let k = j - 1; k > open && k >= j - 3 && t.kinds[k] === WORD; k--) if (this.verbAt(k, pe) > 0) return false
    let close = -1
    let words = 0
    for (let k = j + 1; k < pe; k++) {
      const d = this.markChar(k)
      if (d === null) {
        if (close < 0 && (t.kinds[k] === WORD || t.kinds[k] === NUM)) words++
        continue
      }
      if (close >= 0 || d !== c || !this.looksLikeCloser(k, pe)) return false
      close = k
    }
    return close >= 0 && (words >= 3 || close + 1 >= pe || this.isSentenceEnd(close + 1))
  }

  /**
   * The term the straight mark `c` at `j` opens inside the quote opened at `open` and never closed (fifty-second
   * session, helper arreport): the mark is spaced from the word before it and glued to the Arabic word after it, two
   * words or more of the quote stand before it with no sentence end between, the next mark is a `c` that closes
   * ({@link looksLikeCloser}) one to four words on, and after that one the paragraph holds no mark. The quote ends at
   * the full stop or comma before the first sentence or clause after the term that opens with a new attribution
   * ({@link attributionAfter}), else at the paragraph's end `pe`; three words or more must stand between the term and
   * that end (`من "تركي" ، كما وصفها X`: the quote closed at the term, read as before). Returns the term's closing mark
   * and that end; else null. Reads from `j` to the paragraph's end once.
   */
  protected termInOpenQuote(open: number, j: number, pe: number, c: string): readonly [number, number] | null {
    const t = this.t
    // (or a complementizer alone before it, `"إن "عاصفة الحزم" حققت …`: the clause's subject is the term; fifty-second
    // session, helper arnocolon: before, the quote was cut to `إن`)
    if (!this.opensArabicWord(j, pe) || !(this.twoWordsBetween(open + 1, j) || this.complementizerAlone(open + 1, j)) || this.sentenceEndBetween(open + 1, j)) return null
    let close = -1
    let inside = 0
    let after = 0
    let end = pe
    for (let k = j + 1; k < pe; k++) {
      const d = this.markChar(k)
      if (d !== null) {
        if (close >= 0 || d !== c || !this.looksLikeCloser(k, pe) || inside < 1 || inside > 4) return null
        close = k
        continue
      }
      if (close >= 0 && end === pe && (this.isSentenceEnd(k) || this.isPunct(k, COMMAS)) && this.attributionAfter(k, pe)) end = k
      if (t.kinds[k] !== WORD && t.kinds[k] !== NUM) continue
      if (close < 0) inside++
      else if (end === pe) after++
    }
    return close >= 0 && after >= 3 ? [close, end] : null
  }

  /** Are the tokens `[a, b)` one word, a complementizer (`إن`, `أن`; {@link termInOpenQuote})? */
  protected complementizerAlone(a: number, b: number): boolean {
    return b === a + 1 && this.t.kinds[a] === WORD && this.lex.complementizers.has(this.keys[a]!)
  }

  /** Do two words or numbers stand among the tokens `[a, b)`? Reads at most to the second. */
  protected twoWordsBetween(a: number, b: number): boolean {
    let n = 0
    for (let k = a; k < b; k++) if ((this.t.kinds[k] === WORD || this.t.kinds[k] === NUM) && ++n >= 2) return true
    return false
  }

  /**
   * Does the straight mark at `j`, inside the English quote opened at `open` (a Latin word right after it; at most
   * {@link TERM_REACH} tokens before, no sentence end between), spaced from the word before it and glued to the Latin word after it, open a term quoted
   * inside it (forty-fifth session)? A `"` that closes ({@link looksLikeCloser}) must end the term within six words,
   * and the next mark after it must be a `"` that closes the open quote (glued to the token before it) or one that opens
   * the next quote after a sentence's end ({@link reopens}), within {@link TERM_AFTER} tokens. Reads at most 88 tokens on.
   */
  protected englishTerm(open: number, j: number, pe: number): boolean {
    const t = this.t
    const next = j + 1
    if (j - open > TERM_REACH || t.spaced[j] !== 1 || next >= pe || t.spaced[next] !== 0 || t.kinds[next] !== WORD || !/^[a-z]/.test(this.keys[next]!)) return false
    // (English words on both sides: a Latin name in marks inside an Arabic quote, `ولن تكون هذه "BBC" التي`, is left as
    // the Arabic rules read it)
    if (t.kinds[open + 1] !== WORD || !/^[a-z]/.test(this.keys[open + 1]!)) return false
    if (this.sentenceEndBetween(open + 1, j)) return false
    let words = 0
    let k = next
    const end = Math.min(pe, next + 24)
    for (; k < end && this.markChar(k) === null; k++) if ((t.kinds[k] === WORD || t.kinds[k] === NUM) && ++words > 6) return false
    if (k >= end || this.markChar(k) !== '"' || !this.looksLikeCloser(k, pe)) return false
    for (let q = k + 1; q < Math.min(pe, k + TERM_AFTER); q++) {
      const d = this.markChar(q)
      if (d === null) continue
      return d === '"' && (t.spaced[q] === 0 || this.reopens(q, pe))
    }
    return false
  }

  /**
   * Where an English piece left open at `open` ends, when the `"` at `j` opens the paragraph's next piece (fifty-eighth
   * session, helper enquote8, from the BBC News English dump: `had been "ambitious and ground-breaking, but take-up had
   * not been "sufficient to continue with the project".`, `the bill "very much had the feel of a 'work in progress', and
   * urged the government to guarantee that "an obligation to consult will be enshrined in law"`, `lists were "only 10% of
   * the health agenda. Dr Gibbons, …, said NHS staff wanted … after "tremendous change and reform"`): the open piece
   * starts with a lower-case Latin word (a piece of a sentence, not a quote of its own); the mark at `j` is spaced from
   * the token before it and glued to a Latin word after it, not after a sentence's end ({@link reopens}: `… high
   * bandwidth.' "It can't …` goes on as it did); the next mark closes ({@link looksLikeCloser}) and no mark
   * glued to the token before it follows that one (else it closes the open quote and the mark at `j` opened a term in
   * it). The piece ends at its first full stop before a capital, or its first comma before `and` or `but`: that token
   * (its quote closes there, the stop or comma left out), else -1 (`productivity "retirement and health programmes
   * would need "significant" changes.` stays as it was). Reads the tokens from `open` to the mark after the next once.
   */
  protected unclosedPieceCut(open: number, j: number, pe: number): number {
    const t = this.t
    const next = j + 1
    if (t.spaced[j] !== 1 || next >= pe || t.spaced[next] !== 0 || t.kinds[next] !== WORD || !/^[a-z]/i.test(this.keys[next]!) || this.reopens(j, pe)) return -1
    if (t.kinds[open + 1] !== WORD || !/^[a-z]/.test(this.keys[open + 1]!) || isCapitalized(t, this.text, open + 1)) return -1
    let k = next
    while (k < pe && this.markChar(k) === null) k++
    if (k >= pe || this.markChar(k) !== '"' || !this.looksLikeCloser(k, pe)) return -1
    let q = k + 1
    while (q < pe && this.markChar(q) === null) q++
    if (q < pe && t.spaced[q] === 0) return -1
    for (let i = open + 2; i < j - 1; i++) {
      if (t.kinds[i] !== PUNCT) continue
      if (this.isSentenceEnd(i) && t.kinds[i + 1] === WORD && isCapitalized(t, this.text, i + 1)) return i
      if (this.keys[i] === "," && (this.keys[i + 1] === "and" || this.keys[i + 1] === "but")) return i
    }
    return -1
  }

  /**
   * A straight mark after a sentence's end and a space, glued to the word after it, opens a quote (never closes one);
   * so does one glued to an editor's bracket and a Latin word in it (`"[Alastair] will act …`; forty-fifth session).
   * The sentence may end inside words quoted in the quote, its single closing mark glued to the stop (`"He ran at me
   * saying 'what are you going to do now?' "To not respond …`: forty-ninth session; before, the mark closed the
   * first quote and the next paragraph's speech was lost).
   */
  protected reopens(j: number, pe: number): boolean {
    const t = this.t
    const next = j + 1
    // (the stop before a single closing mark glued to it)
    const stop = j - 2 > this.ps && t.spaced[j - 1] === 0 && SINGLE_CLOSERS.has(this.keys[j - 1]!) ? j - 2 : j - 1
    if (stop <= this.ps || !this.isSentenceEnd(stop) || t.spaced[j] !== 1 || next >= pe || t.spaced[next] !== 0) return false
    if (this.keys[next] === "[") return next + 1 < pe && t.spaced[next + 1] === 0 && t.kinds[next + 1] === WORD && /^[a-z]/.test(this.keys[next + 1]!)
    // (`… 20 minutes. "'Oh no Sam don't say anything," came the reply.`: a single mark glued between the mark and a
    // Latin word opens words quoted inside the new quote; forty-seventh session, helper nest)
    if (SINGLE_OPENERS.has(this.keys[next]!)) return next + 1 < pe && t.spaced[next + 1] === 0 && t.kinds[next + 1] === WORD && /^[a-z]/.test(this.keys[next + 1]!)
    return t.kinds[next] === WORD || t.kinds[next] === NUM
  }

  /** A mark after a colon or an Arabic complementizer and a space, glued to the word after it (`مضيفا: "في`, `بأنها “كانت`). */
  protected opensAfterCue(j: number, pe: number): boolean {
    const t = this.t
    const prev = j - 1, next = j + 1
    if (prev <= this.ps || next >= pe || t.spaced[j] !== 1 || t.spaced[next] !== 0 || t.kinds[next] !== WORD) return false
    if (!/[\u0600-\u06ff]/.test(this.keys[next]!)) return false
    return this.keys[prev] === ":" || (t.kinds[prev] === WORD && this.lex.complementizers.has(this.keys[prev]!))
  }

  /** A straight quote right after a word or a comma or full stop, and before a space, a punctuation mark or the paragraph end, closes. */
  protected looksLikeCloser(j: number, pe: number): boolean {
    const t = this.t
    if (t.spaced[j] === 1) return false
    const prev = j - 1
    if (prev < 0 || t.kinds[prev] === BREAK) return false
    const next = j + 1
    return next >= pe || t.spaced[next] === 1 || t.kinds[next] === PUNCT
  }

  /**
   * An Arabic straight mark glued to the word before it and followed by a space that still opens a quote: right after
   * a colon (`وقال :" …"`), or after a speech verb and at most two words of its subject (`ويضيف البكر" لقد …"`,
   * `وأضاف" …"`), when the same mark closes four words or more later in the paragraph (`أكد لـ" الرياض"` is a name).
   */
  protected gluedOpener(j: number, pe: number): boolean {
    const t = this.t
    const prev = j - 1
    if (prev < this.ps || j + 1 >= pe || t.kinds[j + 1] !== WORD || !/[\u0600-\u06ff]/.test(this.keys[j + 1]!)) return false
    let attributed = this.keys[prev] === ":"
    if (!attributed) {
      if (t.kinds[prev] !== WORD || !/[\u0600-\u06ff]/.test(this.keys[prev]!)) return false
      for (let k = prev; k >= Math.max(this.ps, j - 3) && t.kinds[k] === WORD; k--) {
        if (this.verbAt(k, pe) > 0) {
          // (not an addressee or a naming noun glued to the mark: لـ" الرياض"، صحيفة" …")
          attributed = k === prev || (!this.lex.arNameNouns.has(this.keys[prev]!) && !this.lex.arStops.has(this.keys[prev]!))
          break
        }
      }
    }
    if (!attributed) return false
    // the same mark closes it, four words or more on
    const c = this.markChar(j)
    let words = 0
    for (let k = j + 1; k < pe; k++) {
      if (t.kinds[k] === WORD || t.kinds[k] === NUM) words++
      else if (this.markChar(k) !== null) return this.markChar(k) === c && words >= MIN_WORDS_BARE
    }
    // (forty-third session, helper spans: right after a colon, a mark no other mark follows in its paragraph opens
    // speech its writer never closed, `وقال X :" أوكلني … جناته .`, capped at the paragraph's end as any unclosed
    // mark is; before, it was read as a closing mark and the words were lost)
    return this.keys[prev] === ":" && words >= MIN_WORDS_BARE
  }

  /**
   * A `”` spaced on both sides that opens a quote written in reverse, `وقال ” … “` (session 23): a speech verb or a
   * participle among the six words before it (words only between them), and a `“` or `”` after four words or more,
   * before any other mark of the paragraph, with a space, a punctuation mark or the paragraph's end after it. (A `”`
   * glued to the word after it or after a colon is read by {@link looksLikeOpener}.)
   */
  protected reversedOpener(j: number, pe: number): boolean {
    const t = this.t
    const next = j + 1
    if (this.markChar(j) !== "\u201d" || j <= this.ps || next >= pe || t.spaced[j] !== 1 || t.spaced[next] !== 1 || t.kinds[next] !== WORD || !/[\u0600-\u06ff]/.test(this.keys[next]!)) return false
    // (in a paragraph whose marks are all written in reverse, ” … “ and nothing else, a verb further back in the
    // sentence, words only between them, introduces it too: `وقال X في رسالة مفتوحة نشرت على موقع الصحيفة ” … “`;
    // twenty-eighth session)
    // (forty-eighth session, helper marks: or a complementizer right before it, `مؤكداً … وأنّ ” الميليشيات … للسلطة”`:
    // reported speech whose opening `“` was typed as a `”`; the speech verb may stand before other marks of the sentence)
    const prev = this.keys[j - 1]!
    const complementizer = t.kinds[j - 1] === WORD && hasWithWaw(this.lex.complementizers, prev)
    if (!complementizer && !this.verbBefore(j, 6) && !(this.verbBefore(j, REVERSED_REACH) && this.allReversed(pe))) return false
    let words = 0
    for (let k = next; k < pe; k++) {
      if (t.kinds[k] === WORD || t.kinds[k] === NUM) words++
      else {
        const c = this.markChar(k)
        // (a mark glued to the word after it right after a speech verb opens the next quote, `وقال الشيخ “X”، إن …`: no
        // closer; glued elsewhere, `خرجت منه “معاقة”`, an inner term, it ends the quote there, as marks() pairs it)
        if (c !== null) return words >= MIN_WORDS_BARE && (c === "\u201c" || c === "\u201d") && (k + 1 >= pe || t.spaced[k + 1] === 1 || t.kinds[k + 1] === PUNCT || !this.verbBefore(k, 3))
      }
    }
    return false
  }

  /** {@link allReversed} of the current paragraph (-1: not read yet; reset by {@link marks}). */
  private reversedOnly = -1

  /**
   * Are the marks of the current paragraph (up to `pe`) all `”` and `“`, in pairs that open with `”` and close with `“`
   * (` ” … “ … ” … “`), and at least one pair? Then nothing else pairs them (twenty-eighth session). Read once a paragraph.
   */
  private allReversed(pe: number): boolean {
    if (this.reversedOnly < 0) {
      let n = 0
      let ok = true
      for (let k = this.ps; k < pe && ok; k++) {
        const c = this.markChar(k)
        if (c === null) continue
        ok = c === (n % 2 === 0 ? "\u201d" : "\u201c")
        n++
      }
      this.reversedOnly = ok && n > 0 && n % 2 === 0 ? 1 : 0
    }
    return this.reversedOnly === 1
  }

  /** Is a speech verb or a participle (with or without its و/ف) among the `n` words right before token `j` (words only)? */
  private verbBefore(j: number, n: number): boolean {
    const t = this.t
    const forms = this.lex.verbForms
    for (let k = j - 1; k >= Math.max(this.ps, j - n) && t.kinds[k] === WORD; k--) {
      const key = this.keys[k]!
      if (forms.has(key) || (key.length > 3 && (key[0] === "\u0648" || key[0] === "\u0641") && forms.has(key.slice(1)))) return true
    }
    return false
  }

  /**
   * A closing-type mark opens a quote right after a colon (`:” نحن`), or after a space and glued to the word after it,
   * or glued on both sides between a clitic written alone and an Arabic word (`بـ”محاولة`, `و»فتح`, `لـ»مواقعنا`: the
   * `”`/`»` typed for `“`/`«`; thirty-second session).
   */
  protected looksLikeOpener(j: number, ps: number): boolean {
    const t = this.t
    const next = j + 1
    if (next >= t.count || (t.kinds[next] !== WORD && t.kinds[next] !== NUM)) return false
    if (j > ps && this.keys[j - 1] === ":") return true
    if (t.spaced[next] !== 0) return false
    if (j === ps || t.spaced[j] === 1) return true
    if (t.kinds[next] !== WORD || t.kinds[j - 1] !== WORD || !/[\u0600-\u06ff]/.test(this.keys[next]!)) return false
    if (MARK_CLITICS.has(this.keys[j - 1]!)) return this.closedAfter(j)
    return this.gluedBetweenWords(j) && this.closedAfter(j, true)
  }

  /**
   * A `»` or `”` glued on both sides between two Arabic words of their own, the word before it of three letters or more
   * (`واثق من أن إيران»ستفحم» منتقدين`): the space before the opening mark was lost and the mark typed for `«`/`“`
   * (thirty-eighth session). The caller asks that the same mark close it, glued to the word before ({@link closedAfter}).
   */
  protected gluedBetweenWords(j: number): boolean {
    const prev = this.keys[j - 1]!
    return prev.length >= 3 && /^[\u0621-\u064a]+$/.test(prev)
  }

  /**
   * The clitic written alone that the opening mark at `open` is glued to, when that mark is of the closing type (a `”`
   * or `»` read as an opener by {@link looksLikeOpener}: `و»…»`, `بـ”…”`), else null (thirty-third session). One to
   * three words in such marks are a name or a term after any clitic but `ب` (`«X» و»مجموعة الخواص»`, `الواتساب”
   * و”سناب شات”`), and after `ب` they are what a verb before them describes or charges with (`ووصفه بـ”الرجل
   * الاستثنائي”`), never words a cue after them attributes (`ندد X بـ»هجوم ارهابي» وقال …`: the cue is another's).
   */
  protected openingClitic(open: number): string | null {
    const t = this.t
    if (open <= this.ps || t.spaced[open] !== 0 || t.kinds[open - 1] !== WORD) return null
    const c = this.markChar(open)
    if (c === null || !CLOSING_TYPE.has(c)) return null
    const clitic = this.keys[open - 1]!
    return MARK_CLITICS.has(clitic) ? clitic : null
  }

  /**
   * Is the closing-type mark at `j` (read as an opener) closed in its paragraph: the next mark after it, within
   * {@link CLOSE_REACH} tokens, one of its closers glued to the word or punctuation before it (`بـ”محاولة … المعارضة.”`),
   * not a mark of another kind (`و”X «Y»`) or none (`لـ»الطيران الشراعي، …` to the paragraph's end)? (Thirty-second session.)
   * With `spacedAfter`, that closer is also followed by a space, punctuation or the text's end (thirty-eighth session).
   */
  private closedAfter(j: number, spacedAfter = false): boolean {
    const closers = OPENERS.get(this.markChar(j)!)!
    const t = this.t
    for (let k = j + 1; k < Math.min(t.count, j + CLOSE_REACH); k++) {
      if (t.kinds[k] === BREAK) return false
      const c = this.markChar(k)
      // (`spacedAfter`: and the closer followed by a space, punctuation or the text's end, not glued to the next word as
      // in a run of glued marks, `ميتاً»وكتبت»اكبار»`; thirty-eighth session)
      if (c !== null) return closers.includes(c) && t.spaced[k] === 0 && (!spacedAfter || k + 1 >= t.count || t.spaced[k + 1] === 1 || t.kinds[k + 1] !== WORD)
    }
    return false
  }

  /**
   * Is token `j` a verb of the first person's future as written (`سأقول`, `سأعود`: `سأ` and two letters or more)? No
   * name opens so (fifty-ninth session, helper arquote10).
   */
  protected futureFirstPerson(j: number): boolean {
    const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
    return o.end - o.start >= 4 && this.text.startsWith("\u0633\u0623", o.start)
  }

  /**
   * The closing mark of a short name in marks opening at token `k` (one to three words, then a colon,
   * comma, complementizer or another word: `"سامر":`, `"ولاية الساحل"،`), or -1. Speech in marks right
   * after a speaker has four words or more (MIN_WORDS_BARE), so it is never read as a name. (`maxWords` and
   * `beforeMark`: an outlet's name after its noun, which may run longer and be followed by the marks of its words.)
   */
  protected markedName(k: number, pe: number, maxWords: number = MIN_WORDS_BARE, beforeMark = false): number {
    const c = this.markChar(k)
    if (c === null || !OPENERS.has(c) || (CLOSING_TYPE.has(c) && !this.looksLikeOpener(k, this.ps))) return -1
    const closers = OPENERS.get(c)!
    let words = 0
    for (let j = k + 1; j < Math.min(pe, k + maxWords + 2); j++) {
      const kind = this.t.kinds[j]
      if (kind === WORD || kind === NUM) {
        // فقال "لا تغضب"، "لم يستطع": a negation (لا before a present verb) opens speech, not a name (session 20)
        if (words === 0 && kind === WORD) {
          const key = this.keys[j]!
          const next = key === LA && j + 1 < pe && this.t.kinds[j + 1] === WORD ? this.keys[j + 1]! : ""
          if (this.lex.negations.has(key) && (key !== LA || (next.length > 2 && (next[0] === "\u062a" || next[0] === "\u064a" || next[0] === "\u0646")))) return -1
          // (nor a verb of the first person's future, `ولكنه يردف «سأقول نعم» للمسرح`: `سأ` as written opens no name;
          // fifty-ninth session, helper arquote10: the marks were the verb's subject and the chain gave them the next
          // quote)
          if (this.futureFirstPerson(j)) return -1
        }
        words++
        continue
      }
      const m = this.markChar(j)
      if (m === null || !closers.includes(m)) {
        if (kind === PUNCT && this.keys[j] !== "-") return -1
        continue
      }
      if (words === 0 || words >= maxWords) return -1
      const next = j + 1
      if (next >= pe) return -1
      if (this.t.kinds[next] === WORD || this.isPunct(next, COMMAS) || this.keys[next] === ":") return j
      // (an outlet's name, then the marks of its words: صحيفة "الفجر" "…")
      if (beforeMark && this.markChar(next) !== null) return j
      return -1
    }
    return -1
  }

  /**
   * Are the one to three words in the marks `m` a name that an apposition after them describes (thirty-eighth session):
   * a comma right after the closing mark, then `وهو`/`وهي`/`وهم`/`وهما` (`appositionPronouns`) and a noun, not `ما` (`،
   * وهو ما لم يحدث` comments on the clause) nor a present verb (`، وهو يحاول`: a circumstance)? `ويفيد التقرير بأن
   * "X Y"، وهو فصيل مسلح …` names a faction; no speech of the report. Not after `ب` or `بأنه` (what someone called a
   * thing) nor marks that open with a preposition. Reads four tokens after the marks and one before.
   */
  protected appositionAfter(m: Mark): boolean {
    const t = this.t
    const c = m.close + 1
    if (m.capped || c + 2 >= this.pe || !this.isPunct(c, COMMAS) || t.kinds[c + 1] !== WORD || t.kinds[c + 2] !== WORD) return false
    if (!this.lex.appositionPronouns.has(this.keys[c + 1]!)) return false
    const noun = this.keys[c + 2]!
    if (noun === MA || PRESENT.test(noun) || this.wordCount(m.open + 1, m.close) > 3) return false
    // (not marks after `ب` or `بأنه`, what someone called a thing, `وصف X الاتفاق بـ«…»، وهي ذات العبارة …`; nor marks
    // that open with a preposition, a phrase and no name, `يأمل زيارتها "في الوقت المناسب"، وهو بلد …`)
    const before = m.open - 1
    if (before > this.ps && t.kinds[before] === WORD && (BA_CLITICS.has(this.keys[before]!) || this.lex.baAnnaPronoun.has(this.keys[before]!))) return false
    const first = this.keys[m.open + 1]!
    return !this.lex.runOnPrepositions.has(first) && !this.lex.topicPrepositions.has(first)
  }

  /**
   * Are the words of the marks `m` a title and a name (thirty-eighth session): one or two titles (`arTitles`: `الأمير`,
   * `الدكتور`, `الشيخ`) first, then words an entity covers to the closing mark (`… لرعاية الشباب «الأمير X بن Y»،
   * مؤكدا أن …`)? Such marks are a person's name however a cue before or after them reads. At most eight words read.
   */
  protected titledName(m: Mark): boolean {
    const t = this.t
    let k = m.open + 1
    let titles = 0
    while (k < m.close && titles < 2 && t.kinds[k] === WORD && this.lex.arTitles.has(this.keys[k]!)) {
      k++
      titles++
    }
    if (titles === 0 || m.capped || k >= m.close || m.close - k > 8 || this.entities.length === 0) return false
    for (let q = k; q < m.close; q++) if (t.kinds[q] !== WORD) return false
    return this.nameCovers(this.orig(t.starts[k]!, t.ends[m.close - 1]!))
  }

  /**
   * Do the marks `m` (one to six words) hold a term the writer introduces (forty-first session): `ما` (or `وما`, `بما`,
   * `مما`) and a verb of being known or called (`termVerbs`: `يعرف`, `يسمى`, `يطلق`, `سمي`) at most three words before
   * the opening mark, words only between (`أو ما يعرف باللغة السياسية "…"`, `ما سمي بـ"…"`, `ما يطلق عليه «…»`)?
   * Reads at most five words back.
   */
  protected knownAs(m: Mark): boolean {
    const t = this.t
    if (m.capped || this.wordCount(m.open + 1, m.close) > 6) return false
    for (let k = m.open - 1; k > this.ps && k >= m.open - 4 && t.kinds[k] === WORD; k--) {
      if (!this.lex.termVerbs.has(this.keys[k]!)) continue
      const before = this.keys[k - 1]!
      return t.kinds[k - 1] === WORD && (before === MA || (before.length === 3 && before.endsWith(MA) && "\u0648\u0628\u0645".includes(before[0]!)))
    }
    return false
  }

  /**
   * Are the marks `m` glued to `و` written alone (`المتزايد و"الوضع الاقتصادي السيئ"`) and three words or more, a
   * straight mark or an opening one (thirty-ninth session)? The conjunction joins them to the clause; the space after
   * it was lost. (A name glued to a word, `الـ«إف بي آي»`, stays one; two words after `و` are mostly a name, and so are
   * words an entity stands on.)
   */
  protected gluedToWaw(m: Mark): boolean {
    const k = m.open - 1
    const c = this.markChar(m.open)
    // (a word before `و`, not marks: `حركة "X" و"Y Z W"`, `"X" و"Y Z W"` are a list of names or a second piece already read)
    if (k - 1 <= this.ps || this.t.kinds[k - 1] !== WORD || c === null || CLOSING_TYPE.has(c) || m.capped || this.t.spaced[m.open] !== 0 || this.t.kinds[k] !== WORD || this.keys[k] !== "\u0648" || this.t.spaced[k] !== 1) return false
    if (this.wordCount(m.open + 1, m.close) < 3) return false
    // (no entity on any word: `و«قوة فجر ليبيا» تريدان`, a militia's name with a place in it)
    return this.entityIn(this.orig(this.t.starts[m.open + 1]!, this.t.ends[m.close - 1]!)) === null
  }

  /**
   * Do the marks `m` (three words or more) go on in the sentence of a quote a cue attributed (its words from
   * `prevStart`, its closing mark at `prevEnd`; not a colon's speech) (thirty-ninth session): at most
   * {@link LATER_CLAUSE} tokens on, no sentence end, no other mark, no speech verb, participle or according phrase and
   * no person between them, the opening mark spaced from the word before it or glued to `و` alone, and the marks no
   * name an entity covers? `ووصف X التهديد بأنه "…" مقارنة بـ…، وهما التنظيمان اللذان كانا عبارة عن "…"`, `ووصف X
   * الأسد بـ"…"، الذي "…"`, `إنها مجرد "…"، ومحاولة "…"`: the clause goes on with the same speaker's words where no
   * joining word or complementizer (`reportedOn`) stands between.
   */
  protected laterClause(prevStart: number, prevEnd: number, m: Mark): boolean {
    const t = this.t
    const open = m.open
    if (open - prevEnd > LATER_CLAUSE || open <= prevEnd + 1 || m.capped || m.split) return false
    // (not after speech a colon opened, `عندما قال: "…"، لقد عرفت … "…"`: the colon's speech is whole, the writer goes on)
    if (prevStart - 2 >= this.ps && this.keys[prevStart - 2] === ":") return false
    if (t.spaced[open] === 0 && !(t.kinds[open - 1] === WORD && this.keys[open - 1] === "\u0648")) return false
    for (let k = prevEnd + 1; k < open; k++) {
      if (this.isSentenceEnd(k) || this.markChar(k) !== null) return false
      if (t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (this.verbAt(k, this.pe) > 0 || this.lex.participles.has(key) || this.lex.according.longestAt(this.keys, k, this.pe) !== null) return false
    }
    return !this.hasPerson([prevEnd + 1, open]) && !(this.entities.length > 0 && this.nameCovers(this.orig(t.starts[open + 1]!, t.ends[m.close - 1]!)))
  }

  /**
   * Are the one to three words of a quote (tokens `[s, e)`, text at `span`) the name of its own speaker (thirty-ninth
   * session): the speaker's text as written, or an entity covering the whole span that is the speaker's entity? `فـ"X"
   * أكدت أنها …` (a company's name in marks before its verb, the company the speaker), `نعود لـX فهي تقول: "…". واخترت
   * قول "X Y" لأنها …` (the name after a quote of hers, carried on as a second piece): a name, no speech.
   */
  protected ownName(s: number, e: number, span: Range, speaker: Speaker | null): boolean {
    if (speaker === null || this.wordCount(s, e) > 3) return false
    const words = this.text.slice(span.start, span.end).replace(/\s+/g, " ")
    if (words === speaker.text.replace(/\s+/g, " ")) return true
    if (speaker.entityId === null) return false
    const named = this.entityIn(span)
    return named !== null && named.start <= span.start && named.end >= span.end && named.entityId === speaker.entityId
  }

  /**
   * Does a quote opening at `open` go on from one that ended at `prevEnd`? Only
   * across its own attribution and a full stop (`"…," she said. "…"`), not
   * across a clause of other words.
   */
  protected continues(prevEnd: number, open: number): boolean {
    // `"…late. "We left…"`: the mark that opens this quote ended the one before
    if (open === prevEnd) return true
    if (open - prevEnd <= 8) {
      for (let k = prevEnd; k < open; k++) if (this.isSentenceEnd(k)) return true
      return false
    }
    // `"…," said Dan Roe, an analyst at Hill & Bramley Partners. "…"`: one longer attribution sentence between them
    if (open - prevEnd > 24 || !this.isSentenceEnd(open - 1)) return false
    for (let k = prevEnd + 1; k < open - 1; k++) if (this.isSentenceEnd(k) || this.markChar(k) !== null) return false
    return true
  }
}

/** A zero-width space: folded away by the tokenizer (no token, no space), the second half of a doubled mark. */
const ZERO_WIDTH = "\u200b"

/** Is the character code a Latin letter or digit (ASCII or Latin-1/Extended)? */
const latinAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f)

/**
 * The view the quote stage scans, with each doubled English quotation mark written as one (fifty-eighth session, helper
 * enquote8): two apostrophes typed for a double mark (`''A law firm will put a case forward,'' said Roy Adams`, BBC
 * sport copy: before, no quote of the paragraph was found) and a straight mark typed twice before or after a word (`to
 * pay an ""unconscionable, unfair and grossly inadequate" sum`: before, the pair was read as an empty quote and every
 * mark after it was paired one off, the rest lost). The pair becomes `"` and a zero-width space, which the tokenizer
 * folds away: the view keeps its length, so every offset maps to the original as before. Only a pair of exactly two
 * marks of the original text, glued on one side only to a Latin word (a Latin letter or digit within two characters on
 * that side, the other side a space, the text's edge or punctuation): Arabic text and `″` (which the `search` view
 * writes as two apostrophes) are left as they were. One pass over the view.
 */
export const doubledMarksView = (view: TextView, text: string): TextView => {
  const v = view.text
  if (!v.includes("''") && !v.includes('""')) return view
  let out = ""
  let from = 0
  for (let i = 0; i + 1 < v.length; i++) {
    const c = v[i]!
    if ((c !== "'" && c !== '"') || v[i + 1] !== c || v[i + 2] === c || (i > 0 && v[i - 1] === c)) continue
    const o = view.toOriginal(i, i + 2)
    if (o.end - o.start !== 2 || text[o.start] !== c || text[o.start + 1] !== c) continue
    const before = i > 0 && latinAlnum(v.charCodeAt(i - 1))
    const after = latinAlnum(v.charCodeAt(i + 2))
    // glued to a word on one side only: after it (an opener), or before it, possibly through a stop (a closer: `club,''`)
    const closes = before || (i > 1 && ",.!?;:".includes(v[i - 1]!) && latinAlnum(v.charCodeAt(i - 2)))
    if (after === closes || (after && i > 0 && !/\s|[([—–-]/.test(v[i - 1]!))) continue
    if (closes && i + 2 < v.length && latinAlnum(v.charCodeAt(i + 2))) continue
    out += v.slice(from, i) + '"' + ZERO_WIDTH
    from = i + 2
    i++
  }
  if (from === 0) return view
  return { text: out + v.slice(from), toOriginal: view.toOriginal }
}
