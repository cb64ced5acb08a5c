import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quote speakers after the session-61 brief (docs/history/quotes.md, "Sixty-first session: arquote17"), from the
 * A119 and A118 readings: a participle of addressing after the subject ends it (`وقال الفنان مخاطبا الجمهور`); a name
 * the entity stage left untagged between two commas after a post's phrase speaks (`وقال مدير وحدة … في ليبيريا، X Y،
 * إن`); a body's one definite noun before a construct is the whole subject (`واكدت الجبهة هوية المرأة`); a name set off by a comma after the verb and closed by a dash that opens the title (`قال، X -عضو …:`).
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  peace: "أهم شيء يمكن أن يحققه الإنسان هو السلام مع الذات",
  camp: "ليست معسكرا للإعدام بل مكان يخرج منه المرضى معافين",
  cabinet: "إن التعديل الوزاري الجديد خطوة منفردة تخالف الرغبة الوطنية"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a participle of addressing after the subject ends it (`phraseEnd`, `addressing`)": [
    [`وقال الفنان مخاطبا الجمهور «${W.peace}».`, [`[الفنان | قال] ${W.peace}`]],
    [`وقال الوزير مخاطبا الحضور: «${W.peace}».`, [`[الوزير | قال] ${W.peace}`]],
    [`وأضاف المدرب [[PERSON:سامي الجابر]] موجها حديثه إلى اللاعبين: «${W.peace}».`, [`[سامي الجابر | أضاف] ${W.peace}`]],
    // must stay: right after the verb the participle leaves no subject, and the chain speaks
    [`وصل [[PERSON:عمر فاروق]] إلى المدينة أمس.\nوقال مخاطبا الجمهور: «${W.peace}».`, [`[عمر فاروق | قال] ${W.peace}`]]
  ],
  "an untagged name between commas after a post's phrase (`untaggedAppositive`)": [
    [`وقال مدير وحدة مكافحة الوباء في [[LOCATION:ليبيريا]]، تولبرت نينسواه، إن الوحدة "${W.camp}".`, [`[تولبرت نينسواه | قال] ${W.camp}`]],
    [`وقال رئيس لجنة الإغاثة، جون ماكدونالد، إن المخيم "${W.camp}".`, [`[جون ماكدونالد | قال] ${W.camp}`]],
    // a person the entity stage typed inside the role is no speaker then
    [`وقال مدير وحدة مكافحة [[PERSON:إيبولا]] في [[LOCATION:ليبيريا]]، تولبرت نينسواه، إن الوحدة "${W.camp}".`, [`[تولبرت نينسواه | قال] ${W.camp}`]],
    // must stay: a role with the article after the comma, no complementizer after the second comma, a definite head
    [`وقال رئيس لجنة الإغاثة، المهندس الزراعي، إن المخيم "${W.camp}".`, [`[رئيس لجنة الإغاثة | قال] ${W.camp}`]],
    [`وقال رئيس لجنة الإغاثة، جون ماكدونالد، في مؤتمر صحفي إن المخيم "${W.camp}".`, [`[رئيس لجنة الإغاثة | قال] ${W.camp}`]],
    [`وقال الرئيس [[PERSON:باراك أوباما]]، وهو في زيارة، إن المخيم "${W.camp}".`, [`[باراك أوباما | قال] ${W.camp}`]]
  ],
  "a body's one definite noun before a construct that opens the object (`bodyNounObject`)": [
    [`واكدت الجبهة هوية المرأة على موقعها الإلكتروني وتوعدت «${W.peace}».`, [`[الجبهة | اكدت] ${W.peace}`]],
    [`وقالت الشرطة صباح الأحد إن «${W.peace}».`, [`[الشرطة | قالت] ${W.peace}`]],
    // must stay: an organisation the entity stage tagged over the noun, a nisba adjective with the article
    [`وأكدت [[ORGANIZATION:الجبهة الشعبية]] في بيان أن «${W.peace}».`, [`[الجبهة الشعبية | أكدت] ${W.peace}`]],
    [`وقالت الوزارة الأمريكية في بيان إن «${W.peace}».`, [`[الوزارة الأمريكية | قالت] ${W.peace}`]],
    [`وقالت المنظمة غير الحكومية في تقريرها إن «${W.peace}».`, [`[المنظمة غير الحكومية | قالت] ${W.peace}`]]
  ],
  "a name after `قال،` closed by a dash that opens the title (`commaNamed`)": [
    [`وقال [[PERSON:داود شهاب]] إن الحكومة لم تتشاور مع أحد.\nمن ناحيته قال، [[PERSON:طلال أبو ظريفة]] -عضو المكتب السياسي للجبهة: «${W.cabinet}».`, [`[طلال أبو ظريفة | قال] ${W.cabinet}`]],
    [`وقال [[PERSON:داود شهاب]] إن الحكومة لم تتشاور مع أحد.\nمن ناحيته قال، [[PERSON:طلال أبو ظريفة]] – عضو المكتب السياسي للجبهة، إن «${W.cabinet}».`, [`[طلال أبو ظريفة | قال] ${W.cabinet}`]],
    // must stay: the second comma, as before
    [`وقال [[PERSON:داود شهاب]] إن الحكومة لم تتشاور مع أحد.\nمن ناحيته قال، [[PERSON:طلال أبو ظريفة]]، عضو المكتب السياسي للجبهة: «${W.cabinet}».`, [`[طلال أبو ظريفة | قال] ${W.cabinet}`]]
  ]
}

describeQuoteTables("Arabic quotes: addressing participles, untagged appositions, a dash after a name (session 61, arquote17)", tables)
