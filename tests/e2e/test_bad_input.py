#!/usr/bin/env python3
"""Bad input gets an error naming the file and position; the rest of the import goes on."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e  # noqa: E402


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


class BadInput(unittest.TestCase):
    def setUp(self):
        self.ws = e2e.Workspace()
        self.dir = os.path.join(self.ws.home, "inbox")
        good = (b"From: Ana <ana@one.example>\nTo: me@seller.example\nSubject: Hello\n"
                b"Date: Mon, 02 Nov 2026 09:00:00 +0000\nMessage-ID: <good-1@one.example>\n\nHi there.\n")
        write(os.path.join(self.dir, "good.eml"), good)
        # A mailbox whose second message has no header block at all, then a good one.
        write(os.path.join(self.dir, "mixed.mbox"),
              b"From a Mon Nov  2 09:00:00 2026\n" + good.replace(b"good-1", b"good-2").replace(b"Hello", b"Second") +
              b"\nFrom b Mon Nov  2 09:00:00 2026\n\x00\x01\x02 not a message \xff\xfe\n"
              b"\nFrom c Mon Nov  2 09:00:00 2026\n" + good.replace(b"good-1", b"good-3").replace(b"Hello", b"Third"))
        write(os.path.join(self.dir, "contacts.csv"),
              b"name,email,phone\nBo Lind,bo@two.example,+44 7700 900555\n\"Unclosed,quote@x.example,1\n")
        write(os.path.join(self.dir, "calls.csv"),
              b"date,contact,direction,duration,outcome\n2026-11-02T10:00:00Z,bo@two.example,outbound,60,reached\n"
              b"yesterday-ish,bo@two.example,outbound,60,reached\n")
        write(os.path.join(self.dir, "meeting.vtt"),
              b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana>Hello!</v>\n\n"
              b"00:00:xx.000 --> 00:00:09.000\n<v Ana>broken timing</v>\n\n"
              b"00:00:10.000 --> 00:00:12.000\n<v Me>Hi Ana.</v>\n")
        write(os.path.join(self.dir, "sms.xml"),
              b"<?xml version='1.0' encoding='UTF-8'?>\n<smses count=\"2\">\n"
              b"<sms address=\"+447700900555\" date=\"1794996000000\" type=\"1\" body=\"On my way\" />\n"
              b"<sms address=\"+447700900555\" date=\"17949")

    def tearDown(self):
        self.ws.close()

    def test_import_goes_on_and_names_positions(self):
        result = self.ws.json("--me", "me@seller.example", "import", self.dir,
                              os.path.join(self.ws.home, "missing.mbox"))
        skipped = result["skipped"]
        files = {os.path.basename(s["file"]) for s in skipped}
        for name in ("mixed.mbox", "calls.csv", "missing.mbox"):
            self.assertIn(name, files, skipped)
        for s in skipped:
            self.assertTrue(s["reason"], s)
            if not s["file"].endswith("missing.mbox"):
                self.assertTrue(s["position"], f"a position is named: {s}")
        self.assertGreaterEqual(result["imported"], 3 + 1 + 1 + 1 + 1)  # 3 mails, contact, call, transcript, sms
        contacts = {c["name"] for c in self.ws.json("contacts")["contacts"]}
        self.assertIn("Bo Lind", contacts)
        self.assertIn("Ana", contacts)

    def test_unrecognised_file_named_explicitly_is_an_error(self):
        path = os.path.join(self.ws.home, "photo.png")
        write(path, b"\x89PNG\r\n\x1a\n\x00\x00")
        proc = self.ws.run("import", path, check=False)
        self.assertEqual(proc.returncode, 1)
        self.assertIn("photo.png", proc.stdout + proc.stderr)

    def test_usage_errors_exit_2(self):
        self.assertEqual(self.ws.run("import", check=False).returncode, 2)
        self.assertEqual(self.ws.run("--now", "last tuesday", "contacts", check=False).returncode, 2)
        self.assertEqual(self.ws.run("no-such-command", check=False).returncode, 2)


if __name__ == "__main__":
    sys.exit(e2e.main(sys.argv))
