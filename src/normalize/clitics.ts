/**
 * Arabic proclitics: which leading letters of a word are separate words.
 *
 * A word may start with a conjunction (`و`, `ف`), then a preposition (`ب`,
 * `ك`, `ل`), then the article (`ال`, or `ل` after the preposition `ل`, as in
 * `للمدينة`). The same letters also start many words (`بيروت`, `لبنان`,
 * `كندا`, `وزير`, `فرنسا`), so a prefix is split only with evidence, tried in
 * this order:
 *
 * 1. a lexicon, when the caller gives one (`isKnown`): if the whole word is
 *    known, nothing is split; otherwise the longest known remainder wins;
 * 2. nothing is split in the few words where those letters belong to the stem
 *    (`الله`, `التي`, `والد`, `بالغ`, …) and in common words that begin with
 *    `و` (`وزير`, `وزارة`, `وكالة`, `واشنطن`, `وقت`, …);
 * 3. the article: a prefix that ends with `ال` (or `لل`) is split when at least
 *    two letters remain;
 * 4. the conjunction `و` before a remainder of three letters or more; `و` and
 *    `ف` before a short function word or a frequent verb (`وهو`, `وفي`, `فقد`,
 *    `فإن`, `وقال`).
 *
 * A preposition with no article after it (`بيروت`, `لبنان`, `كندا`) is
 * split only through the lexicon.
 *
 * @module
 * @internal
 */
import { StringSieve } from "../internal/sieve.js"
import { normalizeText } from "./normalize.js"

export type CliticKind = "conjunction" | "preposition" | "article"

/** A split: the number of skeleton letters of each prefix, in order. */
export interface Split {
  readonly parts: ReadonlyArray<{ readonly letters: number; readonly kind: CliticKind }>
  readonly letters: number
}

const fold = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean).map((w) => normalizeText(w, "search")))

/**
 * Sieves of 4,096 bits in front of the word sets below ({@link StringSieve}), which are asked about nearly every Arabic
 * word that opens with a proclitic's letter (a `Set` look-up must first hash a string just made; a slice for
 * `functionWords`).
 */
const SIEVE_SHIFT = 20

let articleExceptions: ReadonlySet<string> | undefined
let wawWords: ReadonlySet<string> | undefined
let wawStems: ReadonlySet<string> | undefined
let functionWords: ReadonlySet<string> | undefined
let articleSieve: StringSieve | undefined
let wawWordSieve: StringSieve | undefined
let functionWordSieve: StringSieve | undefined

const lists = (): void => {
  if (articleExceptions !== undefined) return
  // words whose first letters look like (conjunction +) (preposition +) article but are the stem
  articleExceptions = fold(`
    الله التي الذي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي الآن
    والد والدة والده والدي والدين والدان والداه والديه والدته والدتها والدتي والدتهم والدها والدهم والدهما والدنا
    والي والية واليا ولاة بالغ بالغة بالغا بالغت بالغين بالون بالي فالح كالسيوم
  `)
  // common words that begin with و (exact forms)
  wawWords = fold(`
    ولد ولدت ولدوا وقت وقتا وقته وضع وضعت وضعه وضعها وضعوا وجه وجهت وجهه وجهها وسط وصف وصفت وصفه وعد وعود
    وفد وفود وقف وقفت وقفة وزن وزنه ورد وردت وعي ولي وحي وثق وكل وهم ودع وفر وفرت ورث ورق وقع وفق وصي وجد وجدت وجدوا
    وادي واحة وائل وارد واردات وافد وافدين ويلز وارسو ويندوز وورلد واتساب
    وقتها وقتنا وفاته وصفها وجوه وجوههم ولايته وطأة وضعهم وضعتها وضعنا وضعية واثق واعدة واعدا واسط وقفوا وظيفته
    وجهاء وحشية
  `)
  // stems of common words that begin with و (the word starts with one of these)
  wawStems = fold(`
      وزير وزيرة وزراء وزارة وزارات وزاري واحد واحدة وحدة وحدات وحيد وحده وحدها وحدهم وحدي
      وفقا وكالة وكالات وكيل وكلاء وصول وصلت وصلوا وصلنا واشنطن ولاية ولايات ولادة وفاة وفيات واضح واسع
      وقعت وقعوا وقوع وقائع واقع وطن وثيقة وثائق وثيق وظائف وظيفة وظيفي وافق واصل واجه واجب واجبات وجود وجوب وجبة وجبات
      وضوح وتيرة وقود وقاية وقوف وهمي وراء وسائل وسيلة وسيط وساطة ورشة ورقة ورقي وزن ودي وديعة وعود وعيد وفير وفرة
      وجيز ولاء وريث وصية وصيف
    `)
  wawStemLongest = Math.max(...[...wawStems].map((w) => w.length))
  wawStemShortest = Math.min(...[...wawStems].map((w) => w.length))
  // function words and frequent verbs that follow و or ف
  functionWords = fold(`
    هو هي هم هما هن نحن أنا أنت في من ما لا لم لن لو قد أن إن عن على إلى الى مع كل ثم بل إذا اذا كما كذلك أيضا
    أي أما إما أو حتى لكن لكنه لكنها منذ بعد قبل عند غير دون حيث ليس ليست هذا هذه ذلك تلك هؤلاء هنا هناك
    له لها لهم به بها بهم فيه فيها منه منها عليه عليها إليه
    قال قالت يقول تقول أضاف أضافت أكد أكدت أشار أشارت أوضح أوضحت بين بينت تابع تابعت أعلن أعلنت أفاد أفادت
    شدد لفت كان كانت يكون تكون كانوا أصبح أصبحت جاء جاءت تم يتم
  `)
  articleSieve = new StringSieve(articleExceptions, SIEVE_SHIFT)
  wawWordSieve = new StringSieve(wawWords, SIEVE_SHIFT)
  functionWordSieve = new StringSieve(functionWords, SIEVE_SHIFT)
}

const ALEF = 0x0627
const ALEF_WASLA = 0x0671
const LAM = 0x0644
const WAW = 0x0648

const isConj = (c: number): boolean => c === WAW || c === 0x0641 // و ف
const isPrep = (c: number): boolean => c === 0x0628 || c === 0x0643 || c === LAM // ب ك ل

/** The split of each combination of conjunction (0, 1), preposition (0, 1) and article (0, 1 or 2 letters). */
const SPLITS: ReadonlyArray<Split> = (() => {
  const out: Array<Split> = []
  for (let conj = 0; conj <= 1; conj++)
    for (let prep = 0; prep <= 1; prep++)
      for (let art = 0; art <= 2; art++) {
        const parts: Array<{ letters: number; kind: CliticKind }> = []
        if (conj) parts.push({ letters: 1, kind: "conjunction" })
        if (prep) parts.push({ letters: 1, kind: "preposition" })
        if (art) parts.push({ letters: art, kind: "article" })
        out.push(Object.freeze({ parts: Object.freeze(parts), letters: conj + prep + art }))
      }
  return out
})()
const splitOf = (conj: number, prep: number, art: number): Split => SPLITS[conj * 6 + prep * 3 + art]!

/** Article letters at `a` (2 for `ال`, 1 for the `ل` of `لل` after the preposition `ل`), or 0. */
const articleAt = (raw: string, folded: string, a: number, prep: number, conj: number): number => {
  const r = raw.charCodeAt(a)
  if ((r === ALEF || r === ALEF_WASLA) && folded.charCodeAt(a + 1) === LAM) return 2
  if (prep === 1 && folded.charCodeAt(conj) === LAM && folded.charCodeAt(a) === LAM) return 1
  return 0
}

/** The lengths of the longest and shortest of {@link wawStems} (set with the lists): no longer or shorter prefix is sliced and looked up. */
let wawStemLongest = 0
let wawStemShortest = 0

const startsWithWawStem = (folded: string): boolean => {
  for (let n = Math.max(3, wawStemShortest); n <= Math.min(folded.length, 10, wawStemLongest); n++) if (wawStems!.has(folded.slice(0, n))) return true
  return false
}

/**
 * The caller's lexicon asked about `s[from, s.length)` in place: the answer `isKnown(s.slice(from))` gives, without
 * slicing a string that is nearly always turned away (`وبيروت` asks about `بيروت` from letter 1 of the word).
 */
export type KnownFrom = (s: string, from: number) => boolean

/** Whether the stem of `folded` from letter `letters` on is known: in place when it can be, else sliced or folded. */
const stemKnown = (
  folded: string,
  letters: number,
  foldedFrom: ((k: number) => string) | undefined,
  isKnown: (norm: string) => boolean,
  knownFrom: KnownFrom | undefined
): boolean => {
  if (foldedFrom !== undefined) return isKnown(foldedFrom(letters))
  return knownFrom !== undefined ? knownFrom(folded, letters) : isKnown(folded.slice(letters))
}

/**
 * The clitic split of a word, or `undefined`.
 *
 * `raw`: the word's letters without marks or tatweel, presentation forms
 * mapped, alef forms kept (so that `أ` is not taken for the article's `ا`);
 * `folded`: the same letters search-normalized (same length);
 * `foldedFrom(k)`: the search-normalized word from letter `k` on, for lexicon
 * look-ups (default: `folded.slice(k)`, right when each letter folds on its own);
 * `knownFrom`: the same lexicon as `isKnown` asked in place ({@link KnownFrom}), for the stems of a word without
 * `foldedFrom` (each candidate stem was sliced before its look-up, and nearly all are turned away; the entity stage's
 * tokenizer, where this runs, was 4.9% of the Arabic run in the sixtieth session's profile).
 */
export const splitClitics = (
  raw: string,
  folded: string,
  foldedFrom: ((k: number) => string) | undefined,
  isKnown: ((norm: string) => boolean) | undefined,
  knownFrom?: KnownFrom | undefined
): Split | undefined => {
  const len = raw.length
  if (len < 3) return undefined
  lists()
  const conjOk = isConj(folded.charCodeAt(0)) ? 1 : 0

  if (isKnown !== undefined) {
    if (isKnown(folded)) return undefined
    // shortest prefix first: the longest known remainder wins
    let best: Split | undefined
    for (let conj = 0; conj <= conjOk; conj++) {
      for (let prep = 0; prep <= 1; prep++) {
        if (prep === 1 && !(conj < len && isPrep(folded.charCodeAt(conj)))) continue
        const a = conj + prep
        const art = articleAt(raw, folded, a, prep, conj)
        for (let k = 0; k <= art; k += art > 0 ? art : 1) {
          const letters = a + k
          if (letters === 0 || len - letters < 2) continue
          if ((best === undefined || letters < best.letters) && stemKnown(folded, letters, foldedFrom, isKnown, knownFrom)) best = splitOf(conj, prep, k)
        }
      }
    }
    if (best !== undefined) return best
  }

  if (articleSieve!.mayHave(folded) && articleExceptions!.has(folded)) return undefined
  const waw = folded.charCodeAt(0) === WAW
  if (waw && ((wawWordSieve!.mayHave(folded) && wawWords!.has(folded)) || startsWithWawStem(folded))) return undefined

  // the longest split that ends with the article
  for (let conj = conjOk; conj >= 0; conj--) {
    for (let prep = 1; prep >= 0; prep--) {
      if (prep === 1 && !isPrep(folded.charCodeAt(conj))) continue
      const a = conj + prep
      const art = articleAt(raw, folded, a, prep, conj)
      if (art > 0 && len - a - art >= 2) return splitOf(conj, prep, art)
    }
  }

  if (conjOk === 1) {
    if (functionWordSieve!.mayHave(folded, 1) && functionWords!.has(folded.slice(1))) return splitOf(1, 0, 0)
    if (waw && len - 1 >= 3) return splitOf(1, 0, 0)
  }
  return undefined
}
