package dev.migrationlsp.insight;

import dev.migrationlsp.core.RuleCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Hover text of a rule code: the metadata of {@link RuleCode} and the rule's documentation, its {@code ### code}
 * section of docs/rules.md (packed into the jar). RuleCatalogTest makes sure every code has that section.
 */
public final class RuleDocs {
    private final Map<String, String> sections;

    public RuleDocs() {
        this(load());
    }

    RuleDocs(String markdown) {
        this.sections = sections(markdown);
    }

    private static String load() {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/docs/rules.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Sections under {@code ### code} headings, keyed by code; "missing-org-id (ClickHouse)" joins the missing-org-id
     * section. Lines in fenced code blocks (a Python {@code # comment}) are text, not headings.
     */
    public static Map<String, String> sections(String md) {
        Map<String, String> out = new HashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (line.startsWith("#") && !fenced) {
                if (current != null) {
                    out.merge(current, body.toString().strip(), (a, b) -> a + "\n\n" + b);
                }
                current = null;
                body.setLength(0);
                if (line.startsWith("### ")) {
                    String heading = line.substring(4).strip();
                    int paren = heading.indexOf(" (");
                    current = paren > 0 ? heading.substring(0, paren) : heading;
                }
                continue;
            }
            if (current != null && !line.startsWith("<!--")) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            out.merge(current, body.toString().strip(), (a, b) -> a + "\n\n" + b);
        }
        return out;
    }

    public String markdown(RuleCode code) {
        String body = Optional.ofNullable(sections.get(code.id()))
                .filter(s -> !s.isBlank())
                .orElse(code.summary() + ".");
        return "**" + code.id() + "** (default: " + code.defaultSeverity().id() + ") · fix: "
                + code.fixSafety().id() + " · " + code.area().title() + "\n\n" + body + "\n\n[Rule reference]("
                + code.docUrl() + ")";
    }
}
