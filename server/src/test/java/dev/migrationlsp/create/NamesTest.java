package dev.migrationlsp.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NamesTest {
    /** ASCII descriptions, including the truncation corner cases. */
    static final List<String> DESCRIPTIONS = List.of(
            "Add users timezone",
            "create   the  api_tokens table!",
            "Rename column: org -> org_id",
            "add_index_on_users_email_and_org_id_for_faster_lookups",
            "averyveryveryverylongsinglewordwithoutanyunderscoreatall",
            "x",
            "1234 numbers first",
            "__dunder__ names",
            "tabs\tand\nnewlines",
            "a-b.c/d\\e",
            "keep_  _multiple___underscores");

    @Test
    void slugIsAlembicsForAsciiDescriptions() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        boolean haveAlembic =
                Files.isExecutable(python) && Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/alembic"));
        if (System.getenv("CI") != null) {
            assertThat(haveAlembic)
                    .as("CI must have /usr/bin/python3 with Debian python3-alembic (apt-get install python3-alembic)")
                    .isTrue();
        }
        assumeTrue(haveAlembic, "python3-alembic not installed");
        // Alembic's own _rev_path on a bare ScriptDirectory stand-in: slug and truncation exactly as the library does
        // it
        String script = """
                import sys, datetime, json
                from alembic.script.base import ScriptDirectory
                class S: pass
                s = S(); s.file_template = "%(rev)s_%(slug)s"
                out = {}
                for line in sys.stdin.read().split("\\x00"):
                    if not line: continue
                    tsl, msg = line.split("\\x01", 1)
                    s.truncate_slug_length = int(tsl)
                    p = ScriptDirectory._rev_path(s, "", "REV", msg, datetime.datetime(2026, 1, 2, 3, 4, 5))
                    out[line] = p[len("REV_"):-len(".py")]
                print(json.dumps(out))
                """;
        Process p = new ProcessBuilder(python.toString(), "-c", script)
                .redirectErrorStream(true)
                .start();
        Map<String, String> expectedInput = new LinkedHashMap<>();
        StringBuilder in = new StringBuilder();
        for (String d : DESCRIPTIONS) {
            for (int limit : new int[] {40, 12, 5}) {
                String key = limit + "\u0001" + d;
                expectedInput.put(key, d);
                in.append(key).append('\u0000');
            }
        }
        p.getOutputStream().write(in.toString().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(dev.migrationlsp.testing.Deadlines.LIVENESS.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        @SuppressWarnings("unchecked")
        Map<String, String> alembic = new com.google.gson.Gson().fromJson(out, Map.class);
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> e : alembic.entrySet()) {
            int limit = Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf('\u0001')));
            String ours = Names.slug(expectedInput.get(e.getKey()), limit);
            if (!ours.equals(e.getValue())) {
                mismatches.add(e.getKey().replace('\u0001', '|') + " alembic=" + e.getValue() + " ours=" + ours);
            }
        }
        assertThat(alembic).hasSize(DESCRIPTIONS.size() * 3);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void slugsAreAsciiOnlyAndNeverEmpty() throws Exception {
        assertThat(Names.slug("Café über naïve", 40)).isEqualTo("cafe_uber_naive");
        assertThat(Names.slug("../../etc/passwd", 40)).isEqualTo("etc_passwd");
        assertThatThrownBy(() -> Names.slug("日本語", 40)).isInstanceOf(CreateException.class);
        assertThatThrownBy(() -> Names.slug("--- !!! ___", 40)).isInstanceOf(CreateException.class);
    }

    @Test
    void descriptionsAreOneBoundedLine() throws Exception {
        assertThat(Names.description("  two\nlines\t here ")).isEqualTo("two lines here");
        assertThatThrownBy(() -> Names.description("")).isInstanceOf(CreateException.class);
        assertThatThrownBy(() -> Names.description(null)).isInstanceOf(CreateException.class);
        assertThatThrownBy(() -> Names.description("a".repeat(Names.MAX_DESCRIPTION + 1)))
                .isInstanceOf(CreateException.class);
        assertThat(Names.pythonDocstringText("say \"\"\"hi\"\"\" \\o/"))
                .isEqualTo("say \\\"\\\"\\\"hi\\\"\\\"\\\" \\\\o/");
        assertThat(Names.sqlCommentText("a; b")).isEqualTo("a, b");
    }

    @Test
    void tableNamesAreIdentifiers() throws Exception {
        assertThat(Names.table(" api_tokens ")).isEqualTo("api_tokens");
        for (String bad : List.of("", "1x", "a b", "a;b", "a.b", "a\"b", "ü", "x".repeat(64))) {
            assertThatThrownBy(() -> Names.table(bad)).as(bad).isInstanceOf(CreateException.class);
        }
    }

    @Test
    void fileTemplateFormatsLikePython() throws Exception {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("rev", "abc");
        v.put("slug", "s");
        v.put("year", 2026);
        v.put("month", 3);
        v.put("epoch", 1772719629L);
        assertThat(PythonPercentFormat.format("%(year)d-%(month).2d_%(rev)s_%(slug)s", v))
                .isEqualTo("2026-03_abc_s");
        assertThat(PythonPercentFormat.format("%(epoch)s_%(month)02d_%(month)3d|%(rev)-5s|%%", v))
                .isEqualTo("1772719629_03_  3|abc  |%");
        assertThat(PythonPercentFormat.format("%(rev).2s", v)).isEqualTo("ab");
        assertThatThrownBy(() -> PythonPercentFormat.format("%(nope)s", v)).hasMessageContaining("nope");
        assertThatThrownBy(() -> PythonPercentFormat.format("%(rev)d", v)).hasMessageContaining("number");
        assertThatThrownBy(() -> PythonPercentFormat.format("%s", v)).isInstanceOf(CreateException.class);
    }
}
