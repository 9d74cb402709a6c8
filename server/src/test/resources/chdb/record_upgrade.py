"""Runs a ClickHouse data migration's upgrade(client) with a client that records SQL instead of sending it.

Usage: python3 record_upgrade.py <migration.py>; prints the statements as a JSON list, in call order. The team's runner
calls upgrade(client) with a clickhouse-connect client; command/query/execute are the calls migrations use.
"""
import importlib.util
import json
import sys


class RecordingClient:
    def __init__(self):
        self.statements = []

    def _record(self, sql, *args, **kwargs):
        self.statements.append(str(sql))

    command = query = execute = _record


spec = importlib.util.spec_from_file_location("migration", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
client = RecordingClient()
module.upgrade(client)
print(json.dumps(client.statements))
