package dev.migrationlsp.create;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the migration templates with Freemarker. A workspace may override any template by putting a file of the same
 * name under its templates directory ({@code .migration-lsp/templates/} or the configured {@code templates}); the rest
 * come from the jar ({@code /templates/}). Errors name the template file (override or built-in) and the line.
 */
public final class TemplateRenderer {
    /** Default per-workspace override directory, relative to the root. */
    public static final String DEFAULT_OVERRIDE_DIR = ".migration-lsp/templates";

    private final Map<Optional<Path>, Configuration> configurations = new ConcurrentHashMap<>();

    /** Renders {@code name} (e.g. {@code postgres/revision.py.ftl}) with {@code model}. */
    public String render(Optional<Path> overrideDir, String name, Map<String, Object> model) throws CreateException {
        Optional<Path> dir = overrideDir
                .filter(Files::isDirectory)
                .map(p -> p.toAbsolutePath().normalize());
        Configuration cfg = configurations.computeIfAbsent(dir, TemplateRenderer::configuration);
        String where = describe(dir, name);
        Template template;
        try {
            template = cfg.getTemplate(name);
        } catch (ParseException e) {
            throw new CreateException(
                    "template " + where + " line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                            + firstLine(e.getEditorMessage()),
                    e);
        } catch (TemplateNotFoundException e) {
            throw new CreateException(
                    "template " + name + " not found (neither in "
                            + dir.map(Path::toString).orElse("the workspace") + " nor built in)",
                    e);
        } catch (IOException e) {
            throw new CreateException("cannot read template " + where + ": " + e.getMessage(), e);
        }
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            throw new CreateException(
                    "template " + where + (line == null ? "" : " line " + line + ", column " + e.getColumnNumber())
                            + ": "
                            + firstLine(
                                    e.getBlamedExpressionString() != null
                                            ? "cannot evaluate ${" + e.getBlamedExpressionString() + "}: "
                                                    + e.getMessageWithoutStackTop()
                                            : e.getMessageWithoutStackTop()),
                    e);
        } catch (IOException e) {
            throw new CreateException("cannot render template " + where + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static String describe(Optional<Path> dir, String name) {
        if (dir.isPresent() && Files.isRegularFile(dir.get().resolve(name))) {
            return dir.get().resolve(name).toString();
        }
        return name + " (built in)";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "error";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    private static Configuration configuration(Optional<Path> overrideDir) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(TemplateRenderer.class, "/templates");
        TemplateLoader loader = builtIn;
        if (overrideDir.isPresent()) {
            try {
                loader = new MultiTemplateLoader(new TemplateLoader[] {
                    new FileTemplateLoader(overrideDir.get().toFile()), builtIn
                });
            } catch (IOException e) {
                loader = builtIn; // directory vanished between the check and here: the built-in templates still work
            }
        }
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocalizedLookup(false);
        // overrides are edited while the server runs: check for changes on every use (creation is rare)
        cfg.setTemplateUpdateDelayMilliseconds(0);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // workspace templates come with the repository: they must not be able to instantiate classes (?new would let
        // a cloned repository run commands when someone creates a migration in it)
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        return cfg;
    }
}
