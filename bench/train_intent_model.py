#!/usr/bin/env python3
"""Trains data/analysis/intent_model.tsv from our own probe sets (bench/probes).

The intent rules find what they were written for, but on client messages nobody here
had read they named the intent right in 77% (held-out probe set 11: 79/102) and 67%
(set 12) of cases, and most misses were messages the rules fell back on: info,
pleasantry, or question for a message that asks only as part of something else. A
multinomial logistic regression over the word unigrams and bigrams of a message's new
text, trained on the same kind of labelled messages, named 94 of set 11's 102 (trained
on sets 1-10), 89.5% leaving one set out over sets 1-11, and 113 of the 130 messages
of ../shared/eval/scenarios, which nobody here wrote and which it never saw.

The analysis asks it only where the rules answered info, pleasantry or question, and
follows it when it names another intent with a probability of at least
MIN_PROBABILITY. Measured with rapport analyze (2026-11-23), rules alone -> rules and model:
- set 11, model trained on sets 1-10: intents 79 -> 92/102, reply owed 91 -> 95/102;
- set 12, held out, never read: intents 116 -> 137/172, reply owed 147 -> 157/172;
- ../shared/eval/scenarios, which the rules were mended from: intents 130 -> 128/130
  ("Congratulations on the new office!" became info; a request for an invoice became
  interest), reply owed 130/130 both.
Leaving one set out over sets 1-10 (this script's model, the rules as shipped, so the
rules' side is flattered): 1009 -> 1014/1054. The C++ and this script agree on 1285 of
1286 messages (sets 1-11 and scenarios).

Set 12 joined the training once blind set 13 had been written (the shipped model is
trained on sets 1-12). Set 13, never read: intents 121 -> 147/164, reply owed 147 ->
156/164; scenarios 129/130.

Only bench/probes sets written here are used, never ../shared/eval. The output is
deterministic. Usage:

    python3 bench/train_intent_model.py               # the shipped model: sets 1-12
    python3 bench/train_intent_model.py --sets 1,2,3,4,5,6,7,8,9,10 --holdout 11
                                                      # the model alone on one unseen set, summary only

Trained on sets 1-13 (set 13 was read once blind set 14 existed), the model moved blind
set 14 by one or two items (intents 104 -> 105/114) and, on the demo, called Owen's
email ("Send me the numbers ... Need it in by end of November") an objection at
probability 0.87.
Trained on sets 1-14 (2026-11-23), it moved blind set 15 from 103 to 105/112 (reply owed
104 -> 106) but changed six of the demo's messages: three for the better (two "call me"
texts became scheduling; a "Leave it with me" with a request in it was a dismissal and
became info) and two for the worse (Victor's "will review with the team" and Owen's
"Send me the numbers" became objections), and Hélène's "we will decide together in
December" an objection of category other.
The shipped model stays on sets 1-12 until more sets say which way it goes.
"""
import argparse
import os
import re
import sys

import text_model as tm

# The order of the precedence; the model picks one.
INTENTS = ['unsubscribe', 'auto_reply', 'dismissal', 'objection', 'interest', 'question', 'scheduling', 'info',
           'pleasantry']
# Below this probability the rules' answer stands. Leaving one set out over sets 1-10
# and on set 11, 0.6 to 0.8 did about as well (set 11: 94, 93, 91 of 102; scenarios:
# 128, 129, 129 of 130); 0.7 overturns the rules only where the model is fairly sure.
MIN_PROBABILITY = 0.7

# The analysis reads only a message's new text (src/rapport/text/body_zones.cpp). This
# script cuts an email at the first line that opens quoted history and drops quoted
# lines, which is most of what the zoning does on these messages; signatures stay,
# but their words (names, phone numbers, titles) come with every intent and weigh
# little.
QUOTE_OPENS = re.compile(r"^(On .*wrote:|-+ ?Original Message ?-+|From: .*|Sent from my .*|-- ?)$")


def new_text(message):
    text = message['text']
    if message.get('channel') != 'email':
        return text
    kept = []
    for line in text.split('\n'):
        stripped = line.strip()
        if QUOTE_OPENS.match(stripped):
            break
        if not stripped.startswith('>'):
            kept.append(line)
    return '\n'.join(kept)


def load(name):
    return [(tm.features(new_text(x)), {x['expect_intent']}) for x in tm.read_jsonl(name, 'messages')]


def write(path, sets, bias, weights):
    tm.write(path,
             'Intent model: the primary intent of a client message, as a second opinion where\n'
             'the rules answer info, pleasantry or question (see bench/train_intent_model.py,\n'
             'which wrote this file; do not edit by hand).\n'
             'Trained on the messages of our own probe sets: ' + ', '.join(sets) + '.\n'
             'Features: the lower-cased word unigrams and bigrams ("a_b") of the new text.\n'
             'A multinomial logistic regression: the highest sum names the intent, and the\n'
             'softmax of the sums is its probability.',
             [('min_probability', MIN_PROBABILITY)], INTENTS, bias, weights)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sets', default='1,2,3,4,5,6,7,8,9,10,11,12')
    ap.add_argument('--out', default=os.path.join(tm.ROOT, 'data', 'analysis', 'intent_model.tsv'))
    ap.add_argument('--holdout', help='score the trained model alone on this set (summary only) instead of writing')
    args = ap.parse_args()
    sets = args.sets.split(',')
    bias, weights = tm.train_softmax([r for s in sets for r in load(s)], INTENTS)
    if args.holdout is None:
        write(args.out, ['set ' + s for s in sets], bias, weights)
        print(f'{args.out}: {len(weights)} features', file=sys.stderr)
        return
    tmp = '/tmp/intent_model_holdout.tsv'
    write(tmp, sets, bias, weights)
    model = tm.read(tmp)
    right = sure = sure_right = 0
    messages = tm.read_jsonl(args.holdout, 'messages')
    for x in messages:
        p = tm.softmax(tm.sums(model, new_text(x)))
        best = p.index(max(p))
        right += INTENTS[best] == x['expect_intent']
        if p[best] >= MIN_PROBABILITY:
            sure += 1
            sure_right += INTENTS[best] == x['expect_intent']
    print(f'set {args.holdout}: the model alone names {right}/{len(messages)} intents; '
          f'{sure} at probability >= {MIN_PROBABILITY}, {sure_right} of them right')


if __name__ == '__main__':
    main()
