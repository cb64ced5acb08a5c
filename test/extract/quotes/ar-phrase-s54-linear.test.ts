import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fourth session's rules of the speaker's phrase (helper arphrase; docs/history/quotes.md, "Fifty-fourth
 * session: arphrase") read at most twelve tokens after a post's phrase that stopped at `في`/`على`/`إلى`
 * (`nameClosingChain`), the phrase's own words before an outlet glued to ل (`channelOwnerAt`) and one word before a
 * possessive noun (`objectAfterSubject`), however long the text: chains of places with no name and no full stop, channels
 * and outlets one after another, objects after definite subjects.
 */
const cases: Record<string, (n: number) => string> = {
  "chains of bodies and places with no name, no full stop": (n) => "وقال عضو المكتب " + "في مجلس الثورة بريف دمشق على لجان المدينة ".repeat(n) + "سامر الحلبي إن «القصف مستمر»",
  "posts and chains closed by names, one after another": (n) => "وقال عضو المكتب التنفيذي في مجلس الثورة بريف دمشق سامر الحلبي إن «القصف مستمر» و".repeat(n),
  "channels and outlets glued to ل": (n) => "وقال الموقع الإلكتروني الرسمي " + "لإذاعة لصحيفة لقناة ".repeat(n) + "إن «الحادث وقع»",
  "objects after definite subjects": (n) => "وتابعت الصحيفة الإسبانية حديثها خصوصا قائلة إن «اللاعب سيغادر» و".repeat(n)
}

linearQuoteCases("fifty-fourth session, arphrase: the bounds of the speaker's phrase stay linear", cases, taggedBy([["سامر الحلبي", "PERSON"]]), 200)
