import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-seventh session's carry rules (docs/history/quotes.md, "Fifty-seventh session: arcarry5") read a bounded
 * window at each cue or mark however long the text: 120 tokens back to an unnamed source's sentence start, 32 after a
 * verb with an aside, nine before a colon for `تسمع من`, six after a closing mark for `بهذه الكلمات`, ten after `كان`
 * for a name in marks, eight from a byline's start. Texts with and without full stops.
 */
const cases: Record<string, (n: number) => string> = {
  "unnamed sources before participles, no full stop": (n) => "مصادر أمنية محلية تتحدث عن أن الاجتماع كان مخصصا للتسوية وذلك «لأن الخلاف بين الرجلين أربك المقاتلين في الجنوب»، مشيرا إلى أن ".repeat(n) + "القائد غاب.",
  "asides after speech verbs": (n) => "يقول أحد الضباط في المدينة، وهو ينظر إلى حطام الشوارع، وهو يتفقد المحال، إنه إذا استمر الوضع فسيصعب البقاء. ".repeat(n),
  "verbs of hearing, no colon": (n) => "كما تسمع من عدة قادة من ".repeat(n) + "«الاتفاق وحده لن يكفي لإعادة الهدوء إلى البلدات الحدودية».",
  "words named after marks": (n) => "«الطبل يلعب دورا كبيرا في إحياء الحفلات الشعبية في القرى»، بهذه الكلمات وصف الشاب سامي الحداد دور الطبل. ".repeat(n),
  "names in marks after كان": (n) => "وكانت «رابطة أطباء المناطق المحاصرة» قد بينت، أن النداءات جاءت بعد تسجيل «ارتفاع في حالات التسمم بسبب المياه الملوثة». ".repeat(n),
  "bylines before plural verbs": (n) => "سامي الحداد- جدة- الوطن: اشتكى موظفو الإدارة من تأخر الرواتب. وقالوا: \"لا نعرف سبب التأخير في صرف المستحقات\". ".repeat(n)
}

linearQuoteCases("fifty-seventh session, Arabic speakers of the paragraph's own subject: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
