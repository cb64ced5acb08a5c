/**
 * The pass that gives a lone weekday the date written beside it (`weekdaysOfStatedDates` in extract.ts, session 32)
 * stays linear on hostile text: a long gap of spaces and commas between the weekday and the date (the gap pattern's
 * runs, read by more than one part of it, were quadratic on such a gap until it was bounded), and many weekdays and
 * dates in one sentence. Ratios measured within each test.
 */
import { linearDateCases } from "./tables/timing.js"

linearDateCases(
  "dates: a lone weekday and the date beside it stay linear",
  {
    "a long gap of spaces and commas between a weekday and a date": (n) => "وتنتهي المهلة يوم الخميس" + " \u060c".repeat(n * 4) + "ثم 10 ديسمبر 2015",
    "many weekdays and dates in one sentence": (n) => "الخميس 10 ديسمبر 2015 ثم يوم الخميس، و".repeat(n)
  },
  { reference: "2015-07-21", language: "ar" }
)
