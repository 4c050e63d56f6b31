package policylens.index;

/** Field names of the Lucene documents (one place, shared by the writer and the readers). */
public final class Fields {
    private Fields() {
    }

    public static final String TYPE = "type";
    public static final String DOC_ID = "docId";
    public static final String TITLE = "title";
    public static final String LEVEL = "level";
    public static final String PROVINCE = "province";
    public static final String REGION = "region";
    public static final String ISSUED = "issued";
    /** The issuing bodies as written (Meta.issuer), multi-valued, for filtering (not stored). */
    public static final String ISSUER = "issuer";
    public static final String PERIOD = "period";
    public static final String SOURCE = "source";
    public static final String SHA256 = "sha256";
    public static final String SECTION = "section";
    public static final String TASK_ID = "taskId";
    /** Units as written, multi-valued. */
    public static final String UNIT = "unit";
    /** Canonical unit names, multi-valued, same order as {@link #UNIT}. */
    public static final String UNIT_CANONICAL = "unitCanonical";
    /** Canonical names of the lead units (subset of {@link #UNIT_CANONICAL}). */
    public static final String UNIT_LEAD = "unitLead";
    /** Canonical names of units added by an inheritance note (以下均需…落实), not named in the row itself. */
    public static final String UNIT_INHERITED = "unitInherited";
    /** Every alias key of every canonical unit plus the written forms, for exact-match filtering (not stored). */
    public static final String UNIT_KEY = "unitKey";
    public static final String YEAR = "year";
    public static final String METRIC = "metric";
    /** A deadline's or target's normalized due date ("YYYY" / "YYYY-MM"), stored only. */
    public static final String DUE = "due";
    /** A target's value (multipliers folded in), stored only; {@link #VALUE_MAX} the upper end of a range. */
    public static final String VALUE = "value";
    public static final String VALUE_MAX = "valueMax";
    /** A target's unit of measure (家, %, 亿元), stored only. */
    public static final String VALUE_UNIT = "valueUnit";
    /** A target's comparator (eq, gte, …), stored only. */
    public static final String COMPARATOR = "comparator";
    /** The analysed text (evidence, paragraph, row, or title), stored for highlighting. */
    public static final String TEXT = "text";
    /** The words of a responsibility record's text again (indexed, not stored): {@code who} searches only these
     * postings, a sixth of the {@link #TEXT} postings, rather than all of {@link #TEXT} filtered by type. */
    public static final String RESPONSIBILITY_TEXT = "responsibilityText";

    public static final String SECTION_SEPARATOR = " > ";
}
