package policylens.format;

/** A format name that is not known, or not available for the kind asked for; the message is one line. */
public final class UnknownFormatException extends IllegalArgumentException {
    public UnknownFormatException(String message) {
        super(message);
    }
}
