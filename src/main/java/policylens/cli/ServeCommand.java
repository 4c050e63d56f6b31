package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import policylens.serve.Server;

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

    @Option(names = "--watch", paramLabel = "DIR", description = {"keep the index current with this folder: files added, "
            + "changed or removed there are indexed (one line per change on stderr), as `index --watch` does"})
    Path watch;

    @Option(names = "--debounce-ms", paramLabel = "N", defaultValue = "1500",
            description = "--watch: a change is indexed once the file has been quiet this long (default: ${DEFAULT-VALUE} ms)")
    long debounceMs;

    @Option(names = "--debug", description = "show stack traces")
    boolean debug;

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
        if (watch != null && !java.nio.file.Files.isDirectory(watch)) {
            err.println("policylens: " + policylens.i18n.Messages.both("watch.not-folder", watch));
            return 1;
        }
        if (!debug) {
            // Jetty's and Javalin's start-up chatter; warnings and errors still reach stderr
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
            System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
        }
        Server server = Server.start(new Server.Options(index, uploads, host, port, maxUploadMb * 1024L * 1024L, null));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "policylens-serve-stop"));
        int docs = server.library().documents().size();
        err.printf("PolicyLens is serving %s  (index %s: %d document%s; uploads go to %s)%n", server.url(),
                server.library().indexDir(), docs, docs == 1 ? "" : "s", server.library().uploadsDir());
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            err.println("policylens: serve: listening on " + host + ": other computers can reach this server and upload files");
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
