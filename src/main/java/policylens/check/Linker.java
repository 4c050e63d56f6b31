package policylens.check;

import policylens.extract.Meta;
import policylens.extract.MetaExtractor;
import policylens.i18n.Text;
import policylens.model.Level;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parent of each plan among a set of documents: from the plan's cites (文号, then title) and from the
 * phrases plans use to name what they implement (根据…, 认真落实…, 贯彻落实…, 围绕…行动计划, 按照…).
 *
 * <p>A child must be a plan (its title ends in 方案/计划/规划…). A parent is the named plan itself, or a text
 * presenting it when the plan is absent (a press conference whose headline quotes the title in 《》). A parent
 * must stand above the child (province over city, …) when both levels are known: a provincial plan that 深入实施
 * another provincial plan is a sibling, not a child.
 */
public final class Linker {
    /** The verb that introduces what a plan implements, then the named document (in 《》 or bare, up to its kind). */
    private static final Pattern PHRASE = Pattern.compile(
            "(根据|依据|按照|认真落实|贯彻落实|深入落实|深入贯彻|围绕|深入实施|落实)"
                    + "(《[^《》]{4,120}》|[^，,。；;《》()（）]{4,60}?(行动计划|实施方案|行动方案|方案|规划|计划|意见))");
    private static final Pattern NOTICE = Pattern.compile("^.{0,40}?关于(?:印发|转发|印送)(.+?)的通知$");
    private static final Pattern YEARS = Pattern.compile("[(（]\\d{4}\\s*[-—–~至到]+\\s*\\d{4}\\s*年?[)）]");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"'‘’「」《》]");
    private static final Pattern TITLE_QUOTED = Pattern.compile("《([^《》]{4,120})》");

    /** Every parent link among {@code docs}, in the docs' order. */
    public List<Link> links(List<CheckDoc> docs) {
        List<Link> out = new ArrayList<>();
        for (CheckDoc child : docs) {
            for (CheckDoc parent : docs) {
                if (parent != child) {
                    Link l = link(child, parent);
                    if (l != null) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The parents of one document among {@code docs}, as {@link #links} finds them.
     *
     * @param child  the document whose parents are asked for
     * @param links  its links, in the docs' order (empty when none)
     * @param reason why there is none (null when there are links)
     */
    public record Parents(String child, List<Link> links, Text reason) {
        public Parents {
            links = List.copyOf(links);
        }
    }

    /** The parents of {@code child} among {@code docs} (the same links as {@link #links}), or why it has none. */
    public Parents parents(CheckDoc child, List<CheckDoc> docs) {
        List<Link> out = new ArrayList<>();
        List<Text> notAbove = new ArrayList<>();
        int others = 0;
        for (CheckDoc parent : docs) {
            if (parent == child || parent.docId().equals(child.docId())) {
                continue;
            }
            others++;
            Link l = link(child, parent);
            if (l != null) {
                out.add(l);
            } else if (isPlan(child) && reference(child, parent) != null) {
                notAbove.add(Text.of("check.named-level", name(parent), level(parent.meta().level())));
            }
        }
        if (!out.isEmpty()) {
            return new Parents(child.docId(), out, null);
        }
        String self = name(child);
        Text reason;
        if (!isPlan(child)) {
            reason = Text.of("check.not-a-plan", self);
        } else if (!notAbove.isEmpty()) {
            reason = Text.of("check.not-above", self, level(child.meta().level()), notAbove);
        } else {
            reason = Text.of("check.names-none", self, others);
        }
        return new Parents(child.docId(), List.of(), reason);
    }

    private static String name(CheckDoc d) {
        String t = d.meta().title();
        return t == null ? d.docId() : t.contains("《") ? t : "《" + t + "》";
    }

    private static Object level(String level) {
        Level l = Level.find(level);
        return level == null ? Text.of("check.level-unknown") : l == null ? level : Text.of("level." + l.json());
    }

    /** The link from {@code child} to {@code parent}, or null when the child does not implement it. */
    public Link link(CheckDoc child, CheckDoc parent) {
        if (!isPlan(child) || !above(parent.meta().level(), child.meta().level())) {
            return null;
        }
        return reference(child, parent);
    }

    /** How {@code child} names {@code parent}, whatever their levels; null when it does not. */
    public Link reference(CheckDoc child, CheckDoc parent) {
        Meta cm = child.meta();
        Meta pm = parent.meta();
        Set<String> parentKeys = new LinkedHashSet<>();
        String via = "plan";
        if (pm.title() != null) {
            parentKeys.add(key(pm.title(), pm));
            Matcher q = TITLE_QUOTED.matcher(pm.title());
            while (q.find()) {
                parentKeys.add(key(q.group(1), pm));
            }
            if (!MetaExtractor.isPlanTitle(pm.title()) && parentKeys.size() > 1) {
                via = "presents";
            }
        }
        Set<String> basis = new LinkedHashSet<>();
        String evidence = null;
        String phraseEvidence = null;
        for (Meta.Cite cite : cm.cites()) {
            boolean byNumber = cite.docNumber() != null && pm.docNumber() != null
                    && Terms.norm(cite.docNumber()).equals(Terms.norm(pm.docNumber()));
            boolean byTitle = matches(key(cite.title(), cm), parentKeys);
            if (byNumber) {
                basis.add("cite-docNumber");
            }
            if (byTitle) {
                basis.add("cite-title");
            }
            if ((byNumber || byTitle) && evidence == null) {
                evidence = sentenceWith(child, "《" + cite.title() + "》");
            }
        }
        for (String phrase : phrases(child)) {
            Matcher m = PHRASE.matcher(phrase);
            if (m.find() && matches(key(m.group(2), cm), parentKeys)) {
                basis.add("phrase");
                if (phraseEvidence == null) {
                    phraseEvidence = phraseAround(phrase, m);
                }
            }
        }
        if (basis.isEmpty()) {
            return null;
        }
        return new Link(child.docId(), parent.docId(), List.copyOf(basis),
                phraseEvidence != null ? phraseEvidence : evidence, via);
    }

    /** Sentences of the preamble and general part where plans name what they implement: every PHRASE match. */
    private static List<String> phrases(CheckDoc doc) {
        List<String> out = new ArrayList<>();
        for (CheckDoc.Sentence s : doc.sentences()) {
            Matcher m = PHRASE.matcher(Terms.norm(s.text()));
            while (m.find()) {
                out.add(Terms.norm(s.text()).substring(m.start()));
            }
        }
        return out;
    }

    private static String phraseAround(String fromPhrase, Matcher m) {
        int end = m.end();
        String rest = fromPhrase.substring(end);
        Matcher num = Pattern.compile("^[(（][^()（）]{2,30}号[)）]").matcher(rest);
        return fromPhrase.substring(0, end) + (num.find() ? num.group() : "");
    }

    private static String sentenceWith(CheckDoc doc, String text) {
        String t = Terms.norm(text);
        for (CheckDoc.Sentence s : doc.sentences()) {
            if (Terms.norm(s.text()).contains(t)) {
                return s.text();
            }
        }
        return text;
    }

    /**
     * The comparable form of a title: no quotes, brackets, plan-period years or "关于印发…的通知" wrapper; a leading
     * 省/市 (省制造业重点产业链…) gets the document's province or city name.
     */
    static String key(String title, Meta context) {
        String t = Terms.norm(title);
        t = t.replaceAll("^《|》$", "");
        Matcher n = NOTICE.matcher(t);
        if (n.find()) {
            t = n.group(1);
        }
        t = YEARS.matcher(t).replaceAll("");
        t = QUOTE_MARKS.matcher(t).replaceAll("");
        if (t.startsWith("省") && context.province() != null) {
            t = context.province() + t.substring(1);
        } else if (t.startsWith("市") && context.region() != null && context.region().endsWith("市")) {
            t = context.region() + t.substring(1);
        }
        return t;
    }

    private static boolean matches(String ref, Set<String> keys) {
        for (String k : keys) {
            if (ref.equals(k) || (ref.length() >= 10 && k.length() >= 10 && (ref.endsWith(k) || k.endsWith(ref)))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isPlan(CheckDoc doc) {
        return doc.meta().title() != null && MetaExtractor.isPlanTitle(doc.meta().title());
    }

    private static boolean above(String parentLevel, String childLevel) {
        Level p = Level.find(parentLevel);
        Level c = Level.find(childLevel);
        return p == null || c == null || p.isAbove(c);
    }
}
