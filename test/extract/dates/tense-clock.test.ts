import { describe, expect, it } from "vitest"
import { extractDates } from "../../../src/extract/dates/extract.js"

/**
 * The side of the reference a date without a year falls on, by the tense of its clause (`english-tense.ts`), and
 * clock times written as four digits before a time zone (`clock.ts`). Sentences written for these tests. Rows:
 * [text, reference, expected mentions as `text → value granularity [rel]`].
 */
type Row = readonly [string, string | null, ReadonlyArray<string>]

const show = (text: string, ref: string | null, language: "ar" | "en" | "auto"): Array<string> =>
  extractDates(text, { reference: ref, language }).map((d) => `${d.text} → ${d.value} ${d.granularity}${d.relative ? " rel" : ""}`)

const REF = "2005-05-25" // a Wednesday, after 19 May and after Thursday 19 May
const AR_REF = "2017-11-24" // a Friday

const english: Record<string, ReadonlyArray<Row>> = {
  "a present or future verb sends the date forward (the next such day)": [
    ["The exhibition opens on 19 May.", REF, ["19 May → 2006-05-19 day rel"]],
    ["The vote is on Thursday.", REF, ["Thursday → 2005-05-26 weekday rel"]],
    ["Ministers will meet on 3 March.", REF, ["3 March → 2006-03-03 day rel"]],
    ["The talks begin on Monday.", REF, ["Monday → 2005-05-30 weekday rel"]],
    ["The film is released on Friday.", REF, ["Friday → 2005-05-27 weekday rel"]],
    ["Arsenal host Chelsea on Saturday.", REF, ["Saturday → 2005-05-28 weekday rel"]],
    ["The documentary is to be aired on Sunday.", REF, ["Sunday → 2005-05-29 weekday rel"]],
    ["He told the radio programme, to be aired on Sunday, that he would stay.", REF, ["Sunday → 2005-05-29 weekday rel"]],
    ["A strike has been earmarked for 23 March.", REF, ["23 March → 2006-03-23 day rel"]],
    ["The Fed meets in March.", REF, ["March → 2006-03 month rel"]],
    ["Thursday's vote is expected to be close.", REF, ["Thursday → 2005-05-26 weekday rel"]],
    // the reference's own day is on either side
    ["The festival opens on 25 May.", REF, ["25 May → 2005-05-25 day rel"]]
  ],
  "a past verb keeps it behind, also when a future verb follows in another clause": [
    ["He said on Thursday.", REF, ["Thursday → 2005-05-19 weekday rel"]],
    ["The show opened on 19 May.", REF, ["19 May → 2005-05-19 day rel"]],
    ["The company said on Thursday that it will cut jobs.", REF, ["Thursday → 2005-05-19 weekday rel"]],
    ["Sales rose in June.", REF, ["June → 2004-06 month rel"]],
    ["The deal was signed on 30 May.", REF, ["30 May → 2004-05-30 day rel"]],
    ["Ten countries, mostly in the east, joined the union in July.", REF, ["July → 2004-07 month rel"]],
    // a statement about a past deed after `is`
    ["He is accused of killing her on Monday.", REF, ["Monday → 2005-05-23 weekday rel"]],
    ["Many had expected sales to fall in August.", REF, ["August → 2004-08 month rel"]]
  ],
  "a clause that does not say keeps the nearest day": [
    // an infinitive after a past verb: the match may lie on either side of the article
    ["He was appointed to take charge of the match on 27 May.", REF, ["27 May → 2005-05-27 day rel"]],
    ["The plan, dubbed Phoenix, on Monday, drew criticism.", REF, ["Monday → 2005-05-23 weekday rel"]]
  ],
  "the end of a stretch of time: a regular -ed form before it decides nothing": [
    // (with the reference a Wednesday, 25 May: the next 20 June is 26 days ahead, the last one 339 days behind)
    ["The measure keeps the agencies funded at current levels until 20 June.", REF, ["20 June → 2005-06-20 day rel"]],
    // an auxiliary or an irregular past still does
    ["The road was closed until 20 May.", REF, ["20 May → 2005-05-20 day rel"]],
    ["The bank held rates until March.", REF, ["March → 2005-03 month rel"]]
  ],
  "a month with a direction or a relative year before or after it": [
    ["The firm decided last April to sell the unit.", "2005-02-10", ["last April → 2004-04 month rel"]],
    ["The virus appeared in April this year.", REF, ["April this year → 2005-04 month rel"]],
    ["The cards will be issued in February next year.", REF, ["February next year → 2006-02 month rel"]]
  ],
  "a range of months or days without a year runs forwards": [
    ["Trade in April-July rose.", "2005-02-10", ["April-July → 2004-04/2004-07 range rel"]],
    ["Orders from 3 August to 24 December rose.", "2005-02-10", ["3 August to 24 December → 2004-08-03/2004-12-24 range rel"]]
  ],
  "four-digit clock times before a time zone": [
    ["The match kicks off at 2200 GMT on Saturday.", REF, ["2200 GMT → 2005-05-28T22:00 time rel", "Saturday → 2005-05-28 weekday rel"]],
    ["On 3 March 2005 at 0930 GMT the index fell.", REF, ["3 March 2005 → 2005-03-03 day", "0930 GMT → 2005-03-03T09:30 time"]],
    ["Polls opened on 19 May 2005 at 0700 local time.", REF, ["19 May 2005 → 2005-05-19 day", "0700 local time → 2005-05-19T07:00 time"]],
    ["Trading closed on 20 May 2005 at 2130 UTC.", REF, ["20 May 2005 → 2005-05-20 day", "2130 UTC → 2005-05-20T21:30 time"]],
    // a time with no day in its sentence has no place in a DateMention: left out
    ["Talks resume at 0930 GMT.", REF, []],
    // not a time: no zone, an hour past 23, minutes past 59, a year
    ["In 2200 homes the power failed on 20 May 2005.", REF, ["20 May 2005 → 2005-05-20 day"]],
    ["The index hit 2460 GMT stocks on 20 May 2005.", REF, ["20 May 2005 → 2005-05-20 day"]],
    ["By 1975 GMT trading was over on 20 May 2005.", REF, ["20 May 2005 → 2005-05-20 day"]],
    // not joined across a line break; alone on the line under a day alone on its line, it is that day's time (a
    // fixture's kick-off: session 11)
    ["Saturday, 21 May\n1500 GMT", REF, ["Saturday, 21 May → 2005-05-21 day rel", "1500 GMT → 2005-05-21T15:00 time rel"]],
    ["Both sides met on Saturday, 21 May\n1500 GMT was the kick-off.", REF, ["Saturday, 21 May → 2005-05-21 day rel"]]
  ]
}

const arabic: Record<string, ReadonlyArray<Row>> = {
  "a future verb sends a weekday forward": [
    ["سيعقد المجلس اجتماعه يوم الخميس", AR_REF, ["يوم الخميس → 2017-11-30 weekday rel"]],
    ["يبدأ المؤتمر يوم الخميس المقبل", AR_REF, ["يوم الخميس المقبل → 2017-11-30 weekday rel"]],
    ["عقد المجلس اجتماعه يوم الخميس", AR_REF, ["يوم الخميس → 2017-11-23 weekday rel"]]
  ],
  "four-digit clock times with بتوقيت": [
    ["انطلقت المباراة الساعة 1400 بتوقيت غرينتش يوم السبت", AR_REF, ["الساعة 1400 بتوقيت غرينتش → 2017-11-18T14:00 time rel", "يوم السبت → 2017-11-18 weekday rel"]],
    ["ستنطلق المباراة يوم السبت 2200 بتوقيت جرينتش", AR_REF, ["يوم السبت → 2017-11-25 weekday rel", "2200 بتوقيت جرينتش → 2017-11-25T22:00 time rel"]],
    ["وصل الوفد يوم 20 نوفمبر 2017 عند 0930 بالتوقيت المحلي", AR_REF, ["يوم 20 نوفمبر 2017 → 2017-11-20 day", "0930 بالتوقيت المحلي → 2017-11-20T09:30 time"]],
    ["تبدأ المباراة في تمام الساعة 1400 بتوقيت غرينتش", AR_REF, []]
  ],
  "a year written after a period word or after لعام": [
    ["جرت المناورة الأولى في نهاية العام 2013 وتلتها أخرى في بداية العام 2014", AR_REF, ["نهاية العام 2013 → 2013 year", "بداية العام 2014 → 2014 year"]],
    ["صدر العدد الأول في شهر رجب لعام 1366هـ", AR_REF, ["شهر رجب لعام 1366هـ → 1947-05-22/1947-06-19 month"]],
    ["ويختتم الموسم في نهاية العام الجاري", AR_REF, ["نهاية العام الجاري → 2017 year rel"]]
  ],
  "a count of days from an event of the story, and أمس الحاجة": [
    ["ويأتي الهجوم بعد ستة أيام من تفجير استهدف الشرطة", AR_REF, []],
    ["ويعاد الفحص بعد ستة أشهر إلى سنة", AR_REF, []],
    ["ويعاد الفحص بعد شهرين إلى ثلاثة", AR_REF, []],
    // إلى before a place, not a second duration: the count is from the reference
    ["وصل الوفد قبل يومين إلى القاهرة", AR_REF, ["قبل يومين → 2017-11-22 day rel"]],
    ["ويصل الوفد بعد ثلاثة أيام إلى الرياض", AR_REF, ["بعد ثلاثة أيام → 2017-11-27 day rel"]],
    ["ويعود الوفد بعد ثلاثة أيام", AR_REF, ["بعد ثلاثة أيام → 2017-11-27 day rel"]],
    ["نحن في أمسّ الحاجة إلى الوحدة", AR_REF, []],
    ["وصل الوفد أمس إلى الرياض", AR_REF, ["أمس → 2017-11-23 day rel"]]
  ]
}

const run = (tables: Record<string, ReadonlyArray<Row>>, language: "ar" | "en") => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, ref, expected) => {
        expect(show(text, ref, language)).toEqual(expected)
        for (const d of extractDates(text, { reference: ref, language })) expect(text.slice(d.start, d.end)).toBe(d.text)
      })
    })
  }
}

describe("English: the clause's tense and four-digit clock times", () => run(english, "en"))
describe("Arabic: future verbs, four-digit clock times, years after period words", () => run(arabic, "ar"))
