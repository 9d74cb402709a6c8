package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** One pure-Java Python front end: the shaded jar ships no native library and {@code check} loads none but the JDK's. */
class NoNativeLibraryIT {
    @Test
    void theJarHoldsNoNativeLibrary() throws Exception {
        try (ZipFile jar = new ZipFile(RealTools.jar().toFile())) {
            assertThat(jar.stream().map(e -> e.getName()))
                    .noneMatch(n ->
                            n.endsWith(".so") || n.endsWith(".dylib") || n.endsWith(".dll") || n.endsWith(".jnilib"))
                    .noneMatch(n -> n.startsWith("org/treesitter/"));
        }
    }

    @Test
    void checkLoadsOnlyTheJdksLibraries() {
        String javaHome = Path.of(System.getProperty("java.home"))
                .toAbsolutePath()
                .normalize()
                .toString();
        RealTools.Result r = RealTools.runJarWithJvmOptions(
                List.of("-Xlog:library=info"),
                Path.of("."),
                "check",
                Path.of("../examples").toAbsolutePath().normalize().toString());

        assertThat(r.exit()).as(r.out()).isZero();
        List<String> loaded = r.out()
                .lines()
                .filter(l -> l.contains("[library] Loaded library "))
                .toList();
        assertThat(loaded)
                .as("the JVM's own libraries show up, so the log works")
                .isNotEmpty();
        // "libjsvml.so" (no path) is the JDK's own vector math library
        assertThat(loaded).as(r.out()).allMatch(l -> {
            String lib = l.substring(l.indexOf("Loaded library ") + "Loaded library ".length())
                    .split(",")[0];
            return lib.startsWith(javaHome + "/") || !lib.contains("/");
        });
    }
}
