import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * More one- to three-word quotes (docs/history/quotes.md, "Thirty-third session (helper, Arabic finding, landed)"): what a
 * subject called something after a verb of describing with its object pronoun in a relative clause with no relative word
 * (`اتصال وصفته مصادر رسمية بأنه «مهم جدا»`), and what someone has after `لديه` in a reported clause (`إن لديه "ثقة
 * كبيرة"`). Sentences written for these tests; each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of describing with its pronoun right after the noun it describes": [
    ['وجرى بين الرئيسين اتصال وصفته [[ORGANIZATION:الرئاسة التركية]] بأنه «مهم جدا» أمس.', ["[الرئاسة التركية | وصفته] مهم جدا"]],
    ['وأحرق المستوطنون المنزل في عمل وصفه [[PERSON:سامي الحداد]] بأنه "إرهابي" بكل المقاييس.', ["[سامي الحداد | وصفه] إرهابي"]],
    ['وشهد الحفل إقبالا وصفه رئيس اللجنة المنظمة [[PERSON:سامي الحداد]] بأنه «حراك كبير» في المدينة.', ["[سامي الحداد | وصفه] حراك كبير"]],
    // must not fire: no subject after the verb (a passive or an essay), a preposition before the verb, no بأنه before the marks
    ['وتوالت التعليقات على ما وصف بأنه «جريمة» في الصحف.', []],
    ['وحصلت اللقطات على وصف بأنها «رياضة» في التقرير.', []],
    ['وجرى بين الرئيسين اتصال وصفته [[ORGANIZATION:الرئاسة التركية]] «مهم جدا» أمس.', []]
  ],
  "what someone has, after لديه in a reported clause": [
    ['وقال [[PERSON:سامي الحداد]] إن لديه "ثقة كبيرة" في الرئيس المنتخب.', ["[سامي الحداد | قال] ثقة كبيرة"]],
    ['وقالت [[PERSON:ليلى الساعدي]] إن خصمها لديه "حنق شخصي" تجاهها منذ سنوات.', ["[ليلى الساعدي | قالت] حنق شخصي"]],
    // must not fire: a name (the article, an organisation), no reporting verb
    ['وقال [[PERSON:سامي الحداد]] إن لديه "الخبرة" في المجال.', []],
    ['وقال [[PERSON:سامي الحداد]] إن لديه حسابا في "[[ORGANIZATION:تويتر]]" منذ سنوات.', []],
    ['ويبدو أن الطفل لديه "جينات جيدة" منذ ولادته.', []]
  ]
}

describeQuoteTables("Arabic finding (thirty-second session): more short quotes", tables)
