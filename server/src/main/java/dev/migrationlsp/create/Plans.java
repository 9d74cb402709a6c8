package dev.migrationlsp.create;

import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What both planners share: the final safety checks on a file name, the names in a directory, template lookup. */
final class Plans {
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

    private Plans() {}

    static MigrationPlan toPlan(
            WorkspaceSnapshot ws,
            Target target,
            Path dir,
            String fileName,
            String content,
            Optional<String> revision,
            List<String> parents,
            Optional<String> number,
            String template)
            throws CreateException {
        // a file_template may name sub-folders ("2024/05/abc_slug.py"): every part is a plain name, never "..", so the
        // file stays inside dir
        String[] parts = fileName.split("/", -1);
        for (String part : parts) {
            if (!SAFE_FILE_NAME.matcher(part).matches() || part.contains("..")) {
                throw new CreateException("refusing file name " + fileName
                        + (parts.length > 1
                                ? " (each folder and file name: letters, digits, _ . - only, no \"..\";"
                                : " (only letters, digits, _ . - and no path separators;")
                        + " check file_template in alembic.ini)");
            }
        }
        try {
            Path realDir = dir.toRealPath();
            if (!realDir.startsWith(ws.root().toRealPath())) {
                // the workspace does not read a folder behind such a link; nothing is written there either
                throw new CreateException("refusing to write in " + ws.relative(dir)
                        + ": it resolves outside the workspace (to " + realDir + ")");
            }
        } catch (IOException e) {
            // a folder that does not exist yet: the write checks it again
        }
        Path path = dir.resolve(fileName).normalize();
        if (!path.startsWith(dir) || path.equals(dir)) {
            throw new CreateException("refusing to write " + fileName + " outside " + ws.relative(dir));
        }
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || ws.document(path).isPresent()) {
            throw new CreateException(ws.relative(path) + " already exists");
        }
        return new MigrationPlan(target, dir, path, ws.relative(path), content, revision, parents, number, template);
    }

    /** Names in {@code dir}: the snapshot's files plus the directory listing (a file may exist that nobody parsed). */
    static List<String> fileNames(WorkspaceSnapshot ws, Path dir, Set<Path> known) {
        Set<String> names = new TreeSet<>();
        for (Path p : known) {
            if (dir.equals(p.getParent())) {
                names.add(p.getFileName().toString());
            }
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    names.add(p.getFileName().toString());
                }
            } catch (IOException e) {
                // the snapshot's names still count
            }
        }
        return List.copyOf(names);
    }

    static Optional<Path> overrideDirectory(WorkspaceSnapshot ws) {
        return Optional.of(
                ws.config().templatesDirectory().orElse(ws.root().resolve(TemplateRenderer.DEFAULT_OVERRIDE_DIR)));
    }

    /** The guide's docstring is a sentence: end it with a period unless it already ends with punctuation. */
    static String sentence(String description) {
        char last = description.charAt(description.length() - 1);
        return ".!?".indexOf(last) >= 0 ? description : description + ".";
    }
}
