#!/usr/bin/env python3
"""The real binary on the bundled demo workspace: import, re-import, contacts, show, inspect."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e  # noqa: E402


class DemoWorkspace(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ws = e2e.Workspace()
        cls.first = cls.ws.json("import", "--region", "GB", e2e.SAMPLES)
        cls.second = cls.ws.json("import", "--region", "GB", e2e.SAMPLES)

    @classmethod
    def tearDownClass(cls):
        cls.ws.close()

    def test_everything_is_read_without_skips(self):
        self.assertEqual(self.first["skipped"], [], "the demo workspace has no bad records")
        # 156 distinct mails + 32 texts + 7 transcripts + 40 calls at least; contact rows too.
        self.assertGreaterEqual(self.first["imported"], 156 + 32 + 7 + 40)
        # samples/mail/harbourline-proposal.eml repeats a message of sent.mbox.
        self.assertGreaterEqual(self.first["already_known"], 1)

    def test_reimport_changes_nothing(self):
        self.assertEqual(self.second["imported"], 0)
        self.assertEqual(self.second["already_known"], self.first["imported"] + self.first["already_known"])

    def test_owner_is_inferred_from_the_sent_mailbox(self):
        values = [i["value"] for i in self.first["owner"]]
        self.assertIn("nora.castellane@fieldnote.example", values)
        self.assertTrue(self.first["owner_inferred"])

    def test_contacts_merge_identities_across_sources(self):
        contacts = self.ws.json("contacts")["contacts"]
        self.assertGreaterEqual(len(contacts), 25)
        names = {c["name"]: c for c in contacts}
        self.assertNotIn("Nora Castellane", names, "the owner is not a contact")
        priya = names["Priya Raman"]
        self.assertTrue(priya["emails"] and priya["phones"], "email from mail and phone from the CSV on one contact")
        self.assertEqual(priya["account"], "Harbourline Freight Ltd")
        self.assertIsNotNone(priya["last_live"], "the Teams meeting with Priya counts as live")

    def test_show_contact_timeline_spans_channels(self):
        shown = self.ws.json("show", "Priya Raman")
        channels = {e["channel"] for e in shown["timeline"]}
        self.assertIn("email", channels)
        self.assertTrue(channels & {"video", "phone"}, channels)
        for entry in shown["timeline"]:
            self.assertTrue(entry["source"]["file"], "every timeline entry names its source")
        times = [e["when"] for e in shown["timeline"]]
        self.assertEqual(times, sorted(times))

    def test_show_conversation_of_a_thread(self):
        shown = self.ws.json("show", "Priya Raman")
        conv_ids = [e["conversation"] for e in shown["timeline"] if e["kind"] == "message" and e["conversation"]]
        self.assertTrue(conv_ids)
        conversation = self.ws.json("show", "--conversation", str(conv_ids[0]))["conversation"]
        self.assertTrue(conversation["items"])
        for item in conversation["items"]:
            self.assertNotIn("\n> ", "\n" + item["new_text"], "quoted lines are not new text")

    def test_inspect_reads_without_importing(self):
        ws = e2e.Workspace()
        try:
            inspected = ws.json("inspect", os.path.join(e2e.SAMPLES, "mail", "inbox.mbox"), db=False)
            self.assertEqual(len(inspected["messages"]), 75)
            for m in inspected["messages"]:
                self.assertTrue(m["new_text"] or m["automatic"] or m["attachments"], m["subject"])
            self.assertFalse(os.path.exists(ws.db))
        finally:
            ws.close()

    def test_text_output_reads_well(self):
        out = self.ws.run("--now", "2026-11-20T09:00:00Z", "contacts").stdout
        self.assertIn("Priya Raman", out)
        for line in out.splitlines():
            self.assertLessEqual(len(line), 100, line)


if __name__ == "__main__":
    sys.exit(e2e.main(sys.argv))
