#!/usr/bin/env python3
"""Scores `rapport analyze` on the probe sets in bench/probes (see its README): sales
utterances and client messages, and client lines with personal facts, written for this
project by someone who had not read the rules.

    bench/probe_eval.py [--rapport build/release/src/cli/rapport] [--set DIR] [--errors]

--set reads another directory of the same three files (bench/probes/set2 … set6: later
sets, each written blind to the rules and to the sets before it).

Prints precision, recall and F1 per act, objection category and fact kind, the intent
and reply_owed accuracy, and with --errors every mismatch with the rule that made it.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
PROBES = os.path.join(HERE, "probes")


def load(directory, name):
    with open(os.path.join(directory, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def analyze(rapport, lines):
    text = "".join(json.dumps(line) + "\n" for line in lines)
    proc = subprocess.run([rapport, "analyze", "--explain"], input=text, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"rapport analyze failed ({proc.returncode}): {proc.stderr}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


class Tally:
    def __init__(self):
        self.tp, self.fp, self.fn = collections.Counter(), collections.Counter(), collections.Counter()

    def add(self, tag, gold, predicted):
        if gold and predicted:
            self.tp[tag] += 1
        elif predicted:
            self.fp[tag] += 1
        elif gold:
            self.fn[tag] += 1

    def print(self, title):
        print(f"\n{title}\n  {'tag':24}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
        tags = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        for tag in tags + ["(micro)"]:
            if tag == "(micro)":
                tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
            else:
                tp, fp, fn = self.tp[tag], self.fp[tag], self.fn[tag]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"  {tag:24}{p:7.3f}{r:7.3f}{f:7.3f}{tp + fn:6}")


def rules_of(out, prefix):
    return ", ".join(sorted({e.get("rule", "") for e in out["evidence"] if e["tag"].startswith(prefix)})) or "-"


STOP = set("the a an my our in on at of for to and with is was i we it".split())


def words(s):
    s = re.sub(r"'s\b", "", s.lower().replace("\u2019", "'"))
    return [t for t in re.findall(r"[a-z0-9\u00e0-\u00ff]+(?:-[a-z0-9]+)*", s) if t not in STOP]


def shares_a_word(about, text):
    """A fact matches when a key word agrees, or its first five letters do."""
    return any(a == t or (len(a) >= 5 and len(t) >= 5 and a[:5] == t[:5]) for a in words(about) for t in words(text))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rapport", default=os.path.join(SOURCE, "build", "release", "src", "cli", "rapport"))
    ap.add_argument("--errors", action="store_true", help="list every mismatch")
    ap.add_argument("--set", default=PROBES, help="directory of the probe files (default: bench/probes)")
    args = ap.parse_args()
    errors = []

    utterances = load(args.set, "utterances.jsonl")
    acts, categories = Tally(), Tally()
    for u, out in zip(utterances, analyze(args.rapport, utterances)):
        gold, got = set(u["expect_acts"]), set(out["acts"])
        for tag in gold | got:
            acts.add(tag, tag in gold, tag in got)
            if (tag in gold) != (tag in got):
                errors.append(f"act {tag}: {u['id']} | {u['text']} | expected {sorted(gold)} | got {sorted(got)} | "
                              f"{rules_of(out, tag) if tag in got else 'missed'}")
        gold_o, got_o = set(u.get("expect_objections", [])), set(out["objections"])
        for tag in gold_o | got_o:
            categories.add(tag, tag in gold_o, tag in got_o)
    acts.print(f"utterance acts ({len(utterances)} utterances)")
    categories.print("objection categories in calls")

    messages = load(args.set, "messages.jsonl")
    right_intent = right_owed = 0
    for m, out in zip(messages, analyze(args.rapport, messages)):
        right_intent += out["intent"] == m["expect_intent"]
        right_owed += out["reply_owed"] == m["expect_reply_owed"]
        if out["intent"] != m["expect_intent"]:
            errors.append(f"intent: {m['id']} | {m['text']} | expected {m['expect_intent']} | got {out['intent']} | "
                          f"{rules_of(out, 'intent.')}")
        elif out["reply_owed"] != m["expect_reply_owed"]:
            errors.append(f"reply_owed: {m['id']} | {m['text']} | expected {m['expect_reply_owed']} | "
                          f"got {out['reply_owed']} as {out['intent']} | {rules_of(out, 'intent.')}")
    print(f"\nmessage intents: {right_intent}/{len(messages)} right; reply_owed: {right_owed}/{len(messages)} right")

    lines = load(args.set, "facts.jsonl")
    kinds = Tally()
    for line, out in zip(lines, analyze(args.rapport, lines)):
        facts = list(out["facts"])
        for expected in line["expect_facts"]:
            allowed = expected["kind"].split("|")
            hit = next((f for f in facts if f["kind"] in allowed and shares_a_word(expected["about"], f["text"])), None)
            kinds.add(allowed[0], True, hit is not None)
            if hit is None:
                errors.append(f"fact missed: {line['id']} | {line['text']} | {expected['kind']}: {expected['about']} | "
                              f"got {[f['kind'] + ': ' + f['text'] for f in facts]}")
            else:
                facts.remove(hit)
        for fact in facts:  # neither expected nor an acceptable extra
            if any(fact["kind"] in a["kind"].split("|") and shares_a_word(a["about"], fact["text"])
                   for a in line.get("also_ok", [])):
                continue
            kinds.add(fact["kind"], False, True)
            errors.append(f"fact not expected: {line['id']} | {line['text']} | {fact['kind']}: {fact['text']}")
    kinds.print(f"personal facts ({len(lines)} client lines)")

    if args.errors:
        print("\nmismatches")
        for e in errors:
            print("  " + e.replace("\n", " / "))


if __name__ == "__main__":
    main()
