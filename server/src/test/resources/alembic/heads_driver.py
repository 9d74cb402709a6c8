"""Prints Alembic's heads for many project directories in one process (Python start-up dominates otherwise).

Usage: python3 heads_driver.py DIR...   (each DIR holds an alembic.ini)
   or: python3 heads_driver.py SPEC...  (each SPEC a JSON object: {"id": ..., "cwd": DIR, "ini": FILE or null,
       "section": NAME, "set": {option: value}}; Config(FILE, ini_section=NAME) read with DIR as the working directory,
       as `cd DIR && alembic -c FILE --name NAME heads` reads it, then each `set` option applied with
       Config.set_main_option, as Flask-Migrate sets script_location and as a Config built from pyproject values would)
One JSON object per line and per DIR (or SPEC, with "dir" = its id), in argument order:
  {"dir": DIR, "heads": {"<rev>": ["label", ...], ...}}   or   {"dir": DIR, "error": "..."}
Heads are what `alembic heads` lists (ScriptDirectory.get_heads(): revisions no other revision names in
down_revision), each with its branch labels after Alembic propagated them (Revision.branch_labels).
"""
import importlib
import json
import os
import sys
import warnings

from alembic.config import Config
from alembic.script import ScriptDirectory


def heads_of(directory):
    return heads_of_config(Config(os.path.join(directory, "alembic.ini")))


def heads_of_spec(spec):
    os.chdir(spec["cwd"])
    importlib.invalidate_caches()  # a relative prepend_sys_path ("src") names another folder now
    section = spec.get("section") or "alembic"
    cfg = Config(spec["ini"], ini_section=section) if spec.get("ini") else Config(ini_section=section)
    for key, value in spec.get("set", {}).items():
        cfg.set_main_option(key, value.replace("%", "%%"))
    return heads_of_config(cfg)


def heads_of_config(cfg):
    script = ScriptDirectory.from_config(cfg)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning (duplicate or missing revision) means the history is not valid
        heads = script.get_heads()
    return {h: sorted(script.get_revision(h).branch_labels) for h in heads}


def main(argv):
    sys.dont_write_bytecode = True
    start = os.getcwd()
    for directory in argv:
        spec = json.loads(directory) if directory.startswith("{") else None
        if spec is not None:
            directory = spec["id"]
        try:
            out = {"dir": directory, "heads": heads_of_spec(spec) if spec else heads_of(directory)}
        except Exception as e:  # report, do not stop the batch
            out = {"dir": directory, "error": "%s: %s" % (type(e).__name__, e)}
        os.chdir(start)
        sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
