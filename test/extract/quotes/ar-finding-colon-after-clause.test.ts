import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A colon after a long relative clause (docs/history/quotes.md, "Thirty-first session (helper, Arabic finding)"): a
 * verb, its subject phrase that the entity stage left untagged, a comma and a relative clause that describes it, then
 * a colon and the marks (`قالت بسمة الساعور، التي … عن الموصل :"إنهم أحفاد الشيطان"`). The speaker is the phrase, as
 * for a tagged subject. Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become
 * entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "an untagged subject, a comma and a relative clause before the colon": [
    [
      'قالت ليلى الساعدي، التي فقدت منزلها في القصف الذي طال الحي القديم في المدينة التي لا تبعد عن الحدود :"إنهم لا يرحمون أحدا".',
      ["[ليلى الساعدي | قالت] إنهم لا يرحمون أحدا"]
    ],
    [
      'وقال المزارع العجوز، الذي يعمل في الحقل منذ أربعين عاما في القرية الواقعة على ضفة النهر الكبير الذي جف في الصيف الماضي: «لم نر جفافا كهذا من قبل».',
      ["[المزارع العجوز | قال] لم نر جفافا كهذا من قبل"]
    ],
    // a tagged subject, read so before
    [
      'قالت [[PERSON:ليلى الساعدي]]، التي فقدت منزلها في القصف الذي طال الحي القديم في المدينة التي لا تبعد عن الحدود :"إنهم لا يرحمون أحدا".',
      ["[ليلى الساعدي | قالت] إنهم لا يرحمون أحدا"]
    ],
    // must not fire: no relative pronoun right after the comma, a person named in the clause, a complementizer in it
    ['قالت ليلى الساعدي، وهي التي فقدت منزلها في القصف الذي طال الحي القديم في المدينة التي لا تبعد عن الحدود :"إنهم لا يرحمون أحدا".', []],
    ['قالت ليلى الساعدي، التي فقدت منزلها في القصف الذي أمر به [[PERSON:سامي الحداد]] في المدينة التي لا تبعد عن الحدود :"إنهم لا يرحمون أحدا".', []],
    ['قالت ليلى الساعدي، التي تعلم أن القصف طال الحي القديم في المدينة التي لا تبعد عن الحدود كثيرا :"إنهم لا يرحمون أحدا".', []]
  ]
}

describeQuoteTables("Arabic finding: a colon after a relative clause", tables)
