/**
 * Calendar arithmetic shared by the stages: proleptic Gregorian day numbers
 * and the Umm al-Qura Hijri calendar. Pure and browser-safe.
 *
 * @module
 */
export * from "./gregorian.js"
export * from "./hijri.js"
