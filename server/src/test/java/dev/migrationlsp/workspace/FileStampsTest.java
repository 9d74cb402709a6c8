package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header cache's stat ({@link FileStamps}) read from the JDK's attributes object must be exactly what the public
 * {@code "unix:…"} attribute map gives, and must see what only the status-change time shows.
 */
class FileStampsTest {
    @TempDir
    Path dir;

    private static boolean unix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    }

    private static HeaderCache.Stamp publicStamp(Path file, LinkOption... options) throws IOException {
        return FileStamps.fromMap(Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino", options));
    }

    @Test
    void theFastReadRunsOnJdk17To22AndNotLater() {
        assumeTrue(unix());
        // where the fast read is skipped the map still gives the same stamps (the tests below), only slower
        assertThat(FileStamps.readsFields()).isEqualTo(Runtime.version().feature() <= 22);
    }

    @Test
    void aStampIsWhatTheAttributeMapSays() throws IOException {
        assumeTrue(unix());
        Path file = Files.writeString(dir.resolve("0001_a.py"), "revision = '0001'\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.py"), file);
        Files.setLastModifiedTime(file, FileTime.from(1_700_000_000_123_456_789L, TimeUnit.NANOSECONDS));

        HeaderCache.Stamp stamp = FileStamps.stamp(file);
        assertThat(stamp).isEqualTo(publicStamp(file));
        assertThat(stamp.size()).isEqualTo(Files.size(file));
        assertThat(stamp.inode()).isPositive();
        // following the link: the target's stamp
        assertThat(FileStamps.stamp(link)).isEqualTo(stamp);

        HeaderCache.LinkStat regular = FileStamps.lstat(file, true);
        assertThat(regular.regularFile()).isTrue();
        assertThat(regular.directory() || regular.symbolicLink()).isFalse();
        assertThat(regular.stamp()).isEqualTo(publicStamp(file, LinkOption.NOFOLLOW_LINKS));

        HeaderCache.LinkStat symbolic = FileStamps.lstat(link, true);
        assertThat(symbolic.symbolicLink()).isTrue();
        assertThat(symbolic.regularFile()).isFalse();
        assertThat(symbolic.stamp()).isNull();

        HeaderCache.LinkStat folder = FileStamps.lstat(dir, true);
        assertThat(folder.directory()).isTrue();
        assertThat(folder.stamp()).isNull();
        assertThat(FileStamps.lstat(file, false).stamp()).isNull();

        assertThat(FileStamps.stamp(dir.resolve("missing.py"))).isNull();
        assertThat(FileStamps.lstat(dir.resolve("missing.py"), true)).isNull();
    }

    @Test
    void restoringTheModificationTimeStillChangesTheStamp() throws IOException {
        assumeTrue(unix());
        Path file = Files.writeString(dir.resolve("0001_a.py"), "revision = '0001'\n");
        FileTime modified = Files.getLastModifiedTime(file);
        HeaderCache.Stamp before = FileStamps.stamp(file);
        // same size, same modification time, same inode (as `cp -p` or a tar extraction over the file leave it): only
        // the status-change time tells. The kernel's clock for it ticks every few milliseconds: write until it moved.
        HeaderCache.Stamp after = before;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (after.equals(before) && System.nanoTime() < deadline) {
            Files.writeString(file, "revision = '0002'\n");
            Files.setLastModifiedTime(file, modified);
            after = FileStamps.stamp(file);
        }
        assertThat(after.size()).isEqualTo(before.size());
        assertThat(after.modifiedNanos()).isEqualTo(before.modifiedNanos());
        assertThat(after.device()).isEqualTo(before.device());
        assertThat(after.inode()).isEqualTo(before.inode());
        assertThat(after.changedNanos()).isGreaterThan(before.changedNanos());
        assertThat(after).isNotEqualTo(before).isEqualTo(publicStamp(file));
    }
}
