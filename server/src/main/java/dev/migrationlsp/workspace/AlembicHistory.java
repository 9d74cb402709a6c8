package dev.migrationlsp.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One Alembic environment of the workspace: what {@code alembic [-c INI] [--name SECTION]} would load. A workspace may
 * hold several (one per {@code alembic.ini} section, per {@code [tool.alembic]}, or named in the configuration); each
 * has its own revision graph ({@link WorkspaceSnapshot#revisionGraph(AlembicHistory)}).
 *
 * @param name               unique in the workspace: what {@code --history} and the create command's {@code history} take
 * @param source             the file it was read from ({@code alembic.ini}, {@code pyproject.toml} or our configuration);
 *                           empty when found by its revision files alone
 * @param section            the ini section ({@code alembic}, or e.g. {@code core} for {@code alembic --name core})
 * @param scriptLocation     the environment's folder (holds {@code env.py}; {@code versions/} unless version_locations)
 * @param versionLocations   the folders Alembic reads revisions from, absolute and normalised, first = where new
 *                           revisions go when no head says otherwise
 * @param recursive          {@code recursive_version_locations = true}: revisions in sub-folders count too
 * @param fileTemplate       {@code file_template} after ini interpolation, e.g. {@code %(rev)s_%(slug)s}
 * @param truncateSlugLength {@code truncate_slug_length}
 * @param timezone           {@code timezone}, if set
 */
public record AlembicHistory(
        String name,
        Optional<Path> source,
        String section,
        Path scriptLocation,
        List<Path> versionLocations,
        boolean recursive,
        String fileTemplate,
        int truncateSlugLength,
        Optional<String> timezone) {

    public static final String DEFAULT_FILE_TEMPLATE = AlembicIni.DEFAULT_FILE_TEMPLATE;
    public static final int DEFAULT_TRUNCATE_SLUG_LENGTH = AlembicIni.DEFAULT_TRUNCATE_SLUG_LENGTH;

    public AlembicHistory {
        // a loop, not a stream: every short command builds histories, and a stream's lambdas cost it start-up time
        List<Path> distinct = new java.util.ArrayList<>(versionLocations.size());
        for (Path p : versionLocations) {
            Path n = p.toAbsolutePath().normalize();
            if (!distinct.contains(n)) {
                distinct.add(n);
            }
        }
        versionLocations = List.copyOf(distinct);
        if (versionLocations.isEmpty()) {
            throw new IllegalArgumentException("a history needs at least one version location");
        }
        scriptLocation = scriptLocation.toAbsolutePath().normalize();
    }

    /** The folder new revisions go to when no head chooses one (Alembic's single or first version location). */
    public Path primaryVersions() {
        return versionLocations.get(0);
    }

    /**
     * True if Alembic would load {@code file} as a revision of this history: a {@code .py} file (not {@code __init__}
     * nor an editor lock file, Alembic's {@code _only_source_rev_file}) directly in a version location, or below one
     * (outside {@code __pycache__}) when recursive.
     */
    public boolean contains(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path parent = f.getParent();
        Path fileName = f.getFileName();
        return parent != null && fileName != null && contains(parent, fileName.toString());
    }

    /**
     * {@link #contains(Path)} for the entry {@code name} of the absolute, normalised {@code folder}: asked for every
     * listed file, without building the file's path apart.
     */
    public boolean contains(Path folder, String name) {
        if (!name.endsWith(".py") || name.startsWith("__init__") || name.startsWith(".#")) {
            return false;
        }
        for (Path dir : versionLocations) {
            if (folder.equals(dir)) {
                return true;
            }
            if (recursive && folder.startsWith(dir) && !inPycache(dir, folder)) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code path} is a version location, lies below one, or is a folder that holds one. */
    public boolean overlaps(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return versionLocations.stream().anyMatch(d -> p.startsWith(d) || d.startsWith(p));
    }

    private static boolean inPycache(Path dir, Path parent) {
        for (Path part : dir.relativize(parent)) {
            if (part.toString().equals("__pycache__")) {
                return true;
            }
        }
        return false;
    }
}
