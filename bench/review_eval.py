#!/usr/bin/env python3
"""Measures `rapport review` against the labelled scenario transcripts.

Runs `rapport review FILE --rep NAME --channel CHANNEL --json` on every transcript of
../shared/eval/scenarios/transcripts (labels.json gives the rep and the channel, as a
user would) and prints, per file and per finding, what is right and wrong, the
outcome, the measures against the labels with their tolerance, and the overall share
of findings right.

Usage: bench/review_eval.py [--rapport build/review-rel/src/cli/rapport] [--eval DIR] [-v] [--guess-channel]
Exit code 0 always (a measurement, not a test); prints a summary line last.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Tolerances for the measures (the scenario README: tokenisers differ a little).
TOLERANCE = {
    "rep_talk_share_words": 0.02,
    "rep_talk_share_time": 0.02,
    "longest_monologue_s": 1.0,
}
LABEL_OF = {
    "rep_talk_share_words": "rep_talk_share",
    "rep_talk_share_time": "rep_talk_share_time",
    "longest_monologue_s": "longest_monologue_s",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rapport", default=os.path.join(ROOT, "build", "release", "src", "cli", "rapport"))
    ap.add_argument("--eval", default=os.path.join(ROOT, "..", "shared", "eval", "scenarios", "transcripts"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print the evidence of wrong findings")
    ap.add_argument("--guess-channel", action="store_true",
                    help="do not pass --channel: let the reader guess phone or video from the file")
    args = ap.parse_args()

    labels_path = os.path.join(args.eval, "labels.json")
    if not os.path.exists(labels_path):
        print(f"no labels at {labels_path}: nothing to measure")
        return 0
    with open(labels_path, encoding="utf-8") as f:
        labels = json.load(f)

    per_finding = {}
    findings_right = findings_total = 0
    outcomes_right = 0
    measures_right = measures_total = 0
    question_diffs = []
    env = dict(os.environ, NO_COLOR="1", XDG_CONFIG_HOME="/nonexistent", XDG_DATA_HOME="/nonexistent")

    for name in sorted(labels):
        label = labels[name]
        path = os.path.join(args.eval, name)
        cmd = [args.rapport, "review", path, "--rep", label["rep_speaker"], "--json"]
        if not args.guess_channel:
            cmd += ["--channel", label["channel"]]
        run = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if run.returncode != 0:
            print(f"{name}: rapport failed ({run.returncode}): {run.stderr.strip()}")
            findings_total += len(label["findings"])
            continue
        got = json.loads(run.stdout)
        wrong = []
        for key, want in label["findings"].items():
            have = got["findings"].get(key, {}).get("value", "missing")
            ok = have == want
            per_finding.setdefault(key, [0, 0])
            per_finding[key][0] += ok
            per_finding[key][1] += 1
            findings_right += ok
            findings_total += 1
            if not ok:
                wrong.append((key, want, have, got["findings"].get(key, {}).get("evidence", [])))
        outcome_ok = got["outcome"] == label["outcome"]
        outcomes_right += outcome_ok
        n = len(label["findings"])
        print(f"{name}: findings {n - len(wrong)}/{n}, outcome {got['outcome']}"
              f"{'' if outcome_ok else ' (want ' + label['outcome'] + ')'}")
        for key, want, have, evidence in wrong:
            print(f"    wrong {key}: want {json.dumps(want)}, got {json.dumps(have)}")
            if args.verbose:
                for e in evidence[:3]:
                    print(f"        {e.get('time')} {e.get('who')}: {e.get('quote')}")
        m = got["measures"]
        parts = []
        for key, tol in TOLERANCE.items():
            want = label.get(LABEL_OF[key])
            have = m.get(key)
            if want is None:
                continue
            ok = have is not None and abs(have - want) <= tol
            measures_right += ok
            measures_total += 1
            parts.append(f"{key} {have} vs {want}{'' if ok else ' OUT'}")
        q_want = label.get("rep_questions", {})
        q_have = m.get("questions", {})
        diff = sum(abs(q_have.get(k, 0) - q_want.get(k, 0)) for k in ("open", "semi_open", "closed"))
        question_diffs.append(diff)
        parts.append("questions {}/{}/{} vs {}/{}/{}".format(
            q_have.get("open"), q_have.get("semi_open"), q_have.get("closed"),
            q_want.get("open"), q_want.get("semi_open"), q_want.get("closed")))
        print("    measures: " + "; ".join(parts))

    print()
    print("per finding (right/total):")
    for key, (right, total) in per_finding.items():
        print(f"    {key:<27} {right}/{total}")
    files = len(labels)
    pct = 100.0 * findings_right / findings_total if findings_total else 0.0
    print()
    print(f"findings right: {findings_right}/{findings_total} = {pct:.1f}%")
    print(f"outcome right: {outcomes_right}/{files}")
    print(f"measures within tolerance: {measures_right}/{measures_total}")
    print(f"question counts: total absolute difference {sum(question_diffs)} over {files} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
