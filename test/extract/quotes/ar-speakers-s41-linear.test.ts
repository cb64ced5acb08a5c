import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-first session's speaker rules (docs/history/quotes.md, "Forty-first session (helper, speakers)") read a
 * bounded window at each verb however long the text: at most thirteen tokens back to `أما` across one comma, five
 * words after `مكتب`, twelve after a spokesman's `باسم`, thirteen back to `لكن` before a spokesman, thirty back to `على لسان` or to `أما`
 * before marks. Texts with no full stop and no paragraph break: many topics
 * after `أما` with an apposition and `فقد`, many offices and spokesmen of persons, verbs after `على لسان`, marks after a person after `أما`.
 */
const cases: Record<string, (n: number) => string> = {
  "topics after `أما` with an apposition and `فقد`, no full stop": (n) => "أما سمير داود، عضو الهيئة السياسية للتحالف، فقد صرح بأن الأمر \"غير مقبول على الإطلاق\"، ".repeat(n),
  "offices of a person, no full stop": (n) => "وقال مكتب رئيس الوزراء سامي الحداد إن \"الاجتماع سيبحث خطة الإصلاح\" و".repeat(n),
  "spokesmen for a post, no full stop": (n) => "وقال متحدث باسم نائب الرئيس الأمريكي، سامي الحداد، إن رئيسه \"لم يلتق بأي مسؤول أجنبي\" و".repeat(n),
  "verbs with no subject after `على لسان`, no full stop": (n) => "ما جاء على لسان الدكتور سامي الحداد في صحيفة محلية حيث قال إن \"الفحوص الجديدة أقل دقة\" و".repeat(n),
  "spokesmen after `لكن`, no full stop": (n) => "لكن متحدثا باسم رئيس ملف المدينة قال للصحفيين إن \"المدينة لن تتنازل عن حقها\" و".repeat(n),
  "marks after a person tagged after `أما`, no full stop": (n) => "أما سامي الحداد نائب قائد القوات فذهب أبعد من ذلك معتقدا أن الإدارة \"يجب أن تضغط على الشركات\"، ".repeat(n)
}

linearQuoteCases("forty-first session, Arabic speakers: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
