package policylens.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import policylens.i18n.Messages;
import policylens.index.EngineException;
import policylens.index.EngineSettings;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One OpenSearch cluster over its REST API (the low-level client; JSON by Jackson), with every failure turned into
 * one line for people: a malformed address, a refused connection, a TLS failure, rejected credentials, a missing
 * index, or the cluster's own reason.
 */
public final class Cluster implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

    private final String url;
    private final RestClient client;

    private Cluster(String url, RestClient client) {
        this.url = url;
        this.client = client;
    }

    /** The address for people: the URL(s) without credentials. */
    public String url() {
        return url;
    }

    /** Connects lazily: nothing is sent until the first request. */
    public static Cluster connect(EngineSettings s) {
        List<HttpHost> hosts = new ArrayList<>();
        String user = s.user();
        String password = s.password();
        List<String> shown = new ArrayList<>();
        for (String one : s.url().split(",")) {
            URI uri;
            try {
                uri = new URI(one.strip());
            } catch (URISyntaxException e) {
                throw new EngineException(Messages.both("os.url.bad", one.strip()));
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))
                    || uri.getQuery() != null) {
                throw new EngineException(Messages.both("os.url.bad", one.strip()));
            }
            if (uri.getRawUserInfo() != null && user == null) {
                String[] up = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(up[0], StandardCharsets.UTF_8);
                password = up.length > 1 ? URLDecoder.decode(up[1], StandardCharsets.UTF_8) : "";
            }
            int port = uri.getPort() > 0 ? uri.getPort() : 9200;
            hosts.add(new HttpHost(uri.getHost(), port, scheme));
            shown.add(scheme + "://" + uri.getHost() + ":" + port);
        }
        String display = String.join(",", shown);
        BasicCredentialsProvider credentials = null;
        if (user != null) {
            credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(user, password == null ? "" : password));
        }
        SSLContext ssl = s.ca() == null ? null : sslContext(s, display);
        BasicCredentialsProvider creds = credentials;
        RestClient client = RestClient.builder(hosts.toArray(HttpHost[]::new))
                .setRequestConfigCallback(rc -> rc.setConnectTimeout(5_000).setSocketTimeout(120_000))
                .setHttpClientConfigCallback(b -> {
                    b.useSystemProperties(); // javax.net.ssl.trustStore and proxies, as the JVM is told
                    if (creds != null) {
                        b.setDefaultCredentialsProvider(creds);
                    }
                    if (ssl != null) {
                        b.setSSLContext(ssl);
                    }
                    return b;
                })
                .build();
        return new Cluster(display, client);
    }

    /** Trusts the certificate authority of a PEM file (the cluster's own, as docker-compose's demo certificates). */
    private static SSLContext sslContext(EngineSettings s, String display) {
        try (InputStream in = Files.newInputStream(s.ca())) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca" + n++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new EngineException(Messages.both("os.tls", display, s.ca() + ": " + e.getMessage()));
        }
    }

    /** A JSON request; the answer's JSON. */
    JsonNode send(String method, String path, Object body, Map<String, String> params, String index) {
        Request req = new Request(method, path);
        params.forEach(req::addParameter);
        if (body != null) {
            req.setJsonEntity(body instanceof String str ? str : write(body));
        }
        return perform(req, index);
    }

    JsonNode send(String method, String path, Object body, String index) {
        return send(method, path, body, Map.of(), index);
    }

    /** A bulk request (newline-delimited JSON); the raw answer, or the failure as thrown by the client. */
    JsonNode bulk(String ndjson) throws IOException {
        Request req = new Request("POST", "/_bulk");
        req.setEntity(new NStringEntity(ndjson, NDJSON));
        Response r = client.performRequest(req);
        return JSON.readTree(EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8));
    }

    /** Whether the answer exists (HEAD): 200 true, 404 false. */
    boolean exists(String path, String index) {
        Request req = new Request("HEAD", path);
        try {
            return client.performRequest(req).getStatusLine().getStatusCode() == 200;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return false;
            }
            throw failure(e, index);
        } catch (IOException | RuntimeException e) {
            throw failure(e, index);
        }
    }

    private JsonNode perform(Request req, String index) {
        try {
            Response r = client.performRequest(req);
            if (r.getEntity() == null) {
                return JSON.createObjectNode();
            }
            return JSON.readTree(EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw failure(e, index);
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The failure as one line naming the cluster and the reason. */
    EngineException failure(Exception e, String index) {
        if (e instanceof EngineException ee) {
            return ee;
        }
        if (e instanceof ResponseException re) {
            int status = re.getResponse().getStatusLine().getStatusCode();
            String type = "";
            String reason = re.getResponse().getStatusLine().getReasonPhrase();
            try {
                JsonNode body = JSON.readTree(EntityUtils.toString(re.getResponse().getEntity(), StandardCharsets.UTF_8));
                JsonNode error = body.path("error");
                if (error.isObject()) {
                    type = error.path("type").asText("");
                    reason = type + ": " + error.path("reason").asText("");
                } else if (error.isTextual()) {
                    reason = error.asText();
                }
            } catch (IOException | RuntimeException ignored) {
                // the status line says enough
            }
            if (status == 401) {
                return new EngineException(Messages.both("os.auth", url), e);
            }
            if (status == 403) {
                return new EngineException(Messages.both("os.forbidden", url, oneLine(reason)), e);
            }
            if (status == 404 && (type.equals("index_not_found_exception") || type.isEmpty()) && index != null) {
                return new EngineException(Messages.both("os.index.missing", url, index), e);
            }
            return new EngineException(Messages.both("os.error", url, status, oneLine(reason)), e);
        }
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return new EngineException(Messages.both("os.tls", url, oneLine(String.valueOf(t.getMessage()))), e);
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                root = t;
            }
        }
        String reason = root instanceof UnknownHostException ? "unknown host " + root.getMessage()
                : root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new EngineException(Messages.both("os.connect", url, oneLine(reason)), e);
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
