package policylens.format;

/** What is written: the kinds of result an output format may support. */
public enum Kind {
    /** Check reports: the links found and, per checked pair, findings, aligned targets and coverage. */
    CHECK("检查报告", "check reports"),
    /** Extraction records: per document its meta, targets, deadlines and responsibilities. */
    RECORDS("提取记录", "extraction records"),
    /** A unit's duties: every task it is named for, with targets and the due date that governs it. */
    DUTIES("单位任务清单", "unit duties"),
    /** The deadline calendar: the tasks falling due per month or quarter, one row per task and unit. */
    CALENDAR("期限日历", "the deadline calendar");

    private final String chinese;
    private final String english;

    Kind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
