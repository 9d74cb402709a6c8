# The op-call oracle of OpCallsDifferentialTest: Python's own parser (ast) reads each migration and lists the Alembic
# operations upgrade() performs, with the rules MigrationModel documents: imports resolve names (op, o, alembic.op,
# bare names from alembic.op), with-blocks of batch_alter_table bind their aliases (outer ones stay usable), if/for/while/try bodies are
# conditional, same-module helpers called by name are expanded where called (once per call chain), and expressions
# are visited in evaluation order (callee object, arguments in source order, then the call). Expression kinds the
# model does not read (operators, subscripts, comprehensions, lambdas, conditional expressions) are not entered.
#
# Usage: python3 op_calls_oracle.py DIR  ->  one line per DIR/*.py: "name<TAB>op:line:col:batch:cond:helper;..."
# where batch is the batch block's table (None outside one).
import ast
import pathlib
import sys

OP = "alembic.op."
DEFAULTS = {"sa": "sqlalchemy", "sqlalchemy": "sqlalchemy", "postgresql": "sqlalchemy.dialects.postgresql",
            "op": "alembic.op"}
MAX_DEPTH = 8


def ops(tree):
    imports, functions, assigned = {}, {}, set()
    for s in tree.body:
        if isinstance(s, ast.Import):
            for a in s.names:
                if a.asname:
                    imports[a.asname] = a.name
                else:
                    top = a.name.split(".")[0]
                    imports[top] = top
        elif isinstance(s, ast.ImportFrom):
            for a in s.names:
                imports[a.asname or a.name] = ("." * s.level) + (s.module or "") + "." + a.name
        elif isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions[s.name] = s
        elif isinstance(s, (ast.Assign, ast.AnnAssign)):
            targets = s.targets if isinstance(s, ast.Assign) else [s.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    assigned.add(t.id)

    def qualify(e):
        if isinstance(e, ast.Name):
            q = imports.get(e.id)
            if q is None and e.id not in assigned and e.id not in functions:
                q = DEFAULTS.get(e.id)
            return q
        if isinstance(e, ast.Attribute):
            o = qualify(e.value)
            return None if o is None else o + "." + e.attr
        return None

    def op_name(fn):
        if isinstance(fn, ast.Name) and fn.id not in imports:
            return None
        q = qualify(fn)
        if q is None or not q.startswith(OP):
            return None
        rest = q[len(OP):]
        return None if not rest or "." in rest else rest

    out = []

    def call_args(c):
        items = [a.value if isinstance(a, ast.Starred) else a for a in c.args] + [k.value for k in c.keywords]
        return sorted(items, key=lambda x: (x.lineno, x.col_offset))

    def visit(e, scope, visiting, depth):
        if isinstance(e, ast.Attribute):
            visit(e.value, scope, visiting, depth)
        elif isinstance(e, (ast.Tuple, ast.List)):
            for el in e.elts:
                visit(el.value if isinstance(el, ast.Starred) else el, scope, visiting, depth)
        elif isinstance(e, ast.Call):
            if isinstance(e.func, ast.Attribute):
                visit(e.func.value, scope, visiting, depth)
            for a in call_args(e):
                visit(a, scope, visiting, depth)
            call(e, scope, visiting, depth)

    def call(c, scope, visiting, depth):
        aliases, cond, helper = scope
        fn = c.func
        if isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name) and fn.value.id in aliases:
            out.append((fn.attr, c.lineno, c.col_offset, aliases[fn.value.id], cond, helper))
            return
        name = op_name(fn)
        if name is not None and name != "batch_alter_table":
            out.append((name, c.lineno, c.col_offset, None, cond, helper))
            return
        if (isinstance(fn, ast.Name) and fn.id in functions and fn.id not in imports and depth < MAX_DEPTH
                and fn.id not in visiting):
            visiting.add(fn.id)
            walk(functions[fn.id].body, ({}, cond, fn.id), visiting, depth + 1)
            visiting.discard(fn.id)

    def walk(body, scope, visiting, depth):
        aliases, cond, helper = scope
        for s in body:
            if isinstance(s, ast.Expr):
                visit(s.value, scope, visiting, depth)
            elif isinstance(s, (ast.Assign, ast.AnnAssign, ast.Return)):
                if s.value is not None:
                    visit(s.value, scope, visiting, depth)
            elif isinstance(s, ast.With):
                inner = scope
                for item in s.items:
                    ctx = item.context_expr
                    if isinstance(ctx, ast.Call) and op_name(ctx.func) == "batch_alter_table":
                        for a in call_args(ctx):
                            visit(a, scope, visiting, depth)
                        if isinstance(item.optional_vars, ast.Name):
                            table = ctx.args[0].value if ctx.args and isinstance(ctx.args[0], ast.Constant) else "?"
                            inner = ({**inner[0], item.optional_vars.id: table}, inner[1], inner[2])
                    else:
                        visit(ctx, scope, visiting, depth)
                walk(s.body, inner, visiting, depth)
            elif isinstance(s, (ast.If, ast.For, ast.While)):
                flow = (aliases, True, helper)
                walk(s.body, flow, visiting, depth)
                walk(s.orelse, flow, visiting, depth)
            elif isinstance(s, ast.Try):
                flow = (aliases, True, helper)
                walk(s.body, flow, visiting, depth)
                for h in s.handlers:
                    walk(h.body, flow, visiting, depth)
                walk(s.orelse, flow, visiting, depth)
                walk(s.finalbody, flow, visiting, depth)

    if "upgrade" in functions:
        walk(functions["upgrade"].body, ({}, False, None), {"upgrade"}, 0)
    return out


for path in sorted(pathlib.Path(sys.argv[1]).glob("*.py")):
    tree = ast.parse(path.read_bytes(), str(path))
    cells = ";".join(f"{n}:{line}:{col}:{b}:{c}:{h}" for n, line, col, b, c, h in ops(tree))
    print(f"{path.name}\t{cells}")
