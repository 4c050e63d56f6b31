package policylens.check;

import com.hankcs.hanlp.seg.common.Term;
import policylens.text.Norm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words two texts are compared on: NFKC, synonyms (营收→营业收入, 高企→高新技术企业, 千亿级产业集群→千亿级集群),
 * quoted names kept whole (“六个一”), then HanLP segmentation without punctuation, particles, prepositions and
 * the verbs and scope words every plan sentence has (培育, 达到, 全省, 全市…).
 */
public final class Terms {
    /** HanLP with the project's own dictionary: the same cut whatever ran before in this JVM. */
    private static final com.hankcs.hanlp.seg.Segment SEGMENTER = policylens.extract.UnitDictionary.hanlpSegmenter();
    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^”\"」]{1,12})[”\"」]");
    /** Codes whose digits name the thing (L6级, 5G, C929) stay one word. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z]+[0-9]+级?|[0-9]+[A-Za-z]+");
    private static final List<String[]> SYNONYMS = loadSynonyms();

    /** Words that say how, where or when, not what: they never decide whether two texts are about the same thing. */
    private static final Set<String> STOP = Set.of(
            "全省", "全市", "全区", "全县", "全国", "我省", "我市", "本市", "各地", "各县", "区", "县",
            "培育", "形成", "达到", "达", "建成", "实现", "力争", "争取", "确保", "推动", "推进", "加快", "加强", "支持",
            "打造", "建设", "争创", "创建", "积极", "大力", "深入", "有序", "有效", "持续", "不断", "全面", "进一步",
            "目标", "总量", "累计", "总", "获批", "左右", "以上", "以下", "以内", "超过", "突破", "不低于", "不少于",
            "年", "月", "时间", "今年", "每年", "年度", "用", "一批", "一", "个", "家", "等", "和", "及", "与", "的",
            "是", "在", "对", "将", "要", "为", "并", "其中", "结合", "实际", "着力", "相关", "各类", "有关", "工作");

    private Terms() {
    }

    /** NFKC, whitespace removed, synonyms applied. */
    public static String canonical(String text) {
        if (text == null) {
            return "";
        }
        String s = norm(text);
        for (String[] syn : SYNONYMS) {
            s = syn[0].startsWith("re:") ? s.replaceAll(syn[0].substring(3), syn[1]) : s.replace(syn[0], syn[1]);
        }
        return s;
    }

    /** The content words of a text, in order of first appearance. */
    public static List<String> words(String text) {
        String s = canonical(text);
        Set<String> out = new LinkedHashSet<>();
        Matcher q = QUOTED.matcher(s);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (q.find()) {
            out.add("“" + q.group(1) + "”");
            rest.append(s, last, q.start()).append('，');
            last = q.end();
        }
        rest.append(s.substring(last));
        Matcher code = CODE.matcher(rest.toString());
        StringBuilder plain = new StringBuilder();
        last = 0;
        while (code.find()) {
            out.add(code.group());
            plain.append(rest, last, code.start()).append('，');
            last = code.end();
        }
        plain.append(rest.substring(last));
        for (Term t : SEGMENTER.seg(plain.toString())) {
            String w = t.word.strip();
            String nature = t.nature == null ? "" : t.nature.toString();
            if (w.isEmpty() || STOP.contains(w) || isFunctionWord(nature) || w.matches("[\\p{Punct}\\p{IsPunctuation}]+")) {
                continue;
            }
            if (nature.startsWith("t") || (nature.startsWith("m") && w.matches("[0-9.一二三四五六七八九十百千两]+"))) {
                continue; // a bare number or a time says how much or when, not what
            }
            out.add(w);
        }
        return new ArrayList<>(out);
    }

    /** HanLP's cut of a text as written (NFKC, no synonyms, nothing dropped): where a word stands as a word of its own. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (Term t : SEGMENTER.seg(norm(text))) {
            out.add(t.word);
        }
        return out;
    }

    private static boolean isFunctionWord(String nature) {
        return nature.startsWith("w") || nature.startsWith("u") || nature.equals("p") || nature.startsWith("y")
                || nature.startsWith("e") || nature.startsWith("o") || nature.equals("cc") || nature.equals("d")
                || nature.startsWith("ns") || nature.startsWith("nr"); // places and persons say where and who, not what
    }

    /** The words of a longer text that carry its topic: {@link #words} of two characters or more. */
    public static List<String> topicWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (w.codePointCount(0, w.length()) >= 2) {
                out.add(w);
            }
        }
        return out;
    }

    /** Dice coefficient of two word sets. */
    public static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> sa = new LinkedHashSet<>(a);
        Set<String> sb = new LinkedHashSet<>(b);
        int common = 0;
        for (String w : sa) {
            if (sb.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (sa.size() + sb.size());
    }

    /** Share of {@code part}'s words found in {@code whole}. */
    public static double containment(List<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String w : part) {
            if (whole.contains(w)) {
                found++;
            }
        }
        return (double) found / part.size();
    }

    /** NFKC with all whitespace removed, as the record contract compares strings ({@link Text#norm}); null → "". */
    public static String norm(String text) {
        return text == null ? "" : Norm.norm(text);
    }

    private static List<String[]> loadSynonyms() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Terms.class.getResourceAsStream("/policylens/check/synonyms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("synonyms.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length >= 2) {
                    rows.add(new String[]{Normalizer.normalize(cols[0].strip(), Normalizer.Form.NFKC),
                            Normalizer.normalize(cols[1].strip(), Normalizer.Form.NFKC)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.sort(Comparator.comparingInt((String[] r) -> -r[0].length()));
        return List.copyOf(rows);
    }
}
