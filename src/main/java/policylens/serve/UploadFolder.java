package policylens.serve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The uploads folder as the server owns it: one server at a time (a lock file), and nothing half-done survives a
 * crash. An upload is received into a hidden {@code .incoming-*.part} file; before it is moved to its stored name a
 * hidden {@code .pending-*} note names it, and the note is removed once the index has it (or the file is removed
 * again). On start, leftover {@code .incoming-*} files, Jetty's multipart temp files ({@code .multipart/}) and
 * stored files whose note survived but which the index does not have are deleted: an upload is kept only once it is
 * both stored and indexed.
 */
final class UploadFolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UploadFolder.class);
    static final String INCOMING = ".incoming-";
    static final String PENDING = ".pending-";
    static final String MULTIPART = ".multipart";
    private static final String LOCK = ".lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private UploadFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Creates the folder if needed, takes its lock and removes what an earlier run left half-done (except the
     * pending notes: {@link #recover} needs the index for those).
     *
     * @throws IllegalStateException when another server holds the folder (one line, for the CLI)
     */
    static UploadFolder open(Path dir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("另一个 policylens serve 正在使用上传文件夹 " + dir
                        + " / another policylens serve is using the uploads folder " + dir);
            }
            UploadFolder folder = new UploadFolder(dir, channel, lock);
            folder.clean();
            return folder;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot use the uploads folder " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    Path dir() {
        return dir;
    }

    /** Where Jetty writes the parts of a multipart request larger than its in-memory limit (emptied on start). */
    Path multipartDir() {
        return dir.resolve(MULTIPART);
    }

    /** A new, empty hidden file in the folder to receive an upload into. */
    Path newIncoming() throws IOException {
        return Files.createTempFile(dir, INCOMING, ".part");
    }

    /** Notes that {@code stored} is about to appear and is not yet indexed; {@link Pending#close()} removes the note. */
    Pending pending(Path stored) throws IOException {
        Path note = Files.createTempFile(dir, PENDING, "");
        Files.writeString(note, stored.getFileName().toString(), StandardCharsets.UTF_8);
        return new Pending(note);
    }

    /** The note for one upload in progress. */
    static final class Pending implements AutoCloseable {
        private final Path note;

        private Pending(Path note) {
            this.note = note;
        }

        @Override
        public void close() {
            deleteQuietly(note);
        }
    }

    /**
     * Deletes each stored file a pending note names unless {@code indexed} says the index has it, then the notes.
     *
     * @return how many stored files were deleted
     */
    int recover(Predicate<Path> indexed) {
        int removed = 0;
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(dir, PENDING + "*")) {
            for (Path note : notes) {
                String name;
                try {
                    name = Files.readString(note, StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    name = "";
                }
                Path stored = name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")
                        ? null : dir.resolve(name);
                if (stored != null && Files.isRegularFile(stored) && !indexed.test(stored)) {
                    deleteQuietly(stored);
                    LOG.info("removed {}: its upload was stopped before it was indexed", name);
                    removed++;
                }
                deleteQuietly(note);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploads folder " + dir + ": " + e.getMessage(), e);
        }
        return removed;
    }

    /** Removes leftover incoming files and Jetty's multipart temp files. */
    private void clean() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, INCOMING + "*")) {
            for (Path p : leftovers) {
                deleteQuietly(p);
            }
        }
        Path multipart = multipartDir();
        if (Files.isDirectory(multipart)) {
            try (Stream<Path> files = Files.list(multipart)) {
                files.forEach(UploadFolder::deleteQuietly);
            }
        }
        Files.createDirectories(multipart);
    }

    static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", p.getFileName(), e.getMessage());
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(lockChannel);
    }
}
