package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.HistoryGenerator.History;
import dev.migrationlsp.alembic.HistoryGenerator.Revision;
import dev.migrationlsp.alembic.HistoryGenerator.Shape;
import dev.migrationlsp.core.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The revision graph reads headers with the fast {@link RevisionHeaderScanner}; open files use tree-sitter through
 * {@link AlembicParser}. On every file of the differential test's generated histories both must produce equal
 * {@link RevisionHeader}s (ranges included) that match the generator's model. Needs no Alembic.
 */
class ScannerTreeSitterAgreementTest {
    static final int SEEDS = AlembicDifferentialTest.SEEDS;
    static final long FIRST_SEED = AlembicDifferentialTest.FIRST_SEED;

    @Test
    void scannerAndTreeSitterReadTheSameHeaderFromEveryGeneratedFile() {
        AlembicParser parser = new AlembicParser(new PythonParser());
        List<String> mismatches = new ArrayList<>();
        int files = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            History h = history(seed);
            Map<String, String> rendered = HistoryGenerator.render(h, Shape.DIFFERENTIAL);
            for (Revision r : h.revisions()) {
                String text = rendered.get(r.fileName());
                RevisionHeader scanned = RevisionHeaderScanner.scan(text);
                RevisionHeader parsed = parser.parse(new SourceText(text)).header();
                files++;
                if (!scanned.equals(parsed)) {
                    mismatches.add("seed " + h.seed() + " " + r.fileName() + ":\n  scanner:     " + scanned
                            + "\n  tree-sitter: " + parsed + "\n--- file ---\n" + text);
                } else if (!scanned.revisionId().equals(java.util.Optional.of(r.id()))
                        || !scanned.downRevisions().equals(r.downRevisions())
                        || !scanned.labels().equals(r.branchLabels())
                        || !scanned.dependsOnIds().equals(r.dependsOn())) {
                    mismatches.add("seed " + h.seed() + " " + r.fileName() + ": header " + scanned
                            + " does not match the generated revision " + r + "\n--- file ---\n" + text);
                }
            }
        }
        assertThat(files).isGreaterThan(SEEDS * 10);
        assertThat(mismatches).as("files where the scanner and tree-sitter disagree").isEmpty();
    }

    private static History history(long seed) {
        return AlembicDifferentialTest.history(seed);
    }
}
