import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A feminine verb or participle given to a man, after the A82 and A83 readings (docs/history/quotes.md, "Forty-fourth
 * session (helper, subjects)"): the man is the object of the clause (`وكانت X قد هاجمت Y قائلة`), the one named in the
 * object of the sentence (`بسبب ثنائها على الممثل Y … حيث غردت … قائلة`), or the speaker before a body or a crowd
 * (`لكن الجماهير … وهتفت`, `وأعلنت حركة X … . وقالت إنها`). Sentences written for these tests in the style of the
 * wires; `[[TYPE:text|role]]` marks become entities.
 */

/** The quoted words of the rows. */
const W = {
  sorry: "لم أكن أتوقع كل هذا الغضب من كلمة قلتها على عجل",
  joke: "هذا البرنامج مضحك حقا ولا يشبه أي برنامج آخر",
  win: "الفريق قدم مباراة كبيرة ويستحق الفوز عن جدارة",
  chant: "أبطال أبطال حتى النهاية",
  target: "ستواصل استهداف كل من يتعاون مع الحكومة",
  calm: "الوضع هادئ في المدينة ولا خوف على السكان الآن"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a feminine cue and a man: the feminine subject of the clause or the sentence before (`feminineSubject`)": [
    [`اعتذرت المغنية اللبنانية هالة منصور لجمهورها بسبب مديحها للمذيع [[PERSON:كريم الحداد|المذيع]] وبرنامجه، حيث كتبت على صفحتها قائلة: "${W.sorry}".`, [`[المغنية اللبنانية هالة منصور | قائلة] ${W.sorry}`]],
    [`وقال [[PERSON:كريم الحداد|المذيع]] إن "${W.calm}".\nوكانت هالة قد امتدحت [[PERSON:كريم الحداد]] قائلة "${W.joke}".`, [`[كريم الحداد | قال] ${W.calm}`, `[هالة | قائلة] ${W.joke}`]],
    [`وقال المدرب [[PERSON:سامي العلي|المدرب]] إن "${W.win}".\nلكن الجماهير هي الأخرى عبرت عن غضبها على طريقتها، وهتفت: "${W.chant}".`, [`[سامي العلي | قال] ${W.win}`, `[الجماهير | هتفت] ${W.chant}`]],
    [`وندد المبعوث الأممي [[PERSON:سامي العلي|المبعوث]] بالهجوم قائلا إن "${W.calm}".\nوأعلنت حركة [[ORGANIZATION:الأحرار]] في بيان مسؤوليتها عن الهجوم. وقالت إنها "${W.target}".`, [`[سامي العلي | قائلا] ${W.calm}`, `[الأحرار | قالت] ${W.target}`]],
    [`وقال الرئيس [[PERSON:جون ميلر|الرئيس]] إن "${W.calm}".\nوكانت المتحدثة باسم [[PERSON:جون ميلر]] [[PERSON:سارة وليامز]] قد قالت: "${W.joke}".`, [`[جون ميلر | قال] ${W.calm}`, `[سارة وليامز | قالت] ${W.joke}`]],
    // must stay: a woman with a masculine title named after her verb, a woman the chain put on with a feminine verb
    // before, a man with no gender told, a present verb after its noun, no feminine subject to read
    [`وقال الرئيس [[PERSON:جون ميلر|الرئيس]] إن "${W.calm}".\nوقالت [[PERSON:سارة وليامز|مدير التحرير]] مدير التحرير إن الاختيار "${W.joke}".`, [`[جون ميلر | قال] ${W.calm}`, `[سارة وليامز | قالت] ${W.joke}`]],
    [`وأكدت المدير العام للصندوق [[PERSON:سارة وليامز|المدير العام للصندوق]] أن "${W.calm}".\nوأضافت أمس: "${W.joke}".`, [`[سارة وليامز | أكدت] ${W.calm}`, `[سارة وليامز | أضافت] ${W.joke}`]],
    [`وبحسب [[PERSON:جون ميلر]] فإن "${W.calm}".\nوانتشرت الأخبار في المدينة، وقالت: "${W.joke}".`, [`[جون ميلر | null] ${W.calm}`, `[جون ميلر | قالت] ${W.joke}`]],
    [`وقال الرئيس [[PERSON:جون ميلر|الرئيس]] إن "${W.calm}".\nوانتشرت في الشوارع لافتات تقول: "${W.chant}".`, [`[جون ميلر | قال] ${W.calm}`, `[جون ميلر | تقول] ${W.chant}`]],
    [`وقال الرئيس [[PERSON:جون ميلر|الرئيس]] إن "${W.calm}".\nوأضافت: "${W.joke}".`, [`[جون ميلر | قال] ${W.calm}`, `[جون ميلر | أضافت] ${W.joke}`]]
  ]
}

describeQuoteTables("forty-fourth session, a feminine cue never given to a man (helper subjects)", tables)
