package dev.migrationlsp.cli;

import dev.migrationlsp.core.RuleCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code rules}: the rule catalog, from {@link RuleCode} (the one place rule metadata lives). */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "List the rule codes with their default severity, fix safety and documentation link.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        RuleCode.Area area = null;
        for (RuleCode c : RuleCode.values()) {
            if (c.area() != area) {
                area = c.area();
                out.printf("%s%s%n", c.ordinal() == 0 ? "" : System.lineSeparator(), area.title());
            }
            out.printf(
                    "  %-26s %-8s fix: %-7s %s%n    %s%n",
                    c.id(), c.defaultSeverity().id(), c.fixSafety().id(), c.summary(), c.docUrl());
        }
        out.flush();
        return RootCommand.OK;
    }
}
