package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Command arguments are untrusted: path separators, "..", absolute paths, NUL bytes and huge strings in every field.
 * Each request either fails with InvalidParams or creates one file inside a migration directory with a safe name;
 * nothing else in the workspace, and nothing next to it, changes.
 */
class HostileCommandArgumentsIT {
    private static final List<String> HOSTILE = List.of(
            "../../outside",
            "/etc/passwd",
            "..\\..\\win",
            "a/b/c",
            "nul\u0000byte",
            "x".repeat(100_000),
            "$(touch /tmp/pwned)",
            "'; DROP TABLE users; --",
            "\u202Eevil",
            " ",
            "");

    private static Set<String> snapshot(Path dir) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(p -> out.add(dir.relativize(p).toString()));
        }
        return out;
    }

    @Test
    void hostileArgumentsNeverWriteOutsideTheMigrationDirectories() throws Exception {
        // A private parent: "next to the workspace" must not be the shared /tmp, where other processes create files.
        Path parent = Files.createTempDirectory("migration-lsp-hostile");
        Path root = Files.move(TestServer.copyOfExamples(), parent.resolve("workspace"));
        Set<String> siblingsBefore;
        try (Stream<Path> s = Files.list(parent)) {
            siblingsBefore = new TreeSet<>(s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(root.getFileName().toString()))
                    .toList());
        }
        Set<String> before = snapshot(root);
        List<String> created = new ArrayList<>();
        try (TestServer ts = TestServer.start(root, TestServer.Options.defaults())) {
            ts.client().answer = p -> null; // never pick a head or target for the server
            for (String field : List.of("description", "table", "branch", "head", "kind", "target")) {
                for (String value : HOSTILE) {
                    for (String target : List.of("postgres", "clickhouse")) {
                        JsonObject arg = new JsonObject();
                        arg.addProperty("target", target);
                        arg.addProperty("description", "safe description");
                        arg.addProperty(field, value);
                        try {
                            Object r = ts.server()
                                    .getWorkspaceService()
                                    .executeCommand(new ExecuteCommandParams("migration-lsp.create", List.of(arg)))
                                    .get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                            if (r != null) {
                                JsonObject res = new Gson().toJsonTree(r).getAsJsonObject();
                                if (res.has("path")) {
                                    created.add(res.get("path").getAsString());
                                }
                            }
                        } catch (ExecutionException e) {
                            assertThat(e.getCause())
                                    .as(field + "=" + value.substring(0, Math.min(20, value.length())))
                                    .isInstanceOf(ResponseErrorException.class);
                            int code = ((ResponseErrorException) e.getCause())
                                    .getResponseError()
                                    .getCode();
                            assertThat(code)
                                    .isIn(
                                            ResponseErrorCode.InvalidParams.getValue(),
                                            ResponseErrorCode.RequestCancelled.getValue());
                            // the message never echoes 100 kB of input back
                            assertThat(e.getCause().getMessage().length()).isLessThan(2_000);
                        }
                    }
                }
            }
            // the workspace applied created files through applyEdit (the client supports CreateFile): check their URIs
            for (var edit : ts.client().appliedEdits) {
                for (var change : edit.getEdit().getDocumentChanges()) {
                    String uri = change.isLeft()
                            ? change.getLeft().getTextDocument().getUri()
                            : ((org.eclipse.lsp4j.CreateFile) change.getRight()).getUri();
                    Path p = Path.of(java.net.URI.create(uri)).normalize();
                    assertThat(p.startsWith(root.resolve("src/dev_health_ops/alembic/versions"))
                                    || p.startsWith(root.resolve("src/dev_health_ops/migrations/clickhouse")))
                            .as(uri)
                            .isTrue();
                    assertThat(p.getFileName().toString()).matches("[0-9a-z_]+\\.(py|sql)");
                }
            }
        }
        for (String path : created) {
            assertThat(path)
                    .matches("src/dev_health_ops/(alembic/versions|migrations/clickhouse)/[0-9a-z_]+\\.(py|sql)");
        }
        Set<String> after = snapshot(root);
        after.removeAll(before);
        for (String added : after) {
            assertThat(added)
                    .matches("src/dev_health_ops/(alembic/versions|migrations/clickhouse)/[0-9a-z_]+\\.(py|sql)");
        }
        try (Stream<Path> s = Files.list(parent)) {
            Set<String> siblingsAfter = new TreeSet<>(s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(root.getFileName().toString()))
                    .toList());
            siblingsAfter.removeIf(
                    n -> n.startsWith("migration-lsp-") || n.startsWith("heads-bench") || n.startsWith("junit"));
            siblingsBefore.removeIf(
                    n -> n.startsWith("migration-lsp-") || n.startsWith("heads-bench") || n.startsWith("junit"));
            assertThat(siblingsAfter)
                    .as("nothing written next to the workspace")
                    .isSubsetOf(siblingsBefore);
        }
        assertThat(Path.of("/tmp/pwned")).doesNotExist();
    }
}
