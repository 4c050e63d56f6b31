package policylens.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * Who may use the server: with a token set, every request must carry it, as {@code Authorization: Bearer TOKEN}
 * (scripts) or as the password of HTTP basic authentication with any user name (a browser asks for it once).
 * Uploads can be switched off. A server listening beyond loopback must have a token (see {@link Server}).
 *
 * @param token   the shared secret, or null for none (loopback only)
 * @param uploads whether documents may be added from the web
 */
public record Access(String token, boolean uploads) {
    public static final Access OPEN = new Access(null, true);

    public Access {
        token = token == null || token.isBlank() ? null : token.strip();
        if (token != null && token.length() < 12) {
            throw new IllegalArgumentException("访问令牌至少 12 个字符 / the access token needs at least 12 characters");
        }
    }

    public boolean needsToken() {
        return token != null;
    }

    /** Whether an {@code Authorization} header value carries the token (compared in constant time). */
    public boolean allows(String authorization) {
        if (token == null) {
            return true;
        }
        if (authorization == null) {
            return false;
        }
        String a = authorization.strip();
        String given = null;
        String scheme = a.length() > 6 ? a.substring(0, 6).toLowerCase(Locale.ROOT) : "";
        if (scheme.equals("bearer")) {
            given = a.substring(6).strip();
        } else if (scheme.startsWith("basic ")) {
            try {
                String pair = new String(Base64.getDecoder().decode(a.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                given = colon < 0 ? null : pair.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
