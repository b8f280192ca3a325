"""What bench/train_objection_model.py and bench/train_intent_model.py share: the
tokenisation, the multinomial logistic regression, and the file format that
src/rapport/analysis/text_model.cpp reads.

The tokenisation is a contract with text_model.cpp: lower-cased runs of letters and
apostrophes (the curly one too, apostrophes at the ends dropped), runs of digits, and
'?', '$', '%', '£', '€' on their own; the features of a text are its tokens and each
adjacent pair joined by '_', each counted once. Change both together.

File format: '#' lines are comments; lines whose first cell starts with '@' are the
header ('@columns' names the columns, '@bias' gives one number per column, any other
'@name' one number); every other line is a feature and one weight per column,
tab-separated. No token holds '@', so no feature is mistaken for a header line.
"""
import collections
import json
import math
import os
import random
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_COUNT = 2          # a feature seen once says nothing about the next set
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


def word_count(text):
    return sum(1 for t in tokens(text) if t[0].isalpha())


def set_dir(name):
    """A set is a number (bench/probes, bench/probes/set2…) or a directory of the same
    files, such as a team's own labelled calls."""
    if os.sep in name:
        return name
    return os.path.join(ROOT, 'bench', 'probes') if name == '1' else os.path.join(ROOT, 'bench', 'probes', 'set' + name)


def read_jsonl(name, file):
    with open(os.path.join(set_dir(name), file + '.jsonl'), encoding='utf-8') as f:
        return [json.loads(line) for line in f]


def analyze_utterances(rapport, name, *options):
    """A set's call turns, and rapport analyze's output line for each (given only what
    a transcript would give it, not the labels)."""
    utterances = read_jsonl(name, 'utterances')
    lines = ''.join(json.dumps({k: u[k] for k in ('id', 'text', 'speaker', 'channel', 'conversation') if k in u}) + '\n'
                    for u in utterances)
    proc = subprocess.run([rapport, 'analyze', *options], input=lines, capture_output=True, text=True, check=True)
    return utterances, [json.loads(x) for x in proc.stdout.splitlines()]


def micro_f1(pairs):
    """Micro F1 over (expected set, found set) pairs."""
    tp = sum(len(g & p) for g, p in pairs)
    fp = sum(len(p - g) for g, p in pairs)
    fn = sum(len(g - p) for g, p in pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def vocabulary(rows):
    counts = collections.Counter(t for f, _ in rows for t in f)
    return sorted(t for t, c in counts.items() if c >= MIN_COUNT)


def train_softmax(rows, labels):
    """Multinomial logistic regression. `rows` are (feature set, label names); a row
    with several labels shares its target between them."""
    vocab = vocabulary(rows)
    index = {t: i for i, t in enumerate(vocab)}
    k = len(labels)
    W = [[0.0] * k for _ in vocab]
    B = [0.0] * k
    examples = [(sorted(index[t] for t in f if t in index), [labels.index(c) for c in sorted(ys)]) for f, ys in rows]
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


def train_logistic(rows):
    """Binary logistic regression; `rows` are (feature set, 0 or 1)."""
    vocab = vocabulary(rows)
    index = {t: i for i, t in enumerate(vocab)}
    W = [0.0] * len(vocab)
    bias = 0.0
    examples = [(sorted(index[t] for t in f if t in index), float(y)) for f, y in rows]
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


def train_each(rows, labels):
    """One binary logistic regression per label, so that a row may have several;
    `rows` are (feature set, label names). Returns the biases and each feature's row of
    weights, in the order of `labels`."""
    bias, weights = [], {}
    for j, label in enumerate(labels):
        b, w = train_logistic([(f, int(label in ys)) for f, ys in rows])
        bias.append(b)
        for t, v in w.items():
            weights.setdefault(t, [0.0] * len(labels))[j] = v
    return bias, weights


def write(path, comment, parameters, columns, bias, weights):
    """`weights` maps a feature to its row (one number per column); rows of zeros are left out."""
    with open(path, 'w', encoding='utf-8') as out:
        for line in comment.strip('\n').split('\n'):
            out.write('# ' + line + '\n' if line else '#\n')
        for name, value in parameters:
            out.write(f'@{name}\t{value:g}\n')
        out.write('@columns\t' + '\t'.join(columns) + '\n')
        out.write('@bias\t' + '\t'.join(f'{v:.3f}' for v in bias) + '\n')
        for t in sorted(weights):
            row = weights[t]
            if all(abs(v) < 0.0005 for v in row):
                continue
            out.write(t + '\t' + '\t'.join(f'{v:.3f}' for v in row) + '\n')


def read(path):
    model = {'features': {}, 'parameters': {}}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        key, *rest = line.rstrip('\n').split('\t')
        if key == '@columns':
            model['columns'] = rest
        elif key == '@bias':
            model['bias'] = [float(v) for v in rest]
        elif key.startswith('@'):
            model['parameters'][key[1:]] = float(rest[0])
        else:
            model['features'][key] = [float(v) for v in rest]
    return model


def sums(model, text):
    out = list(model['bias'])
    for t in features(text):
        for j, v in enumerate(model['features'].get(t, ())):
            out[j] += v
    return out


def softmax(values):
    m = max(values)
    e = [math.exp(v - m) for v in values]
    s = sum(e)
    return [v / s for v in e]
