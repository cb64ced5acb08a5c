import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The fifty-first session's speakers that were no speakers at all (helper arobject; docs/history/quotes.md, "Fifty-first
 * session: arobject"): a definite sound masculine plural in -ين right after a verb is its object (`objectPlural`,
 * cues.ts), `يعتبر` before an indefinite predicate has no subject (`indefinitePredicate`, cues.ts), a sentence that
 * opens with `عما` opens with no subject (`opensWithSubject`, arabic.ts), and an unnamed commenter of a series (`أحدهم`,
 * `وآخر`) speaks as himself (`someoneSpeaker`, arabic.ts). Sentences written for these tests in the style of the wires;
 * `[[TYPE:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const JEWELLER = 'وقال الخبير [[PERSON:سامي العتيبي|الخبير]] إن «الأسعار ستنخفض قريبا».\n'
const ENVOY = 'وقال المبعوث [[PERSON:خالد منصور|المبعوث]] إن «الحوار مستمر بين الأطراف كلها».\n'
const SINGER = 'وقالت الفنانة [[PERSON:ريم سالم|الفنانة]] إن «العمل نجح كما توقعت».\n'
const COMMENTS = 'تابعت تعليقات القراء على خبر صحيفة [[ORGANIZATION:الوطن]]، الذي يشير إلى أن الوزارة تدرس حلولا عاجلة.\n'

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a definite plural in -ين right after the verb is its object": [
    [
      JEWELLER + "وحذر المستهلكين في الأسواق من الشراء المتسرع بعد زيارة محل واحد، وقال: «على المشتري أن يقارن الأسعار في عشرة محلات على الأقل».",
      ["[سامي العتيبي | قال] الأسعار ستنخفض قريبا", "[سامي العتيبي | قال] على المشتري أن يقارن الأسعار في عشرة محلات على الأقل"]
    ],
    [
      JEWELLER + "ونصح المواطنين بالتريث، وأضاف: «السوق سيستقر خلال أسابيع قليلة».",
      ["[سامي العتيبي | قال] الأسعار ستنخفض قريبا", "[سامي العتيبي | أضاف] السوق سيستقر خلال أسابيع قليلة"]
    ],
    // must not change: a stem shorter than four letters (الأمين العام), a body the entity stage tagged
    [JEWELLER + "وقال الأمين العام للغرفة التجارية إن «الطلب تراجع كثيرا».", ["[سامي العتيبي | قال] الأسعار ستنخفض قريبا", "[الأمين العام للغرفة التجارية | قال] الطلب تراجع كثيرا"]],
    [JEWELLER + "وقالت قناة [[ORGANIZATION:الميادين]] إن «الطلب تراجع كثيرا».", ["[سامي العتيبي | قال] الأسعار ستنخفض قريبا", "[الميادين | قالت] الطلب تراجع كثيرا"]]
  ],
  "يعتبر before an indefinite predicate has no subject": [
    [
      ENVOY + "وأكد المبعوث أن الاتفاق الذي وقع مؤخرا، يعتبر خطوة كبيرة نحو الحل، وقال إن «الجولة المقبلة ستحسم الملفات العالقة».",
      ["[خالد منصور | قال] الحوار مستمر بين الأطراف كلها", "[خالد منصور | قال] الجولة المقبلة ستحسم الملفات العالقة"]
    ],
    [
      ENVOY + "وأضاف أن الحوار يعتبر فرصة حقيقية للأطراف. وقال: «لن نقبل بالتأجيل مرة أخرى».",
      ["[خالد منصور | قال] الحوار مستمر بين الأطراف كلها", "[خالد منصور | قال] لن نقبل بالتأجيل مرة أخرى"]
    ],
    // must not change: a subject that speaks with أن after it, a plural voice
    [ENVOY + "ويعتبر محلل سياسي أن «الاتفاق سيصمد طويلا».", ["[خالد منصور | قال] الحوار مستمر بين الأطراف كلها", "[محلل سياسي | يعتبر] الاتفاق سيصمد طويلا"]],
    [ENVOY + "ويعتبر خبراء أن «الاتفاق سيصمد طويلا».", ["[خالد منصور | قال] الحوار مستمر بين الأطراف كلها", "[خبراء | يعتبر] الاتفاق سيصمد طويلا"]]
  ],
  "a sentence that opens with عما opens with no subject": [
    [
      SINGER + "وعما لفتها في شخصية ([[PERSON:نور]])، قالت: «هي امرأة قوية ومتعلقة بجذورها».",
      ["[ريم سالم | قالت] العمل نجح كما توقعت", "[ريم سالم | قالت] هي امرأة قوية ومتعلقة بجذورها"]
    ],
    // must not change: a name that opens the sentence is its subject
    [
      SINGER + "وأكدت [[PERSON:نور]] التي شاركتها البطولة، في حديث للصحيفة: «التجربة كانت رائعة».",
      ["[ريم سالم | قالت] العمل نجح كما توقعت", "[نور | أكدت] التجربة كانت رائعة"]
    ]
  ],
  "an unnamed commenter of a series speaks as himself": [
    [
      COMMENTS + 'هذا أحدهم يعلق على الخبر قائلا: "الوعود تتكرر كل مرة ولم نر شيئا" وآخر يقول: "ننتظر منذ سنوات طويلة".',
      ["[أحدهم | قائلا] الوعود تتكرر كل مرة ولم نر شيئا", "[آخر | يقول] ننتظر منذ سنوات طويلة"]
    ],
    ["واتفق معه مغردون كثر، أحدهم قال: «هذا ما كنا نقوله منذ البداية».", ["[أحدهم | قال] هذا ما كنا نقوله منذ البداية"]],
    // must not change: آخر as an adjective after a noun; أخرى, another thing
    [
      'وقال مصدر عسكري إن «القوات تقدمت نحو المدينة فجرا».\nمصدر عسكري آخر يقول إن «المعارك مستمرة في الأطراف».',
      ["[مصدر عسكري | قال] القوات تقدمت نحو المدينة فجرا", "[مصدر عسكري آخر | يقول] المعارك مستمرة في الأطراف"]
    ],
    [
      'وقال الناقد [[PERSON:فادي سليم|الناقد]] إن «الفيلم يطرح نظرية واحدة».\nوهناك نظرية تقول إن القاتل عمل وحده، وأخرى قالت إن «له شركاء كثيرون يختفون وراءه».',
      ["[فادي سليم | قال] الفيلم يطرح نظرية واحدة", "[فادي سليم | قالت] له شركاء كثيرون يختفون وراءه"]
    ]
  ]
}

describeQuoteTables("Speakers that were no speakers (fifty-first session, helper arobject)", tables)
