package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * TOML is read by workspace/TomlReader: the shaded jar ships neither tomlj nor the ANTLR runtime under it (whose first
 * parse cost a short command ~200 ms), and {@code check} of a workspace with a configuration loads none of their classes.
 */
class NoAntlrIT {
    private static final List<String> PARSER_PACKAGES = List.of("org/tomlj/", "org/antlr/");

    @Test
    void theJarHoldsNoTomljNorAntlr() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipFile jar = new ZipFile(RealTools.jar().toFile())) {
            for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                names.add(e.nextElement().getName());
            }
        }
        assertThat(names).as("the jar is read").contains("dev/migrationlsp/workspace/TomlReader.class");
        assertThat(names).noneMatch(n -> PARSER_PACKAGES.stream().anyMatch(n::startsWith));
    }

    @Test
    void checkReadsTheConfigurationWithoutThem() {
        // examples/pyproject.toml has [tool.migration-lsp]
        RealTools.Result r = RealTools.runJarWithJvmOptions(
                List.of("-Xlog:class+load=info"),
                Path.of("."),
                "check",
                Path.of("../examples").toAbsolutePath().normalize().toString());

        assertThat(r.exit()).as(r.out()).isZero();
        List<String> loaded =
                r.out().lines().filter(l -> l.contains("[class,load] ")).toList();
        assertThat(loaded)
                .as("the configuration is read by TomlReader")
                .anyMatch(l -> l.contains("dev.migrationlsp.workspace.TomlReader "));
        assertThat(loaded)
                .noneMatch(l -> PARSER_PACKAGES.stream().anyMatch(p -> l.contains(" " + p.replace('/', '.'))));
    }
}
