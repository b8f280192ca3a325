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

    python3 bench/train_objection_model.py            # the shipped model: sets 1-11
    python3 bench/train_objection_model.py --sets 1,2,3,4,5,6,7,8,9,10 --holdout 11
                                                      # detection on one unseen set, summary only

The tokenisation below is the contract with src/rapport/analysis/objection_model.cpp;
change both together.
"""
import argparse
import collections
import json
import math
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATEGORIES = ['price', 'budget', 'vendor_risk', 'financial_unclear', 'timing', 'need', 'authority',
              'competitor', 'other']
MIN_COUNT = 2          # a feature seen once says nothing about the next set
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
EPOCHS = 15
LEARNING_RATE = 0.2
L2 = 1e-3

TOKEN = re.compile(r"[a-z']+|[0-9]+|[?$%£€]")


def tokens(text):
    out = []
    for t in TOKEN.findall(text.replace('\u2019', "'").lower()):
        t = t.strip("'")
        if t:
            out.append(t)
    return out


def features(text):
    w = tokens(text)
    return set(w) | {a + '_' + b for a, b in zip(w, w[1:])}


def set_dir(name):
    return os.path.join(ROOT, 'bench', 'probes') if name == '1' else os.path.join(ROOT, 'bench', 'probes', 'set' + name)


def load(name, files):
    rows = []
    for f in files:
        path = os.path.join(set_dir(name), f + '.jsonl')
        for line in open(path, encoding='utf-8'):
            x = json.loads(line)
            if x.get('speaker', 'client') != 'client':
                continue
            rows.append((features(x['text']), set(x.get('expect_objections', []))))
    return rows


def train_detector(rows):
    """Binary logistic regression: does the turn object at all?"""
    counts = collections.Counter(t for f, _ in rows for t in f)
    vocab = sorted(t for t, c in counts.items() if c >= MIN_COUNT)
    index = {t: i for i, t in enumerate(vocab)}
    W = [0.0] * len(vocab)
    bias = 0.0
    examples = [(sorted(index[t] for t in f if t in index), 1.0 if cats else 0.0) for f, cats in rows]
    rnd = random.Random(1)
    for _ in range(EPOCHS):
        rnd.shuffle(examples)
        for f, y in examples:
            z = max(-30.0, min(30.0, bias + sum(W[i] for i in f)))
            g = 1 / (1 + math.exp(-z)) - y
            bias -= LEARNING_RATE * g
            for i in f:
                W[i] -= LEARNING_RATE * (g + L2 * W[i])
    return bias, {t: W[index[t]] for t in vocab}


def train_categories(rows):
    rows = [r for r in rows if r[1]]
    counts = collections.Counter(t for f, _ in rows for t in f)
    vocab = sorted(t for t, c in counts.items() if c >= MIN_COUNT)
    index = {t: i for i, t in enumerate(vocab)}
    k = len(CATEGORIES)
    W = [[0.0] * k for _ in vocab]
    B = [0.0] * k
    examples = [(sorted(index[t] for t in f if t in index), [CATEGORIES.index(c) for c in sorted(cats)])
                for f, cats in rows]
    rnd = random.Random(1)
    for _ in range(EPOCHS):
        rnd.shuffle(examples)
        for f, ys in examples:
            z = [B[j] + sum(W[i][j] for i in f) for j in range(k)]
            m = max(z)
            e = [math.exp(v - m) for v in z]
            s = sum(e)
            g = [e[j] / s for j in range(k)]
            for y in ys:
                g[y] -= 1 / len(ys)
            for j in range(k):
                B[j] -= LEARNING_RATE * g[j]
            for i in f:
                Wi = W[i]
                for j in range(k):
                    Wi[j] -= LEARNING_RATE * (g[j] + L2 * Wi[j])
    return B, {t: W[index[t]] for t in vocab}


def write(path, sets, det_bias, det, cat_bias, cat):
    names = sorted(set(det) | set(cat))
    with open(path, 'w', encoding='utf-8') as out:
        out.write('# Objection model: which client call turns object, and on what (see\n'
                  '# bench/train_objection_model.py, which wrote this file; do not edit by hand).\n'
                  '# Trained on our own probe sets: ' + ', '.join(sets) + '.\n'
                  '# Features: the lower-cased word unigrams and bigrams ("a_b") of a turn.\n'
                  '# The first number of a line is its weight for "the turn objects"; a turn\n'
                  '# objects when the bias plus the weights of its features exceed the threshold.\n'
                  '# The nine after it are its weights for the categories; the highest sum names it.\n'
                  '# Both are logistic regressions.\n')
        out.write(f'threshold\t{THRESHOLD:g}\n')
        out.write('categories\t' + '\t'.join(CATEGORIES) + '\n')
        out.write('bias\t' + '\t'.join(f'{v:.3f}' for v in [det_bias] + cat_bias) + '\n')
        for t in names:
            row = [det.get(t, 0.0)] + cat.get(t, [0.0] * len(CATEGORIES))
            if all(abs(v) < 0.0005 for v in row):
                continue
            out.write(t + '\t' + '\t'.join(f'{v:.3f}' for v in row) + '\n')


def read(path):
    model = {'features': {}}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        key, *rest = line.rstrip('\n').split('\t')
        if key == 'threshold':
            model['threshold'] = float(rest[0])
        elif key == 'categories':
            model['categories'] = rest
        elif key == 'bias':
            model['bias'] = [float(v) for v in rest]
        else:
            model['features'][key] = [float(v) for v in rest]
    return model


def judge(model, text):
    """(objects, category) as the C++ model decides it, for one turn."""
    if sum(1 for t in tokens(text) if t[0].isalpha()) < MIN_WORDS:
        return False, None
    sums = list(model['bias'])
    for t in features(text):
        for j, v in enumerate(model['features'].get(t, ())):
            sums[j] += v
    cats = sums[1:]
    return sums[0] > model['threshold'], model['categories'][cats.index(max(cats))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sets', default='1,2,3,4,5,6,7,8,9,10,11')
    ap.add_argument('--out', default=os.path.join(ROOT, 'data', 'analysis', 'objection_model.tsv'))
    ap.add_argument('--holdout', help='score the trained model on this set (summary only) instead of writing')
    args = ap.parse_args()
    sets = args.sets.split(',')
    utterances = [r for s in sets for r in load(s, ['utterances'])]
    everything = [r for s in sets for r in load(s, ['utterances', 'messages'])]
    det_bias, det = train_detector(utterances)
    cat_bias, cat = train_categories(everything)
    if args.holdout is None:
        write(args.out, ['set ' + s for s in sets], det_bias, det, cat_bias, cat)
        print(f'{args.out}: {len(det)} detection and {len(cat)} category features', file=sys.stderr)
        return
    tmp = '/tmp/objection_model_holdout.tsv'
    write(tmp, sets, det_bias, det, cat_bias, cat)
    model = read(tmp)
    tp = fp = fn = 0
    for f in ['utterances']:
        for line in open(os.path.join(set_dir(args.holdout), f + '.jsonl'), encoding='utf-8'):
            x = json.loads(line)
            if x.get('speaker') != 'client':
                continue
            objects, category = judge(model, x['text'])
            expected = bool(x.get('expect_objections'))
            tp += objects and expected
            fp += objects and not expected
            fn += expected and not objects
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f'set {args.holdout}: detection P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}')


if __name__ == '__main__':
    main()
