package policylens.serve;

import policylens.i18n.Lang;
import policylens.i18n.Messages;
import policylens.i18n.Text;

/**
 * A failure the user caused or can act on: an HTTP status and one line for people (never a stack trace); for 503,
 * how many seconds to wait before trying again (HTTP Retry-After; 0 for none). A message from the catalogue
 * ({@link Text}) is shown in the request's language; {@link #getMessage()} has both (for the log).
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final long retryAfterSeconds;
    private final Text text;

    public ApiError(int status, String message) {
        this(status, message, 0);
    }

    public ApiError(int status, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.text = null;
    }

    public ApiError(int status, Text text) {
        this(status, text, 0);
    }

    public ApiError(int status, Text text, long retryAfterSeconds) {
        super(Messages.both(text.key(), text.args().toArray()));
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.text = text;
    }

    public int status() {
        return status;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The line in {@code lang} when the message is from the catalogue, else as it was given. */
    public String message(Lang lang) {
        return text == null ? getMessage() : text.in(lang);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    /** A failure with a catalogue message: {@code ApiError.of(400, "error.year-number")}. */
    public static ApiError of(int status, String key, Object... args) {
        return new ApiError(status, Text.of(key, args));
    }
}
