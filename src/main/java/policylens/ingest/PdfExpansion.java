package policylens.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.InflaterInputStream;

/**
 * A PDF's page content is compressed too: an 8 MB file can hold a page whose content stream inflates to a
 * gigabyte, and PDFBox gathers a whole page's text before Tika sees any of it, so the character limit would come
 * too late. The pages' content streams (and the forms they draw) are inflated once, counting bytes and keeping
 * none (64 KB at a time), before the PDF is parsed; past the limit the file is refused. A PDF this reader cannot open (encrypted,
 * damaged) is left to the parser, which says what is wrong with it.
 */
final class PdfExpansion {
    private PdfExpansion() {
    }

    static void requireBounded(Path file, byte[] bytes, long maxUnzipped) throws IngestException {
        long total = 0;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                return;
            }
            for (PDPage page : pdf.getPages()) {
                for (COSStream content : contents(page.getCOSObject().getDictionaryObject(COSName.CONTENTS))) {
                    total += inflated(content, maxUnzipped - total);
                }
                total += forms(page.getResources(), maxUnzipped - total);
                if (total > maxUnzipped) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (total > maxUnzipped) {
            throw new IngestException(file, "展开后超过 " + IngestLimits.bytes(maxUnzipped) + "（页面内容流；--max-chars）"
                    + "/ expands past " + IngestLimits.bytes(maxUnzipped) + " (page content streams)");
        }
    }

    /** A page's /Contents: one stream or an array of them. */
    private static List<COSStream> contents(COSBase contents) {
        if (contents instanceof COSStream stream) {
            return List.of(stream);
        }
        List<COSStream> streams = new ArrayList<>();
        if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        return streams;
    }

    /** The inflated size of the form XObjects a page draws (one level: forms inside forms are rare). */
    private static long forms(PDResources resources, long budget) throws IOException {
        long total = 0;
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                total += inflated(form.getCOSObject(), budget - total);
                if (total > budget) {
                    break;
                }
            }
        }
        return total;
    }

    /**
     * The size of a stream once inflated, counted while inflating (PDFBox's own decoding keeps the result in
     * memory); stops one past the budget. Only a stream with one FlateDecode filter is inflated (what a bomb uses);
     * other filters count their stored size.
     */
    private static long inflated(COSStream stream, long budget) throws IOException {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSArray array && array.size() == 1) {
            filters = array.getObject(0);
        }
        if (!COSName.FLATE_DECODE.equals(filters) && !COSName.FLATE_DECODE_ABBREVIATION.equals(filters)) {
            return Math.max(0, stream.getLength());
        }
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new InflaterInputStream(stream.createRawInputStream())) {
            for (int r; (r = in.read(buffer)) > 0; ) {
                n += r;
                if (n > budget) {
                    return n;
                }
            }
        } catch (IOException damaged) {
            // a damaged stream: what inflated so far counts, the parser reports the damage
        }
        return n;
    }
}
