import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Speakers the chain gave wrong or none (docs/history/quotes.md, "Forty-ninth session: archain"): `وقالت الصحيفة`
 * after `صحيفة X` is that newspaper (namedBefore reads an outlet's noun as it reads a body's); a sentence that opens
 * with `ثم` and a verb opens with its subject (opensWithSubject); a later verb with و and no subject goes on with the
 * untagged phrase after an opening speech verb when the chain would give nobody (untaggedSpeechSubject).
 * Sentences written for these tests in the style of a wire; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a newspaper's noun after the newspaper named with it": [
    ['أعلنت [[ORGANIZATION:هيئة الأرصاد]] عن موجة حر. ونقلت صحيفة [[ORGANIZATION:الغارديان]] البريطانية تفاصيل التقرير. وقالت الصحيفة: إن درجات الحرارة ستتجاوز المعدل.', ["[الغارديان | قالت] إن درجات الحرارة ستتجاوز المعدل"]]
  ],
  "a sentence that opens with ثم and a verb, its subject speaking after عندما": [
    ['وذكرت صحيفة [[ORGANIZATION:ذا صن]] أن اللاعب في طريقه إلى النادي. ثم عزز مدرب الفريق [[PERSON:سامي الحداد|مدرب الفريق]] فرضية انتقاله عندما قال بعد المباراة الودية، "الأمر مرجح جدا لكن لم نوقع شيئا بعد". وواصل "سننتظر ونرى".', ["[سامي الحداد | قال] الأمر مرجح جدا لكن لم نوقع شيئا بعد", "[سامي الحداد | null] سننتظر ونرى"]],
    ['ذكرت صحيفة [[ORGANIZATION:ذا صن]] أن اللاعب في طريقه إلى النادي. ثم عزز مدرب الفريق [[PERSON:سامي الحداد|مدرب الفريق]] فرضية انتقاله عندما قال من مدينة [[LOCATION:شارلوت]] وبعد تعادل فريقه مع [[ORGANIZATION:تشلسي]] بهدف لمثله في المباراة الودية الأولى نفسها، "الأمر مرجح جدا لكن لم نوقع شيئا بعد".', ["[سامي الحداد | null] الأمر مرجح جدا لكن لم نوقع شيئا بعد"]]
  ],
  "an untagged subject of an opening speech verb, nobody named before": [
    ['[[LOCATION:الأحساء]] - خاص\n\n شددت المديرية العامة للشؤون الصحية في [[LOCATION:الأحساء]] على التعامل مع قضايا الفساد بقوة، وقالت: "لن نتهاون مع أي مخالف".', ["[المديرية العامة للشؤون الصحية | قالت] لن نتهاون مع أي مخالف"]]
  ],
  "must not change: a newspaper quoted after another spoke, a person named before, ثم before no verb": [
    ['ونقلت صحيفة [[ORGANIZATION:الغارديان]] التقرير. وقال [[PERSON:سامي الحداد]] إن «الوضع في المنطقة صعب جدا». وقالت الصحيفة: إن الأزمة مستمرة.', ["[سامي الحداد | قال] الوضع في المنطقة صعب جدا", "[الصحيفة | قالت] إن الأزمة مستمرة"]],
    ['التقى [[PERSON:سامي الحداد]] بالوفد.\n\n شددت المديرية العامة للشؤون الصحية في [[LOCATION:الأحساء]] على التعامل مع قضايا الفساد بقوة، وقالت: "لن نتهاون مع أي مخالف".', ["[سامي الحداد | قالت] لن نتهاون مع أي مخالف"]],
    ['ذكرت صحيفة [[ORGANIZATION:ذا صن]] أن اللاعب في طريقه إلى النادي. ثم إن مدرب الفريق [[PERSON:سامي الحداد|مدرب الفريق]] عزز فرضية انتقاله عندما قال من مدينة [[LOCATION:شارلوت]] وبعد تعادل فريقه مع [[ORGANIZATION:تشلسي]] بهدف لمثله في المباراة الودية الأولى نفسها، "الأمر مرجح جدا لكن لم نوقع شيئا بعد".', ["[ذا صن | null] الأمر مرجح جدا لكن لم نوقع شيئا بعد"]]
  ]
}

describeQuoteTables("Arabic: speakers the chain gave wrong or none (forty-ninth session, archain)", tables)
