#!/usr/bin/env python3
"""An import killed half-way leaves a consistent store, and running it again completes it
with the same result as an import that was never interrupted."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e  # noqa: E402

MESSAGES = 8000
KILL_WITHIN_S = 120


def write_mailbox(path):
    words = ("proposal pricing schedule depot route crew invoice renewal meeting "
             "quarter budget vans drivers planning pilot rollout").split()
    with open(path, "w") as f:
        for i in range(MESSAGES):
            client = f"client{i % 300}@company{i % 40}.example"
            body = "\n".join(" ".join(words[(i * 7 + j * 3 + k) % len(words)] for k in range(12))
                             for j in range(10))
            f.write(f"From {client} Mon Nov  2 09:00:00 2026\n"
                    f"From: Client {i % 300} <{client}>\nTo: rep@seller.example\n"
                    f"Subject: Question {i}\nDate: Mon, 02 Nov 2026 09:{i % 60:02d}:00 +0000\n"
                    f"Message-ID: <m{i}@company{i % 40}.example>\n\nHello,\n{body}\n\n")


def message_rows(db):
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT COUNT(*) FROM message").fetchone()[0]


def committed_so_far(db):
    """Messages committed by an import still running; 0 while the store is not there yet
    or is busy."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT COUNT(*) FROM message").fetchone()[0]
    except sqlite3.Error:
        return 0


class InterruptedImport(unittest.TestCase):
    def test_kill_and_rerun(self):
        ws = e2e.Workspace()
        try:
            mbox = os.path.join(ws.home, "big.mbox")
            write_mailbox(mbox)
            ws.db = os.path.join(ws.home, "interrupted.db")
            args = [e2e.BINARY, "--db", ws.db, "--me", "rep@seller.example", "import", mbox]
            proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ws.env)
            # Kill as soon as a first batch is committed, whatever the machine's speed: a
            # busy machine once took over 8 s to get there, and fixed delays missed it.
            seen, started = 0, time.monotonic()
            while proc.poll() is None and seen == 0 and time.monotonic() - started < KILL_WITHIN_S:
                time.sleep(0.02)
                seen = committed_so_far(ws.db)
            finished = proc.poll()
            if finished is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
            rows = message_rows(ws.db) if os.path.exists(ws.db) else 0
            waited = time.monotonic() - started
            print(f"killed after {waited:.2f} s: {rows} of {MESSAGES} messages committed")
            self.assertIsNone(finished, f"the import finished (exit {finished}) in {waited:.2f} s, before a kill "
                                        f"could land mid-way; raise MESSAGES")
            self.assertGreater(rows, 0, f"no batch was committed within {KILL_WITHIN_S} s")
            self.assertLess(rows, MESSAGES, "every batch was committed before the kill landed; raise MESSAGES")
            partial = message_rows(ws.db)
            # Committed batches are whole: a multiple of the batch size, or a whole file.
            rerun = ws.json("--me", "rep@seller.example", "import", mbox)
            self.assertEqual(rerun["skipped"], [])
            self.assertEqual(rerun["already_known"], partial)
            self.assertEqual(rerun["imported"] + rerun["already_known"], MESSAGES)
            self.assertEqual(message_rows(ws.db), MESSAGES)

            clean = e2e.Workspace()
            try:
                clean.json("--me", "rep@seller.example", "import", mbox)
                self.assertEqual(clean.json("contacts")["contacts"], ws.json("contacts")["contacts"])
            finally:
                clean.close()
        finally:
            ws.close()


if __name__ == "__main__":
    sys.exit(e2e.main(sys.argv))
