#!/usr/bin/env python3
"""Lists rules in data/analysis/*.rules whose '|' may split a phrase that was meant
as one alternative: a reading aid, not a test.

In a pattern '|' joins single words, so "happy for us to go ahead|proceed" reads as
"go ahead" or "go proceed", and "proceed" alone never matches. The rule compiler
catches only the commonest shape of that mistake (an alternative that repeats a word
close by). This script looks at every word alternative next to a plain word and
reports the pairs that never occur side by side in a large body of real English
(SwDA transcripts, the Enron mail, the scenario and other sets under ../shared/eval),
both words being common there. "go proceed" never occurs, which is the sign. It also
lists two word lists side by side where only one pair goes together ("never|have|be
able|see": "be able" was meant as one choice).

It is noisy: on its first run it listed about 180 rules, of which 11 were real mistakes
(fixed in the same commit); the rest pair rarer but sound words ("ours includes",
"calendar hold"). Read its list by eye after adding rules; do not gate on it. With
--since REV it lists only rule lines added or changed since that commit, a list short
enough to read after each round of new rules.

    bench/rule_alternatives_check.py [--eval ../shared/eval] [--min-count 200] [--since REV]
"""
import argparse
import collections
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
PLAIN = re.compile(r"[a-z0-9'’-]+")
TEXT_FILES = ("*.jsonl", "*.tsv", "*.csv", "*.txt", "*.mbox", "*.eml", "*.vtt")
MAX_FILE = 40_000_000


def count_words(eval_dir):
    unigrams, bigrams = collections.Counter(), collections.Counter()
    paths = glob.glob(os.path.join(eval_dir, "swda", "**", "*"), recursive=True)
    paths += glob.glob(os.path.join(eval_dir, "emails", "**", "*"), recursive=True)
    for pattern in TEXT_FILES:
        paths += glob.glob(os.path.join(eval_dir, "*", "**", pattern), recursive=True)
    for path in set(paths):
        if "sealed" in path.split(os.sep) or not os.path.isfile(path) or os.path.getsize(path) > MAX_FILE:
            continue
        with open(path, errors="ignore") as f:
            words = WORD.findall(f.read().lower())
        unigrams.update(words)
        bigrams.update(zip(words, words[1:]))
    return unigrams, bigrams


def suspicious_pairs(pattern, unigrams, bigrams, min_count):
    elements = pattern.split()
    for i, element in enumerate(elements):
        if "|" not in element or element.startswith("["):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(elements) or not PLAIN.fullmatch(elements[j]):
                continue
            for word in element.split("|"):
                pair = (elements[j], word) if j < i else (word, elements[j])
                if bigrams[pair] == 0 and min(unigrams[pair[0]], unigrams[pair[1]]) > min_count:
                    yield " ".join(pair)


def suspicious_joins(pattern, bigrams):
    """Two alternatives side by side where only the last word of the first and the first
    of the second go together ("get|save|never|have|be able|see|pay" meant "be able"
    as one choice): the sign of a phrase written inside a word list."""
    elements = pattern.split()
    for left, right in zip(elements, elements[1:]):
        if "|" not in left or "|" not in right or left.startswith("[") or right.startswith("["):
            continue
        a, b = left.split("|"), right.split("|")
        others = [(x, y) for x in a for y in b if (x, y) != (a[-1], b[0])]
        unseen = sum(1 for pair in others if bigrams[pair] == 0)
        if bigrams[(a[-1], b[0])] > 0 and unseen > 0.7 * len(others):
            yield f"{a[-1]} {b[0]}"


def lines_added_since(rev):
    """{file name: set of line numbers} of rule lines added or changed since `rev`."""
    diff = subprocess.run(["git", "-C", SOURCE, "diff", "-U0", rev, "--", "data/analysis/"],
                          capture_output=True, text=True, check=True).stdout
    added, name = collections.defaultdict(set), None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = os.path.basename(line[4:])
        elif line.startswith("@@") and name:
            start, _, count = re.match(r"@@ -\S+ \+(\d+)(,(\d+))? @@", line).groups()
            count = 1 if count is None else int(count)
            added[name].update(range(int(start), int(start) + count))
    return added


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=os.path.join(SOURCE, "..", "shared", "eval"))
    parser.add_argument("--min-count", type=int, default=200, help="both words at least this common")
    parser.add_argument("--since", metavar="REV", help="only rule lines added or changed since this commit")
    args = parser.parse_args()
    if not os.path.isdir(args.eval):
        sys.exit(f"no evaluation data at {args.eval}")
    unigrams, bigrams = count_words(args.eval)
    only = lines_added_since(args.since) if args.since else None
    listed = 0
    for path in sorted(glob.glob(os.path.join(SOURCE, "data", "analysis", "*.rules"))):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if only is not None and number not in only[os.path.basename(path)]:
                    continue
                rule = line.split("#", 1)[0].strip()
                # Groups spell their alternatives out as phrases already.
                if ":" not in rule or "(" in rule:
                    continue
                pattern = rule.split(":", 1)[1]
                pairs = list(suspicious_pairs(pattern, unigrams, bigrams, args.min_count))
                joins = list(suspicious_joins(pattern, bigrams))
                if pairs or joins:
                    listed += 1
                    print(f"{os.path.basename(path)}:{number}: {rule}")
                    if pairs:
                        print(f"    never seen: {', '.join(pairs)}")
                    if joins:
                        print(f"    only these go together, a phrase inside a word list?: {', '.join(joins)}")
    print(f"{listed} rule(s) to read", file=sys.stderr)


if __name__ == "__main__":
    main()
