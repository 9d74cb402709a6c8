package dev.migrationlsp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants of ARCHITECTURE.md, checked on the compiled main classes. When one fails, the message names the
 * offending class and dependency: move the code to the right layer (or the type to a lower one) rather than editing
 * {@link #LAYERS}; if the order really must change, change ARCHITECTURE.md in the same commit.
 */
class ArchitectureTest {
    /**
     * The package order, lowest first. A package may use packages of lower layers only; packages on one layer do not
     * use each other. Mirrors "Layers" in ARCHITECTURE.md.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("core"),
            List.of("alembic"),
            List.of("workspace"),
            List.of("clickhouse", "postgres"),
            List.of("rules"),
            List.of("analysis"),
            List.of("insight", "create"),
            List.of("lsp"),
            List.of("cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.migrationlsp");
    }

    @Test
    void everyPackageIsOnALayer() {
        List<String> unplaced = classes.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith("dev.migrationlsp."))
                .map(p -> p.substring("dev.migrationlsp.".length()).split("\\.")[0])
                .distinct()
                .filter(top -> LAYERS.stream().noneMatch(l -> l.contains(top)))
                .toList();
        assertEmpty(
                unplaced, "packages missing from ArchitectureTest.LAYERS and ARCHITECTURE.md: place each on a layer");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.migrationlsp.(*)..").should().beFreeOfCycles().check(classes);
    }

    static Stream<Integer> layerIndexes() {
        return Stream.iterate(0, i -> i < LAYERS.size(), i -> i + 1);
    }

    @ParameterizedTest(name = "layer {0}")
    @MethodSource("layerIndexes")
    void aLayerUsesOnlyLowerLayers(int layer) {
        for (String pkg : LAYERS.get(layer)) {
            List<String> forbidden = new ArrayList<>();
            for (int i = layer; i < LAYERS.size(); i++) {
                for (String other : LAYERS.get(i)) {
                    if (!other.equals(pkg)) {
                        forbidden.add("dev.migrationlsp." + other + "..");
                    }
                }
            }
            if (forbidden.isEmpty()) {
                continue;
            }
            ArchRule rule = noClasses()
                    .that()
                    .resideInAPackage("dev.migrationlsp." + pkg + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because("ARCHITECTURE.md: " + pkg + " may use only the layers below it");
            rule.check(classes);
        }
    }

    /** The wiring module sits above the rules and below the entry points; Main is the top. */
    @Test
    void theRootPackageIsUsedOnlyByTheEntryPoints() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.migrationlsp", "dev.migrationlsp.lsp..", "dev.migrationlsp.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.migrationlsp")
                .because(
                        "ARCHITECTURE.md: CoreWiring (the shared composition root) and Main are used only by lsp and cli")
                .check(classes);
    }

    @Test
    void onlyLspUsesLsp4j() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.migrationlsp.lsp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.lsp4j..")
                .because("ARCHITECTURE.md: the analysis API speaks plain data; only lsp/ converts to the protocol")
                .check(classes);
    }

    @Test
    void thereIsOnePythonFrontEnd() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.treesitter..")
                .because("ARCHITECTURE.md: Python is read by alembic/PyReader only (no native parser at start-up)")
                .check(classes);
    }

    private static void assertEmpty(List<String> items, String what) {
        if (!items.isEmpty()) {
            throw new AssertionError(what + ": " + items);
        }
    }
}
