package policylens.ingest;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.util.function.LongSupplier;

/**
 * Stops a parser that streams its document (HTML, DOCX, text, PDF page by page) once the document's time is up,
 * so the parsing thread ends instead of running on after the caller gave up on it.
 */
final class DeadlineHandler extends ContentHandlerDecorator {
    /** Thrown through the parser; found again in the cause chain of whatever the parser wraps it in. */
    static final class TimeUp extends SAXException {
        TimeUp() {
            super("time limit reached");
        }
    }

    private final LongSupplier deadline;

    /** @param deadline a {@link System#nanoTime()} value */
    DeadlineHandler(ContentHandler handler, long deadline) {
        this(handler, () -> deadline);
    }

    /** @param deadline the current deadline, a {@link System#nanoTime()} value (it moves when OCR is needed) */
    DeadlineHandler(ContentHandler handler, LongSupplier deadline) {
        super(handler);
        this.deadline = deadline;
    }

    private void check() throws SAXException {
        if (System.nanoTime() - deadline.getAsLong() > 0) {
            throw new TimeUp();
        }
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    static boolean isCauseOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeUp) {
                return true;
            }
            if (t instanceof SAXException s && s.getException() instanceof TimeUp) {
                return true;
            }
        }
        return false;
    }
}
