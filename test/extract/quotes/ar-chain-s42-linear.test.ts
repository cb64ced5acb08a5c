import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-second session's chain rules (docs/history/quotes.md, "Forty-second session (helper, chain)") read a
 * bounded window at each cue however long the text: a lead phrase of three words before the participle's six tokens,
 * eight words after a verb for a post in construct and its holder, the two sentences before a verb with no subject
 * (sixty tokens each at most), the twelve words of a speaker phrase after ب. Texts with and without full stops: many
 * participles after a lead phrase, many objects after ب, many verbs two sentences after their subject, many posts in
 * construct before their holder, many `أيضا` after a verb that opens its sentence.
 */
const cases: Record<string, (n: number) => string> = {
  "participles after a lead phrase and a post in construct, no full stop": (n) => "من جهته، هنأ رئيس حزب التجمع الوطني سامي الحداد، أهالي المدينة، معتبرا أن \"المشروع سيخدم السكان\"، ".repeat(n),
  "objects after ب before a participle, no full stop": (n) => "كما طالب بإعادة فتح المعبر أمام الشاحنات، مؤكدا أن \"الطريق الجديد سيختصر الرحلة\" و".repeat(n),
  "verbs with no subject two sentences after their subject": (n) => "لكن سامي الحداد يقف بين الحكومة والبرلمان. وأمس، كان يرفض أي تنازل. وشدد في بيان على \"الحكومة ملتزمة بخفض العجز\". ".repeat(n),
  "sentences with no subject and no quote, one after another": (n) => "وأمس، كان يرفض أي تنازل. وعلق على الأرقام بحذر. ".repeat(n) + "وشدد على \"الحكومة ملتزمة بخفض العجز\".",
  "posts in construct before their holder, then a verb with no subject": (n) => "من جهته، عبر رئيس مجلس إدارة الشركة سامي الحداد عن ارتياحه. وقال إن \"المشروع سيخدم السكان\". ".repeat(n),
  "`أيضا` alone after a verb that opens its sentence, after `منذ`": (n) => "ومنذ انتقاله للمدينة، أصبح سامي الحداد أقرب إلى الموظفين. وقال أيضا إن \"البداية كانت صعبة\". ".repeat(n)
}

linearQuoteCases("forty-second session, Arabic speakers through the chain: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
