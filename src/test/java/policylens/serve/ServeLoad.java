package policylens.serve;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A bounded load run against a running {@code policylens serve} on this computer (not a test; run by
 * tools/serve-load.sh): a fixed number of clients for a fixed time, each looping over who, search, page views and
 * (one request in ten) a small upload, then a table of requests, errors and p50/p95 latency per kind.
 * <p>
 * Usage: {@code ServeLoad BASE_URL CLIENTS SECONDS UPLOAD_DIR} (BASE_URL must be on 127.0.0.1 or localhost).
 */
public final class ServeLoad {
    private static final String[] WHO = {"谁负责中试平台建设?", "哪个部门负责招商引资", "谁负责充电基础设施建设"};
    private static final String[] SEARCH = {"专精特新", "充电桩", "设备更新", "绿色低碳", "家庭医生"};
    private static final String[] PAGES = {"/", "/docs", "/doc/xinyu-cluster-upgrade-2026-2028", "/doc/jiangxi-cluster-upgrade-2025",
            "/api/documents", "/compare?child=xinyu-cluster-upgrade-2026-2028"};

    private record Sample(String kind, long micros, boolean error) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ServeLoad BASE_URL CLIENTS SECONDS UPLOAD_DIR");
            System.exit(2);
        }
        String base = args[0].replaceAll("/$", "");
        String host = URI.create(base).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            System.err.println("ServeLoad: only 127.0.0.1 or localhost");
            System.exit(2);
        }
        int clients = Math.max(1, Math.min(64, Integer.parseInt(args[1])));
        int seconds = Math.max(1, Math.min(300, Integer.parseInt(args[2])));
        List<byte[]> uploads = new ArrayList<>();
        try (Stream<Path> s = Files.list(Paths.get(args[3]))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                uploads.add(Files.readAllBytes(p));
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        AtomicLong counter = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    long n = counter.incrementAndGet();
                    String kind;
                    HttpRequest request;
                    switch ((int) ((i + client) % 10)) {
                        case 0, 1, 2 -> {
                            kind = "who";
                            request = get(base + "/api/who?q=" + enc(WHO[(int) (n % WHO.length)]));
                        }
                        case 3, 4, 5 -> {
                            kind = "search";
                            request = get(base + "/api/search?q=" + enc(SEARCH[(int) (n % SEARCH.length)]));
                        }
                        case 6, 7, 8 -> {
                            kind = "page";
                            request = get(base + PAGES[(int) (n % PAGES.length)]);
                        }
                        default -> {
                            kind = "upload";
                            byte[] text = uploads.get((int) (n % uploads.size()));
                            // a line of its own makes each upload a new document
                            byte[] unique = (new String(text, StandardCharsets.UTF_8) + "\n附:压力测试 " + n + "\n")
                                    .getBytes(StandardCharsets.UTF_8);
                            request = upload(base, "load-" + n + ".txt", unique);
                        }
                    }
                    long t = System.nanoTime();
                    boolean error;
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        error = r.statusCode() >= 400;
                        statuses.merge(kind + " " + r.statusCode(), 1, Integer::sum);
                    } catch (Exception e) {
                        error = true;
                        statuses.merge(kind + " " + e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    samples.add(new Sample(kind, (System.nanoTime() - t) / 1000, error));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 180L, TimeUnit.SECONDS);
        print(samples, clients, seconds);
        System.out.println();
        System.out.println("statuses: " + new TreeMap<>(statuses));
    }

    private static void print(List<Sample> samples, int clients, int seconds) {
        System.out.printf(Locale.ROOT, "%d clients, %d s%n%n", clients, seconds);
        System.out.println("| kind | requests | errors | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        Map<String, List<Sample>> byKind = new TreeMap<>();
        for (Sample s : samples) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        byKind.put("all", samples);
        for (Map.Entry<String, List<Sample>> e : byKind.entrySet()) {
            List<Long> micros = e.getValue().stream().map(Sample::micros).sorted().toList();
            long errors = e.getValue().stream().filter(Sample::error).count();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.0f |%n", e.getKey(), micros.size(), errors,
                    pct(micros, 50), pct(micros, 95), micros.isEmpty() ? 0 : micros.get(micros.size() - 1) / 1000.0);
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).build();
    }

    private static HttpRequest upload(String base, String name, byte[] bytes) {
        String boundary = "----load" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/api/upload")).timeout(Duration.ofSeconds(180))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }
}
