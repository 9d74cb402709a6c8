"""Runs a ClickHouse data migration's upgrade(client) with a client that records SQL instead of sending it.

Usage: python3 record_upgrade.py <migration.py>; prints the statements as a JSON list, in call order. The team's runner
calls upgrade(client) with a clickhouse-connect client; command/query/execute are the calls migrations use.
"""
import importlib.util
import json
import sys


class EmptyResult:
    """What a query returns on a freshly replayed history: no rows."""
    result_rows = result_set = []
    column_names = ()
    row_count = 0

    def named_results(self):
        return iter(())

    def __iter__(self):
        return iter(())


class RecordingClient:
    def __init__(self):
        self.statements = []

    def command(self, sql, *args, **kwargs):
        self.statements.append(str(sql))

    def query(self, sql, *args, **kwargs):
        self.statements.append(str(sql))
        return EmptyResult()

    execute = query


spec = importlib.util.spec_from_file_location("migration", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
client = RecordingClient()
module.upgrade(client)
print(json.dumps(client.statements))
