package policylens.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A text file that is mostly UTF-8 but holds invalid byte sequences is a broken UTF-8 file, not a GBK one:
 * refuse it with the byte offset instead of letting a charset guess turn it into mojibake.
 */
final class Utf8Check {
    private Utf8Check() {
    }

    /**
     * The bytes (after a UTF-8 byte order mark, if any) are not UTF-8 but decode without error as GB18030: a page
     * whose {@code <meta charset="utf-8">} or BOM is wrong about it.
     */
    static boolean isGb18030NotUtf8(byte[] bytes) {
        ByteBuffer body = ByteBuffer.wrap(bytes, bomLength(bytes), bytes.length - bomLength(bytes));
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(body.duplicate());
            return false;
        } catch (CharacterCodingException notUtf8) {
            try {
                java.nio.charset.Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(body);
                return true;
            } catch (CharacterCodingException notGb18030) {
                return false;
            }
        }
    }

    /** The bytes are UTF-8 and hold at least one character outside ASCII: no legacy Chinese charset reads them so. */
    static boolean isUtf8BeyondAscii(byte[] bytes) {
        boolean beyond = false;
        for (byte b : bytes) {
            if (b < 0) {
                beyond = true;
                break;
            }
        }
        if (!beyond) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** 3 when the bytes start with a UTF-8 byte order mark, else 0. */
    static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    }

    static void requireValidIfUtf8(Path file, byte[] bytes) throws IngestException {
        int valid = 0;
        int invalid = 0;
        int firstInvalid = -1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xc0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                if (firstInvalid < 0) {
                    firstInvalid = i;
                }
                i++;
            }
        }
        // GBK/GB18030 text is nearly all "invalid" as UTF-8; a UTF-8 file has almost only valid sequences.
        if (invalid > 0 && valid >= 4 * invalid) {
            throw new IngestException(file, policylens.i18n.Messages.both("ingest.utf8.bad-byte", firstInvalid));
        }
        if (invalid == 0 && valid > 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                decoder.decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new IngestException(file, policylens.i18n.Messages.both("ingest.utf8.overlong"));
            }
        }
    }
}
