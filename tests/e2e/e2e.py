"""Shared helpers of the end-to-end tests: run the real binary in a scratch home."""
import json
import os
import subprocess
import tempfile
import unittest

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(SOURCE, "samples")
BINARY = None  # set by main()


class Workspace:
    """A temporary HOME (so no user configuration or store is touched) and a store."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.home = self.tmp.name
        self.db = os.path.join(self.home, "store.db")
        self.env = dict(os.environ, HOME=self.home, NO_COLOR="1", COLUMNS="100",
                        XDG_CONFIG_HOME=os.path.join(self.home, ".config"),
                        XDG_DATA_HOME=os.path.join(self.home, ".local/share"))

    def run(self, *args, check=True, db=True):
        argv = [BINARY] + (["--db", self.db] if db else []) + list(args)
        proc = subprocess.run(argv, capture_output=True, text=True, env=self.env, timeout=300)
        if check and proc.returncode != 0:
            raise AssertionError(f"{' '.join(argv)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
        return proc

    def json(self, *args, **kw):
        proc = self.run("--json", *args, **kw)
        document = json.loads(proc.stdout)
        assert document.get("format") == 1, "every JSON document carries format 1"
        return document

    def close(self):
        self.tmp.cleanup()


def main(argv):
    global BINARY
    BINARY = os.path.abspath(argv[1])
    program = unittest.main(argv=[argv[0]] + argv[2:], exit=False, verbosity=2)
    return 0 if program.result.wasSuccessful() else 1
