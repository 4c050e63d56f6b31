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

import java.util.Locale;
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
    LangOption language;

    @picocli.CommandLine.Mixin
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

    @Option(names = "--limit", defaultValue = "10", description = "每页条数 / hits per page (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "跳过前 N 条 / skip the first N hits (default: ${DEFAULT-VALUE})")
    int offset;

    @Option(names = "--page", description = "第几页(从 1 起,每页 --limit 条) / page number from 1, --limit hits a page")
    Integer page;

    @Option(names = "--facets", description = "按层级、地区、年份、发文机关、类型统计命中 / count the hits by level, region, year, issuer and type")
    boolean facets;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Inputs.requireLimit(spec, limit);
        policylens.i18n.Lang lang = language.lang();
        if (level != null && Level.find(level) == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--level 只能是 " + Level.names("、") + " (--level must be one of them): " + level);
        }
        List<DocType> parsedTypes = new ArrayList<>();
        for (String t : types) {
            parsedTypes.add(DocType.parse(t));
        }
        Filters filters = new Filters(parsedTypes, level, region, unit, year);
        if (page != null && (page < 1 || offset != 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--page 从 1 起,不能与 --offset 同用 (--page counts from 1 and does not go with --offset)");
        }
        int from = page == null ? offset : (page - 1) * limit;
        if (from < 0 || (long) from + limit > Engine.MAX_WINDOW) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "翻页不能超过前 " + Engine.MAX_WINDOW
                    + " 条 (offset + limit must stay within " + Engine.MAX_WINDOW + "; narrow the query instead)");
        }
        try (Engine searcher = engine.open(options.index)) {
            String q = String.join(" ", query);
            Engine.Page p = searcher.page(q, filters, from, limit, facets);
            if (options.json) {
                java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
                o.put("query", q);
                o.put("total", p.total());
                o.put("offset", p.offset());
                o.put("limit", limit);
                o.put("hits", p.hits());
                if (facets) {
                    java.util.Map<String, Object> fc = new java.util.LinkedHashMap<>();
                    p.facets().forEach((dim, counts) -> fc.put(dim.key(), counts));
                    o.put("facets", fc);
                }
                out.println(Json.pretty(o));
            } else if (p.hits().isEmpty()) {
                out.println(p.total() == 0 ? policylens.i18n.Messages.t(lang, "cli.search.none")
                        : policylens.i18n.Messages.t(lang, "cli.search.empty-page", p.total()));
            } else {
                out.println(policylens.i18n.Messages.t(lang, "cli.search.total", p.total(), from + 1, from + p.hits().size()));
                int n = from;
                for (Hit h : p.hits()) {
                    n++;
                    out.printf(Locale.ROOT, "%d. [%s] %s%s%n", n, policylens.i18n.Messages.t(lang, "type." + h.type()), h.title(), h.taskId() == null ? "" : "  #" + h.taskId());
                    if (h.section() != null) {
                        out.println("   " + h.section());
                    }
                    out.println("   " + h.snippet());
                    if (!h.unitsCanonical().isEmpty()) {
                        out.println("   " + policylens.i18n.Messages.t(lang, "cli.search.units", String.join("、", h.unitsCanonical())));
                    }
                }
                if (from + p.hits().size() < p.total()) {
                    out.println(policylens.i18n.Messages.t(lang, "cli.search.next", from / limit + 2));
                }
            }
            if (facets && !options.json) {
                p.facets().forEach((dim, counts) -> {
                    if (!counts.isEmpty()) {
                        StringBuilder b = new StringBuilder("  ").append(policylens.i18n.Messages.t(lang, "facet." + dim.key())).append(": ");
                        counts.forEach(c -> b.append(dim == policylens.index.Facets.Dim.TYPE
                                ? policylens.i18n.Messages.t(lang, "type." + c.value()) : c.value()).append(" (").append(c.count()).append(")  "));
                        out.println(b.toString().stripTrailing());
                    }
                });
            }
            out.flush();
        }
        return 0;
    }
}
