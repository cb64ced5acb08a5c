import { describeDateTables, linearDateCases, type DateRow } from "../tables/timing.js"

/**
 * Date errors of session 24's fresh reading (docs/history/dates.md, "Session 24"), each as a table of sentences written for
 * these tests in the style of the wires. Rows: [text, reference, language, expected mentions as `text → value
 * granularity [rel]`]. Each table fails without its rule.
 */
const AR = "2015-08-10" // a Monday
const EN = "2005-02-10" // a Thursday

const tables: Record<string, ReadonlyArray<DateRow>> = {
  "a year alone in brackets after a title": [
    ["The novelist's thriller Runway (1971) was followed by Harbour Lights (1975).", EN, "en", ["1971 → 1971 year", "1975 → 1975 year"]],
    ["She won the prize for 'Quiet Streets' (2002), her second film.", EN, "en", ["2002 → 2002 year"]],
    ["Critics still rank The Long Road (1958) above his later work.", EN, "en", ["1958 → 1958 year"]],
    // a count in brackets, and a year after a lower-case word, stay as they were
    ["The agency handed out (2000) blankets to families.", EN, "en", []],
    ["The relief convoy (2003) trucks reached the border.", EN, "en", []]
  ],
  "a bare number beside a day is no clock time": [
    ["The firm's shares closed Friday 1.35% higher.", EN, "en", ["Friday → 2005-02-04 weekday rel"]],
    ["Earlier on Tuesday 15 activists blocked the gates.", EN, "en", ["Tuesday → 2005-02-08 weekday rel"]],
    ["Flights fell to 90 on Saturday and 12 on Sunday, officials said.", EN, "en", ["Saturday → 2005-02-05 weekday rel", "Sunday → 2005-02-06 weekday rel"]],
    ["The under-21 side, who won 28-14 six days ago, were unchanged.", EN, "en", ["six days ago → 2005-02-04 day rel"]],
    // a clock time stays one: after `at`, with `am`/`pm`, `noon`, or a day and month
    ["The talks resume on Friday at 10.", EN, "en", ["Friday at 10 → 2005-02-11T10:00 time rel"]],
    ["The minister arrived at 9.15am on Monday.", EN, "en", ["9.15am on Monday → 2005-02-07T09:15 time rel"]],
    ["The summit opens on 4 March 2005 at noon.", EN, "en", ["4 March 2005 at noon → 2005-03-04T12:00 time"]]
  ],
  "the last minute, the last 200m, the last hours are no time of the reference": [
    ["Shoppers rushed to make last minute purchases on Friday.", EN, "en", ["Friday → 2005-02-04 weekday rel"]],
    ["The striker equalised in the last minute of Saturday's game.", EN, "en", ["Saturday → 2005-02-05 weekday rel"]],
    ["She pulled clear over the last 200m to win the race.", EN, "en", []],
    ["The play, which opened in London on Monday, covers the last hours of the king's reign.", EN, "en", ["Monday → 2005-02-07 weekday rel"]]
  ],
  "a weekday with its day and month after next or last": [
    ["Polls close next Thursday, 4 November.", "2004-10-28", "en", ["next Thursday, 4 November → 2004-11-04 day rel"]],
    ["The count ended last Monday, 25 October.", "2004-10-28", "en", ["last Monday, 25 October → 2004-10-25 day rel"]]
  ],
  "a quarter of a year with no year after it": [
    ["The economy grew 0.7% in the third quarter, the statistics office said.", EN, "en", ["the third quarter → 2004-07/2004-09 range rel"]],
    ["The group reported fourth quarter profits of $2bn.", EN, "en", ["fourth quarter → 2004-10/2004-12 range rel"]],
    ["Analysts expect demand to rise in the first quarter.", EN, "en", ["the first quarter → 2005-01/2005-03 range rel"]],
    ["The bank gave no forecast for second quarter 2005.", EN, "en", ["second quarter 2005 → 2005-04/2005-06 range"]],
    // a quarter with its year is read as before; a firm's fiscal quarter and a quarter-final are not; the latest
    // quarter is the reference's calendar quarter before its own (session 32: it was no date before)
    ["Sales rose in the third quarter of 2004.", EN, "en", ["the third quarter of 2004 → 2004-07/2004-09 range"]],
    ["Growth slowed sharply in the last quarter.", EN, "en", ["the last quarter → 2004-10/2004-12 range rel"]],
    ["Sales in its fiscal second quarter fell 3%.", EN, "en", []],
    ["The club reached the second quarter-final of the cup.", EN, "en", []]
  ],
  "a base verb after which or who is the clause's present": [
    // (against the reference, 7 February is behind: the present of a scheduled event puts it a year on)
    ["The licensing rules, which take effect on 7 February, cover every pub.", EN, "en", ["7 February → 2006-02-07 day rel"]],
    ["Finance ministers, who meet on Monday in Brussels, disagree on the plan.", EN, "en", ["Monday → 2005-02-14 weekday rel"]],
    // a past verb still decides
    ["The rules, which came into force on 7 January, were criticised.", EN, "en", ["7 January → 2005-01-07 day rel"]]
  ],
  "a modal of the present before a plain verb looks ahead": [
    ["The midfielder should return for Saturday's cup tie.", EN, "en", ["Saturday → 2005-02-12 weekday rel"]],
    ["Both firms must file their accounts by Monday.", EN, "en", ["Monday → 2005-02-14 weekday rel"]],
    ["The board can still approve the bid on Tuesday.", EN, "en", ["Tuesday → 2005-02-15 weekday rel"]],
    // a modal perfect, a negation, the past's modals and the month May leave the side to the rest of the clause
    ["The two leaders may have met on Monday.", EN, "en", ["Monday → 2005-02-07 weekday rel"]],
    ["Officials could not confirm what happened on Tuesday.", EN, "en", ["Tuesday → 2005-02-08 weekday rel"]]
  ],
  "a decade in words after the": [
    ["Inflation has not been this high since the seventies.", EN, "en", ["seventies → 1970/1979 range"]],
    ["By the early eighties the plant employed 4,000 people.", EN, "en", ["early eighties → 1980/1989 range"]],
    ["The band's sound recalls the mid-sixties.", EN, "en", ["mid-sixties → 1960/1969 range"]],
    // an age, and a group by age, are no decade
    ["Both founders are now in their seventies.", EN, "en", []],
    ["The scheme offers free travel to the over sixties.", EN, "en", []]
  ],
  "a weekday after حتى looks ahead": [
    ["توقعات بأمطار رعدية تستمر حتى الأربعاء على المرتفعات", AR, "ar", ["الأربعاء → 2015-08-12 weekday rel"]],
    ["ويتواصل المعرض لغاية يوم الخميس", AR, "ar", ["يوم الخميس → 2015-08-13 weekday rel"]],
    ["وتبقى الطرق مغلقة وحتى السبت", AR, "ar", ["السبت → 2015-08-15 weekday rel"]],
    // without حتى, a weekday in a plain sentence is the last one
    ["وصل الوفد الأربعاء إلى الرياض", AR, "ar", ["الأربعاء → 2015-08-05 weekday rel"]],
    // a direction word still decides
    ["واستمرت المعارك حتى الأربعاء الماضي", AR, "ar", ["الأربعاء الماضي → 2015-08-05 weekday rel"]]
  ]
}

describeDateTables("dates: errors of session 24's reading", tables)

linearDateCases("dates: session 24's scans stay linear", {
  "years in brackets after titles (Runway (1971), 'Streets' (2002) …)": (n) => "Runway (1971), 'Streets' (2002) and (2000) blankets ".repeat(n),
  "quarters with and without years (the third quarter fourth quarter 2004 …)": (n) => "the third quarter fourth quarter 2004 fiscal first quarter quarter-final ".repeat(n),
  "bare numbers beside days (Friday 1.35 on Monday 12 on …)": (n) => "closed Friday 1.35% and 12 on Monday, last minute ".repeat(n),
  "decade words (the early seventies the over sixties …)": (n) => "the early seventies the over sixties their eighties the-nineties ".repeat(n)
})
