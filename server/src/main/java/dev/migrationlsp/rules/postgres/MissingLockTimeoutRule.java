package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code missing-lock-timeout}: the first operation of a migration that takes a lock blocking writes (ACCESS
 * EXCLUSIVE, SHARE ROW EXCLUSIVE, SHARE) on an existing table, when no {@code SET lock_timeout} ran before it. While
 * such a lock request waits behind a long transaction, every later query on the table queues behind it.
 */
public final class MissingLockTimeoutRule extends SafetyRule {
    static final Set<String> BLOCKING = Set.of("ACCESS EXCLUSIVE", "SHARE ROW EXCLUSIVE", "SHARE");
    static final String SET_LOCK_TIMEOUT = "SET lock_timeout = '5s'";

    @Override
    public RuleCode code() {
        return RuleCode.MISSING_LOCK_TIMEOUT;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        String lock = lockMode(c);
        if (!out.isEmpty() || lock == null || !BLOCKING.contains(lock) || r.lockTimeoutBefore(index)) {
            return; // one finding per migration: one SET at the top fixes them all
        }
        String table =
                c.table() == null ? "its table" : "existing table " + c.table().name();
        Finding.Builder f = r.finding(
                this,
                c,
                "This takes " + aLock(lock) + " on " + table
                        + " and no lock_timeout is set: while it waits for the lock every query on the table queues behind it; "
                        + "run op.execute(\"" + SET_LOCK_TIMEOUT + "\") first");
        Optional<Fix> fix =
                fix(r); // plain conditionals, not lambdas: on JDK 17 each lambda's first use costs `check` ~0.2 ms
        if (fix.isPresent()) {
            f.fix(fix.get());
        }
        out.add(f.build());
    }

    private Optional<Fix> fix(Revision r) {
        Optional<int[]> bodyStart = r.upgradeBodyStart();
        if (bodyStart.isEmpty()) {
            return Optional.empty();
        }
        int[] at = bodyStart.get();
        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        String line = " ".repeat(at[1]) + se.op("execute") + "(\"" + SET_LOCK_TIMEOUT + "\")\n";
        return Optional.of(
                new Fix("Set a lock_timeout first", false, se.withImports(List.of(se.replace(at[0], at[0], line)))));
    }
}
