package policylens.check;

import java.util.regex.Pattern;

/** Whom a number binds: the whole area of the document, each city of a province, or each single unit (每个集群). */
public enum Scope {
    /** The document's whole area: 全省…达到10个, or no qualifier. */
    TOTAL,
    /** Each lower-level area: 支持各设区市…打造1-2个, 每个设区市. */
    PER_CITY,
    /** Each single thing: 每个产业集群招引2家以上, 单个项目投资不低于5亿元. */
    PER_UNIT;

    private static final Pattern PER_CITY_WORDS = Pattern.compile("各设区市|每个设区市|各市(?![场])|每个市|各地市|各市州|各市\\(州\\)");
    private static final Pattern PER_UNIT_WORDS = Pattern.compile("每个|单个|每家|每项|每一个");

    /**
     * The scope of a number given the text before it in its sentence (the clause that governs it).
     */
    public static Scope of(String before) {
        String s = Terms.norm(before);
        int clause = Math.max(s.lastIndexOf('。'), s.lastIndexOf('；'));
        s = clause >= 0 ? s.substring(clause + 1) : s;
        if (PER_UNIT_WORDS.matcher(lastClause(s)).find()) {
            return PER_UNIT;
        }
        if (PER_CITY_WORDS.matcher(s).find()) {
            return PER_CITY;
        }
        return TOTAL;
    }

    /** The text after the last comma: 每个/单个 govern only their own clause. */
    private static String lastClause(String s) {
        int c = Math.max(s.lastIndexOf(','), s.lastIndexOf('，'));
        return c >= 0 ? s.substring(c + 1) : s;
    }
}
