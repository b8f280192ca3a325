"""An organisation's own rule files, named in the configuration ([rules] files), reach
the analysis and the playbook of every command; bad ones stop the command clearly."""
import json
import os
import sys

import e2e

NOW = "2026-11-20T09:00:00Z"
ME = "nora.castellane@fieldnote.example"


class RuleFiles(e2e.unittest.TestCase):
    def setUp(self):
        self.ws = e2e.Workspace()
        self.rules_dir = os.path.join(self.ws.home, "rules")
        os.makedirs(self.rules_dir)
        self.config = os.path.join(self.ws.home, "config.toml")

    def tearDown(self):
        self.ws.close()

    def write(self, name, text):
        with open(os.path.join(self.rules_dir, name), "w", encoding="utf-8") as f:
            f.write(text)

    def configure(self, *files):
        # Relative paths are read from the configuration file's folder.
        with open(self.config, "w", encoding="utf-8") as f:
            f.write("[rules]\nfiles = [%s]\n" % ", ".join('"rules/%s"' % name for name in files))

    def analyze(self, text, *extra, channel="email"):
        line = json.dumps({"id": "1", "text": text, "speaker": "client", "channel": channel})
        argv = [e2e.BINARY, "--config", self.config, "analyze", *extra]
        proc = e2e.subprocess.run(argv, input=line + "\n", capture_output=True, text=True, env=self.ws.env, timeout=60)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return json.loads(proc.stdout)

    def objections(self, result):
        return result.get("objections", [])

    def test_analyze_reads_the_configured_files(self):
        # Only a name says Zentrix is a rival: the built-in rules cannot know it. ("We're
        # going with Zentrix this year" they now read as a rival chosen, name or not.)
        text = "Thanks, but Zentrix have offered us three months free."
        self.configure()
        self.assertNotIn("competitor", self.objections(self.analyze(text)))
        self.write("objections-acme.rules", "# Our competitors, by name.\ncompetitor: zentrix|brightwave\n")
        self.configure("objections-acme.rules")
        self.assertIn("competitor", self.objections(self.analyze(text)))

    def test_a_model_file_replaces_the_built_in_model(self):
        # An organisation's own objection model (as bench/train_objection_model.py writes
        # one from its labelled calls) decides in place of ours: this one knows one word.
        text = "The zebra crossing outside the depot gets repainted on Tuesday, by the way."
        self.configure()
        self.assertEqual(self.objections(self.analyze(text, channel="phone")), [])
        columns = "objects price budget vendor_risk financial_unclear timing need authority competitor other".split()
        self.write("objection_model.tsv",
                   "# one word\n@threshold\t0\n@columns\t" + "\t".join(columns) + "\n"
                   "@bias\t-1" + "\t0" * 9 + "\nzebra\t3" + "\t0" * 8 + "\t2\n")
        self.configure("objection_model.tsv")
        self.assertEqual(self.objections(self.analyze(text, channel="phone")), ["other"])
        # Ours no longer speaks: a turn it calls an objection is none now.
        ours = ("Bit of both. Mainly I can't take the lads off the road for training. Every engineer hour is a "
                "call-out at the moment.")
        self.assertEqual(self.objections(self.analyze(ours, channel="phone")), [])
        self.configure()
        self.assertNotEqual(self.objections(self.analyze(ours, channel="phone")), [])
        # A broken one stops the command with its name and line.
        self.write("objection_model.tsv", "@columns\tobjects\n@bias\tmany\n")
        self.configure("objection_model.tsv")
        argv = [e2e.BINARY, "--config", self.config, "analyze"]
        proc = e2e.subprocess.run(argv, input="", capture_output=True, text=True, env=self.ws.env, timeout=60)
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("objection_model.tsv:2", proc.stderr)

    def test_today_speaks_with_the_configured_wording(self):
        # Every opening replaced: whatever today's reasons, each opening is ours.
        builtin = os.path.join(e2e.SOURCE, "data", "playbook", "wording.rules")
        with open(builtin, encoding="utf-8") as f:
            keys = [line.split(":", 1)[0] for line in f if line.startswith("opening.") and not line.startswith("opening.ask_about")]
        self.write("wording-acme.rules", "".join(f"{key}: Hi {{first}}, Sam from Acme here.\n" for key in keys))
        self.configure("wording-acme.rules")
        self.ws.run("--config", self.config, "--me", ME, "import", e2e.SAMPLES)
        today = self.ws.json("--config", self.config, "--now", NOW, "today")
        self.assertGreaterEqual(len(today["calls"]), 5)
        for call in today["calls"]:
            self.assertIn("Sam from Acme here.", call["opening"], call["contact"]["name"])
        # Without the file, the built-in wording.
        plain = self.ws.json("--now", NOW, "today")
        for call in plain["calls"]:
            self.assertNotIn("Sam from Acme", call["opening"])

    def test_a_file_no_part_reads_is_refused_with_its_name(self):
        self.write("acme.rules", "competitor: zentrix\n")
        self.configure("acme.rules")
        proc = self.ws.run("--config", self.config, "--now", NOW, "today", check=False)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertIn("acme.rules", proc.stderr)
        self.assertIn("objections", proc.stderr, "the error says how to name it")

    def test_a_missing_file_is_refused_with_its_path(self):
        self.configure("objections-missing.rules")
        proc = self.ws.run("--config", self.config, "import", e2e.SAMPLES, check=False)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertIn(os.path.join(self.rules_dir, "objections-missing.rules"), proc.stderr)

    def test_a_mistake_inside_a_file_names_file_and_line(self):
        self.write("wording-acme.rules", "# fine\nopening.default Hi there\n")
        self.configure("wording-acme.rules")
        self.ws.run("--me", ME, "import", e2e.SAMPLES)
        proc = self.ws.run("--config", self.config, "--now", NOW, "today", check=False)
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("wording-acme.rules:2", proc.stderr)


if __name__ == "__main__":
    sys.exit(e2e.main(sys.argv))
