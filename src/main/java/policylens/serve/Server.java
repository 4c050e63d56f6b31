package policylens.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.UploadedFile;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import policylens.check.Linker;
import policylens.extract.PolicyRecord;
import policylens.model.Json;
import policylens.model.Level;
import policylens.format.Format;
import policylens.format.Kind;
import policylens.format.Output;
import policylens.format.UnknownFormatException;
import policylens.i18n.Lang;
import policylens.i18n.Messages;
import policylens.i18n.Text;
import policylens.index.DocType;
import policylens.index.Filters;
import policylens.index.QuerySyntaxException;
import policylens.index.WhoAnswerer;
import policylens.ingest.Ingestor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * {@code policylens serve}: a local web application over the embedded index. Pages (Ask, Documents, a Document,
 * Compare, Add documents) are server-rendered HTML without scripts; every page has a JSON endpoint under
 * {@code /api/} with the same data.
 * <p>
 * Safety: all text from documents and requests is escaped ({@link Html}); request data never names a file (docIds
 * are looked up in the index; uploads are stored under names {@link UploadNames} makes); uploads have a size
 * limit; errors are one line for people, never a stack trace (those go to the server log). Bound to a loopback
 * address, the server also refuses requests for other host names (DNS rebinding) and cross-site form posts.
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final int MAX_QUERY = 300;
    private static final int MAX_LIMIT = 100;
    /** Room over the upload limit for multipart headers and for a precise "file too large" message. */
    private static final long SLACK = 1024 * 1024;
    /** A connection that sends or takes nothing for this long is closed. */
    static final long IDLE_TIMEOUT_MILLIS = 20_000;
    /** How many upload bodies may be received at once (each holds a thread); one more is answered 503 at once. */
    static final int MAX_RECEIVING = 8;
    /** How many received uploads may wait to be indexed while one is. */
    static final int UPLOAD_QUEUE = 8;
    /** At most this many connections are accepted at once; more wait in the operating system's backlog. */
    static final int MAX_CONNECTIONS = 512;
    private static final String CSS = load("app.css");
    /** The API described for clients (OpenAPI 3.0); ServeOpenApiTest holds it to the routes. */
    private static final String OPENAPI = load("openapi.json");

    /**
     * @param index          index directory (null: ./.policylens/index)
     * @param uploads        where uploads are stored (null: beside the index, {@code <index>-uploads})
     * @param host           address to bind (127.0.0.1 unless said otherwise)
     * @param port           0 for any free port
     * @param maxUploadBytes upload size limit
     * @param check          the consistency check, given the library (null: {@link ConsistencyCheckService})
     * @param uploadTimeLimit  the most an upload request waits for its file to be stored and indexed (null: 90 s)
     * @param slowBodyBytesPerSecond a request body arriving slower than this is cut off (0: 4096)
     * @param access         the access token and whether uploads are on (null: no token, uploads on; always off on
     *                       OpenSearch, which the server only reads)
     * @param engine         where the index is (null: the embedded index at {@code index})
     */
    public record Options(Path index, Path uploads, String host, int port, long maxUploadBytes,
                          Function<Library, CheckService> check, Duration uploadTimeLimit, long slowBodyBytesPerSecond,
                          Access access, policylens.index.EngineSettings engine) {
        public Options {
            engine = engine == null ? policylens.index.EngineSettings.EMBEDDED : engine;
            access = access == null ? Access.OPEN : access;
            if (!engine.embedded() && access.uploads()) {
                access = new Access(access.token(), false);
            }
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
            maxUploadBytes = maxUploadBytes <= 0 ? Ingestor.DEFAULT_MAX_BYTES : maxUploadBytes;
            uploadTimeLimit = uploadTimeLimit == null || uploadTimeLimit.isNegative() || uploadTimeLimit.isZero()
                    ? Duration.ofSeconds(90) : uploadTimeLimit;
            slowBodyBytesPerSecond = slowBodyBytesPerSecond <= 0 ? 4096 : slowBodyBytesPerSecond;
        }

        public Options(Path index, Path uploads, String host, int port, long maxUploadBytes,
                       Function<Library, CheckService> check) {
            this(index, uploads, host, port, maxUploadBytes, check, null, 0, null, null);
        }

        public static Options defaults() {
            return new Options(null, null, "127.0.0.1", 8080, Ingestor.DEFAULT_MAX_BYTES, null);
        }

        public Options withPort(int p) {
            return new Options(index, uploads, host, p, maxUploadBytes, check, uploadTimeLimit, slowBodyBytesPerSecond, access,
                    engine);
        }

        public Options withUploadTimeLimit(Duration limit) {
            return new Options(index, uploads, host, port, maxUploadBytes, check, limit, slowBodyBytesPerSecond, access,
                    engine);
        }

        public Options withAccess(Access a) {
            return new Options(index, uploads, host, port, maxUploadBytes, check, uploadTimeLimit, slowBodyBytesPerSecond, a,
                    engine);
        }

        /** The same options over another engine's index (an OpenSearch cluster: uploads off). */
        public Options withEngine(policylens.index.EngineSettings e) {
            return new Options(index, uploads, host, port, maxUploadBytes, check, uploadTimeLimit, slowBodyBytesPerSecond,
                    access, e);
        }
    }

    private final Options options;
    private final Library library;
    private final CheckService check;
    private final Javalin app;
    private final boolean loopback;
    private final Semaphore receiving = new Semaphore(MAX_RECEIVING);
    private final UploadQueue queue;
    private final List<String> privatePaths;

    private Server(Options options) {
        if (!isLoopback(options.host()) && !options.access().needsToken()) {
            throw new IllegalArgumentException("在 " + options.host() + " 上监听,其他电脑也能访问:必须设置访问令牌(--token,"
                    + "或 POLICYLENS_SERVE_TOKEN) / listening on " + options.host() + " needs an access token (--token)");
        }
        this.options = options;
        this.library = new Library(options.engine(), options.index(), options.uploads(), options.maxUploadBytes());
        this.check = options.check() == null ? new ConsistencyCheckService(library) : options.check().apply(library);
        this.loopback = isLoopback(options.host());
        this.queue = new UploadQueue(UPLOAD_QUEUE, options.uploadTimeLimit());
        this.privatePaths = privatePaths(library);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // Jetty refuses what is far over the limit; just over it, receive() answers with the file's name and size
            config.http.maxRequestSize = options.maxUploadBytes() + SLACK;
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes() + SLACK, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes() + SLACK, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            // parts over that go to a folder the server owns and empties on start (not the system temp folder)
            config.jetty.multipartConfig.cacheDirectory(library.multipartDir().toString());
            config.jetty.modifyHttpConfiguration(h -> {
                h.setSendServerVersion(false);
                h.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                // a body trickled in (or a response not read) holds a thread: cut it off instead
                h.setMinRequestDataRate(options.slowBodyBytesPerSecond());
                h.setMinResponseDataRate(options.slowBodyBytesPerSecond());
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(options.host());
                c.setPort(options.port());
                c.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                return c;
            });
            config.jetty.modifyServer(s -> {
                s.setErrorHandler(new OneLineErrors());
                s.addBean(new ConnectionLimit(MAX_CONNECTIONS, s));
            });
            config.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new OneLineErrors()));
        });
        routes();
    }

    /** Starts a server; {@link #port()} tells the port when {@code options.port()} was 0. */
    public static Server start(Options options) {
        Server s;
        s = new Server(options);
        try {
            s.app.start();
        } catch (RuntimeException e) {
            s.queue.close();
            s.library.close();
            throw e;
        }
        return s;
    }

    /** The server's own folders, as they would appear in a message (never shown to clients). */
    private static List<String> privatePaths(Library library) {
        List<String> out = new ArrayList<>();
        for (Path p : List.of(library.uploadsDir(), library.indexDir(), Path.of("").toAbsolutePath(),
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            String s = p.toString();
            if (s.length() > 1 && !out.contains(s)) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(String::length).reversed()); // the longest (innermost) first
        return List.copyOf(out);
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String h = options.host();
        if (h.equals("0.0.0.0") || h.equals("::")) {
            h = "127.0.0.1";
        }
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
    }

    /**
     * Every address the server answers on, for the start-up banner: the bound address itself, or for 0.0.0.0 / ::
     * each address of this computer's network interfaces that are up.
     */
    public List<String> urls() {
        String h = options.host();
        if (!h.equals("0.0.0.0") && !h.equals("::")) {
            return List.of(url());
        }
        List<String> out = new ArrayList<>();
        try {
            for (java.net.NetworkInterface ni : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp()) {
                    continue;
                }
                for (InetAddress a : java.util.Collections.list(ni.getInetAddresses())) {
                    if (a instanceof java.net.Inet6Address && (h.equals("0.0.0.0") || a.isLinkLocalAddress())) {
                        continue;
                    }
                    String s = a.getHostAddress().replaceFirst("%.*$", "");
                    out.add("http://" + (s.contains(":") ? "[" + s + "]" : s) + ":" + port() + "/");
                }
            }
        } catch (java.net.SocketException e) {
            out.add(url());
        }
        return out.isEmpty() ? List.of(url()) : List.copyOf(out);
    }

    public Library library() {
        return library;
    }

    @Override
    public void close() {
        app.stop();
        queue.close();
        library.close();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    // ---- routes --------------------------------------------------------------------------------------------------

    private void routes() {
        app.before(this::guard);

        app.get("/", this::askPage);
        app.get("/docs", this::docsPage);
        app.get("/doc/{docId}", this::documentPage);
        app.get("/doc/{docId}/remove", ctx -> {
            Library.DocInfo d = library.document(ctx.pathParam("docId"))
                    .orElseThrow(() -> ApiError.of(404, "error.no-document", ctx.pathParam("docId")));
            html(ctx, Pages.removeConfirm(lang(ctx), d, library.isUpload(d.docId())));
        });
        app.get("/compare", this::comparePage);
        app.get("/unit/{name}", this::unitPage);
        app.get("/calendar", this::calendarPage);
        app.get("/charts", this::chartsPage);
        app.get("/upload", ctx -> html(ctx, Pages.upload(lang(ctx), library.maxUploadBytes(), null)));
        app.get("/lang", this::switchLanguage);
        app.post("/upload", this::uploadPage);
        app.get("/assets/app.css", ctx -> {
            ctx.header("Cache-Control", "max-age=300");
            ctx.contentType("text/css; charset=utf-8").result(CSS);
        });
        app.get("/favicon.ico", ctx -> ctx.status(204));

        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(OPENAPI));
        app.get("/api/search", this::apiSearch);
        app.get("/api/who", this::apiWho);
        app.get("/api/documents", this::apiDocuments);
        app.get("/api/documents/{docId}", this::apiDocument);
        app.get("/api/documents/{docId}/export", ctx -> apiExport(ctx, ctx.queryParam("format")));
        app.get("/api/documents/{docId}/record.json", ctx -> apiExport(ctx, Format.JSON.formatName()));
        app.get("/api/documents/{docId}/responsibilities.xlsx", ctx -> apiExport(ctx, Format.XLSX.formatName()));
        app.get("/api/units/{name}/duties", this::apiDuties);
        app.get("/api/calendar", this::apiCalendar);
        app.get("/api/targets", this::apiTargets);
        app.get("/api/check", this::apiCheck);
        app.post("/api/upload", this::apiUpload);
        app.delete("/api/documents/{docId}", ctx -> {
            Library.DocInfo gone = library.remove(ctx.pathParam("docId"));
            json(ctx, Map.of("removed", gone.docId(), "title", gone.title() == null ? "" : gone.title()));
        });
        app.post("/api/documents/{docId}/reindex", ctx -> {
            Library.Reindexed r = library.reindex(ctx.pathParam("docId"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("docId", r.info().docId());
            out.put("title", r.info().title());
            out.put("status", r.status());
            out.put("targets", r.info().targets());
            out.put("deadlines", r.info().deadlines());
            out.put("responsibilities", r.info().responsibilities());
            json(ctx, out);
        });
        app.post("/doc/{docId}/remove", ctx -> {
            Library.DocInfo gone = library.remove(ctx.pathParam("docId"));
            ctx.redirect(Html.link(lang(ctx), "/docs" + Html.query("removed", gone.docId())),
                    io.javalin.http.HttpStatus.SEE_OTHER);
        });
        app.post("/doc/{docId}/reindex", ctx -> {
            Library.Reindexed r = library.reindex(ctx.pathParam("docId"));
            ctx.redirect(Html.link(lang(ctx), "/doc/" + Html.path(r.info().docId()) + "?added="
                    + ("indexed".equals(r.status()) ? "reindexed" : "unchanged")), io.javalin.http.HttpStatus.SEE_OTHER);
        });

        app.exception(ApiError.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            }
            fail(ctx, e.status(), scrub(e.message(lang(ctx))));
        });
        app.exception(QuerySyntaxException.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), statusMessage(ctx, e)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            fail(ctx, 500, Messages.t(lang(ctx), "error.internal", scrub(oneLine(e))));
        });
    }

    /** A message without the server's own folders in it: the uploads folder is "uploads/", the others go. */
    String scrub(String message) {
        if (message == null) {
            return null;
        }
        String out = message;
        for (String p : privatePaths) {
            out = out.replace(p + java.io.File.separator, p.equals(library.uploadsDir().toString()) ? "uploads/" : "")
                    .replace(p, p.equals(library.uploadsDir().toString()) ? "uploads" : "…");
        }
        return out;
    }

    private String statusMessage(Context ctx, HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> Messages.t(lang(ctx), "error.no-page", ctx.path());
            case 405 -> Messages.t(lang(ctx), "error.method", ctx.method().name(), ctx.path());
            case 413 -> library.tooLargeMessage();
            default -> e.getMessage() == null || e.getMessage().isBlank()
                    ? Messages.t(lang(ctx), "error.request-refused", e.getStatus()) : oneLine(e);
        };
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = m.strip().split("\\R", 2)[0];
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    /** Security headers; refuses other host names on a loopback address and cross-site posts. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy",
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on the pages' own form posts
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        if (!options.access().allows(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Basic realm=\"PolicyLens\", charset=\"UTF-8\"");
            throw new ApiError(401, "需要访问令牌 / an access token is needed (Authorization: Bearer TOKEN, or the token as password)");
        }
        if (!options.access().uploads() && (ctx.path().equals("/upload") || ctx.path().equals("/api/upload")
                || ctx.method().name().equals("DELETE") || ctx.path().endsWith("/remove")
                || ctx.path().endsWith("/reindex"))) {
            if (!library.embedded()) {
                throw ApiError.of(501, "os.serve.uploads");
            }
            throw new ApiError(403, "本服务器不允许从网页添加或删除文件 / adding and removing documents from the web is off on this server (serve --allow-uploads)");
        }
        if (loopback) {
            String host = ctx.header("Host");
            if (host != null && !allowedHost(host)) {
                throw ApiError.of(421, "error.host");
            }
        }
        if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
            // browsers send Origin on every POST; "null" comes from sandboxed frames, data: and file: pages and
            // cross-origin redirects, never from this server's own pages (Referrer-Policy: same-origin)
            String site = ctx.header("Sec-Fetch-Site");
            String origin = ctx.header("Origin");
            String host = ctx.header("Host");
            if ("cross-site".equals(site) || "null".equals(origin)
                    || (origin != null && (host == null || !origin.equals("http://" + host)))) {
                throw ApiError.of(403, "error.cross-site");
            }
        }
    }

    private boolean allowedHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        int port = app.port();
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port) || h.equals("[::1]:" + port)
                || h.equals(options.host() + ":" + port) || (port == 80 && (h.equals("127.0.0.1") || h.equals("localhost")));
    }

    // ---- request parsing ------------------------------------------------------------------------------------------

    private static String q(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) {
            return null;
        }
        q = q.strip();
        if (q.length() > MAX_QUERY) {
            throw ApiError.of(400, "error.query-too-long", MAX_QUERY);
        }
        return q;
    }

    private static Filters filters(Context ctx) {
        String level = blankToNull(ctx.queryParam("level"));
        if (level != null && Level.find(level) == null) {
            throw ApiError.of(400, "error.unknown-level", level, Level.names(", "));
        }
        String region = blankToNull(ctx.queryParam("region"));
        if (region != null && region.length() > 50) {
            throw ApiError.of(400, "error.region-too-long");
        }
        Integer year = null;
        String y = blankToNull(ctx.queryParam("year"));
        if (y != null) {
            try {
                year = Integer.parseInt(y.strip());
            } catch (NumberFormatException e) {
                throw ApiError.of(400, "error.year-number");
            }
            if (year < 1949 || year > 2100) {
                throw ApiError.of(400, "error.year-range");
            }
        }
        String type = blankToNull(ctx.queryParam("type"));
        List<DocType> types = List.of();
        if (type != null) {
            try {
                types = List.of(DocType.parse(type));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(e.getMessage());
            }
        }
        String issuer = blankToNull(ctx.queryParam("issuer"));
        if (issuer != null && issuer.length() > 100) {
            throw ApiError.badRequest("发布机关名称过长 / the issuer is too long");
        }
        return new Filters(types, level, region, null, year, issuer == null ? null : issuer.strip());
    }

    /** {@code offset=N} (hits to skip) or {@code page=N} (from 1, {@code limit} a page); not both. */
    private static int offset(Context ctx, int limit) {
        String o = blankToNull(ctx.queryParam("offset"));
        String p = blankToNull(ctx.queryParam("page"));
        if (o != null && p != null) {
            throw ApiError.badRequest("give offset or page, not both");
        }
        try {
            if (p != null) {
                int page = Integer.parseInt(p.strip());
                if (page < 1 || (long) (page - 1) * limit >= policylens.index.Engine.MAX_WINDOW) {
                    throw ApiError.badRequest("page must be between 1 and " + policylens.index.Engine.MAX_WINDOW / limit);
                }
                return (page - 1) * limit;
            }
            int offset = o == null ? 0 : Integer.parseInt(o.strip());
            if (offset < 0 || offset >= policylens.index.Engine.MAX_WINDOW) {
                throw ApiError.badRequest("offset must be between 0 and " + (policylens.index.Engine.MAX_WINDOW - 1));
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("offset and page must be whole numbers");
        }
    }

    private static int limit(Context ctx, int dflt) {
        String l = blankToNull(ctx.queryParam("limit"));
        if (l == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(l.strip());
            if (n < 1 || n > MAX_LIMIT) {
                throw ApiError.of(400, "error.limit-range", MAX_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.of(400, "error.limit-number");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---- pages ----------------------------------------------------------------------------------------------------

    private void askPage(Context ctx) {
        String q = null;
        Filters filters = Filters.NONE;
        String type = blankToNull(ctx.queryParam("type"));
        String error = null;
        WhoAnswerer.Result who = null;
        Library.SearchPage hits = null;
        try {
            q = q(ctx);
            filters = filters(ctx);
            if (q != null && !q.isEmpty()) {
                int limit = limit(ctx, Pages.ASK_LIMIT);
                int offset = offset(ctx, limit);
                if (policylens.index.WhoAnswerer.isWhoQuestion(q)) {
                    who = library.who(q, filters, 8);
                    if (who.answers().isEmpty()) {
                        hits = library.search(who.terms().isEmpty() ? q : who.terms(), filters, offset, limit, true);
                    }
                } else {
                    hits = library.search(q, filters, offset, limit, true);
                }
            }
        } catch (ApiError e) {
            error = e.message(lang(ctx));
            ctx.status(400);
        } catch (QuerySyntaxException e) {
            error = e.getMessage();
            ctx.status(400);
        }
        html(ctx, Pages.ask(lang(ctx), new Pages.Ask(q, filters, type, library.regions(), library.documents().size(), who, hits, error)));
    }

    private void documentPage(Context ctx) {
        Library.Loaded loaded = library.load(ctx.pathParam("docId"));
        String added = ctx.queryParam("added");
        String notice = null;
        if ("indexed".equals(added)) {
            notice = "doc.added";
        } else if ("already".equals(added)) {
            notice = "doc.already";
        } else if ("reindexed".equals(added)) {
            notice = "pages.reindex.indexed";
        } else if ("unchanged".equals(added)) {
            notice = "pages.reindex.unchanged";
        }
        html(ctx, Pages.document(lang(ctx), loaded, DocumentView.render(loaded.text(), loaded.record()), notice,
                options.access().uploads()));
    }

    /** Documents a request to /api/documents gets at most (and by default). */
    static final int MAX_DOCUMENTS = 1000;

    /** The words, level, region and year a document list is narrowed by ({@code q}, as the search filters). */
    private static Library.DocQuery docQuery(Context ctx) {
        Filters f = filters(ctx);
        return new Library.DocQuery(q(ctx), f.level(), f.region(), f.year());
    }

    /** The document list, a page at a time, searched on the server. */
    private void docsPage(Context ctx) {
        Library.DocQuery dq = docQuery(ctx);
        int limit = listLimit(ctx, Pages.DOCS_LIMIT, MAX_LIMIT);
        Library.DocPage page = library.documents(dq, listOffset(ctx, limit), limit);
        // the notice only for a docId the index really no longer has (a crafted link shows nothing)
        String removed = blankToNull(ctx.queryParam("removed"));
        if (removed != null && library.document(removed).isPresent()) {
            removed = null;
        }
        html(ctx, Pages.docs(lang(ctx), page, dq, library.documents().size(), library.regions(),
                library.watched().orElse(null), removed == null || removed.length() > 300 ? null : removed));
    }

    /** {documents, total, offset, limit}: a page of the documents (all of them up to {@value #MAX_DOCUMENTS}). */
    private void apiDocuments(Context ctx) {
        Library.DocQuery dq = docQuery(ctx);
        int limit = listLimit(ctx, MAX_DOCUMENTS, MAX_DOCUMENTS);
        Library.DocPage page = library.documents(dq, listOffset(ctx, limit), limit);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", page.docs());
        out.put("total", page.total());
        out.put("offset", page.offset());
        out.put("limit", page.limit());
        json(ctx, out);
    }

    /** A list's {@code limit}: 1 to {@code max}, {@code dflt} when not given. */
    private static int listLimit(Context ctx, int dflt, int max) {
        String l = blankToNull(ctx.queryParam("limit"));
        if (l == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(l.strip());
            if (n < 1 || n > max) {
                throw ApiError.of(400, "error.limit-range", max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.of(400, "error.limit-number");
        }
    }

    /** A list's {@code offset=N} or {@code page=N} (from 1); a page past the end is an empty page, not an error. */
    private static int listOffset(Context ctx, int limit) {
        String o = blankToNull(ctx.queryParam("offset"));
        String p = blankToNull(ctx.queryParam("page"));
        if (o != null && p != null) {
            throw ApiError.badRequest("give offset or page, not both");
        }
        try {
            long offset = p != null ? (Long.parseLong(p.strip()) - 1) * limit : o == null ? 0 : Long.parseLong(o.strip());
            if (offset < 0 || offset > Integer.MAX_VALUE) {
                throw ApiError.badRequest("page must be 1 or more and offset 0 or more");
            }
            return (int) offset;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("offset and page must be whole numbers");
        }
    }

    /** A picker's matches for the words of {@code param}: null when none were typed. */
    private Library.DocPage pick(Context ctx, String param) {
        String words = blankToNull(ctx.queryParam(param));
        if (words == null) {
            return null;
        }
        if (words.length() > MAX_QUERY) {
            throw ApiError.of(400, "error.query-too-long", MAX_QUERY);
        }
        return library.documents(new Library.DocQuery(words, null, null, null), 0, Pages.PICK_LIMIT);
    }

    /** A unit's duties: every task naming it, by due date, with the downloads; 404 naming the closest units. */
    private void unitPage(Context ctx) {
        String name = ctx.pathParam("name");
        Filters f = filters(ctx);
        java.time.YearMonth from = month(ctx, "from");
        java.time.YearMonth to = month(ctx, "to");
        policylens.index.Duties.Result r = library.duties(name, f, from, to, java.time.LocalDate.now());
        if (r.names().isEmpty()) {
            ctx.status(404);
        }
        html(ctx, Pages.unit(lang(ctx), r, f, ctx.queryParam("from"), ctx.queryParam("to")));
    }

    /** A unit's duties as json (default), csv or xlsx; an unknown unit is 404 naming the closest ones. */
    private void apiDuties(Context ctx) {
        Format format;
        try {
            String name = ctx.queryParam("format");
            format = Format.resolve(name == null ? Format.JSON.formatName() : name, Kind.DUTIES);
        } catch (UnknownFormatException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        String unit = ctx.pathParam("name");
        policylens.index.Duties.Result r = library.duties(unit, filters(ctx), month(ctx, "from"), month(ctx, "to"),
                java.time.LocalDate.now());
        if (r.names().isEmpty()) {
            throw r.closest().isEmpty() ? ApiError.of(404, "error.unit-unknown", unit)
                    : ApiError.of(404, "error.unit-closest", unit, String.join(", ", r.closest()));
        }
        if (format != Format.JSON) {
            attachment(ctx, r.names().get(0) + "-任务清单" + format.extension());
        }
        ctx.contentType(format.mediaType()).result(Output.duties(format, r));
    }

    /** The deadline calendar: filters as GET fields, per-bucket sections, charts (a) and (b); bad fields: 400. */
    private void calendarPage(Context ctx) {
        policylens.i18n.Lang lang = policylens.i18n.Lang.parse(ctx.queryParam("lang"));
        CalendarPages.Form form = new CalendarPages.Form(ctx.queryParam("from"), ctx.queryParam("to"),
                ctx.queryParam("by"), ctx.queryParam("level"), ctx.queryParam("region"), ctx.queryParam("unit"),
                ctx.queryParam("doc"));
        policylens.index.Calendar.Result r = null;
        String error = null;
        try {
            r = calendar(ctx);
        } catch (ApiError e) {
            error = e.getMessage();
            ctx.status(e.status());
        }
        String doc = blankToNull(ctx.queryParam("doc"));
        Pages.Picker plan;
        try {
            plan = new Pages.Picker(ctx.queryParam("docq"), pick(ctx, "docq"),
                    doc == null ? null : library.document(doc).orElse(null));
        } catch (ApiError e) {
            plan = new Pages.Picker(null, null, null);
            error = e.message(lang);
            ctx.status(e.status());
        }
        html(ctx, CalendarPages.calendar(lang, r, form, plan, library.documents().size(), library.regions(), error));
    }

    /** The deadline calendar as json (default), csv or xlsx. */
    private void apiCalendar(Context ctx) {
        Format format;
        try {
            String name = ctx.queryParam("format");
            format = Format.resolve(name == null ? Format.JSON.formatName() : name, Kind.CALENDAR);
        } catch (UnknownFormatException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        policylens.index.Calendar.Result r = calendar(ctx);
        if (format != Format.JSON) {
            attachment(ctx, "期限日历" + format.extension());
        }
        ctx.contentType(format.mediaType()).result(Output.calendar(format, r));
    }

    private policylens.index.Calendar.Result calendar(Context ctx) {
        Filters f = filters(ctx);
        String unit = blankToNull(ctx.queryParam("unit"));
        if (unit != null && unit.length() > 100) {
            throw ApiError.badRequest("单位名称过长 / the unit name is too long");
        }
        String by = blankToNull(ctx.queryParam("by"));
        policylens.index.Calendar.By size = by == null ? policylens.index.Calendar.By.QUARTER
                : policylens.index.Calendar.By.find(by);
        if (size == null) {
            throw ApiError.badRequest(policylens.i18n.Messages.both("calendar.error.by", by));
        }
        java.time.YearMonth from = month(ctx, "from");
        java.time.YearMonth to = month(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badRequest(policylens.i18n.Messages.both("calendar.error.order", from, to));
        }
        String doc = blankToNull(ctx.queryParam("doc"));
        return library.calendar(new Filters(List.of(), f.level(), f.region(), unit, null), doc, from, to, size,
                java.time.LocalDate.now());
    }

    /** One metric across regions and years: the dot plot (c) with its table. */
    private void chartsPage(Context ctx) {
        policylens.i18n.Lang lang = policylens.i18n.Lang.parse(ctx.queryParam("lang"));
        String metric = blankToNull(ctx.queryParam("metric"));
        Filters f = filters(ctx);
        policylens.index.TargetSeries.Result r = metric == null ? null : library.targets(metric.strip(), f);
        html(ctx, CalendarPages.charts(lang, metric == null ? null : metric.strip(), r, f.level(), f.region(),
                library.regions()));
    }

    /** Every target whose metric contains {@code metric}: {metric, points, metrics, undated, unvalued}. */
    private void apiTargets(Context ctx) {
        String metric = blankToNull(ctx.queryParam("metric"));
        if (metric == null) {
            throw ApiError.badRequest("请给出 metric=… / give metric=…, such as 专精特新");
        }
        json(ctx, library.targets(metric.strip(), filters(ctx)));
    }

    private static java.time.YearMonth month(Context ctx, String param) {
        String v = blankToNull(ctx.queryParam(param));
        if (v == null) {
            return null;
        }
        try {
            return java.time.YearMonth.parse(v.strip());
        } catch (java.time.DateTimeException e) {
            throw ApiError.of(400, "error.month", param);
        }
    }

    private void comparePage(Context ctx) {
        String child = blankToNull(ctx.queryParam("child"));
        String parent = blankToNull(ctx.queryParam("parent"));
        Linker.Parents parents = null;
        CheckService.Report report = null;
        String error = null;
        try {
            if (child != null && parent == null) {
                // the parents `policylens check --all` links the plan to, the first one checked
                parents = check.parents(child);
                parent = parents.links().isEmpty() ? null : parents.links().get(0).parent();
                if (parent == null) {
                    error = Messages.t(lang(ctx), "error.no-parent", parents.reason());
                }
            }
            if (child != null && parent != null) {
                report = check.compare(child, parent);
            }
        } catch (ApiError e) {
            error = e.message(lang(ctx));
            ctx.status(e.status());
        }
        Library.DocPage childMatches = null;
        Library.DocPage parentMatches = null;
        try {
            childMatches = pick(ctx, "cq");
            parentMatches = pick(ctx, "pq");
        } catch (ApiError e) {
            error = e.message(lang(ctx));
            ctx.status(e.status());
        }
        if (childMatches == null && child == null) {
            // nothing asked yet: the first city and county plans, the ones with a parent to compare against
            childMatches = Library.DocPage.localPlans(library.documents(), Pages.PICK_LIMIT);
        }
        Pages.Picker childPick = new Pages.Picker(ctx.queryParam("cq"), childMatches,
                child == null ? null : library.document(child).orElse(null));
        Pages.Picker parentPick = new Pages.Picker(ctx.queryParam("pq"), parentMatches,
                parent == null ? null : library.document(parent).orElse(null));
        html(ctx, Pages.compare(lang(ctx), childPick, parentPick, child, parent, parents, report, error));
    }

    private void uploadPage(Context ctx) {
        try {
            Library.UploadResult r = receive(ctx);
            ctx.redirect(Html.link(lang(ctx), "/doc/" + Html.path(r.docId()) + "?added="
                            + ("indexed".equals(r.status()) ? "indexed" : "already")),
                    io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ApiError e) {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            }
            html(ctx.status(e.status()), Pages.upload(lang(ctx), library.maxUploadBytes(), scrub(e.message(lang(ctx)))));
        }
    }

    /**
     * Receives the one file of a multipart upload into the uploads folder and has the upload queue store and index
     * it. At most {@link #MAX_RECEIVING} bodies are received at once; the size limit is checked before reading (a
     * declared length) and while reading (a chunked body).
     */
    private Library.UploadResult receive(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > library.maxUploadBytes() + SLACK) {
            throw new ApiError(413, library.tooLargeMessage("upload", declared));
        }
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiError.of(400, "error.multipart");
        }
        if (!receiving.tryAcquire()) {
            throw new ApiError(503, Text.of("error.busy-receiving", MAX_RECEIVING), 5);
        }
        String name;
        Path incoming = null;
        try {
            List<UploadedFile> files;
            try {
                files = ctx.uploadedFiles();
            } catch (Exception e) { // Jetty's parser throws IOException and IllegalStateException, unchecked through Kotlin
                throw unreadable(ctx, declared, e);
            }
            if (files.size() > 1) {
                throw ApiError.of(400, "error.one-file", files.size());
            }
            UploadedFile file = files.isEmpty() ? null : files.get(0);
            if (file == null || !"file".equals(fieldName(ctx))) {
                throw ApiError.of(400, "error.choose-file");
            }
            name = file.filename();
            if (file.size() > library.maxUploadBytes()) {
                throw new ApiError(413, library.tooLargeMessage(name, file.size()));
            }
            long size;
            try (InputStream in = file.content()) {
                incoming = library.newIncoming();
                try (OutputStream out = Files.newOutputStream(incoming)) {
                    size = in.transferTo(out);
                }
            } catch (IOException e) {
                throw unreadable(ctx, declared, e);
            }
            if (size > library.maxUploadBytes()) {
                throw new ApiError(413, library.tooLargeMessage(name, size));
            }
            if (size == 0) {
                // the CLI's words for it (IngestException), as for every other file that cannot be read
                throw new ApiError(422, UploadNames.sanitize(name) + ": " + policylens.i18n.Messages.both("ingest.empty"));
            }
        } catch (RuntimeException e) {
            UploadFolder.deleteQuietly(incoming);
            throw e;
        } finally {
            receiving.release();
        }
        Path received = incoming;
        try {
            return queue.run(Files.size(received), () -> library.upload(name, received));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            UploadFolder.deleteQuietly(received); // the library moved it, or it was never reached
        }
    }

    /** The multipart field the one file came in. */
    private static String fieldName(Context ctx) {
        Map<String, List<UploadedFile>> byField = ctx.uploadedFileMap();
        return byField.size() == 1 ? byField.keySet().iterator().next() : null;
    }

    /**
     * A body that cannot be read as multipart: 413 when over the size limit, 408 (and the connection closed) when it
     * came too slowly, else 400; one log line, no stack.
     */
    private ApiError unreadable(Context ctx, long declared, Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof BadMessageException bad && bad.getCode() == 408) {
                // a trickled body: drop the connection rather than wait for the rest of it
                LOG.info("cut off a slow upload from {}: {}", ctx.req().getRemoteAddr(), bad.getReason());
                Request base = Request.getBaseRequest(ctx.req());
                if (base != null) {
                    base.getHttpChannel().abort(bad);
                }
                return new ApiError(408, OneLineErrors.line(408, null));
            }
        }
        String m = (String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage()))
                .toLowerCase(Locale.ROOT);
        if (m.contains("exceed") || m.contains("too large")) {
            return new ApiError(413, declared > library.maxUploadBytes()
                    ? library.tooLargeMessage("upload", declared) : library.tooLargeMessage());
        }
        LOG.info("refused an unreadable upload: {}", oneLine(e));
        return ApiError.of(400, "error.unreadable-upload", oneLine(e));
    }

    // ---- API -------------------------------------------------------------------------------------------------------

    private void apiSearch(Context ctx) {
        String q = q(ctx);
        Filters f = filters(ctx);
        int limit = limit(ctx, 20);
        Library.SearchPage page = library.search(q, f, offset(ctx, limit), limit, true);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("filters", filterMap(f));
        out.put("documents", library.documents().size());
        out.put("total", page.total());
        out.put("offset", page.offset());
        out.put("limit", page.limit());
        out.put("hits", page.hits());
        out.put("facets", page.facets());
        json(ctx, out);
    }

    private void apiWho(Context ctx) {
        String q = q(ctx);
        Filters f = filters(ctx);
        WhoAnswerer.Result r = library.who(q, f, limit(ctx, 5));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("question", r.question());
        out.put("terms", r.terms());
        out.put("filters", filterMap(f));
        out.put("answers", r.answers());
        json(ctx, out);
    }

    private static Map<String, Object> filterMap(Filters f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", f.level());
        m.put("region", f.region());
        m.put("year", f.year());
        m.put("type", f.types().isEmpty() ? null : f.types().get(0).key());
        m.put("issuer", f.issuer());
        return m;
    }

    private void apiDocument(Context ctx) {
        Library.Loaded l = library.load(ctx.pathParam("docId"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("docId", l.info().docId());
        out.put("title", l.info().title());
        out.put("info", l.info());
        out.put("changedSinceIndexing", l.changed());
        out.put("record", publicRecord(l));
        out.put("text", l.text().text());
        json(ctx, out);
    }

    /**
     * One document's record as a download in a format named through {@link Format} (json when none is given;
     * xlsx is the responsibility sheet); a format that cannot write records is refused with 400 naming those that can.
     */
    private void apiExport(Context ctx, String formatName) {
        Format format;
        try {
            format = Format.resolve(formatName == null ? Format.JSON.formatName() : formatName, Kind.RECORDS);
        } catch (UnknownFormatException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        Library.Loaded l = library.load(ctx.pathParam("docId"));
        PolicyRecord r = l.record();
        if (r.source() != null) {
            r = new PolicyRecord(r.schema(), r.docId(), l.info().fileName(), r.meta(), r.targets(), r.deadlines(),
                    r.responsibilities());
        }
        byte[] body = Output.record(format, r, l.info().title());
        attachment(ctx, l.info().docId() + (format == Format.XLSX ? "-责任分工" : "") + format.extension());
        ctx.contentType(format.mediaType()).result(body);
    }

    /** The record as the API shows it: its source is the file's name, not where the server keeps it. */
    private static ObjectNode publicRecord(Library.Loaded l) {
        ObjectNode record = Json.mapper().valueToTree(l.record());
        if (record.has("source")) {
            record.put("source", l.info().fileName());
        }
        return record;
    }

    /**
     * The check of a pair: without {@code format} the JSON answer of the Compare page; with format=md|html|csv|json
     * a download written by {@link Output#checks} in the request's language, as {@code policylens check --format}.
     */
    private void apiCheck(Context ctx) {
        String child = blankToNull(ctx.queryParam("child"));
        String parent = blankToNull(ctx.queryParam("parent"));
        String formatName = blankToNull(ctx.queryParam("format"));
        Format format;
        try {
            format = formatName == null ? null : Format.resolve(formatName, Kind.CHECK);
        } catch (UnknownFormatException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        if (child != null && parent == null) {
            Linker.Parents parents = check.parents(child);
            if (parents.links().isEmpty()) {
                throw ApiError.of(400, "error.give-parent", parents.reason());
            }
            parent = parents.links().get(0).parent();
        }
        if (format == null) {
            json(ctx, check.compare(child, parent));
            return;
        }
        policylens.check.CheckRun.Single single = check.single(child, parent);
        attachment(ctx, child + "__" + parent + format.extension());
        ctx.header("Content-Language", lang(ctx).tag());
        ctx.contentType(format.mediaType()).result(Output.checks(format,
                single.link() == null ? List.of() : List.of(single.link()), List.of(single.report()), lang(ctx)));
    }

    private void apiUpload(Context ctx) {
        Library.UploadResult r = receive(ctx);
        ctx.status("indexed".equals(r.status()) ? 201 : 200);
        ctx.header("Location", "/api/documents/" + Html.path(r.docId()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("docId", r.docId());
        out.put("title", r.title());
        out.put("status", r.status());
        out.put("fileName", r.fileName());
        out.put("targets", r.targets());
        out.put("deadlines", r.deadlines());
        out.put("responsibilities", r.responsibilities());
        out.put("page", "/doc/" + Html.path(r.docId()));
        json(ctx, out);
    }

    // ---- responses -------------------------------------------------------------------------------------------------

    private static void attachment(Context ctx, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static void html(Context ctx, String page) {
        ctx.header("Content-Language", lang(ctx).tag());
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** The language a request asks for: {@code ?lang=en} English, else Chinese (the default). */
    static Lang lang(Context ctx) {
        return Lang.parse(ctx.queryParam("lang"));
    }

    /**
     * The header's language link: back to the page it was clicked on (the Referer's path and query, never its host)
     * with {@code lang} set to {@code to}; without a Referer, to Ask.
     */
    private void switchLanguage(Context ctx) {
        Lang to = Lang.parse(ctx.queryParam("to"));
        String back = "/";
        String referer = ctx.header("Referer");
        if (referer != null) {
            try {
                java.net.URI u = new java.net.URI(referer);
                if (u.getRawPath() != null && u.getRawPath().startsWith("/") && !u.getRawPath().startsWith("//")
                        && !u.getRawPath().startsWith("/lang")) {
                    back = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
                }
            } catch (java.net.URISyntaxException e) {
                // a malformed Referer: back to Ask
            }
        }
        ctx.redirect(Html.link(to, withoutLang(back)), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** A path and query without its {@code lang} parameter. */
    static String withoutLang(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            return pathAndQuery;
        }
        List<String> kept = new ArrayList<>();
        for (String p : pathAndQuery.substring(q + 1).split("&")) {
            if (!p.isEmpty() && !p.equals("lang") && !p.startsWith("lang=")) {
                kept.add(p);
            }
        }
        return pathAndQuery.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static void json(Context ctx, Object value) {
        try {
            // catalogue texts in it (a finding's message) in the request's language
            ctx.contentType("application/json; charset=utf-8")
                    .result(Json.compact().withAttribute(Lang.class, lang(ctx)).writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fail(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", message);
            out.put("status", status);
            json(ctx, out);
        } else {
            html(ctx, Pages.error(lang(ctx), status, message));
        }
    }

    /** Every route as "METHOD /path" (path parameters as {name}), for the test that holds the API description to it. */
    List<String> endpoints() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(e -> e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath())
                .filter(e -> !e.startsWith("BEFORE") && !e.startsWith("AFTER"))
                .toList();
    }

    private static String load(String resource) {
        try (InputStream in = Server.class.getResourceAsStream("/policylens/serve/" + resource)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
