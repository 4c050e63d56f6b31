package policylens.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Sha256Test {
    /** FIPS 180-2's example for "abc". */
    static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void bytesDigestIsTheStandardOne() {
        assertEquals(ABC, Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
    }

    @Test
    void fileDigestEqualsTheDigestOfItsBytesAlsoPastOneBuffer(@TempDir Path dir) throws Exception {
        byte[] big = new byte[200_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + 7);
        }
        Path file = Files.write(dir.resolve("big.bin"), big);
        assertEquals(Sha256.hex(big), Sha256.hex(file));
        assertEquals(ABC, Sha256.hex(Files.write(dir.resolve("abc.txt"), "abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void incrementalDigestEqualsTheWholeOne() {
        var md = Sha256.digest();
        md.update("a".getBytes(StandardCharsets.US_ASCII));
        md.update("bc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(ABC, Sha256.hex(md));
    }
}
