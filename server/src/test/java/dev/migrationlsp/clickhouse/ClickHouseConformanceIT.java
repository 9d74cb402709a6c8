package dev.migrationlsp.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.Oracles;
import dev.migrationlsp.testing.RealTools;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real ClickHouse (chdb) re-judges every statement of the conformance corpus and must agree with the verdicts cached in
 * {@code verdicts.tsv}, which {@link ClickHouseConformanceTest} compares our parser with. Fails (not skips) under
 * {@code CI} when node or chdb is missing.
 */
class ClickHouseConformanceIT {
    private static final Path SCRIPT = Path.of("src", "test", "node", "clickhouse-oracle.js");
    private static final Path CORPUS = Path.of("src", "test", "resources", "clickhouse", "conformance");

    @Test
    void theCachedVerdictsAreRealClickHousesVerdicts() {
        Path node = Oracles.node();
        Path chdb = Oracles.chdb();
        RealTools.Result r = RealTools.run(
                List.of(
                        node.toString(),
                        SCRIPT.toAbsolutePath().toString(),
                        chdb.toString(),
                        CORPUS.toAbsolutePath().toString(),
                        CORPUS.resolve("verdicts.tsv").toAbsolutePath().toString(),
                        "check"),
                Path.of("."),
                Map.of(),
                900);

        assertThat(r.out()).contains("statements judged by ClickHouse");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("the cached verdicts agree with ClickHouse");
    }
}
