"""Prints Alembic's heads for many project directories in one process (Python start-up dominates otherwise).

Usage: python3 heads_driver.py DIR...   (each DIR holds an alembic.ini)
One JSON object per line and per DIR, in argument order:
  {"dir": DIR, "heads": {"<rev>": ["label", ...], ...}}   or   {"dir": DIR, "error": "..."}
Heads are what `alembic heads` lists (ScriptDirectory.get_heads(): revisions no other revision names in
down_revision), each with its branch labels after Alembic propagated them (Revision.branch_labels).
"""
import json
import os
import sys
import warnings

from alembic.config import Config
from alembic.script import ScriptDirectory


def heads_of(directory):
    cfg = Config(os.path.join(directory, "alembic.ini"))
    script = ScriptDirectory.from_config(cfg)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning (duplicate or missing revision) means the history is not valid
        heads = script.get_heads()
    return {h: sorted(script.get_revision(h).branch_labels) for h in heads}


def main(argv):
    sys.dont_write_bytecode = True
    for directory in argv:
        try:
            out = {"dir": directory, "heads": heads_of(directory)}
        except Exception as e:  # report, do not stop the batch
            out = {"dir": directory, "error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
