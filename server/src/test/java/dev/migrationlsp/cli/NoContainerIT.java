package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The object graph is wired by hand (CoreWiring, lsp/ServerWiring): the shaded jar ships no dependency-injection
 * container nor the libraries it pulled in, and {@code check} loads none of their classes.
 */
class NoContainerIT {
    private static final List<String> CONTAINER_PACKAGES =
            List.of("com/google/inject/", "com/google/common/", "jakarta/inject/", "org/checkerframework/");

    @Test
    void theJarHoldsNoContainer() throws Exception {
        try (ZipFile jar = new ZipFile(RealTools.jar().toFile())) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names).as("the jar is read").contains("dev/migrationlsp/Main.class");
            assertThat(names).noneMatch(n -> CONTAINER_PACKAGES.stream().anyMatch(n::startsWith));
        }
    }

    @Test
    void checkLoadsNoContainerClass() {
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
                .noneMatch(l -> CONTAINER_PACKAGES.stream().anyMatch(p -> l.contains(" " + p.replace('/', '.'))));
    }
}
