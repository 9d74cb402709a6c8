package dev.migrationlsp.cli;

import dev.migrationlsp.core.RuleCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code rules}: the rule catalog. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "List the rule codes with their default severity and documentation link.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (RuleCode c : RuleCode.values()) {
            out.printf("%-26s %-8s %s%n    %s%n", c.id(), c.defaultSeverity().id(), c.summary(), c.docUrl());
        }
        out.flush();
        return RootCommand.OK;
    }
}
