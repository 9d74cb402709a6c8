"""004_backfill_draft_flags.py: set is_draft for pull requests synced before 003 (needs logic, so Python)."""


def upgrade(client):
    client.command(
        "ALTER TABLE pull_requests UPDATE is_draft = 1 WHERE startsWith(title, 'Draft:')"
    )
