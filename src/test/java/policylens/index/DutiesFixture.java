package policylens.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two small Xinyu plans for the duties tests: {@code plan.txt} (2026-2028; 市工信局 leads task 1.0.2, due 2027-06,
 * and supports 1.0.3, governed by the plan's end; 各县区政府 is named in 1.0.1 and inherited by the rest) and
 * {@code points.txt} (no period; 新余市工业和信息化局 alone in 1.0.1, due 2025-12, and second in the undated 1.0.2).
 */
public final class DutiesFixture {
    public static final String PLAN = String.join("\n",
            "新余市推动产业集群提质升级三年行动方案(2026—2028年)",
            "",
            "为加快推动产业集群提质升级,制定本方案。",
            "",
            "一、重点任务",
            "",
            "1.落实支持政策。全面落实各项支持政策。(责任单位:市发改委;各项任务均需各县区政府落实,不再列出)",
            "",
            "2.实施企业梯度培育。到2027年6月,新增专精特新中小企业100家。(责任单位:市工信局牵头,市科技局、市财政局配合)",
            "",
            "3.建设中试平台。建设一批中试验证平台。(责任单位:市科技局牵头,市工信局配合)");
    public static final String POINTS = String.join("\n",
            "新余市数字经济发展工作要点",
            "",
            "一、主要任务",
            "",
            "1.推进工业互联网。到2025年底,培育工业互联网平台5个。(责任单位:新余市工业和信息化局)",
            "",
            "2.加强数据要素。加强数据要素市场建设。(责任单位:市数据局、市工业和信息化局)");

    private static Path shared;

    private DutiesFixture() {
    }

    /**
     * The index of the two plans, built once for the whole test run in a temporary folder that goes when the JVM
     * exits: for the test classes that only read it.
     */
    public static synchronized Path shared() {
        if (shared == null) {
            try {
                Path folder = Files.createTempDirectory("policylens-duties-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                shared = index(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static void delete(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is no failure of the tests
        }
    }

    /** Writes the two plans into {@code folder}/docs and indexes them into {@code folder}/index; returns the index. */
    public static Path index(Path folder) {
        try {
            Path docs = Files.createDirectories(folder.resolve("docs"));
            Path plan = Files.writeString(docs.resolve("plan.txt"), PLAN + "\n", StandardCharsets.UTF_8);
            Path points = Files.writeString(docs.resolve("points.txt"), POINTS + "\n", StandardCharsets.UTF_8);
            Path index = folder.resolve("index");
            IndexResult r = new PolicyIndex(index).index(List.of(plan, points));
            if (r.indexed().size() != 2) {
                throw new IllegalStateException("fixture not indexed: " + r);
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
