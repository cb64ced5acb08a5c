/**
 * The `extract.numbers` stage.
 *
 * @module
 */
import { makeStage, type Stage } from "../../pipeline/stage.js"
import { RangeFilter, numbersOfTokens } from "./extract.js"
import { tokensOf } from "../internal/tokens.js"
import { boilerplateRanges, scanView } from "../internal/view.js"
import type { Entity, NumberMention } from "../../schema/record.js"

/**
 * Finds the numbers of each document outside boilerplate and outside its
 * dates (a year or a day of the month is no quantity), so it runs after
 * `extract.dates` when both are in the pipeline; a number inside a longer
 * person's name (`أرون ستين`, Aaron Stein: `ستين` is "sixty" too) is no
 * quantity either, when `extract.entities` ran before.
 *
 * Requires `structure`; uses `dates`, `entities` and the `search` view when present. Provides `numbers`.
 */
export const numbersStage = (): Stage =>
  makeStage("extract.numbers", { requires: ["structure"], provides: ["numbers"] }, (doc) => {
    const exclude = new RangeFilter([...boilerplateRanges(doc), ...doc.dates.map((d) => ({ start: d.start, end: d.end }))])
    const numbers = numbersOfTokens(tokensOf(scanView(doc)), doc.text, exclude)
    return { ...doc, numbers: withoutNameParts(numbers, doc.entities) }
  })

/** Digits of any script the numbers stage reads (ASCII, Arabic-Indic, Extended Arabic-Indic). */
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/

/**
 * The numbers that are no part of a longer person's name: a person entity that holds a number word and more (`أرون
 * ستين`, `Henk Ten Cate`, `the Guildford Four`) takes it; a person that is the number alone (the tagger's `[ستين] شخصا`)
 * does not, nor one whose span ran over digits (`عبد الرحمن 0505442411`: the tagger's error, the number stays). Both
 * lists are in text order.
 */
const withoutNameParts = (numbers: ReadonlyArray<NumberMention>, entities: ReadonlyArray<Entity>): ReadonlyArray<NumberMention> => {
  const people = entities.filter((e) => e.type === "PERSON")
  if (people.length === 0 || numbers.length === 0) return numbers
  const out: Array<NumberMention> = []
  let k = 0
  for (const n of numbers) {
    while (k < people.length && people[k]!.end <= n.start) k++
    let inside = false
    for (let j = k; j < people.length && people[j]!.start <= n.start; j++) {
      const p = people[j]!
      if (p.end >= n.end && p.end - p.start > n.end - n.start) inside = true
    }
    if (!inside || DIGIT.test(n.text)) out.push(n)
  }
  return out
}
