#!/usr/bin/env python3
"""Measures `rapport analyze` on labelled data nobody here wrote (../shared/eval):

  SwDA (train + val parts)    question detection, closed-vs-other typing, backchannel,
                              thanks, apology, closing, greeting, appreciation
  scenarios/utterances.jsonl  every act, objection categories
  scenarios/messages.jsonl    every intent, objection categories, reply_owed
  CaSiNo (train + valid)      small_talk against the annotators' small-talk strategy
  Parakweet email intent      reply_owed against "the sentence asks the reader to act"
  CraigslistBargain           commitment, rejection and close_attempt against the buttons
                              the negotiators pressed (weak labels, see eval_craigslist)

and the speed of `rapport analyze` over all of SwDA (utterances per second) and its
start-up time. Prints precision, recall and F1 per tag.

    bench/analysis_eval.py [--rapport build/release/src/cli/rapport] [--eval ../shared/eval]
                           [--only swda|scenarios|casino|parakweet|craigslist] [--errors TAG]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)

# SwDA's collapsed tags mapped to ours (the mapping). qw/qw^d may be either
# semi-open or open; qh (rhetorical) is not a question.
SWDA_QUESTION = {"qy": "closed", "qy^d": "closed", "^g": "closed", "qw": "wh", "qw^d": "wh", "qo": "open"}
SWDA_ACT = {"b": "backchannel", "ft": "thanks", "fc": "closing", "fp": "greeting", "fa": "apology",
            "ba": "appreciation"}


def run_analyze(rapport, lines):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for line in lines:
            f.write(json.dumps(line) + "\n")
        path = f.name
    try:
        started = time.perf_counter()
        proc = subprocess.run([rapport, "analyze", path], capture_output=True, text=True)
        seconds = time.perf_counter() - started
    finally:
        os.unlink(path)
    if proc.returncode != 0:
        sys.exit(f"rapport analyze failed ({proc.returncode}): {proc.stderr}")
    out = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    if len(out) != len(lines):
        sys.exit(f"rapport analyze wrote {len(out)} lines for {len(lines)}")
    errors = [o for o in out if "error" in o]
    if errors:
        print(f"  {len(errors)} lines answered with an error, e.g. {errors[0]}")
    return out, seconds


class Scores:
    def __init__(self):
        self.tp = collections.Counter()
        self.fp = collections.Counter()
        self.fn = collections.Counter()
        self.examples = collections.defaultdict(list)

    def add(self, tag, gold, predicted, text=""):
        if gold and predicted:
            self.tp[tag] += 1
        elif predicted:
            self.fp[tag] += 1
            self.examples[tag].append(("FP", text))
        elif gold:
            self.fn[tag] += 1
            self.examples[tag].append(("FN", text))

    def row(self, tag):
        tp, fp, fn = self.tp[tag], self.fp[tag], self.fn[tag]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn

    def print(self, title, tags, targets=None):
        print(f"\n{title}")
        print(f"  {'tag':<24} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}")
        for tag in tags:
            p, r, f, n = self.row(tag)
            mark = ""
            if targets and tag in targets:
                mark = "  ok" if f >= targets[tag] else f"  below {targets[tag]:.2f}"
            print(f"  {tag:<24} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}{mark}")

    def show_errors(self, tag, limit=40):
        print(f"\nerrors for {tag}:")
        for kind, text in self.examples[tag][:limit]:
            print(f"  {kind}  {text}")


def swda_units(eval_dir):
    """SwDA slash-units of train and val, with '+' continuations joined to the same
    speaker's previous unit (the usual handling)."""
    path = os.path.join(eval_dir, "swda", "swda_utterances.tsv")
    units = []
    last_by_speaker = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for raw in f:
            row = raw.rstrip("\n").split("\t")
            if row[col["split"]] not in ("train", "val"):
                continue
            conv, speaker, tag, text = (row[col["conversation_no"]], row[col["speaker"]],
                                        row[col["act_tag_damsl"]], row[col["text_clean"]])
            # "* slash error", "* should this be two units?": transcribers' comments, not speech.
            text = text.split("*", 1)[0].strip()
            key = (conv, speaker)
            if tag == "+" and key in last_by_speaker:
                unit = last_by_speaker[key]
                if text:
                    unit["text"] = (unit["text"] + " " + text).strip()
                continue
            unit = {"conversation": conv, "speaker": speaker, "tag": tag, "text": text}
            units.append(unit)
            last_by_speaker[key] = unit
    return [u for u in units if u["text"]]


def eval_swda(rapport, eval_dir, errors_tag):
    units = swda_units(eval_dir)
    # SwDA's speakers are "A" and "B": names without a role (rep or client), which tell
    # the analysis who answers whom.
    lines = [{"id": str(i), "text": u["text"], "speaker": u["speaker"], "channel": "phone",
              "conversation": u["conversation"]} for i, u in enumerate(units)]
    out, seconds = run_analyze(rapport, lines)
    scores = Scores()
    typed = typed_right = 0
    for unit, result in zip(units, out):
        acts = set(result.get("acts", []))
        predicted_q = {a for a in acts if a.startswith("question.")}
        gold_q = SWDA_QUESTION.get(unit["tag"])
        scores.add("question", gold_q is not None, bool(predicted_q), unit["text"])
        if gold_q and predicted_q:
            typed += 1
            closed_gold = gold_q == "closed"
            closed_ours = "question.closed" in predicted_q
            typed_right += closed_gold == closed_ours
            if closed_gold != closed_ours:
                scores.examples["typing"].append((f"gold {gold_q}, ours {sorted(predicted_q)}", unit["text"]))
        for tag, act in SWDA_ACT.items():
            scores.add(act, unit["tag"] == tag, act in acts, unit["text"])
    print(f"\nSwDA train+val: {len(units)} utterances ('+' continuations joined)")
    scores.print("SwDA", ["question", "backchannel", "thanks", "apology", "closing", "greeting", "appreciation"],
                 {"question": 0.90, "backchannel": 0.85, "thanks": 0.85, "apology": 0.85, "closing": 0.75,
                  "greeting": 0.75})
    accuracy = typed_right / typed if typed else 0.0
    print(f"  closed-vs-other accuracy among true questions found: {accuracy:.3f} ({typed_right}/{typed})"
          f"{'  ok' if accuracy >= 0.90 else '  below 0.90'}")
    print(f"\nspeed: {len(lines)} utterances in {seconds:.2f} s = {len(lines) / seconds:,.0f} utterances/s "
          f"(whole process: start-up, JSON in and out)")
    if errors_tag:
        scores.show_errors(errors_tag)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


ACTS = ["greeting", "small_talk", "question.open", "question.semi_open", "question.closed", "backchannel",
        "thanks", "appreciation", "apology", "pitch", "close_attempt", "commitment", "objection", "rejection",
        "next_step", "decision_justification", "self_blame", "one_more_thing", "closing", "sign_off_notice",
        "admin_ask"]
INTENTS = ["dismissal", "objection", "pleasantry", "auto_reply", "question", "interest", "scheduling",
           "unsubscribe", "info"]
CATEGORIES = ["price", "budget", "vendor_risk", "financial_unclear", "timing", "need", "authority",
              "competitor", "other"]


def eval_scenarios(rapport, eval_dir, errors_tag):
    base = os.path.join(eval_dir, "scenarios")
    utterances = read_jsonl(os.path.join(base, "utterances.jsonl"))
    lines = [{k: u[k] for k in ("id", "text", "speaker", "channel") if k in u} for u in utterances]
    out, _ = run_analyze(rapport, lines)
    acts, categories = Scores(), Scores()
    for u, r in zip(utterances, out):
        for act in ACTS:
            acts.add(act, act in u["acts"], act in r.get("acts", []), u["text"])
        for c in CATEGORIES:
            categories.add(c, c in u["objections"], c in r.get("objections", []), u["text"])
    print(f"\nscenarios/utterances.jsonl: {len(utterances)} utterances")
    acts.print("acts", ACTS, {a: 0.85 for a in ACTS})
    categories.print("objection categories (utterances)", CATEGORIES)

    messages = read_jsonl(os.path.join(base, "messages.jsonl"))
    lines = [{k: m[k] for k in ("id", "text", "channel", "subject") if k in m} for m in messages]
    out, _ = run_analyze(rapport, lines)
    intents, mcats = Scores(), Scores()
    owed_right = 0
    for m, r in zip(messages, out):
        for intent in INTENTS:
            intents.add(intent, m["intent"] == intent, r.get("intent") == intent, m["text"][:160])
        for c in CATEGORIES:
            mcats.add(c, c in m["objections"], c in r.get("objections", []), m["text"][:160])
        owed_right += bool(r.get("reply_owed")) == m["reply_owed"]
        if bool(r.get("reply_owed")) != m["reply_owed"]:
            intents.examples["reply_owed"].append((f"gold {m['reply_owed']}", m["text"][:160]))
    print(f"\nscenarios/messages.jsonl: {len(messages)} messages")
    intents.print("intents", INTENTS, {i: 0.85 for i in INTENTS})
    mcats.print("objection categories (messages)", CATEGORIES)
    accuracy = owed_right / len(messages)
    print(f"  reply_owed accuracy: {accuracy:.3f} ({owed_right}/{len(messages)})"
          f"{'  ok' if accuracy >= 0.95 else '  below 0.95'}")
    if errors_tag:
        for scores in (acts, categories, intents, mcats):
            if scores.examples.get(errors_tag):
                scores.show_errors(errors_tag)


def eval_casino(rapport, eval_dir, errors_tag):
    """CaSiNo's annotators marked each message of 396 camping negotiations with the
    strategies it uses; "small-talk" is rapport building outside the deal. Only the
    annotated dialogues count. Their small-talk also covers openings ("Hello, how are
    you?") and wishes ("have a nice trip"), which DESIGN.md calls greeting and closing,
    so both mappings are printed."""
    path = os.path.join(eval_dir, "casino", "utterances.tsv")
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for raw in f:
            row = raw.rstrip("\n").split("\t")
            if row[col["split"]] == "test" or row[col["event"]] != "message" or row[col["annotated"]] != "1":
                continue
            rows.append({"dialogue": row[col["dialogue_id"]], "text": row[col["text"]],
                         "speaker": row[col["speaker"]],
                         "small_talk": "small-talk" in row[col["strategies"]].split(",")})
    # Both negotiators are private people: neither is the seller, so no role is given.
    lines = [{"id": str(i), "text": r["text"], "speaker": r["speaker"], "channel": "chat",
              "conversation": r["dialogue"]} for i, r in enumerate(rows)]
    out, _ = run_analyze(rapport, lines)
    scores = Scores()
    for r, o in zip(rows, out):
        acts = set(o.get("acts", []))
        scores.add("small_talk", r["small_talk"], "small_talk" in acts, r["text"][:160])
        scores.add("small_talk|greeting|closing", r["small_talk"],
                   bool(acts & {"small_talk", "greeting", "closing"}), r["text"][:160])
    print(f"\nCaSiNo train+valid, annotated dialogues: {len(rows)} messages")
    scores.print("CaSiNo small-talk", ["small_talk", "small_talk|greeting|closing"])
    if errors_tag:
        scores.show_errors(errors_tag)


def eval_parakweet(rapport, eval_dir, errors_tag):
    """Single sentences of real email, labelled Yes when they ask the reader to act (a
    request, a proposal, a stated want). Each is analysed as a client's email: a
    request owes a reply."""
    path = os.path.join(eval_dir, "parakweet_email_intent", "email_intent.tsv")
    rows = []
    with open(path, encoding="utf-8") as f:
        f.readline()
        for raw in f:
            split, label, text = raw.rstrip("\n").split("\t", 2)
            if split != "test":
                rows.append({"text": text, "asks": label == "Yes"})
    lines = [{"id": str(i), "text": r["text"], "speaker": "client", "channel": "email"} for i, r in enumerate(rows)]
    out, _ = run_analyze(rapport, lines)
    scores = Scores()
    right = 0
    for r, o in zip(rows, out):
        owed = bool(o.get("reply_owed"))
        scores.add("reply_owed", r["asks"], owed, r["text"][:160])
        right += owed == r["asks"]
    print(f"\nParakweet email intent, train part: {len(rows)} sentences")
    scores.print("asks the reader to act", ["reply_owed"])
    print(f"  accuracy: {right / len(rows):.3f} ({right}/{len(rows)})")
    if errors_tag:
        scores.show_errors(errors_tag)


def eval_craigslist(rapport, eval_dir, errors_tag):
    """Buyer and seller negotiate by chat and press buttons: offer (a price), accept,
    reject, quit. The buttons are weak labels for the message just before them: the
    last message of the one who accepts should agree (commitment), of the one who
    rejects or quits should decline (rejection). The message right before an offer
    button either proposes the price (close_attempt) or agrees to one ("deal, sending
    it now"), so that row has no single expected act. Messages said before something
    else are not labelled, so only the share of each act per button is printed."""
    path = os.path.join(eval_dir, "craigslistbargain", "dialogues.jsonl")
    dialogues = read_jsonl(path)
    lines, where = [], {}
    for d in dialogues:
        for e in d["events"]:
            if e["action"] == "message" and e.get("text"):
                where[(d["uuid"], e["index"])] = len(lines)
                # Neither side is our seller: a role-less name lets either side agree or decline.
                lines.append({"id": str(len(lines)), "text": e["text"], "speaker": e["role"], "channel": "chat",
                              "conversation": d["uuid"]})
    out, _ = run_analyze(rapport, lines)
    expected = {"accept": "commitment", "reject": "rejection", "quit": "rejection", "offer": None}
    found = collections.Counter()
    total = collections.Counter()
    examples = collections.defaultdict(list)
    for d in dialogues:
        events = d["events"]
        for i, e in enumerate(events):
            if e["action"] not in expected:
                continue
            before = [x for x in events[:i] if x["action"] == "message" and x.get("text") and x["agent"] == e["agent"]]
            if not before:
                continue
            if e["action"] == "offer" and before[-1]["index"] != events[i - 1]["index"]:
                continue  # an offer's message is the one right before the button
            acts = set(out[where[(d["uuid"], before[-1]["index"])]].get("acts", []))
            total[e["action"]] += 1
            for act in ("commitment", "rejection", "close_attempt", "objection"):
                found[(e["action"], act)] += act in acts
            if expected[e["action"]] and expected[e["action"]] not in acts:
                examples[expected[e["action"]]].append(("FN", before[-1]["text"][:160]))
    print(f"\nCraigslistBargain: {len(dialogues)} dialogues, {len(lines)} messages")
    print(f"  {'button':<8} {'n':>5}  {'commitment':>10} {'rejection':>10} {'close_attempt':>13} {'objection':>10}")
    for action in ("accept", "reject", "quit", "offer"):
        n = total[action]
        cells = [f"{found[(action, a)] / n:.3f}" if n else "-" for a in
                 ("commitment", "rejection", "close_attempt", "objection")]
        print(f"  {action:<8} {n:5d}  {cells[0]:>10} {cells[1]:>10} {cells[2]:>13} {cells[3]:>10}")
    if errors_tag and examples.get(errors_tag):
        print(f"\nmisses for {errors_tag}:")
        for kind, text in examples[errors_tag][:60]:
            print(f"  {kind}  {text}")


def start_up(rapport):
    started = time.perf_counter()
    subprocess.run([rapport, "analyze"], input="", capture_output=True, text=True, check=True)
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rapport", default=os.path.join(SOURCE, "build", "release", "src", "cli", "rapport"))
    parser.add_argument("--eval", default=os.path.join(os.path.dirname(SOURCE), "shared", "eval"))
    parser.add_argument("--only", choices=["swda", "scenarios", "casino", "parakweet", "craigslist"])
    parser.add_argument("--errors", help="print the misses and false alarms of one tag")
    args = parser.parse_args()
    if not os.path.isdir(args.eval):
        sys.exit(f"{args.eval}: no evaluation data here")
    print(f"rapport analyze start-up (process with empty input): {start_up(args.rapport) * 1000:.0f} ms")
    if args.only in (None, "scenarios"):
        eval_scenarios(args.rapport, args.eval, args.errors)
    if args.only in (None, "casino"):
        eval_casino(args.rapport, args.eval, args.errors)
    if args.only in (None, "parakweet"):
        eval_parakweet(args.rapport, args.eval, args.errors)
    if args.only in (None, "craigslist"):
        eval_craigslist(args.rapport, args.eval, args.errors)
    if args.only in (None, "swda"):
        eval_swda(args.rapport, args.eval, args.errors)


if __name__ == "__main__":
    main()
