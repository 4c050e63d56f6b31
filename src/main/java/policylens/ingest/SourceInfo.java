package policylens.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * What the file itself says about the document, beside its text: the format, the metadata the format carries (PDF
 * and Word document properties, an OFD's DocInfo, an HTML title) and, for paged formats, how many pages there are
 * and how many of them were read by OCR. Written into the record as {@code meta.file} (absent values left out).
 *
 * @param format           the media type read (application/pdf, application/ofd, text/plain, …)
 * @param title            the title the file's properties give (not the plan's title, which the text gives)
 * @param author           the author or issuer the properties give
 * @param created          the creation date as the file writes it
 * @param keywords         keywords, in their order
 * @param pages            pages of a PDF or OFD, else null
 * @param pagesWithoutText pages of a PDF without a text layer (fewer than 10 characters), else null
 * @param ocrPages         pages whose text came from OCR (tesseract, chi_sim), for a PDF, else null
 * @param ocrShare         ocrPages / pages, rounded to 3 places: 0 for a born-digital PDF, 1 for a scan
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "title", "author", "created", "keywords", "pages", "pagesWithoutText", "ocrPages", "ocrShare"})
public record SourceInfo(String format, String title, String author, String created, List<String> keywords,
                         Integer pages, Integer pagesWithoutText, Integer ocrPages, Double ocrShare) {
    public SourceInfo {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** The share of pages read by OCR, null when the pages are not known. */
    static Double share(Integer ocrPages, Integer pages) {
        if (ocrPages == null || pages == null || pages == 0) {
            return null;
        }
        return Math.round(1000.0 * ocrPages / pages) / 1000.0;
    }
}
