package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import policylens.index.DocType;
import policylens.index.Filters;
import policylens.index.Hit;
import policylens.index.Engine;
import policylens.model.Json;
import policylens.model.Level;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", description = {"检索索引;命中的词以【】标出。",
        "Search the index; matched words are marked 【like this】."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOptions options;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Lucene 查询语法;连续中文按短语匹配 / Lucene query syntax; Chinese runs match as phrases")
    List<String> query;

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "类型 / doc, task, target, deadline, responsibility")
    List<String> types = new ArrayList<>();

    @Option(names = "--level", description = "层级 / national, province, city, county")
    String level;

    @Option(names = "--region", description = "地区或省份,如新余市、江西省 / region or province as written")
    String region;

    @Option(names = "--unit", description = "责任单位 / a responsible unit, as written or canonical")
    String unit;

    @Option(names = "--year", description = "文件涵盖的年份 / a year the document covers")
    Integer year;

    @Option(names = "--limit", defaultValue = "10", description = "结果条数 / number of hits (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Inputs.requireLimit(spec, limit);
        if (level != null && Level.find(level) == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--level 只能是 " + Level.names("、") + " (--level must be one of them): " + level);
        }
        List<DocType> parsedTypes = new ArrayList<>();
        for (String t : types) {
            parsedTypes.add(DocType.parse(t));
        }
        Filters filters = new Filters(parsedTypes, level, region, unit, year);
        try (Engine searcher = engine.open(options.index)) {
            List<Hit> hits = searcher.search(String.join(" ", query), filters, limit);
            if (options.json) {
                out.println(Json.pretty(hits));
            } else if (hits.isEmpty()) {
                out.println("no hits");
            } else {
                int n = 0;
                for (Hit h : hits) {
                    n++;
                    out.printf("%d. [%s] %s%s%n", n, h.type(), h.title(), h.taskId() == null ? "" : "  #" + h.taskId());
                    if (h.section() != null) {
                        out.println("   " + h.section());
                    }
                    out.println("   " + h.snippet());
                    if (!h.unitsCanonical().isEmpty()) {
                        out.println("   单位: " + String.join("、", h.unitsCanonical()));
                    }
                }
            }
            out.flush();
        }
        return 0;
    }
}
