/**
 * Layer 5 of the quote scanner: speech after a verb and a colon with no quotation marks (`وقال المجلس في بيان: إن
 * …`, `ونقل المكتب عن الوزير قوله: …`), and where it ends — at the end of its paragraph (or at a paragraph break the
 * source flattened into blanks), at the end of a sentence followed by a new attribution or a dialogue's turn, or before
 * a comma followed by a speech verb and its colon.
 *
 * @module
 */
import { PUNCT, WORD, foldKey } from "../internal/tokens.js"
import { CueScanner } from "./cues.js"
import { ALEF_LAM, COLON_WINDOW, COMMAS, DASHES, FA, MARKS, MIN, MIN_WORDS_BARE, MIN_WORDS_CUED, C_FA, C_WAW, hasWithWaw, type Cue, type Mark } from "./scanner.js"

/** `هو` (search form), before a colon that opens a question as often as a list (`السؤال الأهم هو: …؟`). */
const HUWA = foldKey("\u0647\u0648")[0]

/** `قائل` (search form), the stem of `قائلا`/`قائلة`/`قائلين`, the participle that follows its own verb. */
const QAIL = foldKey("\u0642\u0627\u0626\u0644")[0]!

/** How many words a topic after `وعن`/`وحول` may hold before its verb and colon ({@link ColonSpeech.topicThenVerbColon}). */
const TOPIC_REACH = 16

/** How many tokens marks right after a full stop may hold before the verb that attributes them ({@link ColonSpeech.marksThenAttribution}). */
const MARKS_REACH = 60

/**
 * How many blank characters (spaces, tabs, no-break spaces) in a row between two tokens of one paragraph stand for a
 * paragraph break the source flattened ({@link ColonSpeech.flattenedBreak}): SaudiNewsNet's scraper wrote most of its
 * line breaks as runs of spaces and `&nbsp;`, so an interview or a report of several paragraphs reaches the quotes stage
 * as one line.
 */
const FLATTENED_BREAK = 3

/** Blank characters a flattened paragraph break is made of. */
const BLANK = /[ \t\u00a0]/g

/**
 * A character no flattened paragraph break holds: anything but blanks and the invisible characters a break may hold
 * besides them (zero-width spaces, marks of direction, a BOM).
 */
const VISIBLE = /[^ \t\u00a0\u200b-\u200f\u2060\ufeff]/

/**
 * A bullet that opens a paragraph of an interview or a list of pull-outs (`* سؤال …؟`, `** …`, `• …`); not a dash, which
 * opens an answer or an item of the statement's own list as often.
 */
const BULLETS: ReadonlySet<string> = new Set(["*", "\u2022", "\u00b7"])

/** `؛`, `;`: a semicolon, which a participle of attribution often follows (`… السعودية؛ مشيراً إلى أن …`). */
const SEMICOLONS: ReadonlySet<string> = new Set(["\u061b", ";"])

/** How many tokens past a verb's named subject its colon may stand ({@link ColonSpeech.namedVerbAndColon}). */
const NAMED_COLON_REACH = 8

/** How many words a lead may hold before its colon after a question ({@link ColonSpeech.turnAfterQuestion}). */
const TURN_LEAD = 4

/** How many words a relaying verb's agency and source may take before `قولها:` ({@link ColonSpeech.relayedAfterComma}). */
const RELAYED_REACH = 14

/** Colon speech and the boundaries that end it. */

export abstract class ColonSpeech extends CueScanner {
  /** Opening marks of descriptions passed over before a colon quote's colon (`يقول X «موظف في …»: …`). */
  protected readonly describedBeforeColon = new Set<number>()

  /** The last colon of a list a cue's colon search met (`… هي: …`), or -1: titles in marks inside the list are no speech. */
  protected listColon = -1

  /**
   * The closing dash of an aside `- كما يصفها X -` right after the closing mark at token `close`, when a colon follows
   * that dash (`يقول X وزير خارجية «…» -كما يصفها أوباما-: …`): the aside names who called the marked words so, and the
   * colon is the cue's before the marks; else -1 (fifty-seventh session, helper arpieces).
   */
  protected describerAsideEnd(close: number, pe: number): number {
    const d = close + 1
    if (d + 1 >= pe || !this.isPunct(d, DASHES) || this.t.kinds[d + 1] !== WORD) return -1
    const lead = this.describerCueAt(d + 1, pe)
    if (lead === null) return -1
    let e = lead.speaker[1]
    while (e < pe && e - d <= 8 && this.t.kinds[e] === WORD) e++
    return e + 1 < pe && this.isPunct(e, DASHES) && this.isColon(e + 1) ? e : -1
  }

  /** Speech after a colon with no quotation mark: tokens `[a, b)`, or null. */
  protected colonSpeech(cue: Cue, pe: number, markAt: ReadonlyMap<number, Mark>): readonly [number, number] | null {
    if (cue.kind === "according" || cue.kind === "background") return null
    let colon = -1
    let described = -1
    // the complementizer the verb reports through before the colon (وأكدت الشرطة أن الموقوفين اعترفوا بمشاركتهم في
    // عمليتين سابقتين: الأولى …), or -1
    let reported = -1
    // (whether a parenthesis opened after a preposition is still open: a colon inside it, `وقال X شاركت في (المؤتمر
    // الدولي للإعلام: المخاطر …) …`, belongs to a title, not to the verb; not a parenthesis right after the verb or its
    // blessing, `قال عليه الصلاة والسلام (… ثلاث: …)`, which holds the words; forty-third session, helper spans)
    let inTitle = false
    // (the opening marks of the names in marks passed over before the colon)
    const named: Array<number> = []
    for (let k = cue.end; k < Math.min(pe, cue.end + COLON_WINDOW); k++) {
      if (this.isSentenceEnd(k)) return null
      if (this.t.kinds[k] === PUNCT && this.keys[k] === "(") inTitle = k > cue.end && this.t.kinds[k - 1] === WORD && this.lex.runOnPrepositions.has(this.keys[k - 1]!)
      else if (this.t.kinds[k] === PUNCT && this.keys[k] === ")") inTitle = false
      if (inTitle && this.isColon(k)) return null
      // (… محورين الأول بعنوان: (…) يتم من خلاله …: the colon of a title's noun opens a title, no speech; fiftieth
      // session, helper arfalse)
      if (this.isColon(k) && k > cue.end && this.t.kinds[k - 1] === WORD && this.lex.headingNouns.has(this.keys[k - 1]!)) return null
      if (this.isColon(k)) {
        // (reported speech that leads up to a colon opens a list or an explanation of its own words, no direct speech
        // of the verb: three words or more between the complementizer and the colon; thirty-third session, A54, A55)
        // (a speech verb between, وأوضح X أن …، وقال: …, has the colon: its own cue reads the words; not before a verb
        // glued to و/ف right before the colon, ويتساءل:, a new attribution the lexicon lacks, nor after `هو`, السؤال
        // الأهم هو: متى …؟, a question as often as a list)
        if (reported >= 0 && this.wordCount(reported + 1, k) >= MIN_WORDS_CUED && !this.conjoinedImperfect(k - 1) && this.keys[k - 1] !== HUWA) return null
        // (a verb of describing with its pronoun speaks through a colon right after it or its subject, ووصفتها بالقول:,
        // كما يصفها المؤلف:; not one further on, الذين وصفهم ب<noun> قائلا:, nor after a dash that closes it as an
        // aside, – كما يصفها X -:)
        if (this.describesPronoun(cue) && (k > (cue.speaker !== null ? cue.speaker[1] : cue.end) + 1 || this.keys[k - 1] === "-")) return null
        // (ثلاثة أجزاء هي: …: a pronoun of the third person right before the colon opens a list, not speech;
        // twenty-seventh session)
        // (… لأسباب عديدة، ومن أهمها: …, في معارض متخصصة، منها: …: a list's head the same; not `على نسخة منها:`, a
        // document's copy; fifty-fifth session, helper arfalse)
        if (k > cue.end && this.t.kinds[k - 1] === WORD && (this.lex.listPronouns.has(this.keys[k - 1]!) || this.listHeadAt(k - 1))) {
          this.listColon = k
          return null
        }
        colon = k
        break
      }
      if (this.t.kinds[k] === PUNCT && MARKS.has(this.keys[k]!)) {
        // a name of one to three words in marks before the colon (خصت «المدينة» بنسخة منه:) is passed over
        const m = markAt.get(k)
        if (m === undefined || m.capped) return null
        // (يقول X وزير خارجية «…» -كما يصفها أوباما-: …: marks and a dash aside that names who called them so, before
        // the colon: passed over, the colon is the cue's; fifty-seventh session, helper arpieces)
        const aside = this.describerAsideEnd(m.close, pe)
        if (aside >= 0) {
          k = aside
          continue
        }
        // (and a short one in the speaker's phrase, `لجمعية المهندسين المعماريين «ار اي بي ايه» في الخليج:`,
        // is the body's name, no quote of its own once the colon's speech is found; fiftieth session, helper arfalse)
        // (not marks right after a complementizer, `معتبرة أنه «عدوان»`: the reported words' own term)
        if (m.close - k <= MIN_WORDS_BARE && !(this.t.kinds[k - 1] === WORD && this.lex.complementizers.has(this.keys[k - 1]!))) named.push(k)
        if (m.close - k > MIN_WORDS_BARE) {
          // يقول X «موظف في منتجع …»: إن …: a description of the speaker in marks, right before the colon (up to ten
          // words), is passed over too, and is no quote of its own (session 17, second round)
          // (not marks after a complementizer: وأشار التقرير إلى أن «…»: … quotes the report in the marks)
          if (m.close - k > 11 || m.close + 1 >= pe || !this.isColon(m.close + 1) || (this.t.kinds[k - 1] === WORD && this.lex.complementizers.has(this.keys[k - 1]!))) return null
          described = k
        }
        k = m.close
        continue
      }
      // (… بحركة اعتبرت غير مقبولة جماهيريا : a passive in a relative clause is passed over; sixty-second session)
      if (k > cue.end && this.t.kinds[k] === WORD && this.verbStartsAt(k, pe) && !this.passiveInRelative(k, cue.at, pe)) return null
      // (the verb's own complementizer, right after it or its speaker phrase: not one of a clause inside the phrase
      // that names an addressee, وقال لرجل أمامه يظهر أنه يشتكي:)
      if (reported < 0 && k === (cue.speaker !== null ? cue.speaker[1] : cue.end) && this.t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)) reported = k
    }
    if (colon < 0) return null
    let a = colon + 1
    while (a < pe && this.t.kinds[a] === PUNCT && !MARKS.has(this.keys[a]!) && this.keys[a] !== "(") a++
    if (a >= pe || markAt.has(a) || this.markChar(a) !== null) return null
    // رواه X قال: قال رسول الله …: «…», قال لي الموظف: …: words that open with their own verb, subject and colon are
    // that verb's (its own cue reads them); the verb before has no speech of its own (session 20)
    if (this.innerAttribution(a, pe)) return null
    // up to the paragraph end, or the end of the sentence before a new attribution
    this.ensureBoundaries()
    let b = this.nextBoundary[a - this.ps]!
    if (cue.kind === "participle" && this.isSaying(this.keys[cue.at]!)) {
      // بقوله: opens the words of someone a feature story is about, between other people's: its sentence only,
      // and no scripture (vocalized words: بقوله: إِنَّ اللَّهَ …)
      if (this.vocalized(a)) return null
      b = Math.min(b, this.sentenceEnd[a - this.ps]!)
    }
    if (this.wordCount(a, b) < MIN_WORDS_CUED) return null
    if (described >= 0) this.describedBeforeColon.add(described)
    for (const k of named) this.describedBeforeColon.add(k)
    return [a, b]
  }

  /**
   * Is token `k` the head of a list before its colon (`listHeads`: `أهمها`, `وأبرزها`, `ومنها`; fifty-fifth session,
   * helper arfalse)? `منها` (`of`) only when the word before it is none of `notAfter` (`على نسخة منها:`).
   */
  protected listHeadAt(k: number): boolean {
    const key = this.keys[k]!
    if (!this.lex.listHeads.has(key)) return false
    return !this.lex.listHeadsOf.has(key) || !(k > 0 && this.t.kinds[k - 1] === WORD && this.lex.listHeadsNotAfter.has(this.keys[k - 1]!))
  }

  /** Is token `k` a word of `و`/`ف` glued to an imperfect verb's prefix (`ويتساءل`, `فيقول`, `وتضيف`)? */
  protected conjoinedImperfect(k: number): boolean {
    if (k < 0 || this.t.kinds[k] !== WORD) return false
    const w = this.keys[k]!
    return w.length >= 5 && (w[0] === "\u0648" || w[0] === "\u0641") && (w[1] === "\u064a" || w[1] === "\u062a")
  }

  /**
   * Does a speech verb start at token `a`, followed by a colon after at most eight words of its subject (a dash of
   * a blessing allowed: `قال رسول الله - صلى الله عليه وسلم -:`), with no complementizer or other verb between?
   */
  protected innerAttribution(a: number, pe: number): boolean {
    const n = this.verbAt(a, pe)
    if (n === 0) return false
    for (let e = a + n; e < Math.min(pe, a + n + 9); e++) {
      if (this.t.kinds[e] === PUNCT) {
        if (this.keys[e] === ":") return true
        if (this.keys[e] === "-") continue
        return false
      }
      if (this.t.kinds[e] !== WORD || this.lex.complementizers.has(this.keys[e]!) || this.verbAt(e, pe) > 0) return false
    }
    return false
  }

  /**
   * Fills {@link nextBoundary} and {@link sentenceEnd} for the current paragraph, once, when a colon quote first
   * needs them: the pass looks for a speech verb after every full stop and comma, and most paragraphs hold no colon
   * quote at all. (Called from the paragraph's own steps, never while a key is swapped.)
   */
  protected ensureBoundaries(): void {
    if (this.boundariesReady) return
    this.boundariesReady = true
    const ps = this.ps
    const pe = this.pe
    const n = pe - ps
    const kinds = this.t.kinds
    // the end of a colon quote that starts at k: the end of the sentence before the next attribution, or the paragraph end
    const boundary = this.nextBoundary
    const stop = this.sentenceEnd
    let next = pe
    let end = pe
    boundary[n] = pe
    stop[n] = pe
    for (let j = pe - 1; j >= ps; j--) {
      if (kinds[j] === PUNCT && j + 1 < pe) {
        const sentenceEnd = this.isSentenceEnd(j)
        if (sentenceEnd) end = j + 1
        if (sentenceEnd ? this.startsAttribution(j + 1, pe) || this.marksThenAttribution(j + 1, pe) || this.narrationOpens(j + 1, pe) || this.turnAfterQuestion(j, pe) : this.verbAndColonAfterComma(j, pe) || this.participleAfterComma(j, pe) || this.reportingAfterComma(j, pe) || this.namedReportingAfterComma(j, pe) || this.relayedAfterComma(j, pe)) next = j + 1
      } else if (this.verbAndColonAfterWord(j, pe) || this.participleAndColon(j, pe) || this.namedVerbAndColon(j, pe)) next = j
      // (a participle before its complementizer ends the quote before the semicolon that may stand before it)
      else if (this.participleAndComplement(j, pe)) next = this.isPunct(j - 1, SEMICOLONS) ? j - 1 : j
      // (a paragraph break the source flattened into blanks, after a sentence end or before a bullet; fifty-third
      // session, helper colonend)
      if (j + 1 < pe && this.flattenedBreak(j, pe)) next = j + 1
      boundary[j - ps] = next
      stop[j - ps] = end
    }
  }

  /**
   * Is the gap between token `j` and the next one a paragraph break the source flattened, where a colon quote with no
   * marks ends as it ends at a line break (fifty-third session, helper colonend; before, one answer of an interview
   * printed on one line ran on over every later question and answer, and a statement over the writer's paragraphs
   * after it)? {@link FLATTENED_BREAK} blanks or more (and nothing else but invisible characters), before a bullet
   * (`… انقهرت يا أخي.   * ألم يعرض عليك …؟ - لا   * ما سبب …`), or after a sentence end (or closing marks right after
   * one: `… ليبيا".   ولكن …`) when the next paragraph does not go on with the speech ({@link goesOnAfterBreak}). Blanks
   * between two words of a sentence (`كيف نسوّق اللاعب   السعودي`) are no break.
   */
  protected flattenedBreak(j: number, pe: number): boolean {
    const next = j + 1
    if (this.t.spaced[next] === 0) return false
    const bullet = this.t.kinds[next] === PUNCT && BULLETS.has(this.keys[next]!)
    if (!bullet && !(this.isSentenceEnd(j) || (this.markChar(j) !== null && j > this.ps && this.isSentenceEnd(j - 1)))) return false
    const from = this.orig(this.t.starts[j]!, this.t.ends[j]!).end
    const to = this.orig(this.t.starts[next]!, this.t.ends[next]!).start
    if (to - from < FLATTENED_BREAK) return false
    const gap = this.text.slice(from, to)
    if (VISIBLE.test(gap) || (gap.match(BLANK)?.length ?? 0) < FLATTENED_BREAK) return false
    return bullet || !this.goesOnAfterBreak(next, pe)
  }

  /**
   * Does the paragraph at token `k`, after a flattened break, go on with the speech before it: an item of its list (a
   * dash, a number, a parenthesis, or a label of up to three words and its colon, `ثانياً: …`, `الرغبة الثانية: …`), a
   * clause of its own (a complementizer, `وأنها ملتزمة …`, `إن ما تتعرض له …`; `أما` before a stop word, `أما ما يتعلق بـ …`), or the
   * first person (`speechGoesOn`: `ونحن سعداء …`)? A new attribution there ends the quote by its own rules.
   */
  protected goesOnAfterBreak(k: number, pe: number): boolean {
    if (this.t.kinds[k] !== WORD) return !(this.t.kinds[k] === PUNCT && this.markChar(k) !== null)
    const key = this.keys[k]!
    if (hasWithWaw(this.lex.complementizers, key) || hasWithWaw(this.lex.speechGoesOn, key) || (key.length > 2 && key.charCodeAt(0) === C_FA && this.lex.speechGoesOn.has(key.slice(1)))) return true
    // (`أما` before a topic that opens with a stop word, `أما ما يتعلق بالمدى البعيد فهو …`, `أما عن …`: the speaker's
    // next point; not before a person, `أمّا X «مقيم» فيقول: …`, another party's turn)
    if (this.lex.amma.has(key)) return k + 1 < pe && this.t.kinds[k + 1] === WORD && (this.lex.arStops.has(this.keys[k + 1]!) || this.lex.aboutWhat.has(this.keys[k + 1]!))
    for (let e = k + 1; e < Math.min(pe, k + 4); e++) {
      if (this.isColon(e)) return true
      if (this.t.kinds[e] !== WORD) return false
    }
    return false
  }

  /**
   * Does a question end at token `j` (`؟`, `?`, or `!` right after one) and the next sentence reach its own colon within
   * {@link TURN_LEAD} words, words alone between (`… هنا؟ وكان الجواب بالتأكيد: «نعم»`, `… ابنته؟ فكانت إجابته: …`,
   * `… الصناعية؟ لهذا القائل أقول: …`)? A question that turns to another voice over a colon is a line of a dialogue:
   * the asker's words end with it (fifty-third session, helper colonend; before, the asker's quote ran on over the
   * answer and the narration after it). A question the speaker goes on after (`… ذلك؟ وحتى لو كانت …`) goes on.
   */
  protected turnAfterQuestion(j: number, pe: number): boolean {
    const q = this.keys[j] === "!" && j > this.ps && this.t.kinds[j - 1] === PUNCT ? j - 1 : j
    if (this.keys[q] !== "\u061f" && this.keys[q] !== "?") return false
    let k = j + 1
    while (k < Math.min(pe, j + 1 + TURN_LEAD) && this.t.kinds[k] === WORD) k++
    return k > j + 1 && k < pe && this.isColon(k)
  }

  /**
   * A comma followed by a speech verb and its colon (`…، وأضافت: إنه …`): a new colon quote starts there. Also a verb
   * (after one clause opener, `وقد`, `كما`) with its subject of up to six words before the colon (`…، وقد قال أرسطو ذات
   * يوم: …`, `…، يقول X: …`; session 19): a colon quote that ran over it ended only at a full stop before a new
   * attribution.
   */
  protected verbAndColonAfterComma(j: number, pe: number): boolean {
    // the colon is checked first: this runs for every comma of every paragraph
    if (j + 2 < pe && this.keys[j + 2] === ":" && this.t.kinds[j + 2] === PUNCT && COMMAS.has(this.keys[j]!) && this.t.kinds[j + 1] === WORD && this.verbAt(j + 1, pe) === 1) return true
    if (j + 3 >= pe || !COMMAS.has(this.keys[j]!) || this.t.kinds[j + 1] !== WORD) return false
    let k = this.turnLeadAfterComma(j + 1, pe)
    const first = this.keys[k]!
    if (k === j + 1 && this.lex.clauseOpeners.has(first) && this.t.kinds[k + 1] === WORD) k++
    if (k >= pe || this.t.kinds[k] !== WORD) return false
    const n = this.verbAt(k, pe)
    if (n === 0) return false
    for (let e = k + n; e < Math.min(pe, k + n + 7); e++) {
      if (this.t.kinds[e] === PUNCT && this.keys[e] === ":") return e > k + n
      if (this.t.kinds[e] !== WORD || this.lex.complementizers.has(this.keys[e]!) || this.verbAt(e, pe) > 0) return false
    }
    return false
  }

  /**
   * A comma, then a verb of relaying with its `و` (`reported.verbs`: `ونقلت`, `ونقل`) and, within
   * {@link RELAYED_REACH} words, `قوله`/`قولها`/`قولهم` right before a colon (`…، ونقلت وكالة إيتار تاس الروسية للأنباء
   * عن السفارة قولها: «…»`): a new attribution, whose relayed words a colon quote that ran on to it must not swallow
   * (sixty-first session, helper arquote16, after the A118 reading; {@link verbAndColonAfterComma} reads six words of a
   * subject, and an agency and its source are longer).
   */
  protected relayedAfterComma(j: number, pe: number): boolean {
    if (j + 3 >= pe || this.t.kinds[j] !== PUNCT || !COMMAS.has(this.keys[j]!) || this.t.kinds[j + 1] !== WORD) return false
    if (!hasWithWaw(this.lex.reportedVerbs, this.keys[j + 1]!)) return false
    for (let e = j + 2; e < Math.min(pe - 1, j + 2 + RELAYED_REACH); e++) {
      if (this.t.kinds[e] !== WORD) return false
      if (this.lex.says.has(this.keys[e]!)) return this.isColon(e + 1)
    }
    return false
  }

  /**
   * The token after a lead phrase that hands the turn to another party, `من`/`ومن` and a turn lead (`turnLeads`:
   * `من جهتها`, `ومن جانبه`) and the comma after it if any, opening at token `k` right after a comma; else `k`.
   * `…، من جهتها قالت السفارة في باماكو أمس: إن …` starts a new speaker's colon quote as `…، وقالت السفارة: …` does
   * (sixty-first session, helper arquote16, after the A118 reading: the quote before ran on over it, and the
   * embassy's words went to the speaker quoted before). A bare `بدوره` is a clause opener there already.
   */
  protected turnLeadAfterComma(k: number, pe: number): number {
    if (k + 2 >= pe || this.t.kinds[k] !== WORD || this.t.kinds[k + 1] !== WORD) return k
    if (!this.lex.colonLeadPrepositions.has(this.keys[k]!) || !this.lex.turnLeads.has(this.keys[k + 1]!)) return k
    return this.isPunct(k + 2, COMMAS) ? k + 3 : k + 2
  }

  /**
   * A comma followed by a participle of attribution (`…، منوها إلى …`, `…، مشيرة إلى أن …`, `…، مؤكدا أن …`): the
   * narrator takes the sentence back from the speaker there, so a colon quote with no marks ends before it (forty-third
   * session, helper spans; before, the participle's clause ran on inside the quote). Not `بقوله`, which opens words.
   */
  protected participleAfterComma(j: number, pe: number): boolean {
    if (j + 1 >= pe || this.t.kinds[j + 1] !== WORD || !COMMAS.has(this.keys[j]!) || this.t.kinds[j] !== PUNCT) return false
    const key = this.keys[j + 1]!
    // (and a participle of proposing, `…؟، مقترحاً فرض رقابة …`, no cue of its own; sixty-first session, helper arquote16)
    return (this.lex.participles.has(key) && !this.isSaying(key)) || this.lex.paraphraseParticiples.has(key)
  }

  /**
   * A participle of attribution (not `بقوله`, not `قائلا`) inside the quote, before its complementizer (after a word,
   * a full stop, a semicolon or closing marks: `… كل مواطن. مؤكداً أن …`, `… الخارجية؛ مشيراً إلى أن …`, `… «شحاذون»
   * مشددًا أنه …`; after a comma too, which {@link participleAfterComma} reads first; an adjective that has the form,
   * `أنباء شبه مؤكدة بأن …`, is cut too: one in the corpus): the narrator takes the sentence back there, and a colon
   * quote with no marks ends before it (before the semicolon right before it, if any; fifty-third session, helper
   * colonend).
   */
  protected participleAndComplement(j: number, pe: number): boolean {
    if (j <= this.ps || this.t.kinds[j] !== WORD) return false
    const key = this.keys[j]!
    return this.lex.participles.has(key) && !this.isSaying(key) && !key.startsWith(QAIL) && this.complementAt(j + 1, pe, this.lex.chargePrepositions)
  }

  /**
   * A comma, then a speech verb glued to `و` with no subject and its complementizer right after it (`…، واعتبر أن …`,
   * `…، وأكد أن …`, `…، وأشار إلى أن …`): the narrator reports the speaker's next point in his own words, and a colon
   * quote with no marks ends at the comma (fifty-third session, helper colonend).
   */
  protected reportingAfterComma(j: number, pe: number): boolean {
    if (j + 2 >= pe || !COMMAS.has(this.keys[j]!) || this.t.kinds[j + 1] !== WORD || this.keys[j + 1]!.charCodeAt(0) !== C_WAW) return false
    return this.verbAt(j + 1, pe) === 1 && this.complementAt(j + 2, pe, this.lex.chargePrepositions)
  }

  /**
   * A comma, then a speech verb glued to `و` and a person's name right after it as its subject (`…، وأوضحت أم محمد عن
   * استعدادها للعيد أنها …`, `…، وأكد X أن …`): the narrator reports the named speaker in his own words again, and a
   * colon quote with no marks ends at the comma, as at a full stop before a new attribution (fifty-sixth session, helper
   * arspan2; before, the colon quote ran on over the writer's account to the paragraph's end). A subject that is no
   * tagged person (`…، وأكد المهندسون لنا أن …`) may be the speaker's own words and goes on.
   */
  protected namedReportingAfterComma(j: number, pe: number): boolean {
    if (j + 2 >= pe || !COMMAS.has(this.keys[j]!) || this.t.kinds[j] !== PUNCT || this.t.kinds[j + 1] !== WORD || this.keys[j + 1]!.charCodeAt(0) !== C_WAW) return false
    return this.t.kinds[j + 2] === WORD && this.sayingVerbAt(j + 1, pe) === 1 && this.personAfterTitles(j + 2, pe)
  }

  /**
   * Does a tagged person start at token `k`, or after one or two titles there (`arTitles`: `الدكتور X`, `الشيخ X`,
   * `المهندس X`; the entity stage mostly tags the name without its title)? (Fifty-sixth session, helper arspan2.)
   */
  protected personAfterTitles(k: number, pe: number): boolean {
    for (let j = k; j < Math.min(pe, k + 3); j++) {
      if (this.t.kinds[j] !== WORD) return false
      if (this.personAt(j) !== null) return true
      if (!this.lex.arTitles.has(this.keys[j]!)) return false
    }
    return false
  }

  /**
   * Does the sentence at token `k` open as the narrator's: with a lead phrase handing the turn to another party
   * (`turnLeads`: `من جانبها،`, `ومن جهتهم`, `بدوره،`), whatever follows (`من جانبها، عبرت أسر …`), or with a word
   * of four letters or more glued to `و` right before a person's name (or one or two titles and the name, `وشكر الدكتور X`;
   * fifty-sixth session), mostly a verb (`وتخضع جيلا لفحوص …`, `وعبر
   * الزهراني عن …`; no list of verbs is asked)? A colon quote with no
   * marks ends before it (forty-third session, helper spans; a speech verb there was a new attribution already).
   */
  protected narrationOpens(k: number, pe: number): boolean {
    if (this.t.kinds[k] !== WORD || k + 1 >= pe) return false
    const key = this.keys[k]!
    if (key.length >= 4 && key.charCodeAt(0) === C_WAW && this.t.kinds[k + 1] === WORD && this.personAfterTitles(k + 1, pe)) return true
    // (after `من`/`ومن`, or set off by a comma: a bare `بدوره` before its verb, `بدوره يتابع الفريق …`, may be the
    // speaker's own words, and a seventeenth-session row keeps them)
    const prep = this.lex.colonLeadPrepositions.has(key) && this.t.kinds[k + 1] === WORD
    const j = prep ? k + 1 : k
    return this.lex.turnLeads.has(this.keys[j]!) && (prep || (j + 1 < pe && this.isPunct(j + 1, COMMAS)))
  }

  /**
   * A speech verb with its `و`, right after a word and right before its colon (`… بن الحسين وقال: تمثل …`): a new
   * colon quote starts there as after a comma (seventeenth session). Not a dialogue verb (`… جاءني رجل وسألني: "…"`):
   * a speaker's story told over a colon goes on over the lines of the dialogue it tells (fiftieth session, helper
   * arcolon).
   */
  protected verbAndColonAfterWord(j: number, pe: number): boolean {
    // the colon is checked first: this runs for every word of a paragraph that holds a colon quote
    return j + 1 < pe && this.keys[j + 1] === ":" && this.t.kinds[j + 1] === PUNCT && j > this.ps && this.t.kinds[j] === WORD && this.t.kinds[j - 1] === WORD && this.keys[j]!.charCodeAt(0) === C_WAW && this.verbAt(j, pe) === 1 && !this.lex.dialogueVerbs.has(this.keys[j]!.slice(1))
  }

  /**
   * A speech verb with its `و` after a word or a closing mark, its subject right after it (a person or a body the entity
   * stage tagged, or a word that is no stop word), and its colon within {@link NAMED_COLON_REACH} tokens, words and marks alone between (`… «طمع مادي» وتضيف
   * قعلول لـ»المدينة»: هناك …`): a new speaker's colon quote starts there, as at {@link verbAndColonAfterWord} (fifty-ninth
   * session, helper arpiece, after the A114 reading: the quote before ran on over it, and the new one was lost).
   */
  protected namedVerbAndColon(j: number, pe: number): boolean {
    if (j <= this.ps || j + 2 >= pe || this.t.kinds[j] !== WORD || this.keys[j]!.charCodeAt(0) !== C_WAW) return false
    if (this.t.kinds[j - 1] !== WORD && this.markChar(j - 1) === null) return false
    if (this.verbAt(j, pe) !== 1 || this.lex.dialogueVerbs.has(this.keys[j]!.slice(1))) return false
    // (its subject: a person or a body the entity stage tagged, or a word that is no stop word, `قعلول`, a name the
    // stage left untagged; not `لي`, `للمنتج`, the addressee of a story the speaker tells, glued to `ل`, nor a definite
    // noun the stage left untagged, `وردت الأحاديث … كما في قوله:`; lead, at the merge)
    const e = this.entityStartingAt(j + 1)
    if (e !== null ? e.type !== "PERSON" && e.type !== "ORGANIZATION" : this.t.kinds[j + 1] !== WORD || this.lex.arStops.has(this.keys[j + 1]!) || this.untaggedNoSubject(this.keys[j + 1]!)) return false
    for (let k = j + 2; k < Math.min(pe, j + 2 + NAMED_COLON_REACH); k++) {
      if (this.isColon(k)) return true
      if (this.t.kinds[k] !== WORD && this.markChar(k) === null) return false
    }
    return false
  }

  /** Is an untagged word after a verb no subject of {@link namedVerbAndColon}: glued to `ل` (`لي`, `للمنتج`) or definite? */
  private untaggedNoSubject(key: string): boolean {
    return key.charCodeAt(0) === 0x0644 || key.startsWith(ALEF_LAM)
  }

  /**
   * A participle of attribution right before its colon, after a word or a full stop (`… للموسم المقبل مضيفاً: …`,
   * `… في الصيف. مضيفاً: إن عقده …`): the narrator takes the turn back there as after a comma
   * ({@link participleAfterComma}), so a colon quote with no marks ends before it, and the participle's own cue opens
   * the next words, the same speaker's (forty-sixth session, helper club; before, the second quote ran on inside the
   * first). Not `قائلا`, which follows its own verb (`فرد قائلا:`, `وتابع قائلا:`: the verb is where a turn starts),
   * nor `بقوله`.
   */
  protected participleAndColon(j: number, pe: number): boolean {
    // the colon is checked first: this runs for every word of a paragraph that holds a colon quote
    if (j + 1 >= pe || this.keys[j + 1] !== ":" || this.t.kinds[j + 1] !== PUNCT || this.t.kinds[j] !== WORD || j <= this.ps) return false
    const key = this.keys[j]!
    return this.lex.participles.has(key) && !this.isSaying(key) && !key.startsWith(QAIL)
  }

  /** Does a new attribution clause start at token `k` (`وأضاف`, `وقال الوزير`)? */
  protected startsAttribution(k: number, pe: number): boolean {
    if (this.t.kinds[k] !== WORD) return false
    // (not a colon-only verb with no colon after it: `. ويتابع الفريق التنفيذ يوميا` goes on with the quote)
    if (this.sayingVerbAt(k, pe) > 0) return true
    // بدوره قال الأديب X: …, ومن جانبه، أكد X أن …: a lead phrase of clause openers, then a speech verb
    if (this.leadThenVerb(k, pe)) return true
    // أما السيدة X من باكستان والتي تجيد العربية فقالت: …: a topic after `أما` and its verb with `ف` and a colon, up
    // to sixteen words in (thirty-first session, second round)
    if (this.lex.amma.has(this.keys[k]!)) return this.ammaVerbAndColon(k, pe)
    // وعن توقعاته للأيام القادمة يقول: …: a verb and its colon a few words into the sentence
    for (let j = k + 1; j < Math.min(pe - 1, k + 8); j++) {
      if (this.t.kinds[j] !== WORD) return false
      const n = this.verbAt(j, pe)
      if (n > 0) return j + n < pe && this.t.kinds[j + n] === PUNCT && this.keys[j + n] === ":"
    }
    return this.topicThenVerbColon(k, pe)
  }

  /**
   * Does the sentence at token `k` open with a topic (`وعن`, `وحول`, `بشأن`) and reach a speech verb and its colon
   * within {@link TOPIC_REACH} words, words alone between (`وعن تقييمه للحكم الدولي X في نهائي مونديال الشباب قال:`)?
   * A new attribution starts there (thirty-third session; the verb stood past the eight words read before it).
   */
  protected topicThenVerbColon(k: number, pe: number): boolean {
    if (!this.lex.topicPrepositions.has(this.keys[k]!)) return false
    for (let j = k + 1; j < Math.min(pe - 1, k + TOPIC_REACH); j++) {
      if (this.t.kinds[j] !== WORD) return false
      const n = this.verbAt(j, pe)
      if (n > 0) return j + n < pe && this.t.kinds[j + n] === PUNCT && this.keys[j + n] === ":"
    }
    return false
  }

  /**
   * Do marks open at token `k` (right after a full stop) and a speech verb or participle follow their closing mark
   * (`… . «طمع مادي» وتضيف X …`, `… . «…»، قال X`)? Those marks are a new attribution's (thirty-third session).
   */
  protected marksThenAttribution(k: number, pe: number): boolean {
    if (this.t.kinds[k] !== PUNCT || this.markChar(k) === null) return false
    for (let f = k + 1; f < Math.min(pe - 1, k + MARKS_REACH); f++) {
      if (this.t.kinds[f] !== PUNCT || this.markChar(f) === null) continue
      let v = f + 1
      if (v < pe && this.isPunct(v, COMMAS)) v++
      return f > k + 1 && v < pe && this.t.kinds[v] === WORD && this.sayingVerbAt(v, pe) > 0
    }
    return false
  }

  /**
   * Does a verb with `ف` and its colon follow the topic after `أما` at token `k` (`أما السيدة X من باكستان والتي تجيد
   * العربية فقالت:`), within sixteen words, with no complementizer, mark or other punctuation but commas before it?
   */
  protected ammaVerbAndColon(k: number, pe: number): boolean {
    // (not a topic that opens with a preposition, `أما عن …`, `أما عما يشتمل عليه برنامجها فتقول:`: what she speaks
    // about, not who speaks; the colon quote goes on)
    const first = this.keys[k + 1]
    if (k + 1 >= pe || this.t.kinds[k + 1] !== WORD || this.lex.arStops.has(first!) || this.lex.aboutWhat.has(first!)) return false
    for (let j = k + 2; j < Math.min(pe - 1, k + 17); j++) {
      if (this.t.kinds[j] === PUNCT) {
        if (COMMAS.has(this.keys[j]!)) continue
        return false
      }
      if (this.t.kinds[j] !== WORD) continue
      const key = this.keys[j]!
      if (this.lex.complementizers.has(key)) return false
      if (key.length > 3 && key[0] === FA) {
        const n = this.verbAt(j, pe)
        if (n === 0) return false
        // (a turn lead between the verb and its colon, `أما X فقال من جانبه: …`; forty-fifth session, helper carry)
        let e = j + n
        if (e + 1 < pe && this.t.kinds[e] === WORD && this.keys[e] === MIN && this.lex.turnLeads.has(this.keys[e + 1]!)) e += 2
        return e < pe && this.t.kinds[e] === PUNCT && this.keys[e] === ":"
      }
    }
    return false
  }

  /**
   * A lead phrase of clause openers (`بدوره`, `من جانبه`, `ومن جهتها`, `وفي هذا الصدد`, `كما`; up to four words, the
   * last an opener, and a comma) right before a speech verb at token `k`: a new attribution starts there, whatever
   * follows the verb (seventeenth session; before, only a verb with its colon a few words in ended a colon quote).
   */
  protected leadThenVerb(k: number, pe: number): boolean {
    const lex = this.lex
    let j = k
    let last = false
    for (; j < Math.min(pe - 1, k + 4); j++) {
      if (this.t.kinds[j] !== WORD) break
      const key = this.keys[j]!
      if (this.lex.colonLeadPrepositions.has(key)) {
        last = false
        continue
      }
      if (hasWithWaw(lex.clauseOpeners, key)) {
        last = true
        continue
      }
      break
    }
    if (!last) return false
    if (j < pe && this.isPunct(j, COMMAS)) j++
    if (!(j < pe && this.t.kinds[j] === WORD)) return false
    // (a colon-only verb, `يتابع`, `يختم`, is speech only before its colon: `بدوره يتابع الفريق التنفيذ يوميا` goes on
    // with the quote; fifty-first session's merge, sayingVerbAt)
    return this.sayingVerbAt(j, pe) > 0
  }
}
