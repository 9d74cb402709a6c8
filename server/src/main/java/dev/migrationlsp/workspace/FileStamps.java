package dev.migrationlsp.workspace;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The stat the header cache compares ({@link HeaderCache.Stamp}: size, modification and status-change time in
 * nanoseconds, device and inode), one system call per file.
 *
 * <p>The public API gives the status-change time only through the {@code "unix:…"} attribute map, which parses the
 * attribute names and builds a map for every file: in a short command, where most of it runs interpreted, that is
 * ~60 µs a file (12 ms of a 200-revision {@code heads}), several times the {@code lstat} itself. So on JDK 17 to 22 the
 * attributes are read as {@link PosixFileAttributes}, which on Linux and macOS is the JDK's own
 * {@code sun.nio.fs.UnixFileAttributes}, and the three numbers that interface leaves out are read from that object's
 * fields with {@code sun.misc.Unsafe} (module {@code jdk.unsupported}, open to all code; opening {@code sun.nio.fs}
 * through the jar's manifest instead costs every start more than this saves). From JDK 23 on, where those
 * {@code Unsafe} methods are deprecated for removal and print warnings, and wherever the class or a field is not what
 * is expected, the attribute map is used. {@code FileStampsTest} checks both give the same stamp.
 */
final class FileStamps {
    private FileStamps() {}

    /** The file's stat, following links; null when it cannot be read. */
    static HeaderCache.Stamp stamp(Path file) {
        HeaderCache.LinkStat a = read(file, true);
        return a == null ? null : a.stamp();
    }

    /**
     * A directory entry's type from one {@code lstat}, not following links; with {@code stamp}, also the regular
     * file's {@link HeaderCache.Stamp}. Null when it cannot be read.
     */
    static HeaderCache.LinkStat lstat(Path file, boolean stamp) {
        HeaderCache.LinkStat a = read(file, stamp, LinkOption.NOFOLLOW_LINKS);
        return a == null || a.stamp() == null || a.regularFile()
                ? a
                : new HeaderCache.LinkStat(a.directory(), false, a.symbolicLink(), null);
    }

    /**
     * One stat call: the entry's type and, with {@code stamp}, its stamp. The JDK's fields where they can be read, else
     * the {@code "unix:…"} map, else (no unix view: Windows) the basic attributes: size, modification and creation
     * time, and the file key's hash if it has one. Null when it cannot be read.
     */
    private static HeaderCache.LinkStat read(Path file, boolean stamp, LinkOption... options) {
        try {
            if (stamp && UnixFields.READABLE) {
                PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, options);
                HeaderCache.Stamp s = UnixFields.stamp(a);
                if (s != null) {
                    return new HeaderCache.LinkStat(a.isDirectory(), a.isRegularFile(), a.isSymbolicLink(), s);
                }
            }
            if (stamp) {
                try {
                    Map<String, Object> a = Files.readAttributes(
                            file,
                            "unix:isDirectory,isRegularFile,isSymbolicLink,size,lastModifiedTime,ctime,dev,ino",
                            options);
                    return new HeaderCache.LinkStat(
                            (Boolean) a.get("isDirectory"),
                            (Boolean) a.get("isRegularFile"),
                            (Boolean) a.get("isSymbolicLink"),
                            fromMap(a));
                } catch (UnsupportedOperationException | IllegalArgumentException e) {
                    // no unix view: the basic attributes below
                }
            }
            BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class, options);
            HeaderCache.Stamp s = !stamp
                    ? null
                    : new HeaderCache.Stamp(
                            b.size(),
                            b.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                            b.creationTime().to(TimeUnit.NANOSECONDS),
                            0,
                            b.fileKey() == null ? 0 : b.fileKey().hashCode());
            return new HeaderCache.LinkStat(b.isDirectory(), b.isRegularFile(), b.isSymbolicLink(), s);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The stamp from the {@code "unix:…"} attribute map: the public way, and the reference for {@link UnixFields}. */
    static HeaderCache.Stamp fromMap(Map<String, Object> a) {
        return new HeaderCache.Stamp(
                (Long) a.get("size"),
                ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS),
                (Long) a.get("dev"),
                (Long) a.get("ino"));
    }

    /** True when {@link #stamp} and {@link #lstat} read the JDK's fields rather than the attribute map. */
    static boolean readsFields() {
        return UnixFields.READABLE;
    }

    /** The fields of {@code sun.nio.fs.UnixFileAttributes} the public interfaces leave out, when they can be read. */
    @SuppressWarnings("removal") // sun.misc.Unsafe's field access, used only on JDK 17 to 22 (see the class comment)
    private static final class UnixFields {
        private static final Class<?> TYPE;
        private static final sun.misc.Unsafe UNSAFE;
        private static final long CTIME_SEC;
        private static final long CTIME_NSEC;
        private static final long DEVICE;
        private static final long INODE;
        static final boolean READABLE;

        static {
            Class<?> type = null;
            sun.misc.Unsafe unsafe = null;
            long[] offsets = new long[4];
            try {
                if (Runtime.version().feature() <= 22) {
                    type = Class.forName("sun.nio.fs.UnixFileAttributes");
                    String[] names = {"st_ctime_sec", "st_ctime_nsec", "st_dev", "st_ino"};
                    Field theUnsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
                    theUnsafe.setAccessible(true);
                    unsafe = (sun.misc.Unsafe) theUnsafe.get(null);
                    for (int i = 0; i < names.length; i++) {
                        Field f = type.getDeclaredField(names[i]);
                        if (f.getType() != long.class || Modifier.isStatic(f.getModifiers())) {
                            throw new NoSuchFieldException(names[i] + " is not a long instance field");
                        }
                        offsets[i] = unsafe.objectFieldOffset(f);
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                unsafe = null;
            }
            TYPE = unsafe == null ? null : type;
            UNSAFE = unsafe;
            CTIME_SEC = offsets[0];
            CTIME_NSEC = offsets[1];
            DEVICE = offsets[2];
            INODE = offsets[3];
            READABLE = unsafe != null;
        }

        /** The stamp of {@code a}; null when it is not the JDK's attributes object (then the map is asked). */
        static HeaderCache.Stamp stamp(PosixFileAttributes a) {
            if (TYPE == null || a.getClass() != TYPE) {
                return null;
            }
            // the class is exactly the one the offsets were taken from: these reads stay inside the object
            return new HeaderCache.Stamp(
                    a.size(),
                    a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    nanos(UNSAFE.getLong(a, CTIME_SEC), UNSAFE.getLong(a, CTIME_NSEC)),
                    UNSAFE.getLong(a, DEVICE),
                    UNSAFE.getLong(a, INODE));
        }

        /** As {@link FileTime#to} of the JDK's {@code FileTime} for these seconds and nanoseconds (saturating). */
        private static long nanos(long seconds, long nanos) {
            try {
                return Math.addExact(nanos, Math.multiplyExact(seconds, 1_000_000_000L));
            } catch (ArithmeticException e) {
                return seconds < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
        }
    }
}
