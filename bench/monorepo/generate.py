#!/usr/bin/env python3
"""Writes a large polyglot monorepo (default 100,000 files, most not Python) with several Alembic environments, for
timing zero-configuration discovery, `heads` and `check`.

Usage: generate.py DIR [FILES] [SEED]

What it holds (fractions of FILES):
  - ~55% project sources in services/, web/, libs/ and docs/: TypeScript, Go, Java, Markdown, JSON, YAML, SQL fixtures,
    with some plain Python modules (models, views, tests) that are not revisions;
  - ~20% node_modules/ (JavaScript packages), ~10% .git/objects, ~5% a virtual environment (.venv, and a `py311/`
    folder found only by its pyvenv.cfg) full of site-packages Python, ~2% build output (dist/, target/);
  - six Alembic environments, about 3,000 revisions in all (hex ids, ~1.5 KB of op.create_table each, linear):
    an ini four folders deep with [core] and [tenant] sections (tenant's file names dated by its file_template), a
    Flask-Migrate migrations/ folder with numbered file names, an ini with version_locations over two folders, a
    recursive_version_locations layout with release sub-folders, and [tool.alembic] in a pyproject.toml.
Prints the number of files written and the environments' names as migration-lsp should discover them.
"""
import os
import random
import sys

HEADER = '''"""{desc}

Revision ID: {rev}
Revises: {down}
Create Date: 2024-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = "{rev}"
down_revision = {down_literal}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "table_{n}",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("org_id", sa.Text(), server_default="default", nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_table_{n}_org_id", "table_{n}", ["org_id"])


def downgrade() -> None:
    op.drop_index("ix_table_{n}_org_id", table_name="table_{n}")
    op.drop_table("table_{n}")
'''

count = 0


def write(path, text):
    global count
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    count += 1


def history(rnd, n, place):
    """A linear history of n revisions; place(i, rev, slug) gives each file's path."""
    down = None
    for i in range(n):
        rev = "%012x" % rnd.getrandbits(48)
        slug = "create_table_%d" % i
        write(place(i, rev, slug), HEADER.format(desc="Create table %d" % i, rev=rev, down=down or "",
                                                 down_literal='"%s"' % down if down else "None", n=i))
        down = rev


def main(argv):
    root = argv[1]
    total = int(argv[2]) if len(argv) > 2 else 100_000
    rnd = random.Random(int(argv[3]) if len(argv) > 3 else 1)
    per_env = max(10, total // 200)  # 500 revisions per environment at 100,000 files

    # 1. an ini four folders deep with two named environments
    deep = os.path.join(root, "services/billing/db/schema")
    write(os.path.join(deep, "alembic.ini"), "[core]\nscript_location = %(here)s/core\n\n[tenant]\n"
          "script_location = %(here)s/tenant\nfile_template = %%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s\n\n"
          "[loggers]\nkeys = root\n")
    history(rnd, per_env, lambda i, r, s: os.path.join(deep, "core/versions", "%s_%s.py" % (r, s)))
    history(rnd, per_env, lambda i, r, s: os.path.join(deep, "tenant/versions", "2024_01_%02d_%s_%s.py" % (1 + i % 28, r, s)))
    # 2. Flask-Migrate, numbered file names
    flask = os.path.join(root, "services/api/migrations")
    write(os.path.join(flask, "alembic.ini"), "[alembic]\n# file_template = %%(rev)s_%%(slug)s\n\n[loggers]\nkeys = root\n")
    write(os.path.join(flask, "env.py"), "from alembic import context\n")
    history(rnd, per_env, lambda i, r, s: os.path.join(flask, "versions", "%03d_%s_%s.py" % (i + 1, r, s)))
    # 3. version_locations over two folders
    multi = os.path.join(root, "services/platform")
    write(os.path.join(multi, "alembic.ini"), "[alembic]\nscript_location = %(here)s/alembic\n"
          "version_locations = %(here)s/alembic/versions %(here)s/plugins/versions\nversion_path_separator = space\n")
    history(rnd, per_env, lambda i, r, s: os.path.join(multi, "alembic/versions" if i % 2 else "plugins/versions",
                                                       "%s_%s.py" % (r, s)))
    # 4. recursive version folders by release
    rec = os.path.join(root, "services/reports")
    write(os.path.join(rec, "alembic.ini"), "[alembic]\nscript_location = %(here)s/migrations\n"
          "recursive_version_locations = true\n")
    history(rnd, per_env, lambda i, r, s: os.path.join(rec, "migrations/versions", "v%d" % (i // 50),
                                                       "expand" if i % 2 else "contract", "%s_%s.py" % (r, s)))
    # 5. [tool.alembic]
    toml = os.path.join(root, "services/search")
    write(os.path.join(toml, "pyproject.toml"), '[project]\nname = "search"\n\n[tool.alembic]\n'
          'script_location = "%(here)s/alembic"\n')
    history(rnd, per_env, lambda i, r, s: os.path.join(toml, "alembic/versions", "%s_%s.py" % (r, s)))

    kinds = [
        (0.55, "src"), (0.20, "node_modules"), (0.10, "git"), (0.05, "venv"), (0.02, "build"),
    ]
    remaining = total - count
    weights = sum(k[0] for k in kinds)
    for share, kind in kinds:
        n = int(remaining * share / weights) if kind != "build" else remaining - (count - (total - remaining))
        n = max(0, min(n, total - count))
        for i in range(n):
            if kind == "src":
                svc = "services/svc%02d" % (i % 40) if i % 3 else ("web/app%d" % (i % 7) if i % 2 else "libs/lib%d" % (i % 11))
                ext = ["ts", "go", "java", "md", "json", "yaml", "sql", "py", "tsx", "txt"][i % 10]
                sub = "pkg%d/mod%d" % (i % 13, i % 5)
                body = "# generated\n" if ext == "py" else "// generated file %d\n" % i
                if ext == "py":
                    body = "import os\n\nrevision_count = %d\n\n\ndef handler():\n    return os.getcwd()\n" % i
                write(os.path.join(root, svc, sub, "file%d.%s" % (i, ext)), body)
            elif kind == "node_modules":
                write(os.path.join(root, "web/node_modules/pkg%d/lib/index%d.js" % (i % 500, i)), "module.exports = %d;\n" % i)
            elif kind == "git":
                write(os.path.join(root, ".git/objects/%02x/%038x" % (i % 256, i)), "x" * 64)
            elif kind == "venv":
                base = ".venv" if i % 2 else "py311"
                write(os.path.join(root, base, "lib/python3.11/site-packages/pkg%d/m%d.py" % (i % 200, i)),
                      'revision = "%012x"\ndown_revision = None\n' % i)
                if i == 0:
                    write(os.path.join(root, "py311/pyvenv.cfg"), "home = /usr/bin\n")
                    write(os.path.join(root, ".venv/lib/python3.11/site-packages/alembic/alembic.ini"),
                          "[alembic]\nscript_location = templates/generic\n")
            else:
                write(os.path.join(root, ("dist" if i % 2 else "services/svc00/target"), "out%d.js" % i), "x\n")
    print("%d files written under %s" % (count, root))
    print("expected histories: core, tenant, services/api/migrations, services/platform/alembic, "
          "services/reports/migrations, services/search/alembic")


if __name__ == "__main__":
    main(sys.argv)
