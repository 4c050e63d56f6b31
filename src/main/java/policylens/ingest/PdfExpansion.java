package policylens.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A PDF's page content is compressed too: an 8 MB file can hold a page whose content stream inflates to a
 * gigabyte, and PDFBox gathers a whole page's text before Tika sees any of it, so the character limit would come
 * too late. The pages' content streams (and the forms they draw) are inflated once, counting bytes and keeping
 * none, before the PDF is parsed; past the limit the file is refused. A PDF this reader cannot open (encrypted,
 * damaged) is left to the parser, which says what is wrong with it.
 */
final class PdfExpansion {
    private PdfExpansion() {
    }

    static void requireBounded(Path file, byte[] bytes, long maxUnzipped) throws IngestException {
        long total;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                return;
            }
            total = 0;
            for (PDPage page : pdf.getPages()) {
                total += inflated(page.getContents(), maxUnzipped - total);
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

    /** The inflated size of the form XObjects a page draws (one level: forms inside forms are rare). */
    private static long forms(PDResources resources, long budget) throws IOException {
        long total = 0;
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                total += inflated(form.getContents(), budget - total);
                if (total > budget) {
                    break;
                }
            }
        }
        return total;
    }

    /** Bytes read from the stream, stopping one past the budget. */
    private static long inflated(InputStream in, long budget) throws IOException {
        if (in == null) {
            return 0;
        }
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            for (int r; (r = in.read(buffer)) > 0; ) {
                n += r;
                if (n > budget) {
                    return n;
                }
            }
        }
        return n;
    }
}
