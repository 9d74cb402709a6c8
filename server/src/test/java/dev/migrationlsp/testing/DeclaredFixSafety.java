package dev.migrationlsp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode.FixSafety;

/**
 * Keeps {@link dev.migrationlsp.core.RuleCode#fixSafety()} true to what the rules do: the data-driven rule tests call
 * {@link #check(Finding)} on every finding they produce.
 */
public final class DeclaredFixSafety {
    private DeclaredFixSafety() {}

    /** A rule declared {@code NONE} offers no fix; one declared {@code UNSAFE} offers no safe fix. */
    public static void check(Finding f) {
        FixSafety declared = f.code().fixSafety();
        if (declared == FixSafety.NONE) {
            assertThat(f.fixes())
                    .as(
                            "%s is declared with fix safety none in RuleCode but offers a fix",
                            f.code().id())
                    .isEmpty();
        } else if (declared == FixSafety.UNSAFE) {
            assertThat(f.fixes())
                    .as(
                            "%s is declared unsafe in RuleCode but offers a safe fix",
                            f.code().id())
                    .noneMatch(Fix::safe);
        }
    }
}
