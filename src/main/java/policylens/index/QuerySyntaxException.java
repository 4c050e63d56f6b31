package policylens.index;

/** A query that Lucene's query syntax cannot parse; {@link #getMessage()} is one line for users. */
public final class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String query, Throwable cause) {
        super("cannot parse query \"" + query + "\": " + firstLine(cause == null ? null : cause.getMessage()), cause);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
