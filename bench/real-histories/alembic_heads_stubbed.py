"""Alembic's own heads for version folders, with application imports stubbed.

Revision files often import the application (models, helpers), which is not installed here; Alembic imports every
revision file to read its identifiers, so a missing module would stop it. Modules that cannot be found are replaced by
permissive stubs, installed only after Alembic and SQLAlchemy are imported (their optional imports must fail normally).

Usage: alembic_heads_stubbed.py SCRIPT_DIR VERSION_DIR...
Prints one JSON line: {"heads": [...], "count": N} or {"error": "..."}; a warning (duplicate or missing revision) is
an error.
"""
import importlib.abc
import importlib.machinery
import json
import sys
import types
import warnings


class Anything(types.ModuleType):
    def __init__(self, name="stub"):
        super().__init__(name)
        self.__path__ = []

    def __getattr__(self, key):
        if key.startswith("__"):
            raise AttributeError(key)
        return Anything(key)

    def __call__(self, *args, **kwargs):
        return Anything()

    def __getitem__(self, key):
        return Anything()

    def __iter__(self):
        return iter(())

    def __mro_entries__(self, bases):
        return (object,)


class StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        return importlib.machinery.ModuleSpec(name, self, is_package=True)

    def create_module(self, spec):
        return Anything(spec.name)

    def exec_module(self, module):
        pass


sys.dont_write_bytecode = True
from alembic.script import ScriptDirectory  # noqa: E402
import alembic.op  # noqa: E402,F401
import sqlalchemy.dialects.mysql  # noqa: E402,F401
import sqlalchemy.dialects.postgresql  # noqa: E402,F401
import sqlalchemy.dialects.sqlite  # noqa: E402,F401
import sqlalchemy.ext.declarative  # noqa: E402,F401
import sqlalchemy.orm  # noqa: E402,F401

sys.meta_path.append(StubFinder())
script_dir, versions = sys.argv[1], sys.argv[2:]
try:
    script = ScriptDirectory(script_dir, version_locations=versions)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        heads = script.get_heads()
        count = len(list(script.walk_revisions()))
    print(json.dumps({"heads": sorted(heads), "count": count}))
except Exception as e:  # noqa: BLE001 - any failure of the foreign history is reported, not raised
    print(json.dumps({"error": f"{type(e).__name__}: {e}"[:300]}))
