#!/usr/bin/env python3
"""Trains data/analysis/objection_model.tsv from our own probe sets (bench/probes).

Phrase rules find the objections they were written for, but on talk nobody here has
read they miss about four in ten (held-out set 11: recall 0.59). A small statistical
model of the same labelled turns generalises further, so the analysis asks it about a
client's call turn in which no rule found an objection. Two models, both over the set
of word unigrams and bigrams of a turn:

- whether the turn objects at all: logistic regression over the client turns;
- which category: multinomial logistic regression over the nine categories, trained on
  the objecting turns and messages only.

Only bench/probes sets written here are used, never ../shared/eval. The output is
deterministic (fixed seed, sorted features, rounded weights), so a re-run on the same
sets gives the same file. Usage:

    python3 bench/train_objection_model.py            # the shipped model: sets 1-12
    python3 bench/train_objection_model.py --sets 1,2,3,4,5,6,7,8,9,10 --holdout 11
                                                      # detection on one unseen set, summary only

The tokenisation, the regressions and the file format are bench/text_model.py's,
shared with bench/train_intent_model.py.

Trained on sets 1-13 (set 13 was read once blind set 14 existed), the model moved blind
set 14 by one or two items (call categories 0.650 -> 0.634) and, on the demo, called a
client's long weekend with the kids an objection.
The shipped model stays on sets 1-12 until more sets say which way it goes.
"""
import argparse
import os
import sys

import text_model as tm

CATEGORIES = ['price', 'budget', 'vendor_risk', 'financial_unclear', 'timing', 'need', 'authority',
              'competitor', 'other']
# The detection score (log-odds) above which a turn objects. Chosen leaving one set out
# over sets 1-10: at 2 the model flags 1.9% of the client turns without an objection
# that the rules pass over (2.5% at 1, 1.0% at 3) and finds 17 of the 29 objecting
# turns the rules miss (18 at 1, 14 at 3). Real calls hold fewer objections than the
# probe sets, so precision weighs more than the last few found. (Naive Bayes did as
# well leaving one set out, at 20: 2.0% and 19 of 29; the regression's score is a
# log-odds, which makes the threshold easier to read.)
THRESHOLD = 2.0
# Fewer words than this are too few for a guess (ObjectionModel::k_min_words); the rules
# know the short objections ("not now").
MIN_WORDS = 8


def load(name, files):
    return [(tm.features(x['text']), set(x.get('expect_objections', [])))
            for f in files for x in tm.read_jsonl(name, f) if x.get('speaker', 'client') == 'client']


def write(path, sets, det_bias, det, cat_bias, cat):
    names = set(det) | set(cat)
    weights = {t: [det.get(t, 0.0)] + cat.get(t, [0.0] * len(CATEGORIES)) for t in names}
    tm.write(path,
             'Objection model: which client call turns object, and on what (see\n'
             'bench/train_objection_model.py, which wrote this file; do not edit by hand).\n'
             'Trained on our own probe sets: ' + ', '.join(sets) + '.\n'
             'Features: the lower-cased word unigrams and bigrams ("a_b") of a turn.\n'
             'The first number of a line is its weight for "the turn objects"; a turn\n'
             'objects when the bias plus the weights of its features exceed the threshold.\n'
             'The nine after it are its weights for the categories; the highest sum names it.\n'
             'Both are logistic regressions.',
             [('threshold', THRESHOLD)], ['objects'] + CATEGORIES, [det_bias] + cat_bias, weights)


def judge(model, text):
    """(objects, category) as the C++ model decides it, for one turn."""
    if tm.word_count(text) < MIN_WORDS:
        return False, None
    sums = tm.sums(model, text)
    cats = sums[1:]
    return sums[0] > model['parameters']['threshold'], CATEGORIES[cats.index(max(cats))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sets', default='1,2,3,4,5,6,7,8,9,10,11,12')
    ap.add_argument('--out', default=os.path.join(tm.ROOT, 'data', 'analysis', 'objection_model.tsv'))
    ap.add_argument('--holdout', help='score the trained model on this set (summary only) instead of writing')
    args = ap.parse_args()
    sets = args.sets.split(',')
    utterances = [r for s in sets for r in load(s, ['utterances'])]
    everything = [r for s in sets for r in load(s, ['utterances', 'messages'])]
    det_bias, det = tm.train_logistic([(f, 1 if cats else 0) for f, cats in utterances])
    cat_bias, cat = tm.train_softmax([r for r in everything if r[1]], CATEGORIES)
    if args.holdout is None:
        write(args.out, ['set ' + s for s in sets], det_bias, det, cat_bias, cat)
        print(f'{args.out}: {len(det)} detection and {len(cat)} category features', file=sys.stderr)
        return
    tmp = '/tmp/objection_model_holdout.tsv'
    write(tmp, sets, det_bias, det, cat_bias, cat)
    model = tm.read(tmp)
    tp = fp = fn = 0
    for x in tm.read_jsonl(args.holdout, 'utterances'):
        if x.get('speaker') != 'client':
            continue
        objects, _ = judge(model, x['text'])
        expected = bool(x.get('expect_objections'))
        tp += objects and expected
        fp += objects and not expected
        fn += expected and not objects
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f'set {args.holdout}: detection P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}')


if __name__ == '__main__':
    main()
