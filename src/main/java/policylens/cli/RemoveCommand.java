package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import policylens.index.IndexResult;
import policylens.index.IndexedDocument;
import policylens.index.PolicyIndex;
import policylens.index.Searcher;

import java.util.Locale;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "remove", description = {"从索引中删除文件(按文档编号或原文件路径),一次提交。",
        "Remove documents from the index, by docId or by the file they were indexed from, in one commit."})
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DOCID|FILE", description = {"文档编号(见 search --json 的 docId)或已索引的文件",
            "a docId (as search --json and the web pages show it) or a file that was indexed"})
    List<String> targets;

    @Option(names = "--index", paramLabel = "PATH", description = {"索引文件夹 / index directory", "默认 / default: ./.policylens/index"})
    Path index;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PolicyIndex target = new PolicyIndex(index);
        List<IndexedDocument> docs;
        try (Searcher s = Searcher.open(target.dir())) {
            docs = s.documents();
        }
        List<String> ids = new ArrayList<>();
        int failed = 0;
        for (String t : targets) {
            String id = resolve(t, docs);
            if (id == null) {
                err.println("policylens: " + t + ": 索引中没有这个文件 / no such document in the index");
                failed++;
            } else {
                ids.add(id);
            }
        }
        IndexResult r = target.remove(ids);
        for (IndexResult.Failure f : r.failures()) {
            err.println("policylens: " + f.message());
        }
        for (String id : r.pruned()) {
            spec.commandLine().getOut().println(id);
        }
        err.printf(Locale.ROOT, "已删除 %d 个 / removed %d%s%n", r.pruned().size(), r.pruned().size(),
                failed + r.failures().size() > 0 ? ", 未找到 " + (failed + r.failures().size()) + " / not found" : "");
        return failed + r.failures().size() > 0 ? 1 : 0;
    }

    /** A docId the index has, else the document indexed from the file {@code t} names, else null. */
    private static String resolve(String t, List<IndexedDocument> docs) {
        for (IndexedDocument d : docs) {
            if (d.docId().equals(t)) {
                return t;
            }
        }
        Path p = Path.of(t).toAbsolutePath().normalize();
        for (IndexedDocument d : docs) {
            if (d.source() != null && (d.source().toAbsolutePath().normalize().equals(p)
                    || Files.exists(p) && Files.exists(d.source()) && same(p, d.source()))) {
                return d.docId();
            }
        }
        return null;
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
