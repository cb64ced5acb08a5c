/**
 * Session 61, helper tidy5 (review): the English words that make a role another post (`deputy`, `shadow`, `former` …)
 * are one list, `postQualifiers` of quotes/en.json, read by the held-role index (english-holders.ts) and by `the
 * <role>` phrases of the entity index (entity-index.ts), where two regexes wrote them before. Every row asserts what
 * the regexes gave.
 */
import { describe, expect, it } from "vitest"
import { endsWithPostQualifier, heldRoleKey, isPostQualifier } from "../../../src/extract/quotes/english-holders.js"

describe("isPostQualifier: one list of the words before a post (session 61, tidy5)", () => {
  const rows: ReadonlyArray<readonly [string, boolean]> = [
    ["deputy", true],
    ["Deputy", true],
    ["SHADOW", true],
    ["ex", true],
    ["interim", true],
    ["associate", true],
    ["under", true],
    // (the entity stage's roleQualifiers hold `caretaker`; the quote stage's list does not, as before)
    ["caretaker", false],
    // (words of a time of holding a post count for the held-role index only)
    ["new", false],
    ["late", false],
    ["shadowy", false],
    ["", false]
  ]
  for (const [word, expected] of rows) it(`${JSON.stringify(word)} → ${expected}`, () => expect(isPostQualifier(word)).toBe(expected))
})

describe("endsWithPostQualifier: the last word of a role's words before its tail (session 61, tidy5)", () => {
  const rows: ReadonlyArray<readonly [string, boolean]> = [
    ["deputy", true],
    ["tory shadow", true],
    ["lib dem ex", true],
    ["labour's former", true],
    ["ex-deputy", true],
    ["acting\u00a0vice", true],
    ["deputy foreign", false],
    ["shadow x", false],
    ["pro-shadowy", false],
    ["", false]
  ]
  for (const [text, expected] of rows) it(`${JSON.stringify(text)} → ${expected}`, () => expect(endsWithPostQualifier(text)).toBe(expected))
})

describe("heldRoleKey: a qualifier first is another post (session 61, tidy5; as before)", () => {
  const rows: ReadonlyArray<readonly [string, string | null]> = [
    ["the Ofsted chief", "ofsted chief"],
    ["the former Ofsted chief", null],
    ["the Deputy Ofsted chief", null],
    ["the interim club manager", null],
    ["the new club manager", null],
    ["the then club manager", null],
    ["the caretaker club manager", "caretaker club manager"]
  ]
  for (const [phrase, expected] of rows) it(`${phrase} → ${expected}`, () => expect(heldRoleKey(phrase.split(" "))).toBe(expected))
})
