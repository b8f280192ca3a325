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


class InterruptedImport(unittest.TestCase):
    def test_kill_and_rerun(self):
        ws = e2e.Workspace()
        try:
            mbox = os.path.join(ws.home, "big.mbox")
            write_mailbox(mbox)
            interrupted = False
            # Kill at growing delays until a kill lands while rows are being written.
            for attempt, delay in enumerate((0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0)):
                ws.db = os.path.join(ws.home, f"attempt{attempt}.db")
                args = [e2e.BINARY, "--db", ws.db, "--me", "rep@seller.example", "import", mbox]
                proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ws.env)
                time.sleep(delay)
                if proc.poll() is not None:
                    break
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                rows = message_rows(ws.db) if os.path.exists(ws.db) else 0
                print(f"killed after {delay} s: {rows} of {MESSAGES} messages committed")
                if 0 < rows < MESSAGES:
                    interrupted = True
                    break
            self.assertTrue(interrupted, "the import finished before any kill landed mid-way; raise MESSAGES")
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
