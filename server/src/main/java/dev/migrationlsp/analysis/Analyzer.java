package dev.migrationlsp.analysis;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.Severity;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.rules.Rules;
import dev.migrationlsp.rules.WorkspaceFact;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.workspace.ConfigProblem;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The analysis facade shared by the CLI and the language server. It speaks plain core types: a snapshot and a path in,
 * findings out. Rules produce raw findings; this class applies configured severities, ignore comments and the baseline.
 */
public final class Analyzer {
    /** Asked for only when a rule fails: java.util.logging's set-up costs short commands ~15 ms. */
    private static Logger log() {
        return Logger.getLogger(Analyzer.class.getName());
    }

    private static final Document.Key<Map<Path, List<Finding>>> WORKSPACE = new Document.Key<>("workspace-findings");
    private static final Document.Key<BaselineState> BASELINE = new Document.Key<>("baseline");

    private final List<DocumentRule> documentRules;
    private final List<WorkspaceRule> workspaceRules;
    /** Rules that threw. The server keeps going without them; tests (fuzzing) assert this stays zero. */
    private final java.util.concurrent.atomic.LongAdder ruleFailures = new java.util.concurrent.atomic.LongAdder();

    private final RuleResultsCache results = new RuleResultsCache();

    /** The baseline as loaded for a snapshot, or the reason it could not be. */
    public record BaselineState(Baseline baseline, Optional<String> error) {}

    /** Every rule of the catalogue; a composition root builds one and shares it. */
    public Analyzer(Rules rules) {
        this(rules.documentRules(), rules.workspaceRules());
    }

    /** These rules only (tests, benchmarks); they run in rule-code order whatever the order given. */
    public Analyzer(Collection<DocumentRule> documentRules, Collection<WorkspaceRule> workspaceRules) {
        this.documentRules = byCode(documentRules);
        this.workspaceRules = byCode(workspaceRules);
    }

    /** Plain loops and named classes on `check`'s path: on JDK 17 each lambda costs ~0.2 ms the first time it runs. */
    private static <R> List<R> byCode(Collection<R> rules) {
        List<R> sorted = new ArrayList<>(rules);
        sorted.sort(new Comparator<R>() {
            @Override
            public int compare(R a, R b) {
                return Integer.compare(code(a).ordinal(), code(b).ordinal());
            }
        });
        return List.copyOf(sorted);
    }

    private static RuleCode code(Object rule) {
        return rule instanceof DocumentRule d ? d.code() : ((WorkspaceRule) rule).code();
    }

    public long ruleFailures() {
        return ruleFailures.sum();
    }

    public List<DocumentRule> documentRules() {
        return documentRules;
    }

    public List<WorkspaceRule> workspaceRules() {
        return workspaceRules;
    }

    /** Findings to show for one file: its own rules plus workspace-level findings that land on it, filtered. */
    public List<Finding> analyze(WorkspaceSnapshot ws, Path file, CancelChecker cancel) {
        Optional<Document> doc = ws.document(file);
        if (doc.isEmpty()) {
            return List.of();
        }
        Document d = doc.get();
        return finish(ws, d, rawFindings(ws, d, cancel));
    }

    /** Everything the rules say about one file, before severities, ignore comments and the baseline. */
    private List<Finding> rawFindings(WorkspaceSnapshot ws, Document d, CancelChecker cancel) {
        if (d.kind() == FileKind.CONFIG) {
            return configFindings(ws, d);
        }
        List<Finding> all = new ArrayList<>();
        if (!SettledMigrations.of(ws).contains(d.path())) {
            all.addAll(rawDocumentFindings(ws, d, cancel));
        }
        all.addAll(workspaceFindings(ws, cancel).getOrDefault(d.path(), List.of()));
        return all;
    }

    /** Only the workspace-level findings of a file: what is published for files that are not open in the editor. */
    public List<Finding> analyzeWorkspaceLevel(WorkspaceSnapshot ws, Path file, CancelChecker cancel) {
        Optional<Document> doc = ws.document(file);
        if (doc.isEmpty()) {
            return List.of();
        }
        return finish(
                ws,
                doc.get(),
                workspaceFindings(ws, cancel).getOrDefault(doc.get().path(), List.of()));
    }

    /** Files that have workspace-level findings before filtering (to know where to publish). */
    public Set<Path> filesWithWorkspaceFindings(WorkspaceSnapshot ws, CancelChecker cancel) {
        return workspaceFindings(ws, cancel).keySet();
    }

    /** Revisions named by {@code check-after.alembic} that the history does not have (nothing is skipped for them). */
    public List<String> unknownCheckAfterRevisions(WorkspaceSnapshot ws) {
        return SettledMigrations.of(ws).unknownRevisions();
    }

    /** Every finding in the workspace (the CLI's {@code check}); files are analysed in parallel. */
    public List<Finding> checkAll(WorkspaceSnapshot ws, CancelChecker cancel) {
        prepare(ws, cancel);
        List<Document> docs = ws.allDocuments();
        // a parallel stream on the calling thread: it works alongside the common pool's workers. Submitting to the pool
        // and joining left the caller idle, and on 2 cores the common pool has 1 worker, so `check` ran on one core.
        List<List<Finding>> per = docs.parallelStream()
                .map(new Function<Document, List<Finding>>() {
                    @Override
                    public List<Finding> apply(Document d) {
                        return analyze(ws, d.path(), cancel);
                    }
                })
                .toList();
        List<Finding> out = new ArrayList<>();
        for (List<Finding> findings : per) {
            out.addAll(findings);
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * What the analysis of every file waits for, computed before the files are analysed in parallel: the workspace
     * facts the document rules read (each reads every file once, in parallel) and the workspace-level findings. Left to
     * the first file that asks, a fact was computed on one thread while the other analysis threads waited for it.
     */
    private void prepare(WorkspaceSnapshot ws, CancelChecker cancel) {
        ruleInputs(ws, documentRules);
        workspaceFindings(ws, cancel);
    }

    /** File, then start offset, then rule id. */
    public static final Comparator<Finding> ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int c = a.file().toString().compareTo(b.file().toString());
            if (c == 0) {
                c = Integer.compare(a.span().startOffset(), b.span().startOffset());
            }
            return c != 0 ? c : a.code().id().compareTo(b.code().id());
        }
    };

    /** Raw (unfiltered) findings of all rules, for writing a baseline. */
    public List<Finding> checkAllUnbaselined(WorkspaceSnapshot ws, CancelChecker cancel) {
        prepare(ws, cancel);
        // in parallel like checkAll: `check --baseline` and `--write-baseline` take this path
        List<List<Finding>> per = ws.allDocuments().parallelStream()
                .map(new Function<Document, List<Finding>>() {
                    @Override
                    public List<Finding> apply(Document d) {
                        return severitiesAndSuppressions(ws, d, rawFindings(ws, d, cancel));
                    }
                })
                .toList();
        List<Finding> out = new ArrayList<>();
        for (List<Finding> findings : per) {
            out.addAll(findings);
        }
        out.sort(ORDER);
        return out;
    }

    public BaselineState baseline(WorkspaceSnapshot ws) {
        return ws.derived(BASELINE, LOAD_BASELINE);
    }

    private static final Function<WorkspaceSnapshot, BaselineState> LOAD_BASELINE = new Function<>() {
        @Override
        public BaselineState apply(WorkspaceSnapshot s) {
            Optional<Path> file = s.config().baseline();
            if (file.isEmpty() || !java.nio.file.Files.exists(file.get())) {
                return new BaselineState(Baseline.EMPTY, Optional.empty());
            }
            try {
                return new BaselineState(Baseline.read(file.get()), Optional.empty());
            } catch (IOException e) {
                return new BaselineState(
                        Baseline.EMPTY,
                        Optional.of("cannot read baseline " + s.relative(file.get()) + ": " + e.getMessage()));
            }
        }
    };

    private List<Finding> finish(WorkspaceSnapshot ws, Document d, List<Finding> raw) {
        List<Finding> kept = severitiesAndSuppressions(ws, d, raw);
        kept = baseline(ws).baseline().filter(kept, new Function<Path, String>() {
            @Override
            public String apply(Path p) {
                return ws.relative(p);
            }
        });
        List<Finding> sorted = new ArrayList<>(kept);
        sorted.sort(ORDER);
        return sorted;
    }

    private List<Finding> severitiesAndSuppressions(WorkspaceSnapshot ws, Document d, List<Finding> raw) {
        Suppressions sup = Suppressions.of(d);
        List<Finding> out = new ArrayList<>(raw.size());
        for (Finding f : raw) {
            Severity s = ws.config().severity(f.code());
            if (s == Severity.OFF) {
                continue;
            }
            if (sup.suppresses(f.code(), f.span().start().line())) {
                continue;
            }
            out.add(s == f.severity() ? f : f.withSeverity(s));
        }
        return out;
    }

    /**
     * Per-document rule results are cached by the file's content and the rules' inputs (configuration and the workspace
     * facts they declare), so typing in one file re-runs only that file's rules and the workspace rules.
     */
    private List<Finding> rawDocumentFindings(WorkspaceSnapshot ws, Document d, CancelChecker cancel) {
        List<DocumentRule> rules = new ArrayList<>();
        for (DocumentRule r : documentRules) {
            if (r.appliesTo(d.kind())) {
                rules.add(r);
            }
        }
        List<Object> inputs = ruleInputs(ws, rules);
        Optional<List<Finding>> hit = results.get(d, inputs);
        if (hit.isPresent()) {
            return hit.get();
        }
        List<Finding> out = new ArrayList<>();
        DocumentContext ctx = new DocumentContext(ws, d, cancel);
        for (DocumentRule rule : rules) {
            cancel.checkCanceled();
            try {
                out.addAll(rule.check(ctx));
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                ruleFailures.increment();
                log().log(Level.WARNING, "rule " + rule.code().id() + " failed on " + d.path() + "; skipped", e);
            }
        }
        List<Finding> result = List.copyOf(out);
        results.put(d, inputs, result);
        return result;
    }

    /** What {@code rules} read besides the file: the configuration and the version of each fact they declare. */
    private static List<Object> ruleInputs(WorkspaceSnapshot ws, List<DocumentRule> rules) {
        EnumSet<WorkspaceFact> facts = EnumSet.noneOf(WorkspaceFact.class);
        for (DocumentRule r : rules) {
            facts.addAll(r.reads());
        }
        List<Object> inputs = new ArrayList<>(1 + facts.size());
        inputs.add(ws.config());
        for (WorkspaceFact f : facts) {
            inputs.add(f.version(ws));
        }
        return inputs;
    }

    /**
     * Drops the cached rule results of the files {@code gone} accepts: the language server passes the files of a
     * folder that its latest snapshot no longer has (deleted or renamed migrations, a removed folder), so the cache
     * holds only files that exist. A file that comes back is analysed afresh.
     */
    public void forgetCachedResults(Predicate<Path> gone) {
        results.forget(gone);
    }

    /** The files whose rule results are cached; for tests and benchmarks. */
    public Set<Path> cachedFiles() {
        return results.files();
    }

    /** Hits and misses of the per-file results cache since start. */
    public RuleResultsCache.Stats cacheStats() {
        return results.stats();
    }

    private Map<Path, List<Finding>> workspaceFindings(WorkspaceSnapshot ws, CancelChecker cancel) {
        return ws.derived(WORKSPACE, new Function<WorkspaceSnapshot, Map<Path, List<Finding>>>() {
            @Override
            public Map<Path, List<Finding>> apply(WorkspaceSnapshot s) {
                return runWorkspaceRules(s);
            }
        });
    }

    private Map<Path, List<Finding>> runWorkspaceRules(WorkspaceSnapshot s) {
        Map<Path, List<Finding>> byFile = new HashMap<>();
        for (WorkspaceRule rule : workspaceRules) {
            try {
                for (Finding f : rule.check(s, CancelChecker.NEVER)) {
                    List<Finding> list = byFile.get(f.file());
                    if (list == null) {
                        list = new ArrayList<>();
                        byFile.put(f.file(), list);
                    }
                    list.add(f);
                }
            } catch (RuntimeException | StackOverflowError e) {
                ruleFailures.increment();
                log().log(Level.WARNING, "rule " + rule.code().id() + " failed; skipped", e);
            }
        }
        Map<Path, List<Finding>> frozen = new HashMap<>();
        for (Map.Entry<Path, List<Finding>> e : byFile.entrySet()) {
            frozen.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Map.copyOf(frozen);
    }

    /** Configuration problems become findings on the configuration file. */
    private List<Finding> configFindings(WorkspaceSnapshot ws, Document d) {
        List<Finding> out = new ArrayList<>();
        for (ConfigProblem p : ws.config().problems()) {
            if (p.file() == null || !p.file().equals(d.path())) {
                continue;
            }
            int start = p.line() < 0 ? 0 : d.text().offset(p.line(), Math.max(0, p.column()));
            int end = p.line() < 0 ? 0 : d.text().lineEnd(d.text().lineOf(start));
            out.add(Finding.of(
                            RuleCode.INVALID_CONFIGURATION, d.path(), d.text().span(start, end), p.message())
                    .fingerprint(p.message())
                    .build());
        }
        for (String rev : SettledMigrations.of(ws).unknownRevisions()) {
            // known only once the graph is read, so not a load-time ConfigProblem; placed on the revision's text
            String text = d.text().text();
            int at = Math.max(0, text.indexOf("\"" + rev + "\""));
            String message =
                    "check-after.alembic: no revision '" + rev + "' in the history (nothing is skipped for it)";
            out.add(Finding.of(
                            RuleCode.INVALID_CONFIGURATION,
                            d.path(),
                            d.text().span(at, at + (at == 0 ? 0 : rev.length() + 2)),
                            message)
                    .fingerprint(message)
                    .build());
        }
        return out;
    }
}
