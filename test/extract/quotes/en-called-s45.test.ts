/**
 * English quotes framed by `called` in its evaluative shape (forty-fifth session, helper called; docs/history/quotes.md):
 * `X called the plan "…"`, `X called for "…"`, `X called on Y to "…"`, `what X calls "…"` quote the words the subject
 * chose. `called` is no speech verb elsewhere: not after `so-`, not passive, not a participle after a noun with no
 * object (`a charity called "…"`), not a noun (`phone calls over …`), not before a name in marks, not before one word
 * inside a noun phrase, not past a clause of its own (`a plan that "…"`). Sentences written for this test in the style
 * of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English `called` in its evaluative shape (forty-fifth session)", {
  "an object, then the words the subject chose for it": [
    ['Housing spokesman [[PERSON:Tom Hale]] called the proposal "a betrayal of every renter in the city".', ["[Tom Hale | called] a betrayal of every renter in the city"]],
    ['The rail union [[ORGANIZATION:Transit Workers]] has called the new contract "deeply insulting".', ["[Transit Workers | called] deeply insulting"]],
    ['Club chairman [[PERSON:Jo Marsh]] called the ruling "absurd" and said the side would appeal.', ["[Jo Marsh | called] absurd"]],
    ['Chief executive [[PERSON:Ruth Dane]] called 2019 a "year of steady progress" for the group.', ["[Ruth Dane | called] year of steady progress"]],
    // must not fire: a name or a title in marks, one word inside a noun phrase, a place as the subject
    ['Coach [[PERSON:Sam Ode]] called all his players "Captain" during the camp.', []],
    ['Coach [[PERSON:Sam Ode]] called the scheme a "new" approach to training.', []],
    ['Planners in [[LOCATION:Leeds]] have called the scheme "dull".', []]
  ],
  "for, or on someone to": [
    ['[[PERSON:Ana Reyes]] called for "an urgent review of the rules" before the summer break.', ["[Ana Reyes | called] an urgent review of the rules"]],
    ['The charity [[ORGANIZATION:Shelter Watch]] called on ministers to "stop dragging their feet".', ["[Shelter Watch | called] stop dragging their feet"]],
    ['[[PERSON:Lee Park]] called for the inquiry to be "open and fearless".', ["[Lee Park | called] open and fearless"]],
    // must not fire: a clause of its own between them, `to` with no `for` or `on`
    ['[[PERSON:Lee Park]] called for a new plan that "puts patients first in every ward".', []],
    ['The firm made calls to "several of its key partners" last week.', []]
  ],
  "a relative word, then the subject": [
    ['Sales slipped in March, which [[PERSON:Paul Grant]] calls "a temporary wobble".', ["[Paul Grant | calls] a temporary wobble"]],
    ['The bank cut jobs in what [[ORGANIZATION:Union Trust]] called a "painful but necessary" step.', ["[Union Trust | called] painful but necessary"]],
    // must not fire: a passive, `so-called`
    ['Shares fell sharply in what is called a "dead cat bounce" by traders.', []],
    ['The scheme is part of the so-called "green new deal" on housing.', []]
  ],
  "no object: a name, a noun": [
    // must not fire: a participle after a noun, `calls` as a noun, a passive
    ['She joined a small charity called "home first for all" in 2001.', []],
    ['Millions of phone calls over the network using "voice over internet" were cheap.', []],
    ['The new tax has been called "a levy on success" by its critics.', []]
  ]
})
