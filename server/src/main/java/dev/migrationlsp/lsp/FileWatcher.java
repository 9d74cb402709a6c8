package dev.migrationlsp.lsp;

import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSession;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Watches the workspace root (configuration files) and the migration directories with a Java WatchService, for clients
 * that cannot register {@code workspace/didChangeWatchedFiles}. Events are batched for a short while so a branch
 * switch that rewrites hundreds of files becomes one update.
 */
final class FileWatcher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FileWatcher.class.getName());
    private static final long BATCH_MS = 50;

    private final WorkspaceSession session;
    private final WatchService watcher;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    FileWatcher(WorkspaceSession session) throws IOException {
        this.session = session;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::loop, "migration-lsp-watcher");
        this.thread.setDaemon(true);
    }

    void start(WorkspaceConfig config) {
        register(config);
        thread.start();
    }

    private synchronized void register(WorkspaceConfig config) {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(config.root());
        config.alembicVersions().ifPresent(d -> {
            dirs.add(d);
            if (d.getParent() != null) {
                dirs.add(d.getParent());
            }
        });
        for (dev.migrationlsp.workspace.AlembicHistory h : config.histories()) {
            for (Path d : h.versionLocations()) {
                dirs.add(d);
                if (d.getParent() != null) {
                    dirs.add(d.getParent());
                }
                if (h.recursive() && d.toFile().isDirectory()) {
                    // the watch service is not recursive: watch each sub-folder Alembic would read
                    try (var walk = java.nio.file.Files.walk(d)) {
                        walk.filter(java.nio.file.Files::isDirectory)
                                .filter(x -> !x.endsWith("__pycache__"))
                                .forEach(dirs::add);
                    } catch (java.io.IOException | java.io.UncheckedIOException e) {
                        // a folder vanished while listing: the next configuration reload registers again
                    }
                }
            }
        }
        config.clickhouseMigrations().ifPresent(d -> {
            dirs.add(d);
            if (d.getParent() != null) {
                dirs.add(d.getParent());
            }
        });
        for (Path dir : dirs) {
            if (keys.containsValue(dir) || !dir.toFile().isDirectory()) {
                continue;
            }
            try {
                WatchKey k = dir.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                keys.put(k, dir);
            } catch (IOException e) {
                LOG.fine(() -> "cannot watch " + dir + " (it may have just been moved): " + e.getMessage());
            }
        }
    }

    private void loop() {
        while (!closed) {
            try {
                WatchKey first = watcher.take();
                List<Path> changed = new ArrayList<>();
                boolean overflow = drain(first, changed);
                WatchKey more;
                while ((more = watcher.poll(BATCH_MS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(more, changed);
                }
                if (overflow) {
                    session.update(ws -> ws.rescan()).thenAccept(s -> register(s.config()));
                } else if (!changed.isEmpty()) {
                    session.update(ws -> ws.filesChanged(changed)).thenAccept(s -> register(s.config()));
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
        }
    }

    private synchronized boolean drain(WatchKey key, List<Path> out) {
        Path dir = keys.get(key);
        boolean overflow = false;
        for (WatchEvent<?> ev : key.pollEvents()) {
            if (ev.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
            } else if (dir != null && ev.context() instanceof Path name) {
                out.add(dir.resolve(name));
            }
        }
        if (!key.reset()) {
            keys.remove(key); // directory gone; re-registered when it comes back
        }
        return overflow;
    }

    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
