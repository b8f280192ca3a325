#!/usr/bin/env python3
"""Trains data/analysis/objection_model.tsv from our own probe sets (bench/probes).

Phrase rules find the objections they were written for, but on talk nobody here has
read they miss about four in ten (held-out set 11: recall 0.59), and where they find
one they often name one category of two ("the others are cheaper": competitor, not
price) or one too many. A small statistical model of the same labelled turns
generalises further. All of it is logistic regression over the set of word unigrams and
bigrams of a turn:

- the column "objects": whether a client's call turn objects at all, trained on the
  client turns; the analysis asks it about a turn in which no rule found an objection;
- one column per category: whether an objection is on that ground, trained on the
  objecting turns and messages only, each category on its own (a turn may raise two).
  The highest names the category of an objection the model found. And on a client's
  call turn that objects, the analysis drops a category the rules gave when it gave two
  or more and the model gives it under DOUBT, and adds the most probable category the
  rules did not give when it is over SECOND and the turn has fewer than two.

Only bench/probes sets written here are used, never ../shared/eval. The output is
deterministic (fixed seed, sorted features, rounded weights), so a re-run on the same
sets gives the same file. Usage:

    python3 bench/train_objection_model.py            # the shipped model (see DETECTION_SETS)
    python3 bench/train_objection_model.py --sets 1,2,3,4,5,6,7,8,9,11,12,13,14 --holdout 10
        # on one unseen set: the detection column alone, and the call categories of
        # rapport analyze with this model (given by --rules) without and with the
        # category check; summary only

The tokenisation, the regressions and the file format are bench/text_model.py's,
shared with bench/train_intent_model.py.

The category check, on sets 11-14 (the sets the rules were least tuned on), each
scored with a model trained without it (categories on the other sets of 1-14, detection
on the other sets of 1-12; --holdout, 2026-11-23): call categories F1 0.583 -> 0.587,
0.569 -> 0.629, 0.650 -> 0.689, 0.650 -> 0.736. SECOND
was chosen over 0.6-0.8 and DOUBT over 0.05-0.15 on sets 8-14 by simulation; the sets
the rules were tuned on longest (8-10) lose a little at any setting, because the rules
already name their categories there. Adding alone gained about three quarters as much as
adding and doubting. The category columns' highest sum names a model-found objection no
worse than the softmax that did it before (same figures without the check, set 14 better
by 0.016). Blind, with the shipped model: set 15 0.609 -> 0.629, set 16 0.594 -> 0.619.

The detection column is trained on fewer sets than the categories (DETECTION_SETS).
Three times a detection column trained on more sets did worse on the next blind set:
on sets 1-13, blind set 14's call categories went 0.650 -> 0.634; on sets 1-14, blind
set 16's went 0.619 -> 0.598 (set 15's 0.629 -> 0.638), its acts 0.774 -> 0.770, and on
the demo it called a client's marathon training ("This Sunday's the last long one,
twenty miles, and then I taper") an objection. The later sets label more of the
client's hesitations as objections; which way is right is not settled, so detection
stays as it was measured longest. --holdout leaves the held-out set out of both.
"""
import argparse
import os
import shutil
import sys
import tempfile

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
# The category check (see above), as probabilities.
SECOND = 0.7
DOUBT = 0.05
ALL_SETS = ','.join(str(i) for i in range(1, 15))
DETECTION_SETS = ','.join(str(i) for i in range(1, 13))


def load(name, files):
    return [(tm.features(x['text']), set(x.get('expect_objections', [])))
            for f in files for x in tm.read_jsonl(name, f) if x.get('speaker', 'client') == 'client']


def train_categories(rows):
    return tm.train_each(rows, CATEGORIES)


def described(detection_sets, sets):
    return ('detection from ' + ', '.join('set ' + s for s in detection_sets) + '; categories from ' +
            ', '.join('set ' + s for s in sets))


def write(path, sets, det_bias, det, cat_bias, cat, second=SECOND, doubt=DOUBT):
    names = set(det) | set(cat)
    weights = {t: [det.get(t, 0.0)] + cat.get(t, [0.0] * len(CATEGORIES)) for t in names}
    tm.write(path,
             'Objection model: which client call turns object, and on what (see\n'
             'bench/train_objection_model.py, which wrote this file; do not edit by hand).\n'
             'Trained on our own probe sets: ' + sets + '.\n'
             'Features: the lower-cased word unigrams and bigrams ("a_b") of a turn.\n'
             'The first number of a line is its weight for "the turn objects"; a turn\n'
             'objects when the bias plus the weights of its features exceed the threshold.\n'
             'The nine after it are its weights for the categories, one logistic regression\n'
             'each: the highest sum names the category of an objection the model found; on a\n'
             'turn that objects, a category the rules gave with others is dropped below the\n'
             'probability "doubt", and one they did not give is added above "second".',
             [('threshold', THRESHOLD), ('second', second), ('doubt', doubt)], ['objects'] + CATEGORIES,
             [det_bias] + cat_bias, weights)


def judge(model, text):
    """(objects, category) as the C++ model decides it, for one turn."""
    if tm.word_count(text) < MIN_WORDS:
        return False, None
    sums = tm.sums(model, text)
    cats = sums[1:]
    return sums[0] > model['parameters']['threshold'], CATEGORIES[cats.index(max(cats))]


def call_category_f1(rapport, model_path, name):
    """Micro F1 of the objection categories of rapport analyze on a set's call turns,
    with the model at `model_path` in place of the built-in one."""
    return tm.micro_f1([(set(u.get('expect_objections', [])), set(out['objections']))
                        for u, out in zip(*tm.analyze_utterances(rapport, name, '--rules', model_path))])


def holdout(args, sets, trained):
    directory = tempfile.mkdtemp(prefix='objection_model_holdout.')
    path = os.path.join(directory, 'objection_model.tsv')
    write(path, sets, *trained)
    model = tm.read(path)
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
    with_check = call_category_f1(args.rapport, path, args.holdout)
    write(path, sets, *trained, second=1, doubt=0)  # probabilities never above 1 nor below 0
    without = call_category_f1(args.rapport, path, args.holdout)
    print(f'set {args.holdout}: call categories F1, without the category check {without:.3f}, with it {with_check:.3f}')
    shutil.rmtree(directory)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sets', default=ALL_SETS, help='the sets the categories learn from')
    ap.add_argument('--detection-sets', default=DETECTION_SETS,
                    help='the sets the detection column learns from ("same": --sets)')
    ap.add_argument('--out', default=os.path.join(tm.ROOT, 'data', 'analysis', 'objection_model.tsv'))
    ap.add_argument('--holdout', help='score the trained model on this set (summary only) instead of writing')
    ap.add_argument('--rapport', default=os.path.join(tm.ROOT, 'build', 'release', 'src', 'cli', 'rapport'))
    args = ap.parse_args()
    sets = args.sets.split(',')
    detection_sets = sets if args.detection_sets == 'same' else args.detection_sets.split(',')
    detection_sets = [s for s in detection_sets if s != args.holdout]
    utterances = [r for s in detection_sets for r in load(s, ['utterances'])]
    everything = [r for s in sets for r in load(s, ['utterances', 'messages'])]
    det_bias, det = tm.train_logistic([(f, 1 if cats else 0) for f, cats in utterances])
    cat_bias, cat = train_categories([r for r in everything if r[1]])
    if args.holdout is None:
        write(args.out, described(detection_sets, sets), det_bias, det, cat_bias, cat)
        print(f'{args.out}: {len(det)} detection and {len(cat)} category features', file=sys.stderr)
        return
    holdout(args, described(detection_sets, sets), (det_bias, det, cat_bias, cat))


if __name__ == '__main__':
    main()
