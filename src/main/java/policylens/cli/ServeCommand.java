package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import policylens.serve.Server;

import java.util.Locale;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {"启动本地网页应用(提问、文件、对照、添加文件)。",
        "Start the local web application (Ask, Documents, Compare, Add documents) over the index."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "PATH", description = "index directory (default: ./.policylens/index)")
    Path index;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String host;

    @Option(names = "--uploads", paramLabel = "DIR", description = "where uploaded files are kept (default: beside the index, <index>-uploads)")
    Path uploads;

    @Option(names = "--max-upload-mb", defaultValue = "20", description = "upload size limit in MB (default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    @Option(names = "--token", paramLabel = "SECRET", description = {"访问令牌:设置后每个请求都要带上(浏览器以它为密码);不在本机监听时必须设置",
            "access token, required beyond loopback: Authorization: Bearer SECRET, or the password of basic auth.",
            "Better from POLICYLENS_SERVE_TOKEN or the config file than on the command line"})
    String token;

    @Option(names = "--allow-uploads", negatable = true, description = {"允许从网页添加文件(本机默认允许,其他地址默认关闭)",
            "allow adding documents from the web (default: on for 127.0.0.1, off beyond it)"})
    Boolean allowUploads;

    @Option(names = "--watch", paramLabel = "DIR", description = {"keep the index current with this folder: files added, "
            + "changed or removed there are indexed (one line per change on stderr), as `index --watch` does"})
    Path watch;

    @Option(names = "--debounce-ms", paramLabel = "N", defaultValue = "1500",
            description = "--watch: a change is indexed once the file has been quiet this long (default: ${DEFAULT-VALUE} ms)")
    long debounceMs;

    @Option(names = "--debug", description = "show stack traces")
    boolean debug;

    @picocli.CommandLine.Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("policylens: serve: --port must be between 0 and 65535");
            return 2;
        }
        if (maxUploadMb < 1 || maxUploadMb > 200) {
            err.println("policylens: serve: --max-upload-mb must be between 1 and 200");
            return 2;
        }
        if (debounceMs < 0 || debounceMs > 600_000) {
            err.println("policylens: serve: --debounce-ms must be between 0 and 600000");
            return 2;
        }
        policylens.index.EngineSettings engineSettings = engine.settings();
        if (!engineSettings.embedded() && (watch != null || Boolean.TRUE.equals(allowUploads))) {
            // the cluster is written by `policylens index --engine opensearch`; this server only reads it
            err.println("policylens: serve: " + policylens.i18n.Messages.both(watch != null ? "os.serve.watch" : "os.serve.uploads"));
            return 2;
        }
        if (watch != null && !java.nio.file.Files.isDirectory(watch)) {
            err.println("policylens: " + policylens.i18n.Messages.both("watch.not-folder", watch));
            return 1;
        }
        if (!debug) {
            // Jetty's and Javalin's start-up chatter; warnings and errors still reach stderr
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
            System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
        }
        boolean local = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        policylens.serve.Access access;
        Server server;
        try {
            access = new policylens.serve.Access(token, allowUploads != null ? allowUploads : local);
            server = Server.start(new Server.Options(index, uploads, host, port, maxUploadMb * 1024L * 1024L, null)
                    .withAccess(access).withEngine(engineSettings));
        } catch (IllegalArgumentException e) {
            err.println("policylens: serve: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "policylens-serve-stop"));
        int docs = server.library().documents().size();
        err.printf(Locale.ROOT, "PolicyLens 已启动 / is serving %s  (index %s: %d document%s; %s)%n", String.join("  ", server.urls()),
                engineSettings.embedded() ? server.library().indexDir() : engineSettings, docs, docs == 1 ? "" : "s",
                access.uploads() && engineSettings.embedded() ? "uploads go to " + server.library().uploadsDir() : "uploads off");
        if (!local) {
            err.println("policylens: serve: 在 " + host + " 上监听,其他电脑可以访问,需要访问令牌 / listening on " + host
                    + ": other computers can reach this server; every request needs the access token");
        }
        if (watch != null) {
            try {
                server.library().watch(watch, java.time.Duration.ofMillis(debounceMs), change -> {
                    err.println(change.line());
                    err.flush();
                });
            } catch (java.io.IOException e) {
                server.close();
                err.println("policylens: " + watch + ": " + e.getMessage());
                return 1;
            }
            err.println(policylens.i18n.Messages.both("watch.start", watch, debounceMs));
        }
        err.println("Press Ctrl+C to stop.");
        err.flush();
        stopped.await();
        return 0;
    }
}
