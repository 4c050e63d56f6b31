package policylens.serve;

/**
 * A failure the user caused or can act on: an HTTP status and one line for people (never a stack trace); for 503,
 * how many seconds to wait before trying again (HTTP Retry-After; 0 for none).
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final long retryAfterSeconds;

    public ApiError(int status, String message) {
        this(status, message, 0);
    }

    public ApiError(int status, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }
}
