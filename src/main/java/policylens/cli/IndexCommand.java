package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import policylens.i18n.Messages;
import policylens.index.FolderWatcher;
import policylens.index.IndexResult;
import policylens.index.PolicyIndex;

import java.util.Locale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "index", description = {"为检索建立索引(增量:未改动的文件跳过)。",
        "Index documents for search (incremental: unchanged files are skipped)."})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "文件或文件夹 / documents or folders of documents")
    List<Path> inputs = List.of();

    @Option(names = "--index", paramLabel = "PATH", description = {"索引文件夹 / index directory", "默认 / default: ./.policylens/index"})
    Path index;

    @Option(names = "--analysis", paramLabel = "hanlp_dict|hanlp|smartcn",
            description = {"新索引的分词方式;已有索引沿用自己的。",
                    "text analysis of a new index (default hanlp_dict: HanLP longest match); an existing index keeps its own"})
    String analysis;

    @Option(names = "--prune", description = "删除源文件已不存在的文档 / remove documents whose source files no longer exist")
    boolean prune;

    @Option(names = "--rebuild", description = {"丢弃索引,用给出的文件重建(索引损坏时);",
            "新索引建好后才替换旧索引。",
            "drop the index and index the given files afresh (a damaged index); built beside the old one and "
                    + "swapped in only when complete"})
    boolean rebuild;

    @Option(names = "--watch", paramLabel = "DIR", description = {"先索引这个文件夹,再监视它:新增、改动、",
            "删除的文件随时更新索引(每次改动一行,写在",
            "stderr);Ctrl+C 停止。",
            "index this folder, then watch it: files added, changed or removed update the index (one line per "
                    + "change on stderr) until Ctrl+C"})
    Path watch;

    @Option(names = "--debounce-ms", paramLabel = "N", defaultValue = "1500", description = {
            "--watch:文件静止这么多毫秒后才索引",
            "--watch: a change is indexed once the file has been quiet this long (default ${DEFAULT-VALUE} ms)"})
    long debounceMs;

    @Option(names = "--debug", description = "显示异常堆栈 / show stack traces")
    boolean debug;

    @picocli.CommandLine.Mixin
    IngestOptions ingest;

    @picocli.CommandLine.Mixin
    EngineOptions engine;

    @Option(names = "--shards", paramLabel = "N", description = {"新 OpenSearch 索引的分片数(默认 2)",
            "shards of a new OpenSearch index (default 2)"})
    Integer shards;

    @Option(names = "--replicas", paramLabel = "N", description = {"新 OpenSearch 索引的副本数(默认 1)",
            "replicas of a new OpenSearch index (default 1)"})
    Integer replicas;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (watch != null) {
            return watch(err);
        }
        if (inputs.isEmpty() && !prune) {
            err.println("policylens: index: give files or folders to index, or --prune");
            return 2;
        }
        if (rebuild && (prune || inputs.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rebuild 需要要索引的文件或文件夹,"
                    + "不能与 --prune 同用 (--rebuild needs the files or folders to index, and no --prune)");
        }
        Inputs.Expanded in = Inputs.expand(inputs, prune, err);
        List<Path> files = in.files();
        Progress progress = new Progress(err, files.size());
        policylens.index.EngineIndexer target = policylens.index.EngineSettings
                .resolve(engine.engine, engine.url, engine.indexName, shards, replicas)
                .indexer(index, analysis == null ? null : policylens.index.TextAnalysis.parse(analysis),
                        ingest.limits(spec), note -> err.println("policylens: " + note));
        PolicyIndex.Listener listener = (file, status) ->
                progress.step(file.getFileName() + ("indexed".equals(status) ? "" : " (" + status + ")"));
        IndexResult r = rebuild ? target.rebuild(files, listener) : target.index(files, prune, listener);
        for (IndexResult.Failure f : r.failures()) {
            err.println("policylens: " + f.message());
        }
        for (IndexResult.Renamed n : r.renamed()) {
            err.println("policylens: " + n.file() + ": 已有同名文件,索引为 " + n.docId()
                    + " (another file has this name; indexed as docId " + n.docId() + ")");
        }
        if (rebuild && r.indexed().isEmpty()) {
            err.println("policylens: 重建失败:没有可读的文件,原索引未动 (rebuild failed: no file could be read; "
                    + "the old index is kept): " + target.describe());
            return 1;
        }
        err.printf(Locale.ROOT, "%s %d, unchanged %d, failed %d%s%n", rebuild ? "rebuilt: indexed" : "indexed", r.indexed().size(),
                r.unchanged().size(), r.failures().size(), prune ? ", pruned " + r.pruned().size() : "");
        err.flush();
        return r.failures().isEmpty() && in.problems() == 0 ? 0 : 1;
    }

    /**
     * {@code --watch DIR}: one incremental pass over the folder (removing what vanished from it), then a
     * {@link FolderWatcher} until the process is stopped. The index's write lock is held only during a pass.
     */
    private int watch(PrintWriter err) {
        if (!engine.settings().embedded()) {
            throw new policylens.index.EngineException(Messages.both("os.unsupported", "index --watch"));
        }
        if (!inputs.isEmpty() || rebuild) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--watch 只监视一个文件夹,不与 FILE|DIR"
                    + " 或 --rebuild 同用 (--watch takes one folder; no FILE|DIR and no --rebuild besides)");
        }
        if (debounceMs < 0 || debounceMs > 600_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--debounce-ms 须为 0 到 600000 之间 (--debounce-ms must be 0 to 600000): " + debounceMs);
        }
        if (!Files.isDirectory(watch)) {
            err.println("policylens: " + Messages.both("watch.not-folder", watch));
            return 1;
        }
        PolicyIndex target = new PolicyIndex(index, analysis == null ? null : policylens.index.TextAnalysis.parse(analysis),
                ingest.limits(spec));
        Path dir = target.dir().toAbsolutePath().normalize();
        // the index (and a rebuild's sibling folders) inside the watched folder is never read as documents
        Set<Path> excluded = Set.of(dir, dir.resolveSibling(dir.getFileName() + ".rebuild"),
                dir.resolveSibling(dir.getFileName() + ".old"));
        FolderWatcher watcher;
        try {
            watcher = new FolderWatcher(watch, Duration.ofMillis(debounceMs), excluded, target::index, change -> {
                err.println(change.line());
                err.flush();
            });
        } catch (IOException e) {
            err.println("policylens: " + watch + ": " + e.getMessage());
            return 1;
        }
        // events are collected from here on: a file added during the first pass is not missed
        try {
            List<Path> files = watcher.files();
            Progress progress = new Progress(err, files.size());
            IndexResult r = target.index(files, watcher.root(), (file, status) ->
                    progress.step(file.getFileName() + ("indexed".equals(status) ? "" : " (" + status + ")")));
            for (IndexResult.Failure f : r.failures()) {
                err.println("policylens: " + f.message());
            }
            err.printf(Locale.ROOT, "indexed %d, unchanged %d, failed %d, pruned %d%n", r.indexed().size(), r.unchanged().size(),
                    r.failures().size(), r.pruned().size());
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watcher.close(); // a pass under way commits within the grace time or is rolled back
            err.println(Messages.both("watch.stopped", watch));
            err.flush();
            stopped.countDown();
        }, "policylens-watch-stop"));
        err.println(Messages.both("watch.start", watch, debounceMs));
        err.flush();
        watcher.start(false);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
