#!/usr/bin/env python3
"""Measures the playbook on the scenario set (../shared/eval/scenarios), with the real
binary on real files:

  threads/     imports threads.mbox, runs `rapport inbox --all --json`, and compares each
               thread's inbox kind and reply owed with labels.json (thread kinds map to inbox
               kinds as the set's README says; a `normal` thread is no item unless a reply is
               owed, when it is `answer_owed`).
  workspace/   imports mail.mbox, calls.csv and contacts.csv, runs `rapport today --json` at
               the set's "now", and checks every must-be-in contact is in the top ten and no
               must-not-be-in contact is.

Transcripts are measured by bench/review_eval.py.

    bench/playbook_eval.py [--rapport build/release/src/cli/rapport] [--eval ../shared/eval]
                           [--only threads|workspace] [--verbose]
"""
import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)

KIND_TO_INBOX = {
    "pleasantry_loop": "courtesy_loop",
    "ejection": "dismissal",
    "ejection_answered_by_long_email": "dismissal_answered_in_writing",
    "proposal_followed_up_by_email_only": "proposal_followed_up_by_email_only",
    "open_question_unanswered": "answer_owed",
    "normal": "none",
}


def run(rapport, db, *args, now=None, me=None):
    cmd = [rapport, "--db", db]
    for m in me or []:
        cmd += ["--me", m]
    if now:
        cmd += ["--now", now]
    cmd += list(args)
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stderr}")
    return out.stdout


def day_after_last(mbox_path):
    import email.utils
    import mailbox
    last = max(email.utils.parsedate_to_datetime(m["Date"]) for m in mailbox.mbox(mbox_path))
    return (last + datetime.timedelta(days=1)).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def seller_address(seller):
    return seller[seller.index("<") + 1 : seller.index(">")] if "<" in seller else seller


def eval_threads(rapport, eval_dir, verbose):
    folder = os.path.join(eval_dir, "scenarios", "threads")
    labels = json.load(open(os.path.join(folder, "labels.json")))
    me = [seller_address(labels["seller"])]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "threads.db")
        run(rapport, db, "import", os.path.join(folder, "threads.mbox"), me=me)
        # A day after the last message, so that nothing is too old to look at.
        # Every thread counts, however old: the set spans months.
        config = os.path.join(tmp, "config.toml")
        with open(config, "w") as f:
            f.write("[inbox]\nlookback_days = 3650\n")
        result = json.loads(run(rapport, db, "--config", config, "--json", "inbox", "--all", now=day_after_last(os.path.join(folder, "threads.mbox")), me=me))
    items = {i["thread_root_message_id"]: i for i in result["items"]}
    kinds_right = owed_right = 0
    rows = []
    for t in labels["threads"]:
        root = t["thread_root_message_id"].strip("<>")
        item = items.get(root)
        got_kind = item["kind"] if item else "missing"
        got_owed = item["reply_owed"] if item else None
        want_kind = KIND_TO_INBOX[t["kind"]]
        want_owed = t["expected_reply_owed_by_seller"]
        if want_kind == "none" and want_owed:
            want_kind = "answer_owed"
        ok_kind = got_kind == want_kind
        ok_owed = got_owed == want_owed
        kinds_right += ok_kind
        owed_right += ok_owed
        rows.append((t["key"], t["kind"], want_kind, got_kind, want_owed, got_owed, ok_kind and ok_owed))
    n = len(labels["threads"])
    print(f"threads: kind right {kinds_right}/{n} ({kinds_right / n:.1%}), reply owed right {owed_right}/{n} ({owed_right / n:.1%})")
    for key, label, want, got, want_owed, got_owed, ok in rows:
        if verbose or not ok:
            mark = "ok " if ok else "BAD"
            print(f"  {mark} {key} {label:34} want {want:34} got {got:34} owed want {want_owed} got {got_owed}")
    return kinds_right / n, owed_right / n


def eval_workspace(rapport, eval_dir, verbose):
    folder = os.path.join(eval_dir, "scenarios", "workspace")
    expected = json.load(open(os.path.join(folder, "expected.json")))
    me = [seller_address(expected["seller"])] if "seller" in expected else []
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "workspace.db")
        run(rapport, db, "import", "--region", "GB", os.path.join(folder, "contacts.csv"),
            os.path.join(folder, "mail.mbox"), os.path.join(folder, "calls.csv"), me=me)
        result = json.loads(run(rapport, db, "--json", "today", "-n", "10", "--explain", now=expected["now"], me=me))
    listed = []
    for call in result["calls"]:
        listed.append(set(e.lower() for e in call["contact"]["emails"]))
    def position(email):
        for i, emails in enumerate(listed):
            if email.lower() in emails:
                return i + 1
        return None
    must_ok = sum(position(m["email"]) is not None for m in expected["must_be_in_top10"])
    must_not_ok = sum(position(m["email"]) is None for m in expected["must_not_be_in_top10"])
    print(f"workspace: must-be-in in the top ten {must_ok}/{len(expected['must_be_in_top10'])}, "
          f"must-not-be-in kept out {must_not_ok}/{len(expected['must_not_be_in_top10'])}")
    for m in expected["must_be_in_top10"]:
        p = position(m["email"])
        if verbose or p is None:
            print(f"  {'ok ' if p else 'BAD'} must     {m['email']:40} at {p}")
    for m in expected["must_not_be_in_top10"]:
        p = position(m["email"])
        if verbose or p is not None:
            print(f"  {'ok ' if p is None else 'BAD'} must-not {m['email']:40} at {p}")
    if verbose:
        for i, call in enumerate(result["calls"]):
            print(f"  {i + 1:2} {call['contact']['name']:24} {call['score']:6} {call['reasons'][0]['text'][:90]}")
        for l in result.get("left_out", []):
            print(f"     left out: {l['contact']['name']:24} {l['code']}: {l['text'][:70]}")
    return must_ok == len(expected["must_be_in_top10"]) and must_not_ok == len(expected["must_not_be_in_top10"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rapport", default=os.path.join(SOURCE, "build", "release", "src", "cli", "rapport"))
    parser.add_argument("--eval", default=os.path.join(SOURCE, "..", "shared", "eval"))
    parser.add_argument("--only", choices=["threads", "workspace"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.eval, "scenarios")):
        sys.exit(f"no scenario set under {args.eval}")
    if args.only in (None, "threads"):
        eval_threads(args.rapport, args.eval, args.verbose)
    if args.only in (None, "workspace"):
        eval_workspace(args.rapport, args.eval, args.verbose)


if __name__ == "__main__":
    main()
