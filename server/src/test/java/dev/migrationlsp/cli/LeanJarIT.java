package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar ships no library that a short command paid for without needing it, and {@code check} of a workspace
 * with a configuration ({@code examples/pyproject.toml} has {@code [tool.migration-lsp]}) loads none of their classes:
 * <ul>
 *   <li>no dependency-injection container nor what it pulled in: the object graph is wired by hand (CoreWiring,
 *       lsp/ServerWiring);
 *   <li>neither tomlj nor the ANTLR runtime under it, whose first parse cost every command with a configuration file
 *       ~50–200 ms: TOML is read by workspace/TomlReader.
 * </ul>
 */
class LeanJarIT {
    private static final List<String> UNUSED_PACKAGES = List.of(
            "com/google/inject/",
            "com/google/common/",
            "jakarta/inject/",
            "org/checkerframework/", // the container
            "org/tomlj/",
            "org/antlr/"); // the TOML parser

    @Test
    void theJarHoldsNoneOfThem() throws Exception {
        try (ZipFile jar = new ZipFile(RealTools.jar().toFile())) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names)
                    .as("the jar is read")
                    .contains("dev/migrationlsp/Main.class", "dev/migrationlsp/workspace/TomlReader.class");
            assertThat(names).noneMatch(n -> UNUSED_PACKAGES.stream().anyMatch(n::startsWith));
        }
    }

    @Test
    void checkLoadsNoneOfThem() {
        RealTools.Result r = RealTools.runJarWithJvmOptions(
                List.of("-Xlog:class+load=info"),
                Path.of("."),
                "check",
                Path.of("../examples").toAbsolutePath().normalize().toString());

        assertThat(r.exit()).as(r.out()).isZero();
        List<String> loaded =
                r.out().lines().filter(l -> l.contains("[class,load] ")).toList();
        assertThat(loaded)
                .as("the rules' classes show up, so the log works")
                .anyMatch(l -> l.contains("dev.migrationlsp.rules.Rules "));
        assertThat(loaded)
                .as("the configuration is read by TomlReader")
                .anyMatch(l -> l.contains("dev.migrationlsp.workspace.TomlReader "));
        assertThat(loaded)
                .noneMatch(l -> UNUSED_PACKAGES.stream().anyMatch(p -> l.contains(" " + p.replace('/', '.'))));
    }
}
