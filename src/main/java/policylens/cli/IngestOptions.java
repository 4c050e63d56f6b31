package policylens.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import policylens.i18n.Messages;
import policylens.ingest.IngestLimits;
import policylens.ingest.OcrSettings;

/** What one document may cost, for the commands that read documents (a mixin). */
final class IngestOptions {
    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + IngestLimits.DEFAULT_MAX_CHARS,
            description = "refuse a document whose text expands past N characters (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "" + IngestLimits.DEFAULT_MAX_SECONDS,
            description = "give up on a document that takes longer than S seconds to read (default: ${DEFAULT-VALUE})")
    int maxSeconds;

    @Option(names = "--ocr", paramLabel = "off|auto", defaultValue = "auto",
            description = "read PDF pages without a text layer (scans) with tesseract, Chinese model chi_sim: auto "
                    + "(when installed) or off (default: ${DEFAULT-VALUE})")
    String ocr;

    @Option(names = "--ocr-dpi", paramLabel = "DPI", defaultValue = "" + OcrSettings.DEFAULT_DPI,
            description = "resolution scanned pages are rendered at for OCR, 50-600 (default: ${DEFAULT-VALUE})")
    int ocrDpi;

    @Option(names = "--ocr-page-seconds", paramLabel = "S", defaultValue = "" + OcrSettings.DEFAULT_PAGE_SECONDS,
            description = "time each page to OCR adds to --max-seconds (default: ${DEFAULT-VALUE})")
    int ocrPageSeconds;

    /** The limits, or a usage error (exit 2) for a value below 1. */
    IngestLimits limits(CommandSpec spec) {
        if (maxChars < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--max-chars 须为正整数 (--max-chars must be a positive number): " + maxChars);
        }
        if (maxSeconds < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--max-seconds 须为正整数 (--max-seconds must be a positive number): " + maxSeconds);
        }
        OcrSettings.Mode mode;
        try {
            mode = OcrSettings.mode(ocr);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), Messages.both("ingest.option.ocr", ocr));
        }
        if (ocrDpi < 50 || ocrDpi > 600) {
            throw new ParameterException(spec.commandLine(),
                    Messages.both("ingest.option.ocr-dpi", ocrDpi));
        }
        if (ocrPageSeconds < 1) {
            throw new ParameterException(spec.commandLine(),
                    Messages.both("ingest.option.ocr-page-seconds", ocrPageSeconds));
        }
        return IngestLimits.DEFAULT.withMaxChars(maxChars).withMaxSeconds(maxSeconds)
                .withOcr(new OcrSettings(mode, ocrDpi, ocrPageSeconds));
    }
}
