package policylens.ingest;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * A zip container (.docx) says in its central directory how large each entry unzips to: a 2 MB file whose
 * word/document.xml declares 1 GB is refused before anything is inflated. Reading the directory costs
 * microseconds. An archive that lies about its sizes, or that this reader cannot open, is left to the parser,
 * where the character and time limits still hold.
 */
final class ZipExpansion {
    private ZipExpansion() {
    }

    static void requireBounded(Path file, byte[] bytes, long maxUnzipped) throws IngestException {
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                long size = e.nextElement().getSize();
                if (size > 0) {
                    total += size;
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // not a zip this reader understands: the parser says what is wrong with it
        }
        if (total > maxUnzipped) {
            throw new IngestException(file, "展开后超过 " + IngestLimits.bytes(maxUnzipped) + "（声明解压后 "
                    + IngestLimits.bytes(total) + "；--max-chars）/ expands past " + IngestLimits.bytes(maxUnzipped)
                    + " when unzipped (declares " + IngestLimits.bytes(total) + ")");
        }
    }
}
