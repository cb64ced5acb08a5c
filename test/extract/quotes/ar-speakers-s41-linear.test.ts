import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-first session's speaker rules (docs/history/quotes.md, "Forty-first session (helper, speakers)") read a
 * bounded window at each verb however long the text: at most thirteen tokens back to `أما` across one comma, five
 * words after `مكتب`, twelve after a spokesman's `باسم`. Texts with no full stop and no paragraph break: many topics
 * after `أما` with an apposition and `فقد`, many offices and spokesmen of persons.
 */
const cases: Record<string, (n: number) => string> = {
  "topics after `أما` with an apposition and `فقد`, no full stop": (n) => "أما سمير داود، عضو الهيئة السياسية للتحالف، فقد صرح بأن الأمر \"غير مقبول على الإطلاق\"، ".repeat(n),
  "offices of a person, no full stop": (n) => "وقال مكتب رئيس الوزراء سامي الحداد إن \"الاجتماع سيبحث خطة الإصلاح\" و".repeat(n),
  "spokesmen for a post, no full stop": (n) => "وقال متحدث باسم نائب الرئيس الأمريكي، سامي الحداد، إن رئيسه \"لم يلتق بأي مسؤول أجنبي\" و".repeat(n)
}

linearQuoteCases("forty-first session, Arabic speakers: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
