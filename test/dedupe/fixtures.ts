/**
 * Articles written for the deduplication tests (invented events, our own
 * sentences): an agency story as three outlets ran it, an updated version, a
 * different story on the same topic, in English and in Arabic.
 */
import type { DedupeInput } from "../../src/dedupe/index.js"

export const record = (id: string, title: string | null, paragraphs: ReadonlyArray<string>): DedupeInput => ({
  id,
  title,
  paragraphs: paragraphs.map((text) => ({ text }))
})

/** The wire copy: a port's traffic falls after ships avoid the Red Sea. */
export const EN_WIRE = [
  "The port authority in Rotterdam said on Tuesday that container traffic fell by eight percent in the first quarter, the steepest drop since the start of the pandemic, as shipping lines rerouted vessels away from the Red Sea.",
  "Officials blamed the decline on longer voyages around southern Africa, which have pushed up fuel costs and delayed deliveries to European warehouses by as much as two weeks.",
  "\u201cWe expect volumes to recover slowly in the second half of the year, but the uncertainty remains very high,\u201d the authority's chief executive told reporters at a news conference in the city.",
  "Rival ports in Antwerp and Hamburg reported similar falls last month, and several freight companies have warned that higher transport prices could feed into consumer inflation across the euro zone.",
  "The authority said it would postpone part of a planned expansion of its eastern terminal until demand picks up again."
]

/** Outlet B: another title, a figure in digits, a word changed, the last paragraph cut. */
export const EN_OUTLET_B = [
  "The port authority in Rotterdam said on Tuesday that container traffic fell by 8 percent in the first quarter, the steepest drop since the start of the pandemic, as shipping lines rerouted vessels away from the Red Sea.",
  "Officials blamed the fall on longer voyages around southern Africa, which have pushed up fuel costs and delayed deliveries to European warehouses by as much as two weeks.",
  "\u201cWe expect volumes to recover slowly in the second half of the year, but the uncertainty remains very high,\u201d the authority's chief executive told reporters at a news conference in the city.",
  "Rival ports in Antwerp and Hamburg reported similar falls last month, and several freight companies have warned that higher transport prices could feed into consumer inflation across the euro zone."
]

/** Outlet C: another title, a clause trimmed, paragraphs joined differently, one word changed. */
export const EN_OUTLET_C = [
  "The port authority in Rotterdam said on Tuesday that container traffic fell by eight percent in the first quarter, the steepest drop since the start of the pandemic, as shipping lines rerouted vessels away from the Red Sea. Officials blamed the decline on longer voyages around southern Africa, which have pushed up fuel costs and delayed deliveries to European warehouses by as much as two weeks.",
  "\u201cWe expect volumes to recover slowly in the second half of the year, but the uncertainty remains very high,\u201d the authority's chief executive told reporters.",
  "Competing ports in Antwerp and Hamburg reported similar falls last month, and several freight companies have warned that higher transport prices could feed into consumer inflation across the euro zone.",
  "The authority said it would postpone part of a planned expansion of its eastern terminal until demand picks up again."
]

/** The same story later in the day: one paragraph added. */
export const EN_UPDATED = [
  ...EN_WIRE,
  "Later on Tuesday, the Dutch transport minister said the government would meet shipping companies next week to discuss support for the sector."
]

/** A different story on the same topic: same port and places, other facts. */
export const EN_OTHER = [
  "Dock workers in Rotterdam began a forty-eight hour strike on Thursday over pay, halting the loading of container ships at the port's two largest terminals.",
  "The union said talks with terminal operators had broken down after employers offered a rise below the rate of inflation, and that further stoppages were planned for next month.",
  "A spokesman for the port authority said ships were waiting at anchor outside the harbour and that the backlog could take several days to clear.",
  "Shipping lines already facing long detours around southern Africa warned that the stoppage would add to delays for European importers."
]

/** A follow-up a week later: new facts, one background paragraph of the wire copy reused word for word. */
export const EN_FOLLOWUP = [
  "Container traffic at Rotterdam recovered slightly in April, the port authority said on Monday, although volumes remained well below last year's level.",
  EN_WIRE[1]!,
  "The authority's finance director said the port had cut its spending forecast for the year and would review its investment plans again in the autumn.",
  "Analysts at two Dutch banks said a full recovery was unlikely before shipping lines could return safely to the Suez Canal route."
]

/** The wire copy: a desalination plant starts work. */
export const AR_WIRE = [
  "أعلنت المؤسسة العامة لتحلية المياه المالحة اليوم الثلاثاء بدء التشغيل التجريبي لمحطة جديدة في مدينة ينبع بطاقة إنتاجية تبلغ ثلاثمئة ألف متر مكعب يوميا، لتغطية الطلب المتزايد على المياه في منطقة المدينة المنورة.",
  "وقال المتحدث الرسمي باسم المؤسسة في تصريح صحفي إن المحطة تعمل بتقنية التناضح العكسي، وإنها تستهلك من الطاقة أقل بنحو الثلث مما تستهلكه المحطات الحرارية القديمة.",
  "وأضاف أن المشروع نفذ خلال ثلاثين شهرا بتكلفة إجمالية بلغت أربعة مليارات ريال، وأن التشغيل الكامل سيبدأ مطلع العام المقبل بعد اكتمال خطوط النقل إلى المدينة المنورة.",
  "وأشار إلى أن المؤسسة تعمل على إنشاء ثلاث محطات أخرى على ساحل البحر الأحمر خلال السنوات الخمس المقبلة، ضمن خطة لرفع الطاقة الإنتاجية الإجمالية بنسبة أربعين في المئة.",
  "ومن المتوقع أن يستفيد من المحطة الجديدة أكثر من مليون ونصف مليون نسمة في المدينة المنورة وينبع والقرى المجاورة."
]

/** Outlet B: "today Tuesday" became "yesterday", a source added to the quote, the last paragraph cut. */
export const AR_OUTLET_B = [
  "أعلنت المؤسسة العامة لتحلية المياه المالحة أمس بدء التشغيل التجريبي لمحطة جديدة في مدينة ينبع بطاقة إنتاجية تبلغ ثلاثمئة ألف متر مكعب يوميا، لتغطية الطلب المتزايد على المياه في منطقة المدينة المنورة.",
  "وقال المتحدث الرسمي باسم المؤسسة في تصريح لـ«الوطن» إن المحطة تعمل بتقنية التناضح العكسي، وإنها تستهلك من الطاقة أقل بنحو الثلث مما تستهلكه المحطات الحرارية القديمة.",
  "وأضاف أن المشروع نفذ خلال ثلاثين شهرا بتكلفة إجمالية بلغت أربعة مليارات ريال، وأن التشغيل الكامل سيبدأ مطلع العام المقبل بعد اكتمال خطوط النقل إلى المدينة المنورة.",
  "وأشار إلى أن المؤسسة تعمل على إنشاء ثلاث محطات أخرى على ساحل البحر الأحمر خلال السنوات الخمس المقبلة، ضمن خطة لرفع الطاقة الإنتاجية الإجمالية بنسبة أربعين في المئة."
]

/** Outlet C: the figure in Arabic-Indic digits, vowel marks on a few words, a clause cut. */
export const AR_OUTLET_C = [
  "أعلنت المؤسسة العامة لتحلية المياه المالحة اليوم الثلاثاء بدء التشغيل التجريبي لمحطة جديدة في مدينة ينبُع بطاقة إنتاجية تبلغ ٣٠٠ ألف متر مكعب يوميا، لتغطية الطلب المتزايد على المياه في منطقة المدينة المنورة.",
  "وقال المتحدث الرسمي باسم المؤسسة في تصريح صحفي إن المحطة تعمل بتقنية التناضُح العكسي، وإنها تستهلك من الطاقة أقل بنحو الثلث مما تستهلكه المحطات الحرارية القديمة.",
  "وأضاف أن المشروع نفذ خلال ثلاثين شهرا بتكلفة إجمالية بلغت أربعة مليارات ريال، وأن التشغيل الكامل سيبدأ مطلع العام المقبل.",
  "وأشار إلى أن المؤسسة تعمل على إنشاء ثلاث محطات أخرى على ساحل البحر الأحمر خلال السنوات الخمس المقبلة، ضمن خطة لرفع الطاقة الإنتاجية الإجمالية بنسبة أربعين في المئة.",
  "ومن المتوقع أن يستفيد من المحطة الجديدة أكثر من مليون ونصف مليون نسمة في المدينة المنورة وينبع والقرى المجاورة."
]

/** The same story updated: one paragraph added. */
export const AR_UPDATED = [
  ...AR_WIRE,
  "وفي وقت لاحق من اليوم، تفقد أمير منطقة المدينة المنورة المحطة واطلع على مراحل التشغيل، ووجه بتسريع ربطها بشبكة المياه في المحافظات الشمالية."
]

/** A different story on the same topic: a plant breaks down in another city. */
export const AR_OTHER = [
  "توقفت محطة تحلية المياه في جدة عن العمل لمدة ست ساعات صباح اليوم الأربعاء بسبب عطل مفاجئ في أحد خطوط الكهرباء الرئيسية، مما أدى إلى انقطاع المياه عن عدد من الأحياء الجنوبية.",
  "وأوضح مدير المحطة أن فرق الصيانة تمكنت من إصلاح العطل قبل الظهر، وأن ضخ المياه عاد تدريجيا إلى جميع الأحياء المتضررة بحلول المساء.",
  "ودعت شركة المياه الوطنية السكان إلى ترشيد الاستهلاك خلال الأيام المقبلة حتى تستقر الشبكة، مؤكدة أن الخزانات الاحتياطية في المؤسسة العامة لتحلية المياه المالحة تكفي لتغطية الطلب."
]

/**
 * The Arabic wire copy as a careless copy would hold it: vowel marks,
 * tatweel, no-break and doubled spaces, hamza and teh marbuta variants,
 * Arabic-Indic digits, paragraphs joined. Same words after normalization.
 */
export const AR_WIRE_NOISY = [
  `${AR_WIRE[0]!.replace("أعلنت", "أَعْلَنَت").replace("المؤسسة", "المـــؤسسة").replace("جديدة", "جديده").replace(" في ", "\u00a0في\u00a0")}  ${AR_WIRE[1]!.replace("إن", "ان")}`,
  ...AR_WIRE.slice(2).map((p) => p.replace(/ /g, "  ").replace("المدينة", "المدينــة"))
]

/** The English wire copy with curly quotes straightened, NBSPs, capitals and accents, paragraphs split differently. */
export const EN_WIRE_NOISY = [
  EN_WIRE[0]!.replace("Rotterdam", "ROTTERDAM").replace(" percent", "\u00a0percent"),
  `${EN_WIRE[1]!}\n\n${EN_WIRE[2]!.replace(/[\u201c\u201d]/g, '"').replace("authority's", "authority\u2019s")}`,
  EN_WIRE[3]!.replace("euro zone", "euro  zone").replace("consumer", "consum\u00e9r"),
  EN_WIRE[4]!
]
