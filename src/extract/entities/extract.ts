/**
 * Entity extraction over regions of a text: the one code path behind the
 * pipeline stage and `khabar tag`.
 *
 * @module
 */
import { lowerBound } from "../../internal/search.js"
import { normalizeText } from "../../normalize/index.js"
import type { Entity } from "../../schema/record.js"
import { arabicWordAfter, isAddressedOutlet, isNameConstruct, isMilitaryRank, isRankTail, isCommonWordRank, isLineageWord, isTeamNoun, isAdjectiveName, isNationalityAfterNoun, isArabicLetter, isNisbaAdjective, isFeminineGivenName, isListedVerb, isObjectNoun, isSubjectObjectVerb, isArabicMonth, isBodyMemberHead, isCommonNounWord, isFamilyOrgHead, isFormulaWord, isMarkedBodyNoun, isMarkedPlaceNoun, isNotAlone, isWriterVerb, isOfficeOfPlaceHead, isPersonNoun, isPlaceNamedBodyHead, isPlaceNamedBodyMiddle, isPlaceNisba, isTimeWord, isTribeNisba, isWeekdayWord, isWorkNoun } from "./evidence.js"
import { CATEGORIES, foldedSet, gazetteer, isGivenName, loadGazetteerFiles, searchKey } from "./gazetteer.js"
import { StringSieve } from "../../internal/sieve.js"
import { isNisba } from "./features.js"
import { tagType } from "./decode.js"
import { joinEnglishNames } from "./english.js"
import { pronounSuffix, readsAsNoName, splitGluedFunctionWords } from "./glued-next.js"
import { linkMentions, noSurname } from "./link.js"
import { adjectivesWithBa, agedPeople, bodiesByAdjective, clauseVerbAt, clubsAfterCounterparts, clubsAfterClubNoun, couldBeSurname, endsCompoundGivenName, generationalEnd, gluedOrganizations, gluedProclitic, isAdjectiveNameUse, isFunctionWord, isGoodPhrase, listedBodyWords, isEnglishHoliday, isFunctionWordAfterClitics, isTanweenNotName, FI, FOREIGN_PARTICLES, KUNYA_WORDS, listedOrganizations, listedBodiesOverPlaces, mentionsOf, outletsSpokenTo, NASAB_WORDS, overlapsAny, placeEpithetsAlone, placesAfterHeads, roleOfFound, spokenBodies, headedBodies, bodiesInMarks, titledRoleBeforeComma, titledRoleBeforeHonorific, titledRoleRightBefore, withoutGlued, type Mention } from "./mentions.js"
import { tagUnits, type Tagged, type Tagger } from "./tagger.js"
import { bodyComplements, fieldComplementEnd } from "./body-complements.js"
import { creditMentions, isPlaceOfLists, type CreditFields } from "./credits.js"
import { segment, spacesOnly, unitFinder, type Unit, type UnitFinder } from "./text.js"
import { isUnknownNameWord, PER_BITS, type Sentence } from "./name-words.js"
import { bismAsByName, clergyNames, givenNameAfterTitles, givenNameBeforeFathers, namesAfterNationality, roleTailsOfNames, surnamesAfterBodies, shortHeadlineNames, surnamesBeforeTitles, withoutVocativeKin } from "./speaker-names.js"

export type { Sentence } from "./name-words.js"

/** Options of {@link extractEntities}. */
export interface ExtractOptions {
  /**
   * Arabic: also report the organisations of the gazetteer lists named in two words or more that the tagger left
   * untagged (`وزارة الداخلية`, `مجلس الوزراء`, `الجيش اللبناني`). ANERcorp, which the Arabic model learned from and
   * which the held-out scores follow, leaves most such bodies out; readers of the news usually want them. Also
   * carries a body's name on over the complement naming its field where the tagger cut it (`[الاتحاد الدولي]
   * للسباحة` → whole: `bodyComplements`, body-complements.ts), takes a place the tagger cut short of a place of the lists
   * whole (`[مكة] المكرمة`) and types a listed body's one-word name the tagger called MISC an organisation (`اليونيفيل`;
   * fifty-seventh session, `mentionsOf`'s `whole`); lists `المملكة` alone and `العاصمة المقدسة` as places
   * (`placeEpithetsAlone`) and a MISC name of known-organizations.json as an organisation (`البيت الأبيض`; fifty-eighth
   * session). Off by default; `khabar tag` never sets it.
   */
  readonly listedOrganizations?: boolean | undefined
  /**
   * The parse stage's credits of the document (its dateline, byline and boilerplate): their places, agencies and names
   * join the mentions (`creditMentions`, credits.ts). The entities stage gives them; `khabar tag` reads sentences only.
   */
  readonly credits?: CreditFields | undefined
}

/** A region `[start, end)` of the text to read (a title, a paragraph). */
export interface Region {
  readonly start: number
  readonly end: number
  /** The region is the headline (the entities stage marks the title): see {@link titleCase}. */
  readonly headline?: boolean
}

/** Words of four letters or more from which a headline can be in Title Case. */
const TITLE_CASE_WORDS = 4

/**
 * Is the English headline `text[start, end)` written in Title Case (`Supreme Court Hears Arguments on State Water
 * Rights`): at least four Latin words of four letters or more, none of them in lower case? There the
 * capitals say nothing of names, and the tagger runs names over verbs and nouns.
 */
export const titleCase = (text: string, start: number, end: number): boolean => {
  let words = 0
  let lower = 0
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i)
    const upper = c >= 0x41 && c <= 0x5a
    if (!upper && !(c >= 0x61 && c <= 0x7a)) {
      i++
      continue
    }
    let j = i + 1
    while (j < end && ((text.charCodeAt(j) | 0x20) >= 0x61 && (text.charCodeAt(j) | 0x20) <= 0x7a)) j++
    if (j - i >= 4) {
      words++
      if (!upper) lower++
    }
    i = j
  }
  return words >= TITLE_CASE_WORDS && lower === 0
}

/**
 * Records, for each one-word Arabic person of a sentence whose word is an adjective that is a given name too
 * (`سليم`, `نبيل`: `adjectiveNames` in gazetteers/name-cues.json), whether it reads as the adjective where it stands
 * (`isAdjectiveNameUse`); `readings` keeps, by word, whether every such mention so far does.
 */
export const adjectiveReadings = (units: ReadonlyArray<Unit>, tagged: Pick<Sentence, "tags" | "gaz">, own: ReadonlyArray<Mention>, readings: Map<string, boolean>): void => {
  let k = 0
  for (const m of own) {
    if (m.type !== "PERSON" || m.units.length !== 1) continue
    const u = m.units[0]!
    while (k < units.length && units[k]!.start < u.start) k++
    if (k >= units.length || units[k]!.start !== u.start) continue
    if (u.kind !== "word" || u.article || !isAdjectiveName(u.core)) continue
    readings.set(u.core, isAdjectiveNameUse(units, tagged.gaz, tagged.tags, k) && (readings.get(u.core) ?? true))
  }
}

/**
 * هدف [نبيل], بشكل [سليم], عيد [مبارك]: a one-word person whose word is an adjective that is a given name too, where
 * every one-word mention of it in the document reads as the adjective and no longer mention holds it (`نبيل شعث`), is
 * the adjective, no name: dropped before names are found again, so that it is not spread over the document.
 */
export const withoutAdjectives = (found: Array<Mention>, readings: ReadonlyMap<string, boolean>): void => {
  const held = new Set<string>()
  for (const m of found) if (m.units.length > 1) for (const u of m.units) if (readings.has(u.core)) held.add(u.core)
  // (kept in place, in one pass: a text of many such words stays linear)
  let kept = 0
  for (const m of found) {
    const w = m.units[0]!.core
    if (m.type === "PERSON" && m.units.length === 1 && readings.get(w) === true && !held.has(w)) continue
    found[kept++] = m
  }
  found.length = kept
}

/**
 * Adds the mentions `more` a step found in a sentence to the sentence's mentions `own`, kept in text order (each step
 * of {@link findMentions} reads what the steps before it found); whether there were any (fifty-eighth session, helper
 * tidy3: one helper for ten copies of the push and the sort).
 */
const addInOrder = (own: Array<Mention>, more: ReadonlyArray<Mention>): boolean => {
  if (more.length === 0) return false
  own.push(...more)
  own.sort((a, b) => a.start - b.start)
  return true
}

/** The mentions of the given regions, in text order, before linking. */
export const findMentions = (text: string, regions: ReadonlyArray<Region>, tagger: Tagger, options: ExtractOptions = {}): Array<Mention> => {
  const found: Array<Mention> = []
  const sentences: Array<Sentence> = []
  const listed = options.listedOrganizations === true && tagger.lang === "ar"
  // one-word people that read as an adjective where they stand (`بشكل [سليم]`), by word, and whether all of them do
  const adjectives = new Map<string, boolean>()
  for (const r of regions) {
    for (const units of segment(text, r.start, r.end, { lang: tagger.lang, isKnown: tagger.gazetteer.isKnown, isKnownFrom: tagger.gazetteer.isKnownFrom })) {
      const tagged = tagUnits(tagger, units)
      let own = mentionsOf(text, units, tagged, tagger.lang, listed)
      // (لبي بي سي: a listed organisation in letter names whose first one carries a preposition)
      if (tagger.lang === "ar") own = gluedOrganizations(units, tagged, own)
      // (وقال عيد سالم لـ"سبق": the paper spoken to, in marks after `لـ`; session 53)
      if (tagger.lang === "ar") own = outletsSpokenTo(text, units, tagged, own)
      // ([الاتحاد الدولي] للسباحة: a body's name cut before the complement naming its field; with the listed
      // organisations only: it did not move the held-out ANERcorp dev split through khabar tag, and AQMAR's
      // gold cuts such names as often as not (docs/history/evaluation.md, session 48))
      if (listed) {
        own = bodyComplements(units, own)
        // (فلاي [دبي], [مصر] للطيران: a listed body whose name holds a place the tagger tagged; session 60)
        own = listedBodiesOverPlaces(units, tagged, own)
        if (addInOrder(own, listedOrganizations(units, tagged, own))) {
          // (a listed body of two words the tagger left untagged, session 49: [المجلس الأعلى] للاتصال المسموع المرئي;
          // not a longer one, whose complement is more often a role's, نائب رئيس [الهيئة العامة للسياحة والتراث
          // الوطني] لشؤون المناطق)
          own = bodyComplements(units, own, 2)
        }
        // (وقالت [هيئة الغابات الأميركية]: an unlisted body after a verb of the lists, the subject that speaks)
        addInOrder(own, spokenBodies(units, tagged, own))
        // (إلى [جمعية البر], [البرلمان الياباني]: an unlisted body after a head noun anywhere in running text; session 59)
        own = headedBodies(units, tagged, own)
        // (صحيفة "[الاقتصادية]", لشركة “[أكوا باور]”: a body's name in marks after its noun; session 59)
        own = bodiesInMarks(units, tagged, own)
        // (بعثة نادي [هجر]: a club's name after `نادي` the tagger left out; session 60)
        addInOrder(own, clubsAfterClubNoun(units, tagged, own))
        // (بقيادة [المملكة], إلى [العاصمة المقدسة]: an epithet that stands for a country or a city, alone; session 58)
        addInOrder(own, placeEpithetsAlone(units, tagged, own))
      }
      if (tagger.lang === "ar") {
        // (يلاقي الهلال نظيره [النصر]: the club met, after a counterpart; session 53)
        addInOrder(own, clubsAfterCounterparts(units, tagged, own))
        addInOrder(own, listedBodyWords(units, tagged, own))
        addInOrder(own, namesInLists(units, tagged.gaz, own))
        addInOrder(own, surnamesAfterTitles(text, units, tagged, own))
        // (وقال وزير الدفاع التركي، فكري إشيق، إن: a name the tagger does not know between commas after a role)
        addInOrder(own, namesAfterRoles(text, units, tagged, own))
        // (وقال عضو المجلس سعد الحارثي إن: a name the tagger does not know between a role and the clause after it)
        addInOrder(own, namesBeforeClauses(text, units, tagged, own))
        // (الفريق أول صدقي صبحي, واللواء مطلق الأزيمع: a name the tagger does not know after a military rank; session 61)
        addInOrder(own, namesAfterRanks(text, units, tagged, own))
        // (الفريق أول ركن [عبدالرحمن البنيان], اللواء أسعد [محمد العثمان]: the whole name after a rank; sessions 61, 62)
        own = wholeNamesAfterRanks(text, units, tagged, own)
        // (ونور فخري وسحر [رامي]: a given name with a glued `و` the tagger left out in a list of people; session 63)
        own = givenNamesInPeopleLists(text, units, tagged, own)
        // (أما كريم 32 عاما قال: a given name before an age, the speaker of a vox-pop)
        addInOrder(own, agedPeople(units, tagged, own))
        addInOrder(own, placesAfterHeads(units, tagged, own))
        // (لجنة الحكام الرئيسية لكرة القدم [المحاضر]: a role run into a name's end; يعرف … [باسم] أحمد: "by the name of")
        own = bismAsByName(units, roleTailsOfNames(text, own))
        // (وقال توم [هاريسون] المتحدث: a surname the tagger did not know between a given name and a title)
        own = surnamesBeforeTitles(text, units, tagged, own)
        // (يقول مكرم [محمد أحمد]: the given name the tagger did not know before a father's and a grandfather's)
        own = givenNameBeforeFathers(text, units, tagged, own)
        // (لماذا هذه الدماء يا [ابي]: "O my father", no name)
        own = withoutVocativeKin(units, own)
        // (وقال [الاريتري] بيبي: a nationality opens no name; the name is the word after it)
        own = namesAfterNationality(text, units, tagged, own)
        // (مدير مدينة X الرياضية [إبراهيم] القوبع، أن: a family name with the article after a given name after a body)
        own = surnamesAfterBodies(text, units, tagged, own)
        // (الناطق الرسمي ل[عمار الخيرية]: a charity's name, no person; session 59)
        own = bodiesByAdjective(own)
        // (فأنا [سعيد بذلك]: "happy to", the predicate, no name; session 59)
        own = adjectivesWithBa(units, own)
      }
      if (tagger.lang === "ar") adjectiveReadings(units, tagged, own, adjectives)
      for (const m of own) found.push(m)
      // a copy: `tagged.tags` is a view of the tagger's scratch memory, which the next sentence overwrites, and
      // propagation reads the tags of every sentence (the roles of names found again)
      sentences.push({ units, tags: tagged.tags.slice(), gaz: tagged.gaz })
    }
  }
  // an English headline in Title Case keeps only the mentions the body writes the same way (`Supreme Court`, not
  // `Supreme Court Hears Arguments` or `State Water Rights`)
  const headline = tagger.lang === "en" ? regions.find((r) => r.headline === true && titleCase(text, r.start, r.end)) : undefined
  if (headline !== undefined) {
    const body = new Set<string>()
    for (const m of found) if (m.start >= headline.end || m.end <= headline.start) body.add(text.slice(m.start, m.end))
    for (let k = found.length - 1; k >= 0; k--) {
      const m = found[k]!
      if (m.start >= headline.start && m.end <= headline.end && !body.has(text.slice(m.start, m.end))) found.splice(k, 1)
    }
  }
  if (adjectives.size > 0) withoutAdjectives(found, adjectives)
  const more = propagate(text, sentences, found, tagger.lang, listed)
  // (الإنجليزي [ري]: … المحاضر الإنجليزي [واليفر ري]: a two-letter name of the headline, which propagation does not look for)
  if (tagger.lang === "ar") more.push(...shortHeadlineNames(text, sentences, found, more, regions.find((r) => r.headline === true)))
  const all = more.length === 0 ? found : [...found, ...more].sort((a, b) => a.start - b.start)
  // English names cut at `of`, `for` or `on` (`[Royal Society] of [Edinburgh]`), joined over the whole document, names
  // found again too (a work's title is told by a cue anywhere in it): see english.ts
  return tagger.lang === "ar" ? arabicDocumentSteps(text, sentences, all, listed) : joinEnglishNames(text, all)
}

/**
 * The Arabic steps over the whole document's mentions, in this order (each reads the mentions the one before it left):
 * a given name between a title and a surname, family names that open with `ب`, names with `آل`, the family names of bodies, places after an office, names glued to
 * a function word, particle surnames, a conjunction before a foreign name, people's names inside the marks of a work's
 * or a body's title, coordinated people.
 */
const arabicDocumentSteps = (text: string, sentences: ReadonlyArray<Sentence>, all: Array<Mention>, listed: boolean): Array<Mention> => {
  // (ودع الشهيد [مفرح] عسيري: the given name the tagger did not know between a title and a surname, found again too)
  let m = givenNameAfterTitles(text, sentences, all)
  // (وقال المطران متى الخوري … وأشار الخوري: a clergyman's name the tagger left untagged, whose surname it tagged elsewhere)
  m = clergyNames(text, sentences, m)
  m = surnamesWithBa(sentences, m)
  // (التركي وطالب [بوقف] قصف: the verb's object, no name; session 59)
  m = objectsOfClauseVerbs(sentences, m)
  m = familyNamesAfterAl(sentences, m)
  m = familyNamesOfBodies(sentences, m)
  m = placesAfterOfficeHeads(sentences, m)
  // (مكتبة [الإسكندرية], بورصة [أثينا], مؤسسة [ترامب]: an institution named after a place or a person, after the
  // places an office's holder ran into, `رئيس بلدية [أبوعريش محمد القحطاني]`; session 60)
  if (listed) m = bodiesNamedForNames(sentences, m)
  m = splitGluedFunctionWords(text, sentences, m)
  m = particleSurnames(text, sentences, m)
  m = conjunctionBeforeForeignName(text, m)
  m = kafOfForeignNames(text, sentences, m)
  m = namesInWorkTitles(text, m)
  return coordinatedPeople(text, m)
}

/** Whether a word with the article is a verbal noun `التفعّي` of a defective verb (`التخلي`, `التصدي`), which ends in `ي` as a nisba does. */
const isDefectiveVerbalNoun = (u: Unit): boolean => u.bare.length === 4 && u.bare.charCodeAt(0) === 0x062a

/** `إمارة`, the office of a region's governor before `منطقة`, `محافظة` (`إمارة منطقة الباحة`), else the emirate, a place. */
const EMIRATE = foldedSet(() => ["إمارة", "امارة"])

/**
 * An institution named after a place or a person (`مكتبة الإسكندرية`, `بورصة أثينا`, `هيئة قناة السويس`, `غرفة جدة`,
 * `مؤسسة ترامب`), which the tagger reads as the inner name with its type: a place's or a person's mention of the
 * document (tagged or found again), its first word with no clitic, right after an untagged head of
 * `placeNamedBodyHeads` (name-cues.json; no article, a glued conjunction or preposition allowed), or after one and a
 * noun of an area of `placeNamedBodyMiddles` (`إمارة منطقة الباحة`, `أمانة محافظة جدة`), is the body's name with the
 * head, an organisation, and takes the untagged nisbas right after it (`مؤسسة ترامب الخيرية`, `بنك اليابان المركزي`; not a
 * verbal noun in `ي`, `بنك إنجلترا [التخلي]`), then the complement naming its field (`fieldComplementEnd`,
 * body-complements.ts: `هيئة أبوظبي للسياحة والثقافة`, `مؤسسة دبي للإعلام`; session 61, helper arent5).
 * `إمارة` needs the area's noun (`إمارة دبي` is the emirate). A place glued to a preposition (`مكتبة بالإسكندرية`) or
 * a head inside another mention is left. With the readers' spans only (`listedOrganizations`; sixtieth session, helper
 * arent4, after the N3 reading's class C2).
 */
export const bodiesNamedForNames = (sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  let out: Array<Mention> | undefined
  let find: UnitFinder | undefined
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (m.type !== "LOCATION" && m.type !== "PERSON") continue
    const u = m.units[0]!
    if (u.kind !== "word" || u.proclitic) continue
    const at = (find ??= unitFinder(sentences))(u.start)
    if (at === null || at.k < 1) continue
    const { units, k } = at
    const { tags } = sentences[at.row]!
    let h = k - 1
    const mid = units[h]!
    const middle = tags[h] === 0 && mid.kind === "word" && !mid.article && !mid.proclitic && isPlaceNamedBodyMiddle(mid.core)
    if (middle) h--
    if (h < 0 || tags[h] !== 0) continue
    const head = units[h]!
    const glued = headAt(head, isPlaceNamedBodyHead)
    if (glued < 0) continue
    const headWord = glued > 0 ? withoutGlued(head, glued) : head
    if (EMIRATE().has(headWord.core) && !middle) continue
    const prev = i > 0 ? (out ?? mentions)[i - 1]! : undefined
    if (prev !== undefined && prev.end > head.start) continue
    // the untagged nisbas right after the name (two at most), before the next mention
    let last = k + m.units.length - 1
    const next = mentions[i + 1]
    while (last + 1 < units.length && last - (k + m.units.length - 1) < 2 && tags[last + 1] === 0 && !units[last + 1]!.proclitic && isNisba(units[last + 1]!) && !isDefectiveVerbalNoun(units[last + 1]!) && (next === undefined || next.start >= units[last + 1]!.end)) last++
    if (units[last]!.end < m.end) continue
    // (هيئة أبوظبي [للسياحة والثقافة]: the field the body's name goes on with, before the next mention; session 61)
    const field = fieldComplementEnd(units, last + 1)
    if (field > last && (next === undefined || next.start >= units[field]!.end)) last = field
    out ??= mentions.slice()
    out[i] = { type: "ORGANIZATION", start: headWord.nameStart, end: units[last]!.end, units: units.slice(h, last + 1), role: null, confidence: m.confidence, ...(glued > 0 ? { glued } : {}) }
  }
  return out ?? mentions
}

/** Opening quotation marks and brackets, and the mark that closes each (`"` closes itself). */
const MARK_CLOSES: ReadonlyMap<string, string> = new Map([
  ["\u00ab", "\u00bb"],
  ['"', '"'],
  ["\u201c", "\u201d"],
  ["(", ")"]
])

/** Marks that only close, and the stops a title in marks never holds (a sentence's or a clause's end, a line break). */
const MARK_STOPS = new Set(["\u00bb", "\u201d", ")", ".", "\u060c", ",", ":", "\u061b", "!", "?", "\u061f", "\n"])

/** How far, in characters, a title in marks may run before and after a mention inside it. */
const MARK_SPAN = 40

/** Prefixes a work's or a body's noun may carry before its stem, as search keys (conjunction, preposition, article). */
const HEAD_PREFIXES = ["\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0627\u0644", "\u0644\u0644"]

/** Pronoun suffixes after a work's noun (`كتابه`, `روايتها`), as search keys. */
const HEAD_SUFFIXES = ["\u0647", "\u0647\u0627", "\u0647\u0645"]

/**
 * What the Arabic word `w` (a search key) is before a title in marks: `MISC` for a work's noun (`مسلسل`, `لروايته`,
 * `بأغنية`), `ORGANIZATION` for a paper's, a channel's or a company's (`صحيفة`, `لشركة`), else null. Up to two prefixes
 * (`وبالرواية` has three letters of them) and one pronoun suffix, whose `ت` was the taa marbuta (`روايته`).
 */
const titleHeadType = (w: string): MarkedType | null => {
  const stems: Array<string> = [w]
  for (let round = 0; round < 2; round++) {
    for (const x of stems.slice()) for (const p of HEAD_PREFIXES) if (x.startsWith(p) && x.length - p.length >= 3) stems.push(x.slice(p.length))
  }
  for (const x of stems.slice()) {
    for (const f of HEAD_SUFFIXES) {
      if (!x.endsWith(f) || x.length - f.length < 3) continue
      const r = x.slice(0, -f.length)
      stems.push(r.endsWith("\u062a") ? r.slice(0, -1) + "\u0647" : r)
    }
  }
  for (const x of stems) if (isWorkNoun(x)) return "MISC"
  for (const x of stems) if (isMarkedBodyNoun(x)) return "ORGANIZATION"
  for (const x of stems) if (isMarkedPlaceNoun(x)) return "LOCATION"
  return null
}

/**
 * The type of the title in marks that holds `[start, end)` wholly, right after a work's or a body's noun
 * ({@link titleHeadType}: `مسلسل «أحمد وكريستينا»`, `شركة "تيسين كروب"`), or null: the opening mark stands within
 * {@link MARK_SPAN} characters before, its closing mark within as many after, with no stop between ({@link MARK_STOPS}),
 * and the noun right before the opening mark (a space or a colon between).
 */
const titleInMarksType = (text: string, start: number, end: number): MarkedType | null => {
  let i = start - 1
  let close: string | undefined
  for (; i >= 0 && start - i <= MARK_SPAN; i--) {
    const c = text[i]!
    close = MARK_CLOSES.get(c)
    if (close !== undefined || MARK_STOPS.has(c)) break
  }
  if (close === undefined || i < 0) return null
  let j = end
  for (; j < text.length && j - end <= MARK_SPAN; j++) {
    const c = text[j]!
    if (c === close) break
    if (MARK_STOPS.has(c) || MARK_CLOSES.has(c)) return null
  }
  if (text[j] !== close) return null
  // the word before the opening mark
  let k = i - 1
  while (k >= 0 && i - k <= 3 && (text[k] === " " || text[k] === ":")) k--
  let a = k
  while (a >= 0 && k - a < 20 && isArabicLetter(text.charCodeAt(a))) a--
  if (a === k) return null
  const type = titleHeadType(searchKey(text.slice(a + 1, k + 1)))
  // (a place's name in marks: the place when the mention fills the marks, else no mention, `حي "الشيخ [جراح]"`)
  if (type === "LOCATION" && !(spacesOnly(text, i + 1, start) && spacesOnly(text, end, j))) return "NONE"
  return type
}

/** What a person's mention in marks after a noun is ({@link titleInMarksType}); `NONE` is no mention. */
type MarkedType = "MISC" | "ORGANIZATION" | "LOCATION" | "NONE"

/**
 * A person's mention wholly inside quotation marks or brackets right after the noun of a work or of a body
 * (thirty-sixth session): `مسلسل «أحمد وكريستينا»`, `مسرحية «ريتشارد الثالث»`, `رواية "توكايا غراندي"` are titles
 * (MISC), `صحيفة "زود دويتشه تسايتونغ"`, `شركة "تيسين كروب"` bodies (organisations), no people whose quotes they could
 * take. Not when the document writes the same name as a person's mention outside such marks (`مارك توين` in `كتاب
 * «روايات مارك توين»` and as the writer elsewhere), nor a name found again by propagation (its type follows linking).
 * A name that fills other marks with no noun before them (`في «أحمد وكريستينا»`) is no such evidence, and is the work
 * too where the document names it as one (session 52); two given names joined by `و` right after a work's noun with no
 * marks are its title ({@link coordinatedWorkTitles}).
 * After a place's noun (`markedPlaceNouns`: `حي "الشيخ جراح"`, `شارع "X"`; forty-second session) the mention is the place
 * when it fills the marks, else it is dropped (a part of the place's name, no person).
 */
export const namesInWorkTitles = (text: string, found: Array<Mention>): Array<Mention> => {
  found = coordinatedWorkTitles(text, found)
  let types: Array<MarkedType | null> | null = null
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!
    if (m.type !== "PERSON" || m.again === true) continue
    const t = titleInMarksType(text, m.start, m.end)
    if (t === null) continue
    types ??= new Array<MarkedType | null>(found.length).fill(null)
    types[k] = t
  }
  if (types === null) return found
  // (a name that fills marks with no work's noun before them, `في «أحمد وكريستينا»`, is no evidence of a person: a
  // title named again; session 52)
  const outside = new Set<string>()
  const works = new Set<string>()
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!
    const key = m.units.map((u) => u.core).join(" ")
    if (m.type === "PERSON" && types[k] === null && m.again !== true && !fillsMarks(text, m.start, m.end)) outside.add(key)
    if (types[k] === "MISC") works.add(key)
  }
  const out: Array<Mention> = []
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!
    const t = types[k]
    const key = m.units.map((u) => u.core).join(" ")
    if (outside.has(key)) out.push(m)
    else if (t !== null && t !== undefined) {
      if (t !== "NONE") out.push({ ...m, type: t, role: null })
    } else if (m.type === "PERSON" && works.has(key) && fillsMarks(text, m.start, m.end)) out.push({ ...m, type: "MISC", role: null })
    else out.push(m)
  }
  return out
}

/** Whether `[start, end)` fills a pair of marks, spaces only between (`«أحمد وكريستينا»`, `(أحمد وكريستينا)`). */
const fillsMarks = (text: string, start: number, end: number): boolean => {
  let i = start - 1
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--
  const close = i >= 0 ? MARK_CLOSES.get(text[i]!) : undefined
  if (close === undefined) return false
  let j = end
  while (j < text.length && text.charCodeAt(j) === 0x20) j++
  return text[j] === close
}

/**
 * `مسلسل [أحمد وكريستينا]`, `فيلم [قيس] و[ليلى]` (session 52): right after the noun of a work without the article
 * (`workNouns`: `مسلسل`, `فيلم`, `رواية` …; `لمسلسل`, not `المسلسل`, whose cast follows it), a person's mention of two
 * words, the second glued to `و`, or two one-word people joined so, are the work's title written with no marks
 * (MISC): two given names joined by `و` name a story's couple, not the author or the star, whom the noun takes alone in
 * construct (`فيلم ستيفن سبيلبرغ`, `رواية جورج أورويل` stay people), as `بطولة الفيلم [بول رود] ومايكل دوغلاس` does
 * after the noun with the article.
 */
const coordinatedWorkTitles = (text: string, found: Array<Mention>): Array<Mention> => {
  let out: Array<Mention> | null = null
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!
    if (m.type !== "PERSON" || m.again === true || !afterBareWorkNoun(text, m.start)) {
      out?.push(m)
      continue
    }
    const at = k
    let title: Mention | null = null
    if (m.units.length === 2 && opensWithWa(text, m.units[1]!)) title = { ...m, type: "MISC", role: null }
    else if (m.units.length === 1 && k + 1 < found.length) {
      const n = found[k + 1]!
      const u = n.units[0]!
      if (n.type === "PERSON" && n.units.length === 1 && opensWithWa(text, u) && u.start > m.end && spacesOnly(text, m.end, u.start)) {
        title = { ...m, type: "MISC", role: null, end: n.end, units: [m.units[0]!, u] }
        k++
      }
    }
    if (title === null) {
      out?.push(m)
      continue
    }
    out ??= found.slice(0, at)
    out.push(title)
  }
  return out ?? found
}

/** Whether a unit is a word whose only clitic is a glued `و` (`وكريستينا`). */
const opensWithWa = (text: string, u: Unit): boolean => u.kind === "word" && text.charCodeAt(u.start) === 0x0648 && u.nameStart === u.start + 1

/** Whether the word right before `start` (spaces only between) is a work's noun without the article (`مسلسل`, `لفيلم`). */
const afterBareWorkNoun = (text: string, start: number): boolean => {
  let k = start - 1
  if (k < 0 || text.charCodeAt(k) !== 0x20) return false
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--
  let a = k
  while (a >= 0 && k - a < 20 && isArabicLetter(text.charCodeAt(a))) a--
  if (a === k) return false
  const key = searchKey(text.slice(a + 1, k + 1))
  return titleHeadType(key) === "MISC" && !WORK_WITH_ARTICLE.test(key)
}

/** A work's noun with the article after a clitic or none (`المسلسل`, `بالفيلم`, `للرواية`): its cast follows it. */
const WORK_WITH_ARTICLE = /^(?:[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)/

/**
 * Two people the tagger read as one name across `و` (`وتبادل مورينيو وفينجر الاتهامات`, `رونالدو وبيبي`,
 * `نتنياهو وليبرمان`): a person's mention of two words, the second glued to `و`, where each word is the last word of
 * another person's mention of the document (`جوزيه مورينيو`, `أرسين فينجر`), is two mentions, `و` left out (thirty-first
 * session). A family name joined with `و` is rare in Arabic; a name the document gives no other mention of each half
 * of stays whole.
 */
export const coordinatedPeople = (text: string, found: Array<Mention>): Array<Mention> => {
  // the last word of each person's mention, and how many mentions end with it
  const lastWords = new Map<string, number>()
  for (const m of found) {
    if (m.type !== "PERSON") continue
    const last = m.units[m.units.length - 1]!
    lastWords.set(last.core, (lastWords.get(last.core) ?? 0) + 1)
  }
  let out: Array<Mention> | null = null
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!
    const halves = m.type === "PERSON" && m.units.length === 2 ? coordinatedHalves(text, m, lastWords) : null
    if (halves === null) {
      out?.push(m)
      continue
    }
    out ??= found.slice(0, i)
    out.push(...halves)
  }
  return out ?? found
}

/** The two people of the mention `m` ({@link coordinatedPeople}), or null. */
const coordinatedHalves = (text: string, m: Mention, lastWords: ReadonlyMap<string, number>): [Mention, Mention] | null => {
  const [u0, u1] = m.units as readonly [Unit, Unit]
  if (u0.kind !== "word" || u1.kind !== "word" || !u1.proclitic || text.charCodeAt(u1.start) !== 0x0648 || u1.nameStart !== u1.start + 1) return null
  // each half ends another person's mention: the first word one at least, the second one beyond this mention itself
  if (u0.core === u1.core || (lastWords.get(u0.core) ?? 0) < 1 || (lastWords.get(u1.core) ?? 0) < 2) return null
  return [
    { ...m, end: u0.end, units: [u0] },
    { ...m, start: u1.nameStart, units: [u1], role: null }
  ]
}

/** The type index of a person in the tagger's tags (`tagType`). */
const PERSON_TAG_TYPE = 0

/** The second particle after a first one (`فان دير`, `فان در`, `دي لا`, `دو لا`, `فان دن`). */
const SECOND_PARTICLES: ReadonlySet<string> = new Set(["دير", "در", "دن", "لا", "ديل"])

/**
 * The particle at `from` in `text` after spaces (as written), or null: a cheap look before any unit is read. The word
 * is {@link arabicWordAfter}'s (session 62, helper tidy6: the scan here read at most five letters, which finds the same
 * words for a set of words of four letters or fewer, as {@link FOREIGN_PARTICLES} is).
 */
const particleAt = (text: string, from: number, set: ReadonlySet<string>): string | null => {
  const word = arabicWordAfter(text, from)
  if (word === null) return null
  const w = text.slice(word[0], word[1])
  return set.has(w) ? w : null
}

/**
 * `وقال [يوهان] فان دير بيرغ، رئيس …`, `[سام] فان آكين`: a foreign family name that opens with a particle
 * ({@link FOREIGN_PARTICLES}, and a second one after it: `فان دير`), which the tagger left out of a person's name of one
 * or two words, joins the name when the document names the word after the particle(s) as (part of) a person
 * elsewhere, tagged or found again (`وأضاف [آكين]`, `[فان آكين]`), or the tagger took it for a person right there. The
 * word must be an untagged Arabic word with no clitic or article that may be a family name (`couldBeSurname`:
 * `فان حوالي`, `فان اكثر`, `فان ملاحظته` are `فإن` "so" written without its hamza, before a word of the lists or one
 * with a pronoun suffix); the person must be no family name alone, the last word of a longer person of the document
 * (`[بارتوميو] فان غال`, `[ترومان] ماك آرثر` after a verb: a surname as the subject, the particle's name another
 * man, the object). Linear: a look at the text after each person's mention, and the units of a sentence only where a
 * particle stands (found by a binary search over the sentence's offsets).
 */
export const particleSurnames = (text: string, sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  let candidates: Array<number> | undefined
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (m.type !== "PERSON" || m.units.length > 2 || particleAt(text, m.end, FOREIGN_PARTICLES) === null) continue
    ;(candidates ??= []).push(i)
  }
  if (candidates === undefined) return mentions
  // the words of the document's people, and the last words of its people of two words or more (family names)
  const words = new Map<string, number>()
  const surnames = new Set<string>()
  for (const m of mentions) {
    if (m.type !== "PERSON") continue
    for (const u of m.units) if (u.kind === "word") words.set(u.core, (words.get(u.core) ?? 0) + 1)
    const last = m.units[m.units.length - 1]!
    if (m.units.length >= 2 && last.kind === "word") surnames.add(last.core)
  }
  const starts = sentences.map((s) => (s.units.length > 0 ? s.units[0]!.start : Number.MAX_SAFE_INTEGER))
  const unitStarts = new Map<number, Array<number>>()
  const drop = new Set<number>()
  const out = mentions.slice()
  for (const i of candidates) {
    const m = mentions[i]!
    const last = m.units[m.units.length - 1]!
    if (last.kind !== "word" || last.article || m.units.some((u) => u.kind !== "word" || !isArabicLetter(u.text.charCodeAt(0)))) continue
    if (m.units.length === 1 && surnames.has(last.core)) continue
    const s = lowerBound(starts, last.start + 1) - 1
    if (s < 0) continue
    const { units, tags } = sentences[s]!
    // (a binary search over the sentence's unit offsets, built once a sentence: a long sentence of many such names
    // stays linear)
    let offsets = unitStarts.get(s)
    if (offsets === undefined) unitStarts.set(s, (offsets = units.map((x) => x.start)))
    const k = lowerBound(offsets, last.start)
    if (units[k] !== last) continue
    // the particle(s), untagged or the opening of the next person, with no clitic
    let j = k + 1
    // (as written: `فان` is one word, whatever the tokenizer split off as a clitic)
    const particle = (set: ReadonlySet<string>) => j < units.length && units[j]!.kind === "word" && set.has(units[j]!.text)
    if (!particle(FOREIGN_PARTICLES)) continue
    j++
    if (particle(SECOND_PARTICLES)) j++
    if (j >= units.length) continue
    const u = units[j]!
    if (u.kind !== "word" || u.proclitic || u.article) continue
    // the mentions after `m` that the particles and the word overlap: none, or a person that opens at the word or at
    // the particle
    let n = i + 1
    while (n < mentions.length && mentions[n]!.start < u.end) n++
    let end = u.end
    let joins = true
    for (let q = i + 1; q < n; q++) {
      const o = mentions[q]!
      if (o.type !== "PERSON" || drop.has(q)) joins = false
      else end = Math.max(end, o.end)
    }
    if (!joins) continue
    // the word is a person's (part) elsewhere in the document: counted once more than the mentions that cover it here
    let here = 0
    for (let q = i + 1; q < n; q++) for (const w of mentions[q]!.units) if (w.kind === "word" && w.core === u.core) here++
    const named = (words.get(u.core) ?? 0) > here
    if (!named && !(tags[j] !== 0 && tagType(tags[j]!) === PERSON_TAG_TYPE)) continue
    // (`بيرغ`, `لاين`: a word opening with `ب` or `ل` is no preposition glued to a word where the document names it)
    if (!couldBeSurname(units, j, true, named)) continue
    let e = j
    while (e + 1 < units.length && units[e + 1]!.end <= end) e++
    for (let q = i + 1; q < n; q++) drop.add(q)
    out[i] = { ...m, end: units[e]!.end, units: [...m.units, ...units.slice(k + 1, e + 1)] }
  }
  return drop.size === 0 ? out : out.filter((_, q) => !drop.has(q))
}

/** Quotation marks that may stand between a company's head noun and its name (`شركة «الخضري»`). */
const OPENING_QUOTES: ReadonlySet<string> = new Set(["\u00ab", "\"", "\u201c", "\u201d"])

/**
 * The letters of a proclitic glued to unit `p` before the head noun of a company or an armed group that takes a family's
 * name (`شركة`, `لمجموعة`, `وميليشيات`: {@link isFamilyOrgHead}), or -1 when `p` is none: an Arabic word without the
 * article (a head in construct), its clitics split by the tokenizer or glued to it.
 */
const familyOrgHeadAt = (p: Unit): number => headAt(p, isFamilyOrgHead)

/** {@link familyOrgHeadAt} for any list of heads, `is`. */
const headAt = (p: Unit, is: (core: string) => boolean): number => {
  if (p.kind !== "word" || p.article) return -1
  if (is(p.core)) return 0
  const g = gluedProclitic(p, is)
  return g > 0 ? g : -1
}

/** Gazetteer mask bits of the title lists (`الرئيس`, `رئيس الوزراء`). */
const TITLE_BITS = 0b11 << (2 * CATEGORIES.indexOf("TITLE"))

/** Gazetteer mask bits of the honorifics' list (`الشيخ`, `الدكتور`, `المهندس`). */
const HONORIFIC_BITS = 0b11 << (2 * CATEGORIES.indexOf("HONORIFIC"))

/** Gazetteer mask bits of the trigger list's titles and honorifics (`القائد`, `السيد`, `الإمام`). */
const TITLE_OR_HONORIFIC_BITS = TITLE_BITS | HONORIFIC_BITS

/**
 * Whether unit `p` (gazetteer mask `gaz`), right before a family name with the article, makes it an adjective: an
 * Arabic word with the article (`التمرد`, `للوجود`) that is no title or honorific of the lists.
 */
const nisbaOfBody = (p: Unit, gaz: number): boolean => p.kind === "word" && p.article && isArabicLetter(p.text.charCodeAt(0)) && (gaz & TITLE_OR_HONORIFIC_BITS) === 0

/** `يين`, `يون` (search forms): the endings of a nisba's plural (`الحوثيين`, `الحوثيون`). */
const NISBA_PLURALS: ReadonlyArray<string> = ["\u064a\u064a\u0646", "\u064a\u0648\u0646"]

/**
 * The family names (search forms, with the article) that the document names as a body: right after the head of a
 * company or an armed group in construct (`جماعة الحوثي`, `لميليشيات الحوثي`: {@link familyOrgHeadAt}), tagged or not,
 * or in the plural of their nisba (`الحوثيين`, `الحوثيون`: the family name is `الحوثي`). One pass over the units.
 */
const familiesNamedAsBodies = (sentences: ReadonlyArray<Sentence>): Set<string> => {
  const out = new Set<string>()
  for (const { units } of sentences) {
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!
      if (u.kind !== "word" || !u.article) continue
      const c = u.core
      for (const end of NISBA_PLURALS) if (c.length > end.length + 3 && c.endsWith(end)) out.add(c.slice(0, c.length - 2))
      if (k > 0 && !u.proclitic && familyOrgHeadAt(units[k - 1]!) >= 0) out.add(c)
    }
  }
  return out
}

/**
 * `مجموعة [الجريسي]`, `شركة [العثيم]`, `ميليشيات [الحوثي]`, `جماعة [الحوثي]` (thirty-fourth session): an Arabic family
 * name with the article, a person's mention of one word (tagged, or found again as the surname of `عبدالرحمن بن علي
 * الجريسي`, `عبدالملك الحوثي`), right after the head noun of a company or an armed group in construct ({@link
 * isFamilyOrgHead}: `شركة`, `مجموعة`, `مؤسسة`, `مصنع`, `جماعة`, `حركة`, `ميليشيا` …), names that body, not the man of the
 * family: the head and the name are one organisation (as `مجموعة [بن لادن]` is, mentions.ts), which links to no person.
 * With a quotation mark between (`شركة «الخضري»`), the name alone is the organisation. A person's name of any length
 * after `أبناء` and such a head (`شركة أبناء عبدالله عبدالمحسن الخضري`, the company of a man's sons) is the company too,
 * and its family name alone elsewhere in the document (`«الخضري» تعلن`) is that company where no person of the document
 * has it for a family name. Not after `عائلة`, `مكتب` (the Assad family: the person's), nor a name glued to a
 * preposition (`لجماعة للحوثي` is no construct) or one word of a longer name. After a noun of forces or followers
 * ({@link isBodyMemberHead}: `قوات`, `أنصار`, `مسلحو`) the same holds only where the document names the family as a
 * body ({@link familiesNamedAsBodies}: `جماعة الحوثي`, `الحوثيين`; else `قوات الأسد`, `أنصار صالح` are the person's),
 * and there a one-word mention of it right after a noun with the article that is no title or honorific (`التمرد
 * الحوثي`, `القيادي الحوثي`) is its adjective, left out (thirty-fifth session). A binary search for the sentence and
 * the unit of each candidate.
 */
export const familyNamesOfBodies = (sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  let out: Array<Mention> | undefined
  let find: UnitFinder | undefined
  // the family names of the companies named `شركة أبناء <person>` (their last words), for the second pass
  let sonsFamilies: Set<string> | undefined
  // the family names the document names as a body ({@link familiesNamedAsBodies}), for the heads of forces or members
  let bodies: Set<string> | undefined
  // the mentions that are such a family name used as an adjective (`التمرد الحوثي`), left out
  let adjectives: Set<number> | undefined
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (m.type !== "PERSON") continue
    const u = m.units[0]!
    const one = m.units.length === 1
    // (one word: a family name with the article; longer: a name after `أبناء`, checked below)
    if (u.kind !== "word" || u.proclitic || !isArabicLetter(u.text.charCodeAt(0)) || (one && !u.article)) continue
    const at = (find ??= unitFinder(sentences))(u.start)
    if (at === null || at.k < 1) continue
    const { units, k } = at
    let h = k - 1
    // التمرد الحوثي, القيادي الحوثي: the family name of a body right after a noun with the article (no title or honorific
    // of the lists: `للسيد الحوثي` is the man) is the body's nisba adjective, no name
    if (one && nisbaOfBody(units[h]!, sentences[at.row]!.gaz[h]!) && (bodies ??= familiesNamedAsBodies(sentences)).has(u.core)) {
      ;(adjectives ??= new Set()).add(i)
      continue
    }
    // شركة أبناء عبدالله عبدالمحسن الخضري: the company of the sons of a man, named in full
    const sons = units[h]!.kind === "word" && !units[h]!.proclitic && units[h]!.core === SONS
    if (sons) h--
    else if (!one) continue
    const quoted = !sons && h >= 0 && units[h]!.kind !== "word" && OPENING_QUOTES.has(units[h]!.text)
    if (quoted) h--
    if (h < 0) continue
    const head = units[h]!
    let glued = familyOrgHeadAt(head)
    // قوات الحوثي, أنصار الحوثي: forces or followers, where the document names the family as a body elsewhere
    if (glued < 0 && one && !quoted && (glued = headAt(head, isBodyMemberHead)) >= 0 && !(bodies ??= familiesNamedAsBodies(sentences)).has(u.core)) continue
    if (glued < 0) continue
    // (the head in no other mention: `[شركة أبناء عبدالله الخضري]` already holds its name)
    const prev = i > 0 ? mentions[i - 1]! : undefined
    if (prev !== undefined && prev.end > head.start) continue
    out ??= mentions.slice()
    if (quoted) out[i] = { ...m, type: "ORGANIZATION", role: null }
    else {
      const start = glued > 0 ? withoutGlued(head, glued).nameStart : head.nameStart
      out[i] = { type: "ORGANIZATION", start, end: m.end, units: units.slice(h, k).concat(m.units), role: null, confidence: m.confidence, ...(glued > 0 ? { glued } : {}) }
    }
    const last = m.units[m.units.length - 1]!
    if (sons && last.kind === "word" && last.article) (sonsFamilies ??= new Set()).add(last.core)
  }
  if (adjectives !== undefined) out = (out ?? mentions).filter((_, i) => !adjectives!.has(i))
  if (out === undefined) return mentions
  if (sonsFamilies !== undefined) {
    // «الخضري» تعلن: the family name alone, in a document that names the company of its sons, is that company, unless
    // a person of the document has it for a family name
    for (const m of out) {
      const last = m.units[m.units.length - 1]!
      if (m.type === "PERSON" && m.units.length >= 2 && last.kind === "word") sonsFamilies.delete(last.core)
    }
    for (let i = 0; i < out.length; i++) {
      const m = out[i]!
      if (m.type === "PERSON" && m.units.length === 1 && m.units[0]!.kind === "word" && sonsFamilies.has(m.units[0]!.core)) out[i] = { ...m, type: "ORGANIZATION", role: null }
    }
  }
  return out
}

/** `آل` as written (the family of), which Gulf names put before the family name: `علي آل كليب`, `سلمان بن عبدالعزيز آل سعود`. */
const AAL = "\u0622\u0644"

/** The last words (`core`) of the people's mentions of two words or more that have no `آل` before them (`جورج بوش`). */
const lastWordsWithoutAl = (mentions: ReadonlyArray<Mention>): Set<string> => {
  const out = new Set<string>()
  for (const m of mentions) {
    const n = m.units.length
    if (m.type === "PERSON" && n >= 2 && m.units[n - 2]!.text !== AAL) out.add(m.units[n - 1]!.core)
  }
  return out
}

/** Whether unit `u` is an Arabic given name of the lists written without the article (`علي`, `فهد`). */
const isUntaggedGivenName = (u: Unit): boolean =>
  u.kind === "word" && !u.article && isArabicLetter(u.text.charCodeAt(u.text.length - 1)) && isGivenName(u.core) && !isFunctionWordAfterClitics(u)

/** Whether unit `u` may be the family name after `آل`: an Arabic word with no clitic other than the article, no function word. */
const familyAfterAl = (u: Unit | undefined): u is Unit =>
  u !== undefined && u.kind === "word" && !u.proclitic && isArabicLetter(u.text.charCodeAt(0)) && !isFunctionWordAfterClitics(u)

/**
 * `الملك [سلمان بن عبدالعزيز] آل [سعود]`, `وأوضح آل [إبراهيم]`, `علي آل كليب` (thirty-fifth session, helper): the Arabic
 * model reads the untagged word `آل` (as written, no clitic) as the end of a name, so a Gulf name with its family after
 * `آل` is cut there or missed. A person's mention right before `آل` takes it and the word after it (a one-word person's
 * mention there, or an untagged word: `[عبدالله مبارك آل ضعين]`), over a father's given name of the lists between (`[أحمد
 * موسى] علي آل حسان`; a person's mention right before that name joins too: `[أحمد موسى] [علي] آل حسان`); a one-word
 * person's mention right after an untagged `آل` starts at `آل`, and at the word before it when that is an untagged given name of the lists (`فهد آل [مريح]`),
 * unless the document names a man with that word last and no `آل` (`آل بوش` beside `جورج بوش`: the family); an
 * untagged given name of the lists, `آل` and an untagged word are a person (`هادي آل كليب`). The word after `آل` is no
 * function word (`ما آل إليه`, "what it came to") and has no clitic but the article (`آل الشيخ`); `سورة آل عمران`,
 * `دار آل جمجوم` have no given name before `آل` and, untagged, no person's mention around it: they stay as they are.
 * One pass over the mentions and one over the units.
 */
export const familyNamesAfterAl = (sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  let out: Array<Mention> | undefined
  let find: UnitFinder | undefined
  const drop = new Set<number>()
  let namedWithout: Set<string> | undefined
  for (let i = 0; i < mentions.length; i++) {
    if (drop.has(i)) continue
    const m = (out ?? mentions)[i]!
    if (m.type !== "PERSON") continue
    const first = m.units[0]!
    const last = m.units[m.units.length - 1]!
    if (last.kind !== "word" || !isArabicLetter(last.text.charCodeAt(last.text.length - 1))) continue
    const at = (find ??= unitFinder(sentences))(last.start)
    if (at === null) continue
    const { units, k } = at
    // (a father's given name of the lists between, untagged: `[أحمد موسى] علي آل حسان`)
    const father = units[k + 1] !== undefined && units[k + 2]?.text === AAL && isUntaggedGivenName(units[k + 1]!) ? 1 : 0
    const a = units[k + 1 + father]
    const y = units[k + 2 + father]
    if (last.end === m.end && a !== undefined && a.kind === "word" && a.text === AAL && familyAfterAl(y)) {
      // the mentions after `m` that `آل` and the family name overlap: none, or one person's of one word at either
      let j = i + 1
      while (j < mentions.length && drop.has(j)) j++
      const n = j < mentions.length ? mentions[j]! : undefined
      const free = n === undefined || n.start >= y.end
      if (free || (n.type === "PERSON" && n.end === y.end && (n.start === y.start || n.start === a.start) && n.units.length <= 2)) {
        if (!free) drop.add(j)
        const joined: Mention = { ...m, end: y.end, units: [...m.units, ...units.slice(k + 1, k + 3 + father)] }
        // (a person's mention right before, on the word before: `[أحمد موسى] [علي] آل حسان` is one man's name)
        const h = i > 0 && !drop.has(i - 1) ? (out ?? mentions)[i - 1]! : undefined
        const k0 = k - (m.units.length - 1)
        if (h !== undefined && h.type === "PERSON" && k0 >= 1 && h.units[h.units.length - 1]!.start === units[k0 - 1]!.start && h.end === units[k0 - 1]!.end) {
          ;(out ??= mentions.slice())[i - 1] = { ...h, end: y.end, units: [...h.units, ...joined.units] }
          drop.add(i)
        } else (out ??= mentions.slice())[i] = joined
        continue
      }
    }
    // آل [سعود]: a one-word person's mention after an untagged `آل`, and a given name of the lists before it
    if (m.units.length !== 1 || first.proclitic || k < 1) continue
    const p = units[k - 1]!
    if (p.kind !== "word" || p.text !== AAL) continue
    const prev = i > 0 ? (out ?? mentions)[i - 1] : undefined
    if (prev !== undefined && prev.end > p.start) continue
    const g = k >= 2 ? units[k - 2]! : undefined
    const given = g !== undefined && isUntaggedGivenName(g) && (prev === undefined || prev.end <= g.start)
    // (`آل بوش` beside `جورج بوش`: the family of a man the document names without `آل`, whose name the word alone is)
    if (!given && (namedWithout ??= lastWordsWithoutAl(mentions)).has(first.core)) continue
    const opens = given ? g : p
    ;(out ??= mentions.slice())[i] = { ...m, start: opens.nameStart, units: given ? [g, p, first] : [p, first] }
  }
  let res = out ?? mentions
  if (drop.size > 0) res = res.filter((_, i) => !drop.has(i))
  // هادي آل كليب: an untagged given name of the lists, `آل` and an untagged word
  let added: Array<Mention> | undefined
  let q = 0
  for (const { units } of sentences) {
    for (let k = 1; k + 1 < units.length; k++) {
      const p = units[k]!
      if (p.kind !== "word" || p.text !== AAL) continue
      const g = units[k - 1]!
      const y = units[k + 1]!
      if (!isUntaggedGivenName(g) || !familyAfterAl(y)) continue
      while (q < res.length && res[q]!.end <= g.start) q++
      if (q < res.length && res[q]!.start < y.end) continue
      // (a name before the given name, in a mention or a given name too, is that man's: `أحمد موسى علي آل حسان`)
      const before = k >= 2 ? units[k - 2]! : undefined
      if (before !== undefined && before.kind === "word" && (isGivenName(before.core) || (q > 0 && res[q - 1]!.end > before.start))) continue
      ;(added ??= []).push({ type: "PERSON", start: g.nameStart, end: y.end, units: [g, p, y], role: null, confidence: 0.5 })
    }
  }
  return added === undefined ? res : [...res, ...added].sort((x, z) => x.start - z.start)
}

/** `ب` (as written), the preposition the tokenizer splits from a family name that opens with the letter (`برهومة`). */
const BA = "\u0628"

/** Whether a word as written ends with a pronoun suffix (`ه`, `ها`, `هم`, `هما`, `كم`): `بمنصبه`, `برأسه`, no family name. */
const PRONOUN_ENDED = /(?:\u0647|\u0643\u0645)$|\u0647(?:\u0627|\u0645|\u0645\u0627)$/

/**
 * `يرى [موسى] برهومة في …`, `[خالد محفوظ] بحاح، …` (thirty-fifth session, helper): a family name that opens with `ب`
 * reads as the preposition and a word, and the model ends the name before it. A person's mention whose last word is a
 * given name of the lists, or of two words or more with a given name of the lists first (no clitic and no article on
 * the last), takes the word right after it when that word is written `ب` and three letters or more with no other
 * clitic and no article (`بالطيب` stays out: `بال` is the preposition and the article far more often), ends with no
 * pronoun suffix (`بمنصبه`), is no common noun, time word, given name or place of the lists (`بسنوات`, `بصنعاء`), and
 * is followed by a comma or, after a given name of the lists, `في` (the writer's paper; a preposition's phrase takes
 * its own complement: `طالب بوضع لوحات`, `[إيفان فوتشوف] بخطأ في`), unless the document writes the name on with
 * another word (`طلال مداح`, so `طلال بعقود` is left); `بال…` stays out (the preposition and the article far more often
 * than a name). One pass over the mentions, a binary search for each candidate's sentence, one map of the document's
 * names built on demand.
 */
export const surnamesWithBa = (sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  let out: Array<Mention> | undefined
  let find: UnitFinder | undefined
  let nextWords: Map<string, Set<string>> | undefined
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (m.type !== "PERSON") continue
    const last = m.units[m.units.length - 1]!
    // (a compound given name may end the name with its article: `نور الدين`, `عبد الله`; forty-second session)
    const compound = endsCompoundGivenName(m.units, 0, m.units.length - 1)
    if (last.end !== m.end || last.kind !== "word" || last.proclitic || (last.article && !compound)) continue
    const givenLast = isGivenName(last.core) || compound
    if (!givenLast && !(m.units.length >= 2 && isArabicLetter(last.text.charCodeAt(0)) && isGivenName(m.units[0]!.core))) continue
    const at = (find ??= unitFinder(sentences))(last.start)
    if (at === null) continue
    const { units, k } = at
    const y = units[k + 1]
    const z = units[k + 2]
    if (y === undefined || z === undefined || y.kind !== "word" || y.text[0] !== BA || PRONOUN_ENDED.test(y.text)) continue
    // (the word after `ب`, whether the tokenizer split the clitic or not)
    const rest = y.norm.slice(1)
    // (`بال` and a family name with the article: only after a verb of saying or writing and a given name (`نور الدين`), and
    // before `في` and a paper, a writer's: `قال نور الدين بالـX في صحيفة`; forty-second session)
    const bal = y.article && givenLast && rest.startsWith(ALEF_LAM) && rest.length >= 5 && y.core === rest && z.kind === "word" && z.norm === FI && isPaperAt(units[k + 3]) && writerVerbBefore(units, k + 1 - m.units.length)
    if (y.article && !bal) continue
    if (!bal && ((y.proclitic && y.core !== rest) || rest.length < 3 || rest.startsWith(ALEF_LAM))) continue
    // (`في` after a given name of the lists only: `[إيفان فوتشوف] بخطأ في` is the preposition's)
    if (!bal && !(z.text === "\u060c" || z.text === "," || (givenLast && z.kind === "word" && z.norm === FI))) continue
    const stem = bal ? rest.slice(2) : rest
    if (isCommonNounWord(stem) || isCommonNounWord(ALEF_LAM + stem) || isTimeWord(stem) || isTimeWord(ALEF_LAM + stem) || isGivenName(stem) || isGivenName(y.norm) || gazetteer("ar").tries[CATEGORIES.indexOf("LOC")]!.one(stem) !== undefined) continue
    if (bal && (isNisbaAdjective(rest) || gazetteer("ar").tries[CATEGORIES.indexOf("LOC")]!.one(rest) !== undefined)) continue
    const n = mentions[i + 1]
    if (n !== undefined && n.start < y.end) continue
    // (the document writes the name on with another word: `طلال مداح`, so `طلال بسنوات` is the preposition's)
    const others = (nextWords ??= wordsAfterNames(mentions)).get(m.units.map((u) => u.core).join(" "))
    if (others !== undefined && !others.has(y.norm) && !others.has(rest)) continue
    ;(out ??= mentions.slice())[i] = { ...m, end: y.end, units: [...m.units, y] }
  }
  return out ?? mentions
}

/**
 * الوزراء التركي وطالب [بوقف] قصف …: a one-word person written `ب` and a word, right after a verb that is a given name
 * too where a clause opens (`وطالب`, `فطلب`: `clauseVerbAt`), is the verb's object, no name, where no other person's
 * mention of the document holds the word (propagation's copies of it go too; fifty-ninth session, helper arent3: the tagger tags `[وطالب بوقف]`, and the
 * verb's rule leaves `بوقف` where the tokenizer does not split the `ب`); `وطالب [بارزاني]`, `وطالب [بوتين]` stay, the
 * document naming them elsewhere.
 */
export const objectsOfClauseVerbs = (sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  let find: UnitFinder | undefined
  let held: Map<string, number> | undefined
  let drop: Set<string> | undefined
  for (const m of mentions) {
    if (m.type !== "PERSON" || m.units.length !== 1 || m.again === true) continue
    const u = m.units[0]!
    if (u.kind !== "word" || u.text[0] !== BA) continue
    const at = (find ??= unitFinder(sentences))(u.start)
    if (at === null || at.k === 0 || !clauseVerbAt(at.units, at.k - 1)) continue
    if (held === undefined) {
      held = new Map()
      for (const x of mentions) if (x.type === "PERSON" && x.again !== true) for (const w of x.units) held.set(w.core, (held.get(w.core) ?? 0) + 1)
    }
    if ((held.get(u.core) ?? 0) > 1) continue
    ;(drop ??= new Set()).add(u.core)
  }
  // (with the copies propagation found of it elsewhere)
  return drop === undefined ? mentions : mentions.filter((m) => !(m.type === "PERSON" && m.units.length === 1 && drop!.has(m.units[0]!.core) && (m.again === true || m.units[0]!.text[0] === BA)))
}

/**
 * Whether unit `u` opens a paper's name after `في` (forty-second session): an outlet's noun with no clitic (`صحيفة`,
 * `جريدة`, `مجلة`, `موقع`; `addressedOutlets` of name-cues.json) or an opening quotation mark (`في "الشروق"`).
 */
const isPaperAt = (u: Unit | undefined): boolean =>
  u !== undefined && (u.kind === "word" ? !u.proclitic && !u.article && isAddressedOutlet(u.norm) : u.text === '"' || u.text === "\u00ab" || u.text === "\u201c")

/** Whether the unit before unit `k` (a name's first) is a verb of saying or writing of `writerVerbs` (`قال`, `ويقول`). */
const writerVerbBefore = (units: ReadonlyArray<Unit>, k: number): boolean => {
  const v = units[k - 1]
  return v !== undefined && v.kind === "word" && !v.article && isWriterVerb(v.core)
}

/** The longest name a person's mention opens with that {@link wordsAfterNames} reads (words). */
const NAME_PREFIX_MAX = 4

/**
 * For each run of the first one to {@link NAME_PREFIX_MAX} words of a person's mention (cores joined by a space), the
 * words that follow it in the longer person's mentions of the document (`طلال` → `مداح` from `طلال مداح`).
 */
const wordsAfterNames = (mentions: ReadonlyArray<Mention>): Map<string, Set<string>> => {
  const after = new Map<string, Set<string>>()
  for (const m of mentions) {
    if (m.type !== "PERSON") continue
    let key = ""
    for (let j = 0; j + 1 < m.units.length && j < NAME_PREFIX_MAX; j++) {
      key = j === 0 ? m.units[0]!.core : `${key} ${m.units[j]!.core}`
      let set = after.get(key)
      if (set === undefined) after.set(key, (set = new Set()))
      set.add(m.units[j + 1]!.core)
    }
  }
  return after
}

/** `عبد` (search form), which opens a compound given name written as one word (`عبدالمحسن`). */
const ABD = "\u0639\u0628\u062f"

/**
 * `بن`, `بني`, `ابن`, `بنت`, `آل`, `أبو` (search forms): a word of a name's chain, never the first of a new name here.
 * Not `lineageWords` of name-cues.json (`isLineageWord` of evidence.ts): `بني` of a place's or a tribe's name (`وادي بني سعد`) is
 * one here, and `أبي` is not.
 */
const CHAIN_WORDS: ReadonlySet<string> = new Set(["\u0628\u0646", "\u0628\u0646\u064a", "\u0627\u0628\u0646", "\u0628\u0646\u062a", "\u0627\u0644", "\u0627\u0628\u0648"])

/**
 * `رئيس بلدية [أوساكا] [كينجي ماتسودا]`, `محافظ [وادي بني سعد] [فهد بن سالم المطيري]` (thirty-fourth session,
 * after the A58 reading): a person's mention of three words or more right after an office that takes its place in
 * construct ({@link isOfficeOfPlaceHead}: `بلدية`, `عمدة`, `محافظ`, `حاكم`, with no article and no tag) holds the place
 * first: the place ends before the first given name of the lists (or a word in `عبد`) among its second to fourth
 * words that follows no word of a chain (`الداير بني مالك`), else after its first word when the second is no word of
 * a chain (`بلدية طارق بن زياد`, `بلدية جوف بني هاجر`: a place named so, left as the tagger gave it). The person's
 * mention starts after the place, its role kept; the place is left untagged (the tagger often read the same word as a
 * person elsewhere in the document, `مباني [ناغازاكي]`, and a place mention would be linked to that person). A binary
 * search for the sentence and the unit of each candidate.
 */
export const placesAfterOfficeHeads = (sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  let out: Array<Mention> | undefined
  let find: UnitFinder | undefined
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    const n = m.units.length
    if (m.type !== "PERSON" || n < 3 || m.glued !== undefined) continue
    const u = m.units[0]!
    if (u.kind !== "word" || u.proclitic || !isArabicLetter(u.text.charCodeAt(0))) continue
    const at = (find ??= unitFinder(sentences))(u.start)
    if (at === null || at.k < 1) continue
    const { units, k } = at
    const head = units[k - 1]!
    if (head.kind !== "word" || head.proclitic || head.article || !isOfficeOfPlaceHead(head.core)) continue
    let cut = -1
    for (let j = 1; j < Math.min(n, 4) && cut < 0; j++) {
      const w = m.units[j]!
      const before = m.units[j - 1]!
      // (a given name after a word of a chain is the place's own: `الداير بني [مالك]`, `طارق بن [زياد]`)
      if (w.kind === "word" && !w.article && (isGivenName(w.core) || (w.core.length > 4 && w.core.startsWith(ABD))) && !(before.kind === "word" && CHAIN_WORDS.has(before.core))) cut = j
    }
    if (cut < 0) {
      const second = m.units[1]!
      if (second.kind !== "word" || second.article || CHAIN_WORDS.has(second.core)) continue
      cut = 1
    }
    const person = m.units.slice(cut)
    ;(out ??= mentions.slice())[i] = { ...m, start: person[0]!.nameStart, units: person }
  }
  return out ?? mentions
}

/** `أبناء` ("the sons of"), search form: `شركة أبناء <person>` is a company. */
const SONS = "\u0627\u0628\u0646\u0627\u0621"

/** `و` as written. */
const WAW = 0x0648

/** Whether a mention opens with a `و` the tokenizer split as a conjunction but `foreignWaw` (text.ts) kept as a foreign name's W. */
const keepsWaw = (text: string, m: Mention): boolean => {
  const u = m.units[0]!
  return u.proclitic && m.start === u.start && u.nameStart === u.start && text.charCodeAt(u.start) === WAW
}

/**
 * [وارنستو] فالفيردي … [ارنستو فالفيردي]: a mention whose `و` `foreignWaw` (text.ts) kept as a foreign name's W
 * (`وانغ يي`, `ويلي`) starts after it when another mention of the document opens with the word without it (a Western
 * name written with no hamza after the conjunction: `وارنستو`, `وادريان`; a W-name after one: `وويلز`): the word
 * written alone settles what letters the name has. Linear: only mentions that keep a `و` are looked at, against a set
 * of the document's first words.
 */
export const conjunctionBeforeForeignName = (text: string, mentions: Array<Mention>): Array<Mention> => {
  let any = false
  for (const m of mentions) if (keepsWaw(text, m)) any = true
  if (!any) return mentions
  const firstWords = new Set<string>()
  for (const m of mentions) if (!keepsWaw(text, m)) firstWords.add(searchForm(text.slice(m.start, m.units[0]!.end)))
  return mentions.map((m) => {
    if (!keepsWaw(text, m)) return m
    const u = m.units[0]!
    // (a rest of two letters, `اي` of `واي فاي`, is too short to tell)
    if (u.end - u.start < 4 || !firstWords.has(searchForm(text.slice(u.start + 1, u.end)))) return m
    return { ...m, start: u.start + 1, units: [{ ...u, nameStart: u.start + 1 }, ...m.units.slice(1)] }
  })
}

const searchForm = (w: string): string => normalizeText(w, "search")

/** `ك` as written. */
const KAF = 0x0643

/**
 * Where the `ك` the tokenizer split off the first word of a person's mention stands (`[اميل نورمون]` in `كاميل
 * نورمون`, `[السادي]` in `كالسادي`), or -1: the mention starts right after a `ك` that opens its word (after `و` or `ف`
 * or not) and the letter after it is no hamza on alef (`كأيمن`, `كإبراهيم`: "like X", an Arabic name written with its
 * hamza).
 */
const kafBefore = (text: string, m: Mention): number => {
  const u = m.units[0]!
  if (!u.proclitic || m.start !== u.nameStart || m.start < 1 || text.charCodeAt(m.start - 1) !== KAF) return -1
  const k = m.start - 1
  if (k !== u.start && !(k === u.start + 1 && (text.charCodeAt(u.start) === WAW || text.charCodeAt(u.start) === FA))) return -1
  const c = text.charCodeAt(m.start)
  return c === 0x0623 || c === 0x0625 || c === 0x0622 ? -1 : k
}

/** `ف` as written. */
const FA = 0x0641

/**
 * `تقول كاميل نورمون`, `الفنانة كاميل نورمون`, `وأعرب كالسادي … وأوضح كالسادي` (thirty-seventh session, helper): the
 * tokenizer splits a `ك` off a foreign name whose rest is a word it knows (`اميل`) or that opens with `ال` (`كالسادي`), and
 * the person's mention starts after it. The `ك` ("like") is kept in the name where "like X" does not read: the word right
 * before is a verb of the lists (a subject follows it: `وأعرب`, `تقول`) or a title or honorific (`الفنانة`), or the
 * document opens a person's mention with the same word, `ك` and all, twice or more and never with the word without it.
 * "Like X" follows a noun (`رجل كجابر بن حيان`, `فرق أخرى كخالد الزيلعي`) once; a place or a body after `ك` keeps its cut
 * (`كالرياض`). One pass over the mentions and a unit finder for the words before.
 */
export const kafOfForeignNames = (text: string, sentences: ReadonlyArray<Sentence>, mentions: Array<Mention>): Array<Mention> => {
  let any = false
  for (const m of mentions) if (m.type === "PERSON" && kafBefore(text, m) >= 0) any = true
  if (!any) return mentions
  // the words, `ك` and all, that open a person's mention after a `ك`, how often; and the first words of the others
  const withKaf = new Map<string, number>()
  const without = new Set<string>()
  for (const m of mentions) {
    if (m.type !== "PERSON") continue
    const u = m.units[0]!
    const k = kafBefore(text, m)
    if (k < 0) without.add(searchForm(text.slice(m.start, u.end)))
    else {
      const w = searchForm(text.slice(k, u.end))
      withKaf.set(w, (withKaf.get(w) ?? 0) + 1)
    }
  }
  const find = unitFinder(sentences)
  return mentions.map((m) => {
    if (m.type !== "PERSON") return m
    const k = kafBefore(text, m)
    if (k < 0) return m
    const u = m.units[0]!
    const whole = searchForm(text.slice(k, u.end))
    let keep = (withKaf.get(whole) ?? 0) >= 2 && !without.has(searchForm(text.slice(m.start, u.end)))
    if (!keep) {
      const at = find(u.start)
      const p = at !== null && at.k > 0 ? at.units[at.k - 1]! : undefined
      const gaz = at !== null && at.k > 0 ? sentences[at.row]!.gaz[at.k - 1]! : 0
      keep = p !== undefined && p.kind === "word" && p.end < u.start && (isListedVerb(p) || (gaz & TITLE_OR_HONORIFIC_BITS) !== 0)
    }
    if (!keep) return m
    // (the word's keys stay those of the split, `السادي`, so that it links to the name written in full, `باولو كالسادي`,
    // whose word the tokenizer split alike; the article flag goes, or the display form would put `ال` before `ك`)
    return { ...m, start: k, units: [{ ...u, nameStart: k, article: false }, ...m.units.slice(1)] }
  })
}

/** `ال`, the article, as search forms (`core`) begin with it (`الرياض`). The word `آل` folds to the same string: {@link AL_FAMILY}. */
const ALEF_LAM = "\u0627\u0644"


const isListComma = (u: Unit): boolean => u.kind === "punct" && (u.text === "\u060c" || u.text === ",")

/** What an item of a list with no mention in it may be ({@link listItemKind}). */
const NOT_A_NAME = 0
const MAYBE_A_NAME = 1
const A_NAME = 2

/**
 * What the units `[a, b]` of a list (no mention in them) may be: {@link A_NAME} for one to three Arabic words opening
 * with a given name of the lists (`وعلي الحجار`), with no conjunction inside (`وغادة عادل وياسمين` is two names) and
 * no word of the lists other than a given name (a title, a place, an organisation's word), common noun or function
 * word; {@link MAYBE_A_NAME} for such words that open with another word (`ونيكول سابا`, but also `وقبلة واحدة`):
 * left as they are; else {@link NOT_A_NAME}.
 */
const listItemKind = (units: ReadonlyArray<Unit>, gaz: Uint16Array, a: number, b: number): number => {
  if (b - a > 2) return NOT_A_NAME
  for (let i = a; i <= b; i++) {
    const u = units[i]!
    if (u.kind !== "word" || !isArabicLetter(u.core.charCodeAt(0)) || (gaz[i]! & ~PER_BITS) !== 0) return NOT_A_NAME
    if ((i > a && u.proclitic) || isCommonNounWord(u.core) || isFunctionWordAfterClitics(u)) return NOT_A_NAME
  }
  if (units[a]!.article) return NOT_A_NAME
  return isGivenName(units[a]!.core) ? A_NAME : MAYBE_A_NAME
}

/**
 * People named in a list that the tagger left out: `… ومحمد منير، وعلي الحجار، ونيكول سابا.` In a list of three
 * items or more separated by commas (any other punctuation mark ends it), where at least one item ends with a person
 * the tagger found and every other item may be a name ({@link listItemKind}), the items that open with a given name of
 * the lists are people too. A list with any other item (`وعدد من المسؤولين`, a title, a place) adds nothing.
 * Confidence 0.5, as names found again.
 */
export const namesInLists = (units: ReadonlyArray<Unit>, gaz: Uint16Array, own: ReadonlyArray<Mention>): Array<Mention> => {
  const out: Array<Mention> = []
  const n = units.length
  // a list of three items or more has two list commas: a sentence with fewer has none (most sentences: no arrays made)
  let commas = 0
  for (let i = 0; i < n && commas < 2; i++) if (isListComma(units[i]!)) commas++
  if (commas < 2) return out
  // items: the runs of units between punctuation marks; `linked`: a single comma stands between an item and the next
  const firsts: Array<number> = []
  const lasts: Array<number> = []
  const linked: Array<boolean> = []
  for (let i = 0; i < n; ) {
    if (units[i]!.kind === "punct") {
      i++
      continue
    }
    let j = i
    while (j + 1 < n && units[j + 1]!.kind !== "punct") j++
    if (firsts.length > 0) linked[firsts.length - 1] = lasts[lasts.length - 1]! + 2 === i && isListComma(units[i - 1]!)
    firsts.push(i)
    lasts.push(j)
    linked.push(false)
    i = j + 1
  }
  for (let k = 0; k < firsts.length; ) {
    let e = k
    while (linked[e] === true) e++
    if (e - k >= 2) {
      let people = 0
      const names: Array<number> = []
      for (let x = k; x <= e; x++) {
        const start = units[firsts[x]!]!.start
        const end = units[lasts[x]!]!.end
        const inside = own.filter((m) => m.start < end && m.end > start)
        if (inside.length > 0) {
          if (inside[inside.length - 1]!.type === "PERSON" && inside[inside.length - 1]!.end === end) people++
          else {
            people = -1
            break
          }
        } else {
          const kind = listItemKind(units, gaz, firsts[x]!, lasts[x]!)
          if (kind === NOT_A_NAME) {
            people = -1
            break
          }
          if (kind === A_NAME) names.push(x)
        }
      }
      if (people > 0) {
        for (const x of names) {
          const a = firsts[x]!
          const b = lasts[x]!
          out.push({ type: "PERSON", start: units[a]!.nameStart, end: units[b]!.end, units: units.slice(a, b + 1), role: null, confidence: 0.5 })
        }
      }
    }
    k = e + 1
  }
  return out
}

/**
 * The last words of the full names of the person lists (`gazetteers/given-names`: `ترامب` of `دونالد ترامب`,
 * `كاميرون` of `ديفيد كاميرون`), as written: the surnames of well-known public figures. Not a word with the article
 * (`الجميل`, `العربي`: an adjective too), one that is a given name itself (`عمر`, `صالح`), a father's name after `بن`
 * (`محمد بن زايد`), nor the last word of a name the lists also write longer (`طيب` of `رجب طيب`, "good").
 */
let surnamesWritten: ReadonlySet<string> | undefined
const listedSurnamesWritten = (): ReadonlySet<string> => {
  if (surnamesWritten !== undefined) return surnamesWritten
  const names = loadGazetteerFiles().lists.find((f) => f.id === "gazetteers/given-names")?.entries.ar ?? []
  const out = new Set<string>()
  for (const name of names) {
    const words = name.split(" ")
    const last = words[words.length - 1]!
    if (words.length < 2 || last.startsWith(ALEF_LAM) || isGivenName(searchForm(last)) || NASAB_OR_KUNYA.has(words[words.length - 2]!)) continue
    if (names.some((other) => other.startsWith(`${name} `))) continue
    out.add(last)
  }
  return (surnamesWritten = out)
}
/** {@link listedSurnamesWritten}, search form. */
const listedSurnames = foldedSet(() => [...listedSurnamesWritten()])

/** `بن`, `ابن`, `بنت`, `أبو` as written (mentions.ts): the next word is a father's or a child's given name, no family name. */
const NASAB_OR_KUNYA: ReadonlySet<string> = new Set([...NASAB_WORDS, ...KUNYA_WORDS])

/**
 * A word that may stand between a title and its holder's name as an adjective of the title, no title of the lists
 * itself: a nisba adjective (`الأمريكي`), or an untagged word with the article and no other clitic that is no person's
 * name (`المعزول`, `الأسبق`).
 */
const isTitleAdjective = (u: Unit, gaz: number, tag: number): boolean =>
  (gaz & TITLE_BITS) === 0 && (isNisba(u) || (u.kind === "word" && u.article && !u.proclitic && tag === 0 && (gaz & PER_BITS) === 0))

/** Letters that may be a preposition or conjunction glued to a word (`بأول`, "with the first", folds as `باول`, Powell). */
const GLUED_FIRST = /^[\u0628\u0644\u0643\u0648\u0641]/

/**
 * A well-known surname alone right after a title, with or without adjectives ({@link isTitleAdjective}), that the
 * tagger left untagged: `الرئيس الأمريكي ترامب`, `رئيس الوزراء البريطاني كاميرون`, `الرئيس ترامب`, `الرئيس المعزول
 * مرسي`, `الرئيس المصري الأسبق مرسي` (the model, trained on older
 * news, does not know the name, and when the document never writes it in full, propagation has no surname to look
 * for). The surname must end a full name of the person lists ({@link listedSurnames}) and the title (its last word)
 * carry the article (`مندوب ترامب`, "Trump's envoy", is in construct, no holder). The person is then found again over
 * the document (`حملة ترامب`). Confidence 0.5, as names found again.
 */
export const surnamesAfterTitles = (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, own: ReadonlyArray<Mention>): Array<Mention> => {
  const out: Array<Mention> = []
  const gaz = tagged.gaz
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!
    if (u.kind !== "word" || u.proclitic || u.article || !listedSurnames().has(u.core)) continue
    // (a word opening with a letter that may be glued to it matches only as the lists write it: not `بأول`)
    if (GLUED_FIRST.test(u.text) && !listedSurnamesWritten().has(u.text)) continue
    if (overlapsAny(own, u.start, u.end)) continue
    let t = i - 1
    // (الرئيس الأمريكي ترامب, الرئيس المعزول مرسي, الرئيس المصري الأسبق مبارك: up to two adjectives with the article
    // between the title and the name)
    for (let k = 0; k < 2 && t >= 1 && isTitleAdjective(units[t]!, gaz[t]!, tagged.tags[t]!); k++) t--
    const title = units[t]!
    if (title.kind !== "word" || !title.article || (gaz[t]! & TITLE_BITS) === 0) continue
    if (overlapsAny(own, title.start, units[i - 1]!.end)) continue
    out.push({ type: "PERSON", start: u.nameStart, end: u.end, units: [u], role: roleOfFound(text, units, tagged, i, i, "ar"), confidence: 0.5 })
  }
  return out
}

/** `على` ("on"), search form: written `علي`, it is the given name Ali too. */
const ON_AS_ALI = foldedSet(() => ["على"])

/** `أول` of `الفريق أول`, search form: with the article (`الفريق الأول`) it is the first team. */
const FIRST_RANK = foldedSet(() => ["أول"])

/** The most words of a name read after a rank ({@link namesAfterRanks}). */
const RANK_NAME_MAX = 4

/**
 * Whether unit `k` may be the family name with the article that ends a name after a rank (`اللواء مطلق [الأزيمع]`): a
 * word with the article and no other clitic, untagged, on no list but the given names, that reads as no verb, common
 * noun, role or time word.
 */
const isDefiniteSurnameWord = (units: ReadonlyArray<Unit>, tagged: Tagged, k: number): boolean => {
  const u = units[k]
  if (u === undefined || u.kind !== "word" || !u.article || u.proclitic || tagged.tags[k] !== 0 || (tagged.gaz[k]! & ~PER_BITS) !== 0) return false
  // (a sound plural, the verb's object after the name: وكرم العقيد راشد بن صفيان [الخريجين])
  if (u.bare.length >= 5 && SOUND_PLURAL_END.test(u.bare)) return false
  return !readsAsNoName(u) && !isCommonNounWord(u.core) && !isTimeWord(u.core) && !isPersonNoun(u.bare) && pronounSuffix(u.text) === 0
}

/** The ending of a sound plural (`ين`, `ون`, `ات`), search form. */
const SOUND_PLURAL_END = /(?:\u064a\u0646|\u0648\u0646|\u0627\u062a)$/

/** `ا`: an adverb's ending (`دائما`, `أيضا`), which a name opening after a rank has only when a given name. */
const ALEF_END = 0x0627

/**
 * A name the tagger left out after a military rank (`militaryRanks` of name-cues.json, {@link isMilitaryRank}, with the article, a glued `و`, `ل`, `ب`
 * allowed, and `أول` or `ركن` after it): `الفريق أول صدقي صبحي`, `للفريق مهاب مميش`, `واللواء مطلق الأزيمع`, `العميد
 * مثقال النعيمي`. Two to {@link RANK_NAME_MAX} words: words that read as an unknown name's ({@link isUnknownNameWord}),
 * `بن` and a father's name, and at most one family name with the article, which ends it ({@link isDefiniteSurnameWord}).
 * Each rank is also a common word (`الفريق أول تدريباته`, the team's first training; `اللواء 55`, `اللواء الثامن`, the
 * brigade; `العميد دائما`, the club), so the name's first word has no article or clitic, and after `الفريق` without
 * `أول` it must be a given name of the lists (`مدرب الفريق محمد الخالدي` is a person too). No mention may stand on
 * the name. The role is read as for a name found again (the rank). Confidence 0.5, as names found again (session 61,
 * helper arent5, after the N3 reading's class C6).
 */
export const namesAfterRanks = (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, own: ReadonlyArray<Mention>): Array<Mention> => {
  const out: Array<Mention> = []
  for (let r = 0; r + 2 < units.length; r++) {
    const rank = units[r]!
    if (rank.kind !== "word" || !rank.article || tagged.tags[r] !== 0 || !isMilitaryRank(rank.bare)) continue
    let j = r + 1
    let tail = false
    // (`أول` without the article: الفريق [الأول], the first team)
    while (j < units.length && j - r <= 3 && units[j]!.kind === "word" && !units[j]!.proclitic && tagged.tags[j] === 0 && isRankTail(units[j]!.bare) && !(units[j]!.article && FIRST_RANK().has(units[j]!.bare))) {
      j++
      tail = true
    }
    // (no function word that folds as a given name: الفريق [على] الفوز, "on")
    if (!isUnknownNameWord(units, tagged, j) || isFunctionWord(units[j]!)) continue
    const first = units[j]!
    // (after `الفريق` alone, "the team", and for a first word ending in `ا`, `العميد دائما`, only a given name of the
    // lists; and not `على` written with `ي`, the given name's form, after "the team": الفريق [علي] مدى التسعين)
    const team = isCommonWordRank(rank.bare) && !tail
    const e = rankNameEnd(units, tagged, j, team)
    // (after a rank that is a common word, alone, a first word that is no given name of the lists only before one
    // family name with the article and a nisba's ending: الرائد بدر السحيباني; not after the team, a noun of a team too,
    // الفريق بلقب [الدوري]; session 63)
    const nisbaNamed = team && !isTeamNoun(rank.bare) && e === j + 1 && units[e]!.article && isNisba(units[e]!)
    if (((team && !nisbaNamed) || first.core.charCodeAt(first.core.length - 1) === ALEF_END) && !isGivenName(first.core)) continue
    if (team && ON_AS_ALI().has(first.core)) continue
    if (e === j || overlapsAny(own, units[j]!.start, units[e]!.end)) continue
    // (the rank itself when no longer role reads before the name: الفريق أول)
    const role = roleOfFound(text, units, tagged, j, e, "ar") ?? text.slice(rank.nameStart, units[j - 1]!.end)
    out.push({ type: "PERSON", start: first.nameStart, end: units[e]!.end, units: units.slice(j, e + 1), role, confidence: 0.5 })
    r = e
  }
  return out
}

/**
 * The last unit of the name read after a rank from its first word at `j` ({@link namesAfterRanks}): up to
 * {@link RANK_NAME_MAX} words that read as an unknown name's, `بن` and a father's name, and at most one family name with
 * the article, which ends it; `j` itself when no second word reads so.
 */
/**
 * Whether a word may be a noun counted in the dual or a sound plural after a player's name (`هدفين`, two goals;
 * `ركلتين`): a plain word of five letters or more with a dual's or a sound plural's ending, no given name of the lists.
 */
const isCountedNoun = (v: Unit): boolean => v.kind === "word" && !v.article && !v.proclitic && v.bare.length >= 5 && SOUND_PLURAL_END.test(v.bare) && !isGivenName(v.core)

const rankNameEnd = (units: ReadonlyArray<Unit>, tagged: Tagged, j: number, team = false): number => {
  let e = j
  while (e + 1 < units.length && e + 1 - j < RANK_NAME_MAX) {
    const v = units[e + 1]!
    // (after the team, a dual or a sound plural that is no given name is the verb's object: الفريق أحمد [هدفين]; session 63)
    if (team && isCountedNoun(v)) break
    // (`بن`, `ابن`, `بنت` as written, not NASAB() of mentions.ts on the core: that one also takes `إبن`, a word with
    // a glued `و` or `ل` (`وبن`) and one with marks, which this rule, as written and measured, does not)
    if (isUnknownNameWord(units, tagged, e + 1)) e++
    else if (v.kind === "word" && NASAB_WORDS.includes(v.text) && tagged.tags[e + 1] === 0 && e + 2 - j < RANK_NAME_MAX && isUnknownNameWord(units, tagged, e + 2)) e += 2
    else {
      if (isDefiniteSurnameWord(units, tagged, e + 1)) e++
      break
    }
  }
  // (no name ends with a word of its lineage, `آل`, `أبو`, whose name the tagger took: المقدم [علي آل] جرمان; session 63)
  while (e > j && units[e]!.kind === "word" && isLineageWord(units[e]!.core)) e--
  return e
}

/** Whether unit `k` is a word of a rank's tail (`rankTails` of name-cues.json, {@link isRankTail}: `ركن`, `الركن`, `طيار`, `أول`; not `الأول`), no clitic. */
const isRankTailAt = (units: ReadonlyArray<Unit>, k: number): boolean => {
  const u = units[k]
  return u !== undefined && u.kind === "word" && !u.proclitic && isRankTail(u.bare) && !(u.article && FIRST_RANK().has(u.bare))
}

/**
 * Whether unit `k`, untagged, may be a word of a name before the part the tagger took after a rank: it reads as an
 * unknown name's ({@link isUnknownNameWord}) and is no function word, no word of the rank's tail and no noun that takes a
 * name in construct (`دكتور`, `شيخ`; `nameConstructs` of name-cues.json).
 */
const isLeadNameWord = (units: ReadonlyArray<Unit>, tagged: Tagged, k: number): boolean =>
  isUnknownNameWord(units, tagged, k) && !isFunctionWord(units[k]!) && !isRankTailAt(units, k) && !isNameConstruct(units[k]!.core)

/** The most untagged words of a name between a rank and the person's mention the tagger opened later ({@link wholeNamesAfterRanks}). */
const RANK_LEAD_MAX = 2

/**
 * The whole name after a military rank (`militaryRanks` of name-cues.json, {@link isMilitaryRank}, with its tail words, {@link isRankTailAt}), where the tagger
 * took a part of it (sessions 61 and 62):
 * - a person's mention opened with words of the tail starts after them: `الفريق أول ركن [عبدالرحمن البنيان]`, `اللواء
 *   طيار [عبد الحكيم شلبي]`, `العميد الركن [زابن بن عمر المرزوقي]`; one made of them only gives way to the name read
 *   after it as {@link namesAfterRanks} reads one (`اللواء [ركن] سعيد بن حسين الغامدي` → `سعيد بن حسين الغامدي`);
 * - one or two untagged words between the rank and the mention that read as a name's ({@link isUnknownNameWord}) open it:
 *   `اللواء أسعد [محمد العثمان]`, `العقيد غالب [حسين المرفدي]` → `أسعد محمد العثمان`, `غالب حسين المرفدي`; after
 *   `الفريق` alone (the team) the first must be a given name of the lists, as for {@link namesAfterRanks}, and no
 *   function word reads so (`الفريق [على]`).
 * The role of a mention that changes is read again as for a name found again, else the rank (`اللواء طيار`).
 */
export const wholeNamesAfterRanks = (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, own: Array<Mention>): Array<Mention> => {
  // (the mentions are in text order: one pointer over the units finds each mention's first unit; the list is copied
  // only when a mention changes, as the sentence's other passes do)
  let k = 0
  let out: Array<Mention> | undefined
  own.forEach((m, i) => {
    const u = m.units[0]!
    if (m.type !== "PERSON" || u.kind !== "word") return
    while (k < units.length && units[k]!.start < u.start) k++
    if (units[k] !== u) return
    const last = k + m.units.length - 1
    // (the tail words the mention opens with)
    let j = k
    while (j <= last && isRankTailAt(units, j)) j++
    // (untagged name words before the mention, then the rank's tail and the rank)
    let a = k
    // (no word of the rank's tail, `العميد ركن [أحمد عسيري]`, nor one that takes a name in construct, `العقيد دكتور`)
    if (j === k) while (a > 0 && k - a < RANK_LEAD_MAX && isLeadNameWord(units, tagged, a - 1)) a--
    let r = a - 1
    while (r >= 0 && a - r <= 3 && isRankTailAt(units, r)) r--
    const rank = units[r]
    if (rank === undefined || rank.kind !== "word" || !rank.article || !isMilitaryRank(rank.bare)) return
    const tail = r + 1 < a || j > k
    // (a rank that is a common word too, alone: `الفريق`, "the team"; `الرائد`, `المقدم`)
    const team = isCommonWordRank(rank.bare) && !tail
    if (a < k) {
      // (after such a rank, and for a first word ending in `ا`, only a given name of the lists)
      const first = units[a]!
      if ((team || first.core.charCodeAt(first.core.length - 1) === ALEF_END) && !isGivenName(first.core)) return
      if (team && ON_AS_ALI().has(first.core)) return
      // (no mention on the words: the mentions are in text order and apart, so the one before is the one to ask)
      if (i > 0 && own[i - 1]!.end > first.start) return
    }
    // (the family name with the article the tagger left out after a name that has none: اللواء الركن [سالم بن مطلق]
    // الإزيمع; session 63)
    // (after a rank that is a common word too, alone, only a name with `بن`: مدرب الفريق [كريستيان جروس] البعثة)
    const lineage = !team || m.units.some((v) => v.kind === "word" && NASAB_WORDS.includes(v.text))
    const more = lineage && !units[last]!.article && (i + 1 >= own.length || own[i + 1]!.start >= (units[last + 1]?.end ?? Infinity)) && isDefiniteSurnameWord(units, tagged, last + 1) ? 1 : 0
    // (after the team, a given name and a dual or a sound plural that is no given name: the player and the verb's object,
    // الفريق [أحمد] هدفين, "two goals"; session 63)
    const object = !lineage && a === k && j === k && m.units.length === 2 && isGivenName(units[k]!.core) && isCountedNoun(units[last]!) ? 1 : 0
    if (a === k && j === k && more === 0 && object === 0) return
    let from = a < k ? a : j
    let to = last + more - object
    if (j > last) {
      // (a mention of the tail only: the name after it, as namesAfterRanks reads one)
      from = last + 1
      if (!isUnknownNameWord(units, tagged, from) || isFunctionWord(units[from]!)) to = from - 1
      else to = rankNameEnd(units, tagged, from)
      if (to <= from || (i + 1 < own.length && own[i + 1]!.start < units[to]!.end)) {
        ;(out ??= own.slice())[i] = undefined as unknown as Mention
        return
      }
    }
    // (the role the mention had, else one read again, else the rank: رئيس هيئة الأركان العامة الفريق أول)
    const role = (j > last ? null : m.role) ?? roleOfFound(text, units, tagged, from, to, "ar") ?? text.slice(rank.nameStart, units[from - 1]!.end)
    ;(out ??= own.slice())[i] = { ...m, start: units[from]!.nameStart, end: units[to]!.end, units: units.slice(from, to + 1), role }
  })
  return out === undefined ? own : out.filter((m) => m !== undefined)
}

/**
 * Whether a list of people goes on at unit `n`, after mention `i`: a comma allowed, then the next person's mention, opening
 * with a glued `و` (not an untagged word before it: `وألحان X، [وتوزيع] Y`, `وبايع عمر [وبايع] عثمان`).
 */
const listGoesOn = (text: string, units: ReadonlyArray<Unit>, own: ReadonlyArray<Mention>, i: number, n: number): boolean => {
  const at = n < units.length && isListComma(units[n]!) ? n + 1 : n
  const u = units[at]
  const next = own[i + 1]
  if (u === undefined || next === undefined || next.type !== "PERSON" || !opensWithWa(text, u)) return false
  return next.units[0] === u
}

/**
 * A person's given name the tagger left out in a list of people (`… ونور فخري وسحر [رامي] ومجدي إدريس`; session 63,
 * helper arent7): a person's mention of one or two words that opens with a given name of the lists, right after an
 * untagged word whose only clitic is a glued `و` and which, without it, reads as an unknown name's
 * ({@link isUnknownNameWord}: `سحر`, no given name of the lists, being also 'magic'), right after another person's
 * mention (a comma between allowed: `ياسر المصري، وسحر حسين`), in a list that goes on after it ({@link listGoesOn}), takes
 * that word as its first: `سحر رامي`. The list of people shows the word is a name; alone `وسحر` stays a common noun.
 */
export const givenNamesInPeopleLists = (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, own: Array<Mention>): Array<Mention> => {
  let out: Array<Mention> | undefined
  let k = 0
  for (let i = 1; i < own.length; i++) {
    const m = own[i]!
    const u = m.units[0]!
    if (m.type !== "PERSON" || m.units.length > 2 || u.kind !== "word" || u.proclitic || !isGivenName(u.core)) continue
    while (k < units.length && units[k]!.start < u.start) k++
    if (units[k] !== u || k < 2) continue
    const w = units[k - 1]!
    if (!opensWithWa(text, w) || tagged.tags[k - 1] !== 0 || !spacesOnly(text, w.end, u.start)) continue
    // (the word without its `و`, read as a name's the tagger did not know)
    const bare = [{ ...w, proclitic: false }]
    if (!isUnknownNameWord(bare, { tags: Int8Array.of(0), gaz: Uint16Array.of(tagged.gaz[k - 1]!) }, 0) || isFunctionWord(bare[0]!)) continue
    // (another person's mention right before, a comma between allowed)
    const before = units[k - 2]!
    const end = isListComma(before) && k >= 3 ? units[k - 3]!.end : before.end
    const prev = own[i - 1]!
    if (prev.type !== "PERSON" || prev.end !== end) continue
    // (and the list goes on after it: a person with a glued `و`, or such a word before one, a comma between allowed;
    // `من تأليف X وإخراج [Y]` and `وطبعًا [X]،` end none)
    if (!listGoesOn(text, units, own, i, k + m.units.length)) continue
    ;(out ??= own.slice())[i] = { ...m, start: w.nameStart, units: [w, ...m.units], role: m.role }
  }
  return out ?? own
}

/** The most words of a name between two commas after a role ({@link namesAfterRoles}). */
const APPOSED_MAX = 3

/**
 * A person's name of two or three words the tagger did not know, written between commas right after a role with a
 * title (thirty-sixth session): `قال وزير الدفاع التركي، فكري إشيق، إن …`, `قال المدير التنفيذي للمنظمة، مارك هولدن،`,
 * `المتحدثة باسم وزارة الخارجية الكندية، ليندا باركر،` (thirty-seventh: the feminine spokeswoman is a title of the list,
 * and a body's mention may end the role). The role must end at the first comma ({@link titledRoleBeforeComma}), no
 * mention may stand on the name's words nor a person's on the word before the comma, and every word must read as a name's
 * ({@link isUnknownNameWord}): `الوزير السابق، مؤكدين ضرورة اطلاعه،` and
 * `رئيس البعثة، في بيان له،` add nothing. The role is read as for a tagged name. Confidence 0.5, as names found again.
 */
export const namesAfterRoles = (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, own: ReadonlyArray<Mention>): Array<Mention> => {
  const out: Array<Mention> = []
  const n = units.length
  for (let c = 2; c + 3 < n; c++) {
    if (!isListComma(units[c]!)) continue
    let e = -1
    for (let k = c + 3; k <= c + APPOSED_MAX + 1 && k < n; k++) {
      if (isListComma(units[k]!)) {
        e = k
        break
      }
      if (units[k]!.kind !== "word") break
    }
    if (e < 0) continue
    let ok = true
    for (let k = c + 1; k < e && ok; k++) ok = isUnknownNameWord(units, tagged, k)
    if (!ok || overlapsAny(own, units[c + 1]!.start, units[e - 1]!.end) || personEndsAt(own, units[c - 1]!)) continue
    if (!titledRoleBeforeComma(units, tagged.gaz, tagged.tags, c + 1)) continue
    out.push({ type: "PERSON", start: units[c + 1]!.start, end: units[e - 1]!.end, units: units.slice(c + 1, e), role: roleOfFound(text, units, tagged, c + 1, e - 1, "ar"), confidence: 0.5 })
    c = e - 1
  }
  return out
}

/** The most words of a name between a role and the clause after it ({@link namesBeforeClauses}). */
const CLAUSED_MAX = 3

/**
 * What may end a name written right after its role, as search forms: the complementizers of reported speech
 * (`إن`, `أن`, `إنه`, `أنه`, `إنها`, `أنها`) and the prepositions a speaker's verb takes after its subject (`إلى` of `لفت
 * … إلى أن`, `عن` of `عبر … عن`, `في` of `قال … في بيان`).
 */
const CLAUSE_AFTER_NAME = foldedSet(() => ["إن", "أن", "إنه", "أنه", "إنها", "أنها", "إلى", "عن", "في"])

/** The taa marbuta as the search form writes it (`ة` folded to `ه`). */
const TAA_SEARCH = "\u0647"

/**
 * Whether unit `k` may end a name as a family name with the article that the tagger did not know (`الحارثي`,
 * `التميمي`, `الجاسر`): untagged, on no list but the given names, no clitic but the article, no common noun, time word,
 * place nisba (`السعودي`), object noun (`التعازي`), weekday (`الاثنين`: `ارثور ماس الاثنين إلى`, forty-first session) or
 * word that reads as no name, and no taa marbuta (`الجمعية`).
 */
const isFamilyWithArticle = (units: ReadonlyArray<Unit>, tagged: Pick<Tagged, "tags" | "gaz">, k: number): boolean => {
  const u = units[k]!
  if (u.kind !== "word" || !u.article || u.proclitic || tagged.tags[k] !== 0 || (tagged.gaz[k]! & ~PER_BITS) !== 0) return false
  if (!isArabicLetter(u.bare.charCodeAt(0)) || u.bare.length < 3 || u.core.endsWith(TAA_SEARCH)) return false
  return !isCommonNounWord(u.core) && !isTimeWord(u.core) && !isPlaceNisba(u) && !readsAsNoName(u) && !isPersonNoun(u.bare) && !isObjectNoun(u) && !isWeekdayWord(u.core)
}

/** `ل` as written. */
const LAM = 0x0644

/** Gazetteer mask bits of the places' and the bodies' lists. */
const PLACE_OR_BODY_BITS = (0b11 << (2 * CATEGORIES.indexOf("LOC"))) | (0b11 << (2 * CATEGORIES.indexOf("ORG")))

/** {@link PLACE_OR_BODY_BITS} and {@link HONORIFIC_BITS}. */
const PLACE_OR_BODY_OR_HONORIFIC_BITS = PLACE_OR_BODY_BITS | HONORIFIC_BITS

/** The preposition `على` as written. */
const ALA = "\u0639\u0644\u0649"

/** `باسم` in search form. */
const BASIM = "\u0628\u0627\u0633\u0645"

/**
 * Whether unit `k` ends a name written right after its role: a complementizer or a preposition of
 * {@link CLAUSE_AFTER_NAME} written alone, a colon or a comma, a word with the preposition `لـ` (`لوكالة`, `للصحفيين`:
 * the person the speaker spoke to), or an object noun of the lists (`التعازي`, `شكره`, `بضرورة`: the verb's object
 * after its subject; forty-first session).
 */
const endsNameAfterRole = (u: Unit): boolean => {
  if (u.kind !== "word") return u.text === ":" || isListComma(u)
  if (!u.proclitic) return CLAUSE_AFTER_NAME().has(u.norm) || isObjectNoun(u)
  return (u.text.charCodeAt(0) === LAM && u.text.length > 3) || isObjectNoun(u)
}

/**
 * Whether unit `k` is a woman's given name of `feminineGivenNames` (`صالحة`, `نورة`: the taa marbuta that
 * {@link isUnknownNameWord} reads as no name's), untagged, with no clitic and on no list but the given names'.
 */
const isFeminineNameAt = (units: ReadonlyArray<Unit>, tagged: Pick<Tagged, "tags" | "gaz">, k: number): boolean => {
  const u = units[k]!
  return u.kind === "word" && !u.article && !u.proclitic && tagged.tags[k] === 0 && (tagged.gaz[k]! & ~PER_BITS) === 0 && isFeminineGivenName(u.core)
}

/** The preposition `عن` alone, which `عبر` ("expressed") takes after its subject (`عبر عضو المجلس X عن استنكاره`). */
const AN = "\u0639\u0646"

/** `عبر` in search form: "expressed" before `عن`, else the preposition "across", "via". */
const ABARA = "\u0639\u0628\u0631"

/**
 * A person's name of two or three words the tagger did not know, written right after a role with a title and right
 * before the clause or the complement the speaker's verb takes (fortieth session, after the A76 and A77 readings:
 * speakers lost to the chain because their names were no entity): `وقال عضو المجلس سعد الحارثي إن …`, `وقال محافظ
 * البصرة ماجد الساعدي لوكالة …`, `وقال مدير فرع الجمعية خالد العمري إن …`. Every word but the last reads as a name's
 * ({@link isUnknownNameWord}), the last as one too or as a family name with the article ({@link isFamilyWithArticle});
 * the first is a given name of the lists or the last has the article; the role with a title ends right before the
 * first word ({@link titledRoleRightBefore}) and opens right after a verb of the lists (the role is its subject), and
 * the name ends right before a complementizer, a speaker's preposition, a colon, a comma or a word with `لـ` ({@link endsNameAfterRole}); no mention
 * stands on the name's words nor a person's on the word before it. The role is read as for a tagged name. Confidence
 * 0.5, as names found again.
 *
 * Forty-first session (helper, entities; the A76 reading): the first word may be a woman's given name with a taa
 * marbuta of `feminineGivenNames` (`قالت عضوة المجلس صالحة X إن`); one or two honorifics may stand between the role and
 * the name ({@link titledRoleBeforeHonorific}: `عضو المجلس الشيخ X`); the verb may be one of protocol whose object
 * follows its subject (`subjectObjectVerbs`: `ورفع عضو المجلس X التعازي`; `عبر` only with `عن` after the name, else it
 * is the preposition "via"); and an object noun of the lists (`التعازي`, `شكره`) ends the name and is no word of it.
 *
 * Forty-second session (helper, names): a weekday written alone between the name and its clause ends the name (`دعا
 * رئيس إقليم كاتالونيا X Y الاثنين إلى`), and the name then needs neither a given name of the lists nor the article: a
 * verb, a titled subject, two or three words that read as a name's and a day are a subject's name before its clause.
 */
export const namesBeforeClauses = (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, own: ReadonlyArray<Mention>): Array<Mention> => {
  const out: Array<Mention> = []
  const n = units.length
  // (what the checks below would reject without a look-up, first: no title yet in the sentence, a word before that is
  // no role's end, a first word that is tagged or carries a clitic; it gives the same mentions, for less work a word)
  let titled = (tagged.gaz[0]! & TITLE_BITS) !== 0 || (tagged.gaz[1]! & TITLE_BITS) !== 0
  for (let s = 2; s + 2 < n; s++) {
    if (!titled) {
      titled = (tagged.gaz[s]! & TITLE_BITS) !== 0
      continue
    }
    const u = units[s]!
    if (u.kind !== "word" || u.article || u.proclitic || tagged.tags[s] !== 0) continue
    // (the role ends in a word with the article or a place's or a body's name: after an indefinite word the name is
    // that word's complement, `منسق [شؤون اللاجئين]`, `مستشار [علي]`; or in an honorific, `عضو المجلس الشيخ X`)
    if (!units[s - 1]!.article && (tagged.gaz[s - 1]! & PLACE_OR_BODY_OR_HONORIFIC_BITS) === 0 && tagged.tags[s - 1] === 0) continue
    // (`متحدث باسم القصر:`: `باسم` there is "on behalf of", not the given name Basim; see bismAsByName; `المشرف على
    // المعرض،`: the preposition `على`, whose search form is the given name `علي`)
    // (a woman's given name with a taa marbuta of the list, `صالحة`: forty-first session)
    const feminine = isFeminineNameAt(units, tagged, s)
    // (an object noun of the list, `أحر التعازي`, opens no name: forty-first session)
    if ((!feminine && !isUnknownNameWord(units, tagged, s)) || u.core === BASIM || u.text === ALA || isObjectNoun(u)) continue
    let e = -1
    let dated = false
    for (let k = s + 1; k < n && k - s <= CLAUSED_MAX; k++) {
      if (k >= s + 2 && endsNameAfterRole(units[k]!)) {
        e = k
        break
      }
      // (a weekday between the name and the clause, `دعا رئيس الإقليم X Y الاثنين إلى`: the subject's name ends before
      // it, whatever its words; forty-second session)
      if (k >= s + 2 && k + 1 < n && weekdayAlone(units[k]!) && endsNameAfterRole(units[k + 1]!)) {
        e = k
        dated = true
        break
      }
      if (isUnknownNameWord(units, tagged, k)) continue
      // (a family name with the article ends the name: the next unit must end it)
      if (isFamilyWithArticle(units, tagged, k) && k + 1 < n && endsNameAfterRole(units[k + 1]!)) {
        e = k + 1
        break
      }
      break
    }
    if (e < 0 || overlapsAny(own, units[s]!.start, units[e - 1]!.end) || personEndsAt(own, units[s - 1]!)) continue
    // (a given name of the lists first, or a family name with the article last: `بكل تأكيد،` after `للاعب` is none;
    // a word unknown as a name that opens with `ل` or `ب` may be a preposition the tokenizer left on it, `لشؤون`)
    if (!feminine && !isGivenName(u.core) && ((!units[e - 1]!.article && !dated) || u.text.charCodeAt(0) === LAM || u.text.startsWith(BA))) continue
    // (the role is the subject of a verb right before it: `وقال عضو المجلس`; or of a verb of protocol whose object or
    // complement follows the name, `ورفع عضو المجلس X التعازي`, `عبر عضو المجلس X عن`: forty-first session; an
    // honorific may stand between the role and the name, `عضو المجلس الشيخ X`)
    const f = (tagged.gaz[s - 1]! & HONORIFIC_BITS) !== 0 ? titledRoleBeforeHonorific(units, tagged.gaz, tagged.tags, s) : titledRoleRightBefore(units, tagged.gaz, tagged.tags, s)
    if (f < 1 || !(isListedVerb(units[f - 1]!) || (isSubjectObjectVerb(units[f - 1]!.core) && !units[f - 1]!.article && (units[f - 1]!.core !== ABARA || units[e]!.text === AN)))) continue
    out.push({ type: "PERSON", start: u.start, end: units[e - 1]!.end, units: units.slice(s, e), role: roleOfFound(text, units, tagged, s, e - 1, "ar"), confidence: 0.5 })
    s = e
  }
  return out
}

/** Whether unit `u` is a weekday written alone (`الاثنين`, `الثلاثاء`: no clitic but the article). */
const weekdayAlone = (u: Unit): boolean => u.kind === "word" && !u.proclitic && isWeekdayWord(u.core)

/**
 * Whether a person's mention of `own` covers unit `u` (the word before an apposition's first comma): a name there takes
 * the apposition as its own (`المدرب سامي الحربي، لاعب سابق،`). A body there is the role's complement (`المتحدثة باسم
 * [وزارة الخارجية الأمريكية]، هيثر ناورت،`; thirty-seventh session).
 */
const personEndsAt = (own: ReadonlyArray<Mention>, u: Unit): boolean => {
  for (let k = 0; k < own.length; k++) if (own[k]!.type === "PERSON" && own[k]!.start < u.end && own[k]!.end > u.start) return true
  return false
}

/** The sieve of a document's first words of names in {@link propagate}: 2^11 bits. */
const FIRST_WORD_SIEVE_SHIFT = 21

/** Names longer than this (in words) are not looked for again: real names are short, and the search stays linear. */
const MAX_PROPAGATED_WORDS = 6

const TITLE_TRIE = CATEGORIES.indexOf("TITLE")
const HONORIFIC_TRIE = CATEGORIES.indexOf("HONORIFIC")
/** Words that open a kunya or a servant name with the next word (`أبو مازن`, `عبد الرحمن`), search form. */
const kunyaFirst = foldedSet(() => ["عبد", ...KUNYA_WORDS, "أبي", "ابي"])

/** `ية` as the search form writes it (`ة` folded to `ه`): the ending of a feminine nisba adjective. */
const FEMININE_NISBA = "\u064a\u0647"

/**
 * `آل` ("the family of": `آل الشيخ`) in search form. The search form folds `آ` to `ا`, so this is the same string as the
 * article {@link ALEF_LAM} (`ال`): a unit whose core is it may be either word as written. Named apart for what it means
 * where it is read (the word before a family name). Written as its search form, not computed from `آل` when the module
 * loads: that would build the normalization tables at import (`test/normalize/lazy-load.test.ts`); a test of the
 * entity stage checks that `searchForm("آل")` gives it.
 */
export const AL_FAMILY = "\u0627\u0644"

/**
 * Whether the last unit of an Arabic person's name (`units`: its words) may stand alone for the person: not a word
 * that only ends a name (`الابن` of `دونالد ترامب الابن`, `الثاني`) or a formula (`الله` of `نصر الله`, `رحمه`),
 * not a function word or pronoun as written (`أنا`), not a word with a conjunction (`وسمو`, where the model ran the
 * name into the next phrase), and not an honorific or title of the lists after `آل` (`آل الشيخ`: `الشيخ` alone is
 * any sheikh). Titles that are family names too stay (`فهد السلطان` … `قال السلطان`, `منصور النقيب`).
 */
const isArabicSurname = (units: ReadonlyArray<Unit>): boolean => {
  const u = units[units.length - 1]!
  // أبو الكيمياء, صبري أبو علم, عبد الرحمن: the word after `أبو` or `عبد` is no name alone (`الرحمن` is God); the word after
  // `بن` or `آل` is a family name and stays (آل مسفر … مسفر)
  if (kunyaFirst().has(units[units.length - 2]!.core)) return false
  // [الإنسان السعودي], [الضمان الصحي], [التيفو الأهلاوي]: a noun with the article and its nisba adjective (no given name
  // of the lists first) is a phrase the tagger took for a name; spreading the adjective would make a person of it all
  // through the document
  const f = units[0]!
  if (f.article && !isGivenName(f.core) && isNisba(u)) return false
  // [جمال البحر], [قاعدة الملك عبدالله البحرية]: a common noun of the list, or a feminine nisba adjective with the article
  // (`البحرية`, "naval"; ANERcorp's training part ends one person's name with one, `العطية`), is the phrase the tagger
  // ran the name into: found again alone, it would make a person of every sea and navy in the document
  if (isCommonNounWord(u.core) || (u.article && u.core.length >= 6 && u.core.endsWith(FEMININE_NISBA))) return false
  if (isNotAlone(u.core) || noSurname().has(u.core) || isFunctionWordAfterClitics(u) || (u.proclitic && u.nameStart > u.start && /^[\u0648\u0641]/.test(u.text))) return false
  const tries = gazetteer("ar").tries
  const titled = tries[TITLE_TRIE]!.one(u.core) !== undefined || tries[HONORIFIC_TRIE]!.one(u.core) !== undefined
  return !(titled && units.length >= 2 && units[units.length - 2]!.core === AL_FAMILY)
}

/** `بن`, `ابن`, `بنت` and `آل`, search form: the word after them in a name is a father's given name or a family's name. */
const NASAB_OR_FAMILY = foldedSet(() => [...NASAB_WORDS, AAL])

/** Whether the unit before `units[i]` is `بن`, `ابن`, `بنت` or `آل` (with a clitic or not: `لابن`). */
const afterNasabOrFamily = (units: ReadonlyArray<Unit>, i: number): boolean => {
  const p = units[i - 1]
  return p !== undefined && p.kind === "word" && NASAB_OR_FAMILY().has(p.core)
}

/** `في` and the near demonstratives `هذا`, `هذه`, with a conjunction or preposition, as written. */
const IN_OR_THIS: ReadonlySet<string> = new Set(["في", "وفي", "ففي", "هذا", "وهذا", "بهذا", "لهذا", "هذه", "وهذه", "بهذه", "لهذه"])

/** Whether the unit before `units[i]` is `في` or a near demonstrative ({@link IN_OR_THIS}). */
const afterInOrThis = (units: ReadonlyArray<Unit>, i: number): boolean => {
  const p = units[i - 1]
  return p !== undefined && p.kind === "word" && IN_OR_THIS.has(p.text)
}

/** Whether the unit before `units[i]` is a word with the article that is no title, honorific or person noun of the lists. */
const afterArticleNoun = (units: ReadonlyArray<Unit>, i: number): boolean => {
  const p = units[i - 1]
  if (p === undefined || p.kind !== "word" || !p.article || isPersonNoun(p.bare)) return false
  const tries = gazetteer("ar").tries
  return tries[TITLE_TRIE]!.one(p.core) === undefined && tries[HONORIFIC_TRIE]!.one(p.core) === undefined
}

/** The name `علي` (search form), which a document may write for the preposition `على`. */
const ALI = "\u0639\u0644\u064a"

/** `إلى` and `حتى` written with a final `ي` (as written, with no clitic). */
const YA_FOR_ALIF: ReadonlySet<string> = new Set(["\u0627\u0644\u064a", "\u0625\u0644\u064a", "\u062d\u062a\u064a"])

/** Whether a sentence of the document writes `إلى` or `حتى` with a final `ي` (`الي`, `إلي`, `حتي`). */
const writesYaForAlif = (sentences: ReadonlyArray<Sentence>): boolean => {
  for (const s of sentences) for (const u of s.units) if (u.kind === "word" && YA_FOR_ALIF.has(u.text)) return true
  return false
}

/**
 * The one-word keys with the article (surnames: see {@link propagate}) that some sentence of the document writes
 * untagged, with no clitic, right after `في` or a near demonstrative ({@link IN_OR_THIS}): common nouns there
 * (`في المتحف`, `هذا الدور`). Undefined when there is none.
 */
const surnamesAfterInOrThis = (sentences: ReadonlyArray<Sentence>, keys: ReadonlyMap<string, Mention["type"]>): Set<string> | undefined => {
  let out: Set<string> | undefined
  for (const s of sentences) {
    for (let i = 1; i < s.units.length; i++) {
      const u = s.units[i]!
      if (u.kind !== "word" || !u.article || u.proclitic || s.tags[i] !== 0 || !keys.has(u.core) || !afterInOrThis(s.units, i)) continue
      ;(out ??= new Set()).add(u.core)
    }
  }
  return out
}

/**
 * Names the model found once, found again where it missed them in the same
 * document: the full words of every mention, and the last word (surname) of
 * a person's name of two words or more (`بوتين` after `فلاديمير بوتين`,
 * `Putin` in a headline), and in Arabic a family name with the article
 * before a tribe's nisba that ends one (`<given> الخازم الغامدي`: `الخازم`
 * alone too).
 * English matches must be capitalized; an Arabic
 * single word with the article (`العربي`) is only taken as a surname. These
 * mentions have confidence 0.5.
 */
/**
 * Whether a place's mention of two words or more is a place of the lists whose first word, with no article, is a place
 * of the lists alone (the entity gazetteer's or the parse stage's: `محايل عسير` and `محايل`, `مكة المكرمة` and `مكة`,
 * `روسيا البيضاء` and `روسيا`; not `رجال ألمع`, `أحد رفيدة`, `خميس مشيط`). With the readers' spans the tagger's
 * `[محايل] عسير` is taken whole (`listedPlaceBeyond`, session 57), and the document then had no one-word mention of the
 * town for propagation to find again where it stands alone (`إلى محايل`, `شرطة محايل`): the word is looked for too
 * (session 58).
 */
const townOfPlace = (text: string, m: Mention): boolean => {
  const first = m.units[0]!
  if (first.article || m.units.some((u) => u.kind !== "word")) return false
  const gaz = gazetteer("ar")
  const cores = m.units.map((u) => u.core)
  return gaz.tries[CATEGORIES.indexOf("LOC")]!.exact(cores, 0, cores.length) !== undefined && isPlaceOfLists(text, [first], gaz)
}

export const propagate = (text: string, sentences: ReadonlyArray<Sentence>, found: ReadonlyArray<Mention>, lang: "ar" | "en", whole = false): Array<Mention> => {
  if (found.length === 0) return []
  const keys = new Map<string, Mention["type"]>()
  // every word prefix of a key, so a scan stops as soon as no name can match
  const prefixes = new Set<string>()
  // the first words of the keys (for the sieve below)
  const firstOfKeys = new Set<string>()
  const add = (words: ReadonlyArray<string>, type: Mention["type"], surname: boolean) => {
    if (words.length === 0 || words.length > MAX_PROPAGATED_WORDS) return
    const key = words.join(" ")
    if (words.length === 1 && (key.length < 3 || (lang === "ar" && key.startsWith(ALEF_LAM) && !surname))) return
    // [Mixed Christmas] for US retailers: a holiday ending a name the tagger made is not found again alone (a holiday
    // alone is a date, see mentionsOf)
    if (surname && lang === "en" && isEnglishHoliday(key)) return
    // a key seen before keeps its first type, and its prefixes are in already
    if (keys.has(key)) return
    keys.set(key, type)
    firstOfKeys.add(words[0]!)
    let prefix = ""
    for (let k = 0; k < words.length; k++) {
      prefix = k === 0 ? words[0]! : `${prefix} ${words[k]!}`
      prefixes.add(prefix)
    }
  }
  // (the given names found only as a father's name or a family's, after `بن`, `بنت`, `آل`, and never as a whole mention:
  // see below)
  const fatherOnly = new Set<string>()
  const alone = new Set<string>()
  for (const m of found) {
    const words: Array<string> = []
    for (const u of m.units) if (u.kind === "word") words.push(u.core)
    add(words, m.type, false)
    // (محايل عسير … شرطة [محايل]: the town that opens a listed place, with the readers' spans; see `townOfPlace`)
    if (whole && lang === "ar" && m.type === "LOCATION" && words.length >= 2 && townOfPlace(text, m)) add(words.slice(0, 1), m.type, false)
    if (words.length === 1) alone.add(words[0]!)
    if (m.type === "PERSON" && lang === "ar" && words.length >= 3 && NASAB_OR_FAMILY().has(words[words.length - 2]!) && isGivenName(words[words.length - 1]!)) fatherOnly.add(words[words.length - 1]!)
    if (m.type === "PERSON" && words.length >= 2 && (lang === "en" || isArabicSurname(m.units.filter((u) => u.kind === "word")))) add(words.slice(-1), m.type, true)
    // <given> الخازم الغامدي: before a tribe's nisba, a family name with the article is found alone too (`د. الخازم`);
    // not a father's given name (`<given> بن عيد العطوي`: `عيد الفطر`)
    if (m.type === "PERSON" && lang === "ar" && words.length >= 3 && isTribeNisba(words[words.length - 1]!)) {
      const named = m.units.filter((u) => u.kind === "word")
      if (named.length >= 3 && named[named.length - 2]!.article && isArabicSurname(named.slice(0, -1))) add(words.slice(-2, -1), m.type, true)
    }
  }
  if (keys.size === 0) return []
  // The scan below asks `prefixes` about every word of the document (a `Set` look-up of a string whose hash V8 has
  // mostly not computed yet), and a document's names open with a few dozen distinct words: a bit per (length,
  // first, second and last code unit) of those first words, in 2,048 bits, turns most words away first. A word
  // whose bit is clear is no first word of a key, so the scan would have stopped at it with no match.
  const firstWords = new StringSieve(firstOfKeys, FIRST_WORD_SIEVE_SHIFT)
  // found is in text order and its spans do not overlap: a binary search finds the one that could overlap
  const starts = found.map((m) => m.start)
  const free = (start: number, end: number): boolean => {
    const lo = lowerBound(starts, end)
    // found[lo - 1] is the last mention starting before `end`; only it (or one before, when spans are nested) can overlap
    for (let j = lo - 1; j >= 0 && j >= lo - 2; j--) if (found[j]!.end > start) return false
    return true
  }
  const out: Array<Mention> = []
  // (whether the document writes the final ى of a preposition as ي: `الي`, `حتي`; see below)
  const yaForAlif = lang === "ar" && keys.has(ALI) && writesYaForAlif(sentences)
  // (the surnames with the article that the document also writes right after `في` or a demonstrative; see below)
  const commonNouns = lang === "ar" ? surnamesAfterInOrThis(sentences, keys) : undefined
  for (const sentence of sentences) {
    const all = sentence.units
    // (a copy of the sentence's units made on the first glued name, in which gluedPersonAt puts one word cut at a time:
    // one copy a sentence, so that a sentence of many such words stays linear)
    let scratch: Array<Unit> | undefined
    // (where the scratch copy holds a word cut, put back at the next step)
    let cutAt = -1
    let i = 0
    while (i < all.length) {
      if (cutAt >= 0) {
        scratch![cutAt] = all[cutAt]!
        cutAt = -1
      }
      // what the scan and the checks after it would reject without a look-up (they have no side effect: skipping
      // them gives the same mentions): a unit that is no word, an English word that is not capitalized, a word whose
      // sieve bit is clear
      const u0 = all[i]!
      if (u0.kind !== "word" || (lang === "en" && !(u0.text.charCodeAt(0) >= 0x41 && u0.text.charCodeAt(0) <= 0x5a))) {
        i++
        continue
      }
      // (لترامب, للفريق مهاب مميش: a person's name found again behind a preposition the tokenizer left glued to it, as
      // the units with that word's proclitic cut off; see gluedPersonAt)
      let units: ReadonlyArray<Unit> = all
      let match = 0
      let type: Mention["type"] | undefined
      if (firstWords.mayHave(u0.core)) [match, type] = scanKeys(units, i, keys, prefixes)
      if (type === undefined && lang === "ar") {
        const cut = gluedPersonAt(all, i, keys, prefixes, firstWords, () => (scratch ??= all.slice()))
        if (cut !== null) {
          units = cut
          cutAt = i
          ;[match, type] = scanKeys(units, i, keys, prefixes)
        }
      }
      if (type === undefined) {
        i++
        continue
      }
      // شهر رمضان: a month name found again where the words around show the month (see mentionsOf)
      if (type !== undefined && match === 1 && lang === "ar" && isArabicMonth(units, i)) type = undefined
      // فيصل -[رحمه] الله: a formula of blessing the tagger once typed alone is not found again after a name
      if (type !== undefined && match === 1 && lang === "ar" && isFormulaWord(units[i]!)) type = undefined
      // المجتمع [البريطاني], الأصولي [المصري]: a surname that is a place's nisba (one-word keys with the article are
      // surnames) found again right after a word with the article that is no title, honorific or person noun of the
      // lists is that word's adjective (وزير الصحة [البريطاني]), not the person (الشيخ [البريطاني] stays); an adjective
      // takes no preposition (الأفضل [للشهرستاني] stays)
      if (type !== undefined && match === 1 && lang === "ar" && isPlaceNisba(units[i]!) && !units[i]!.proclitic && afterArticleNoun(units, i)) type = undefined
      // في [المهرجان], هذا [الفيلم]: a surname with the article (one-word keys with it are surnames) found again right
      // after `في` or a near demonstrative is the common noun the tagger ran a name into (`منظمو المهرجان`), not a person
      if (type !== undefined && match === 1 && lang === "ar" && units[i]!.article && !units[i]!.proclitic && afterInOrThis(units, i)) type = undefined
      // أعلن [المتحف] … تلقى المتحف … في المتحف: such a word, once written after `في` or a demonstrative anywhere in the
      // document, is that common noun wherever it is found again (after a verb too)
      if (type !== undefined && match === 1 && commonNouns !== undefined && commonNouns.has(units[i]!.core)) type = undefined
      // مغامرته [علي] الدراجة: in a document that writes `إلى` as `الي` or `حتى` as `حتي`, the name `علي` alone is the
      // preposition `على` as that document writes it, not the person found again
      if (type !== undefined && match === 1 && yaForAlif && units[i]!.core === ALI) type = undefined
      // لم تعرف [ديناً] (after `دينا`), والبيت [خاليًا] (after `خاليا`): a word with the tanween of the accusative is no given
      // name found again, as the tagger's is none (isTanweenNotName, mentions.ts; session 63)
      if (type === "PERSON" && match === 1 && lang === "ar" && isTanweenNotName(units[i]!)) type = undefined
      // (حسن الظن, ب[حسن] الجوار: a given name found again before an abstract noun it takes in construct is the adjective)
      if (type !== undefined && match === 1 && lang === "ar" && isGoodPhrase(units, i)) type = undefined
      // المسعفين [تركي] السبيعي, شيخ القبائل [تركي] أبو نقطة (after `فيصل بن تركي`, `خالد بن محمد آل تركي`): a given name
      // the document writes only as a father's or a family's name is found again only there, after `بن`, `بنت`, `آل`;
      // elsewhere it is another man's given name (session 53)
      if (type !== undefined && match === 1 && lang === "ar" && fatherOnly.has(units[i]!.core) && !alone.has(units[i]!.core) && !afterNasabOrFamily(units, i)) type = undefined
      // مقتل شرطي [تركي] (after `حسين تركي`): a nationality adjective after an indefinite noun it qualifies (session 53)
      if (type !== undefined && match === 1 && lang === "ar" && i > 0 && isNationalityAfterNoun(units[i - 1]!, units[i]!)) type = undefined
      const first = units[i]!
      const capitalOk = lang === "ar" || (first.text.charCodeAt(0) >= 0x41 && first.text.charCodeAt(0) <= 0x5a)
      if (type !== undefined && capitalOk && free(first.nameStart, units[i + match - 1]!.end)) {
        // (وكان [ترامب] الابن قد أكد: a generational word after a person's name found again ends it, as after the tagger's)
        const last = lang === "ar" && type === "PERSON" ? generationalEnd(units, sentence.tags, i + match - 1) : i + match - 1
        const span = units.slice(i, last + 1)
        // a person's name found again takes the role written next to it there (الرئيس الروسي [بوتين])
        const role = type === "PERSON" ? roleOfFound(text, units, sentence, i, last, lang) : null
        out.push({ type, start: first.nameStart, end: span[span.length - 1]!.end, units: span, role, confidence: 0.5, again: true })
        i = last + 1
      } else i++
    }
  }
  return out
}

/** The longest key of `keys` that the words of `units` from `i` on spell, in words, and its type (`[0, undefined]`: none). */
const scanKeys = (units: ReadonlyArray<Unit>, i: number, keys: ReadonlyMap<string, Mention["type"]>, prefixes: ReadonlySet<string>): [number, Mention["type"] | undefined] => {
  let match = 0
  let type: Mention["type"] | undefined
  let key = ""
  for (let k = 0; k < MAX_PROPAGATED_WORDS && i + k < units.length; k++) {
    const u = units[i + k]!
    if (u.kind !== "word") break
    key = k === 0 ? u.core : `${key} ${u.core}`
    if (!prefixes.has(key)) break
    const hit = keys.get(key)
    if (hit !== undefined) {
      match = k + 1
      type = hit
    }
  }
  return [match, type]
}

/**
 * `مكالمة هاتفية لترامب` (after `دونالد ترامب`), `لتصريحات سابقة للفريق مهاب مميش` (after `مهاب مميش`): a word the
 * tokenizer did not split, because it does not know the name, whose glued proclitic (`ل`, `ب`, `ك`, `وب`, …) stands
 * before the first word of a person's name of the document. Returns the sentence's units with that word's proclitic
 * cut off (`withoutGlued`) when the rest, and the words after it, spell a person's key: a name of two words or more, or
 * one word of four letters or more that is no given name or common noun of the lists (`بسلام` beside `تمام سلام`, `لحسن`
 * beside `حسن روحاني` stay: "in peace", "luckily"); else null. Fifty-ninth session, helper arplace.
 */
const gluedPersonAt = (
  units: ReadonlyArray<Unit>,
  i: number,
  keys: ReadonlyMap<string, Mention["type"]>,
  prefixes: ReadonlySet<string>,
  firstWords: StringSieve,
  copy: () => Array<Unit>
): ReadonlyArray<Unit> | null => {
  const u = units[i]!
  const g = gluedProclitic(u, (rest) => firstWords.mayHave(rest) && prefixes.has(rest))
  if (g === 0) return null
  // (the copy holds the sentence's units but at `i`, where the word cut is put; the caller puts the word back)
  const cut = copy()
  cut[i] = withoutGlued(u, g)
  const [match, type] = scanKeys(cut, i, keys, prefixes)
  const rest = cut[i]!.core
  if (type !== "PERSON" || (match === 1 && (rest.length < 4 || isGivenName(rest) || isCommonNounWord(rest) || isAdjectiveName(rest)))) {
    cut[i] = u
    return null
  }
  return cut
}

/**
 * The entities of `text` inside `regions` (default: the whole text), linked
 * across the regions: spans into `text`, canonical forms, ids and roles.
 * `tagger`: `bundledTagger("ar" | "en")` for the shipped models.
 */
export const extractEntities = (
  text: string,
  tagger: Tagger,
  regions: ReadonlyArray<Region> = [{ start: 0, end: text.length }],
  options: ExtractOptions = {}
): Array<Entity> => {
  const found = findMentions(text, regions, tagger, options)
  const credits = options.credits === undefined ? [] : creditMentions(text, options.credits, tagger)
  // (linking takes the credits' mentions apart from the others; one over a mention found is left out)
  return linkMentions(text, credits.length === 0 ? found : [...found, ...credits.filter((c) => !overlapsAny(found, c.start, c.end))])
}
