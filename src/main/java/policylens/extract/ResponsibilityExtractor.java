package policylens.extract;

import policylens.lexicon.Lexicon;
import policylens.text.Block;
import policylens.text.Brackets;
import policylens.text.Chars;
import policylens.text.ChineseNumerals;
import policylens.text.Clauses;
import policylens.text.Headings;
import policylens.text.StructuredText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who must carry out each task, in every form plans use: a bracket closing a paragraph, a units cell of a
 * task table (real or flattened), an inheritance note over table rows, and prose naming a body as the subject of
 * 负责 / 牵头 / 统筹 / 研究建立.
 */
public final class ResponsibilityExtractor {
    /**
     * A bracket naming units: (责任单位:省工业和信息化厅、省商务厅) / 〔责任单位:市工信局,各县(区)政府〕 /
     * 【牵头单位:市发改委;配合单位:市财政局】 / (责任部门:…) / (责任主体:…).
     */
    private static final Pattern LABELLED = Pattern.compile(
            "[(（〔\\[【]\\s*(" + Lexicon.get().labelAlternation() + ")\\s*[:：]");
    /**
     * A note with no bracket on a line of its own after the task: "责任单位：市发展改革委、市住房城乡建设局", or
     * "牵头单位：市委宣传部" and "配合单位：市财政局" on two lines.
     */
    private static final Pattern BARE_LABEL = Pattern.compile(
            "^\\s*(" + Lexicon.get().labelAlternation() + ")\\s*[:：]");
    /**
     * A bracket of units with no label, ending in what they do: (市工业和信息化局、市发展改革委、广州供电局按职责分工负责) /
     * (省工业和信息化厅负责) / (市工信局牵头负责，市发改委按职责分工负责) / [市科技创新局、工业和信息化局依职责办理] /
     * (市发展改革委牵头，市财政局、市工信局配合).
     * The content must split into unit names, else it is an ordinary aside.
     */
    private static final String[] UNLABELLED_VERBS = {
        "按职责分工负责", "依职责办理", "按职责办理", "依职责负责", "按职责负责", "分工负责", "牵头负责", "共同落实",
        "负责", "牵头", "配合", "参与",
    };
    /**
     * A duty lead-in of a 职责分工 list: "1.区绿化市容局（区分减联办）：负责总体牵头协调推进…" / "区财政局：负责…" —
     * a body's name, a colon, then its duties.
     */
    private static final Pattern DUTY_LEAD_IN = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．]\\s*)?([^:：，,。；;]{2,40}?)[:：]\\s*(.+)$");
    /** The characters an item number can start with (a prefilter of ITEM_NUMBER). */
    private static final String ITEM_NUMBER_START = "(（一二三四五六七八九十0123456789";
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．]\\s*");

    /** "区绿化市容局（区分减联办）": the name a body also goes by, in brackets after its own. */
    private static final Pattern ALIAS = Pattern.compile("(?<=[局委办厅])[(（][^()（）]{2,12}[)）]$");
    /** "(二)区教育局" / "3.市财政局" — a heading that is nothing but a body's name; its duties follow. */
    private static final Pattern BODY_HEADING = Pattern.compile("^[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．]\\s*([^:：，,。；;]{2,30})$");
    /** 省住房城乡建设厅要指导… / 国家发展改革委要加强统筹协调: a named body as the subject of 要 at a clause start. */
    /**
     * 国家发展改革委要… / 省交通运输厅、省住房城乡建设厅按职责做好… / 东方市、乐东县要尽快解决… / 省能源局于8月31日前完成…:
     * the subject of what must be done.
     */
    private static final Pattern MUST = Pattern.compile(
            "^([\\p{IsHan}()（）、]{2,60}?)(?:要|应当|应(?=会同|[与在对从按把将]|[\\p{IsHan}]{0,2}[建加落做强推开制完组])|须(?!知)"
                    + "|(?:按|依|按照)(?:各自)?职责(?:分工)?(?!分工)|于[\\d年月日底中旬上下]{2,12}前"
                    // 各镇政府、园区管委会是低效产业用地处置工作责任主体 / 区绿化市容局是本区此项工作带头部门
                    + "|是[^，,。；;]{0,30}(?:责任主体|主体责任|第一责任人|带头部门|牵头部门|主管部门))(?!求)");
    /**
     * A clause whose subject is a body: 市工信局负责具体指导全市产业集群发展 / 省统计局研究建立产业链统计监测体系 /
     * 市统计局要研究建立… / 省工业强省建设工作领导小组负责统筹推进 / 制造业重点产业链由省工信厅统一牵头.
     */
    private static final Pattern PROSE = Pattern.compile(
            "^(?:[\\p{IsHan}“”\"]{0,20}?(由))?([\\p{IsHan}()（）、和]{2,40}?)(?:要|将|具体|统一)?(负责|牵头|统筹|研究建立|研究制定|承担)");
    /**
     * 县工业和信息化局会同县统计局建立数字经济发展指标监测评价体系 / 市市场监管局联合市公安局开展专项整治 — both bodies
     * carry the task (联合 of 联合会 is part of a name).
     */
    private static final Pattern TOGETHER = Pattern.compile(
            "^([\\p{IsHan}()（）、]{2,40}?)(?:将|要|应)?(?:会同|联合(?!会))([\\p{IsHan}()（）、]{2,40}?)(?:等部门|等单位)?(建立|制定|开展|推进|负责|牵头|组织|研究|结合|进一步|做好|加强|$)");
    /**
     * The opening of a 会同 clause whose verb TOGETHER does not list: "区市场监督管理局会同区公安分局依法查处销售假冒伪劣商品等违法
     * 行为" — the partners are then the longest run of units right after 会同 ({@link #leadingUnits}).
     */
    private static final Pattern TOGETHER_OPEN = Pattern.compile("^([\\p{IsHan}()（）、]{2,40}?)(?:将|要|应)?会同");
    /** The longest run of bodies wanted no longer than this, after 会同. */
    private static final int PARTNERS_MAX = 40;

    /**
     * The units that open {@code text} ("区公安分局、区城管执法局依法查处…" → [区公安分局, 区城管执法局]): its longest prefix,
     * with any 等部门/等单位 after it, that splits into names each shaped like a body; empty when none does.
     */
    static List<String> leadingUnits(String text) {
        for (int end = Math.min(PARTNERS_MAX, text.length()); end >= 2; end--) {
            char last = text.charAt(end - 1);
            if (!Character.isIdeographic(last) && last != ')' && last != '）') {
                continue;
            }
            List<String> units = UnitSplitter.splitUnits(text.substring(0, end));
            if (units.stream().anyMatch(UnitSplitter::isVague)) {
                return List.of(); // 会同有关部门研究: not 有关部 — vague partners leave the lead alone
            }
            if (!units.isEmpty() && units.stream().allMatch(UnitSplitter::isNamedBody)) {
                return units;
            }
        }
        return List.of();
    }

    /**
     * 省工业和信息化厅配合 / 市财政局等配合 / 市财政局、市商务局等按职责分工负责 — the supporting half of "由X牵头,Y配合"
     * (the Suzhou note "（市工信局牵头负责，市发改委按职责分工负责）" splits the same way).
     */
    private static final Pattern SUPPORT = Pattern.compile(
            "^([\\p{IsHan}()（）、和]{2,60}?)(?:等)?(?:部门)?(?:(?:配合|协助)(?:[\\p{IsHan}]{0,30})|参与|具体组织落实|具体落实|组织落实|具体实施|具体负责"
            + "|按职责分工负责|按职责负责|按职责分工落实|分工负责)$");
    /**
     * 区国资委牵头区规划资源局、各镇、园区梳理…: the bodies a lead brings along, named right after 牵头 and before
     * what they do together.
     */
    private static final Pattern ALONG_WITH_LEAD = Pattern.compile(
            "^((?:[\\p{IsHan}()（）]{2,15}?、)*[\\p{IsHan}()（）]{2,15}?)(?:等部门|等单位)?"
            + "(?=梳理|开展|推进|制定|组织|落实|做好|研究|建立|完善|提前|共同|联合|实施|对接)");
    /** (以下均需各县(区)政府(管委会)落实,不再列出) / (以下均需上述三个县区落实,不再单独列出) */
    private static final Pattern NOTE_UNITS = Pattern.compile(
            "以下(?:各项|所有)?(?:任务|工作|事项)?(?:均|各项)?(?:需|由|须)?(.+?)(?:均|都)?(?:需|须|要)?(?:负责)?(?:落实|承担|实施)");
    private static final Pattern ABOVE_N = Pattern.compile("上述([一二三四五六七八九十两\\d]+)个(县区|县\\(区\\)|县（区）|县|区|单位|部门)");
    private static final Pattern HEADING_PREFIX = Pattern.compile("^[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．][^。]{0,30}?。");

    /** Where a sentence of prose ends (a line break does not end one inside a paragraph). */
    private static final String SENTENCE_STOPS = "。；;！!？?";
    private static final Pattern ENDS_WITH_PLACE_SUFFIX = Pattern.compile(".*(县|区|市|旗)$");
    private static final Pattern COUNTY_OR_DISTRICT_GOVERNMENT = Pattern.compile(".*(县|区)(政府|管委会)$");
    private final UnaryOperator<String> canonical;

    /** @param canonical maps a unit as written to its full official name in the document's context */
    public ResponsibilityExtractor(UnaryOperator<String> canonical) {
        this.canonical = canonical;
    }

    /**
     * What the forms share while reading one document in order: the text before (a note on its own line closes it),
     * a body whose duties follow, the bodies every task needs, whether a duties list or table is being read.
     */
    private static final class Reading {
        String previous;
        String body;
        List<String> everyTask = List.of();
        boolean duties;
    }

    /**
     * One way a plan says who is responsible. A form reads a block and adds what it finds; it returns true when the
     * block is used up, so that later forms do not read it again.
     */
    @FunctionalInterface
    private interface Form {
        boolean read(Block block, Reading reading, List<Responsibility> out);
    }

    /** The forms, in the order they are tried on each block. */
    private final List<Form> forms = List.of(
            this::dutiesOfABody,   // "(二)区教育局" or "区规划资源局" alone, then its duties
            this::tableRow,        // a row of a task table: its units cells
            this::notes,           // (责任单位：…) closing a task, also on a line of its own
            this::dutyLeadIn,      // "区财政局：负责…"
            this::prose);          // 市工信局负责… / 由X牵头，Y配合 / X要…

    public List<Responsibility> extract(StructuredText doc) {
        List<Responsibility> out = new ArrayList<>();
        Reading reading = new Reading();
        for (Block block : joinCutNotes(doc.blocks())) {
            for (Form form : forms) {
                if (form.read(block, reading, out)) {
                    break;
                }
            }
            noteContext(block, reading);
        }
        return out;
    }

    /** How many paragraphs after the one it opens in a note may run on: a cut note is a line or two. */
    private static final int NOTE_LINES = 3;

    /**
     * A note cut across lines, as web pages and PDFs break it: "（一）推进场站建设。新建充电站10座。（责任单位：省发展改革委、"
     * then "省交通运输厅）". The paragraph that opens a labelled note and does not close it is read with the paragraphs
     * after it (at most {@link #NOTE_LINES}, in the same section) up to the one that closes it; when none does, the
     * paragraphs stay as they are.
     */
    static List<Block> joinCutNotes(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.PARAGRAPH && isBareNote(b.text())) {
                // "牵头单位：X" then "配合单位：Y": one note
                StringBuilder joined = new StringBuilder(b.text().strip());
                int j = i + 1;
                while (j < blocks.size() && j <= i + NOTE_LINES && blocks.get(j).kind() == Block.Kind.PARAGRAPH
                        && blocks.get(j).path().equals(b.path()) && isBareNote(blocks.get(j).text())) {
                    joined.append('；').append(blocks.get(j).text().strip());
                    j++;
                }
                out.add(j == i + 1 ? b : new Block(Block.Kind.PARAGRAPH, joined.toString(), b.path(), b.taskId(), null));
                i = j - 1;
                continue;
            }
            if (b.kind() == Block.Kind.PARAGRAPH && opensANote(b.text())) {
                StringBuilder joined = new StringBuilder(b.text().strip());
                int j = i + 1;
                while (j < blocks.size() && j <= i + NOTE_LINES && blocks.get(j).kind() == Block.Kind.PARAGRAPH
                        && blocks.get(j).path().equals(b.path()) && opensANote(joined.toString())) {
                    joined.append(blocks.get(j).text().strip());
                    j++;
                }
                if (j > i + 1 && !opensANote(joined.toString())) {
                    out.add(new Block(Block.Kind.PARAGRAPH, joined.toString(), b.path(), b.taskId(), null));
                    i = j - 1;
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    /** 【责任单位】 / [牵头单位]: a label in brackets of its own, its units after it. */
    private static final Pattern LABEL_IN_BRACKETS = Pattern.compile(
            "[【\\[]\\s*(" + Lexicon.get().labelAlternation() + ")\\s*[】\\]][:：]?\\s*");
    /** 。牵头单位：… at the end of a task's paragraph, with no bracket around it. */
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "(?<=。)\\s*(" + Lexicon.get().labelAlternation() + ")\\s*[:：]");

    /**
     * The note forms that carry no bracket around the units, written as the bracketed note they mean:
     * "…培育电商示范村10个。【责任单位】县商务局、县农业农村局" and "…推进品牌建设。牵头单位：县市场监管局 配合单位：
     * 各乡镇人民政府" read as "（责任单位：县商务局、县农业农村局）" and "（牵头单位：县市场监管局 配合单位：各乡镇人民政府）".
     * Only when what follows the label to the end of the paragraph is nothing but units (and further labels); the
     * task's own text before it is left as it was.
     */
    static String asBracketedNotes(String text) {
        boolean bracketed = text.indexOf('】') >= 0 || text.indexOf(']') >= 0;
        boolean trailing = mayBeLabelled(text) && text.indexOf('。') >= 0;
        if (!bracketed && !trailing) {
            return text;
        }
        Matcher m = LABEL_IN_BRACKETS.matcher(text);
        if (bracketed && m.find()) {
            String rest = text.substring(m.end());
            if (isUnitsOnly(rest)) {
                return text.substring(0, m.start()) + "（" + m.group(1) + "：" + rest.strip() + "）";
            }
        }
        Matcher t = TRAILING_LABEL.matcher(text);
        if (trailing && t.find() && Brackets.depthAt(text, t.start()) == 0) {
            String rest = text.substring(t.start()).strip();
            // 。责任单位：市发展改革委、市市场监管局。: the note may close with a full stop of its own
            String stop = !rest.isEmpty() && "。；;".indexOf(rest.charAt(rest.length() - 1)) >= 0
                    ? rest.substring(rest.length() - 1) : "";
            rest = rest.substring(0, rest.length() - stop.length());
            if (isUnitsOnly(BARE_LABEL.matcher(rest).replaceFirst(""))) {
                return text.substring(0, t.start()) + "（" + rest + "）" + stop;
            }
        }
        return text;
    }

    /** Nothing but unit names (labels between them allowed): 县商务局、县农业农村局 / 县市场监管局 配合单位：各乡镇人民政府. */
    private static boolean isUnitsOnly(String rest) {
        String s = rest.strip();
        if (s.isEmpty() || s.length() > 120 || s.contains("。")) {
            return false;
        }
        List<String> units = UnitSplitter.splitUnits(s);
        return !units.isEmpty() && units.stream().allMatch(UnitSplitter::looksLikeUnit);
    }

    /** A line that is a note with no bracket: a label, a colon, then nothing but units. */
    private static boolean isBareNote(String text) {
        if (text.length() > 160 || !mayBeLabelled(text) || !BARE_LABEL.matcher(text).find()) {
            return false;
        }
        List<String> units = UnitSplitter.splitUnits(text);
        return !units.isEmpty() && units.stream().allMatch(UnitSplitter::looksLikeUnit);
    }

    /** Whether the text opens a labelled note ("（责任单位：") that it does not close. */
    private static boolean opensANote(String text) {
        if (!mayBeLabelled(text)) {
            return false;
        }
        Matcher m = LABELLED.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last >= 0 && closing(text, last) < 0;
    }

    /** After a block: what it says about the blocks that follow (a duties caption, a body heading). */
    private static void noteContext(Block block, Reading reading) {
        String text = block.text().strip();
        if (block.kind() == Block.Kind.HEADING && (Headings.level(text) == 1 || Headings.annex(text) >= 0)) {
            reading.duties = false;
        }
        if (text.length() <= 40 && DUTIES_CAPTION.matcher(text).find()) {
            reading.duties = true;
        }
        if (block.kind() != Block.Kind.ROW) {
            reading.previous = text;
        }
    }

    /** 职责分工 / 部门职责 / 职责清单 / 工作职责: a caption or header that starts a list of bodies and their duties. */
    private static final Pattern DUTIES_CAPTION = Pattern.compile("职责分工|部门职责|职责清单|工作职责|主要职责");

    /**
     * A body named alone, then its duties: a heading "(二)区教育局" under 职责分工, or, in a duties table that arrived
     * one cell per line (单位 / 职责分工), a line that is only a body's name followed by its duties.
     */
    private boolean dutiesOfABody(Block block, Reading reading, List<Responsibility> out) {
        String text = block.text().strip();
        if (block.kind() == Block.Kind.ROW) {
            return false;
        }
        if (reading.body != null && block.kind() == Block.Kind.PARAGRAPH && !text.contains("\t")) {
            if (isBareBody(text)) {
                // two names in a row: a list of names (a site's links), not bodies with their duties
                reading.duties = false;
                reading.body = null;
                return true;
            }
            if (DUTIES_TEXT.matcher(text).find()) {
                out.add(record(firstSentence(text), UnitSplitter.split(reading.body), List.of(), block.taskId()));
                reading.body = null;
                return true;
            }
        }
        String body = block.kind() == Block.Kind.HEADING ? bodyHeading(block)
                : reading.duties && isBareBody(text) ? text : null;
        if (body != null && dutyLeadIn(text, block.taskId()) == null) {
            reading.body = body;
            return true;
        }
        reading.body = null;
        return false;
    }

    /** Duties read as a sentence: long enough and with clause punctuation ("拟定…，负责…。"). */
    private static final Pattern DUTIES_TEXT = Pattern.compile("^.{6,}[，,。；;、].*$|^.{15,}$");

    /** 区规划资源局 / 各街镇 / 公安奉贤分局: a line that is nothing but a body's name. */
    private static boolean isBareBody(String text) {
        if (text.length() > 25 || text.length() < 2 || BARE_BODY_STOP.matcher(text).find()) {
            return false;
        }
        List<String> units = UnitSplitter.splitUnits(text);
        return !units.isEmpty() && units.stream().allMatch(UnitSplitter::looksLikeUnit);
    }

    private static final Pattern BARE_BODY_STOP = Pattern.compile("[。，,；;：:！？\\d]");

    private boolean tableRow(Block block, Reading reading, List<Responsibility> out) {
        if (block.kind() != Block.Kind.ROW) {
            return false;
        }
        Responsibility r = row(block);
        if (r != null) {
            out.add(r);
        }
        return true;
    }

    /** The notes of a paragraph; a note that says every task needs a body passes it on to the notes after it. */
    private boolean notes(Block block, Reading reading, List<Responsibility> out) {
        if (block.kind() != Block.Kind.PARAGRAPH) {
            return false;
        }
        String text = asBracketedNotes(block.text());
        if ((isBareNote(text) || isUnlabelledNoteLine(text)) && reading.previous != null) {
            String evidence = evidence(stripBrackets(reading.previous));
            if (!evidence.isEmpty()) {
                Responsibility note = record(evidence, UnitSplitter.split(text), reading.everyTask, block.taskId());
                out.add(note);
                return true;
            }
        }
        List<Responsibility> notes = brackets(text, block.taskId(), reading.previous);
        List<Responsibility> found = new ArrayList<>();
        for (Responsibility note : notes) {
            // "（责任单位：…；各项任务均需市县政府落实，不再列出）": every later task needs 市县政府 too
            found.add(reading.everyTask.isEmpty() ? note : new Responsibility(note.evidence(), note.units(), note.lead(),
                    note.support(), reading.everyTask, note.canonicalUnits(), note.taskId()));
        }
        if (reading.everyTask.isEmpty()) {
            reading.everyTask = everyTaskNeeds(text);
        }
        if (!notes.isEmpty()) {
            // the paragraph may still name bodies in its prose, but is no duty lead-in
            out.addAll(inTextOrder(text, found, prose(text, block.taskId())));
            return true;
        }
        return false;
    }

    /**
     * The notes of a paragraph and the records of its prose in the order the text states them: a prose sentence that
     * ends before a note's task text ends comes first ("市发改委会同有关部门建立工作协调推进机制…。市各有关部门要落实
     * 责任…。（市各有关部门负责）": the 市发改委 sentence, then the note); a note comes before a sentence that ends
     * where it does or later. A prose record not found in the text as written stays after the notes.
     */
    private static List<Responsibility> inTextOrder(String text, List<Responsibility> notes, List<Responsibility> prose) {
        if (prose.isEmpty()) {
            return notes;
        }
        List<Responsibility> out = new ArrayList<>();
        int[] noteEnds = new int[notes.size()];
        int from = 0;
        for (int i = 0; i < notes.size(); i++) {
            int at = text.indexOf(notes.get(i).evidence(), from);
            noteEnds[i] = at < 0 ? Integer.MAX_VALUE : contentEnd(text, at + notes.get(i).evidence().length());
            if (at >= 0) {
                from = at;
            }
        }
        int n = 0;
        for (Responsibility p : prose) {
            int at = text.indexOf(p.evidence());
            int end = at < 0 ? Integer.MAX_VALUE : contentEnd(text, at + p.evidence().length());
            while (n < notes.size() && noteEnds[n] <= end) {
                out.add(notes.get(n++));
            }
            out.add(p);
        }
        while (n < notes.size()) {
            out.add(notes.get(n++));
        }
        return out;
    }

    /** Where the words before {@code end} end, stops and spaces left out. */
    private static int contentEnd(String text, int end) {
        int e = end;
        while (e > 0 && (SENTENCE_STOPS.indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        return e;
    }

    /** "4.区发改委：负责制定本区低价值可回收物补贴政策。" (short enough to stand as a heading) */
    private boolean dutyLeadIn(Block block, Reading reading, List<Responsibility> out) {
        if (block.kind() == Block.Kind.ROW) {
            return false;
        }
        Responsibility duty = dutyLeadIn(block.text(), block.taskId());
        if (duty != null) {
            out.add(duty);
            return true;
        }
        return false;
    }

    private boolean prose(Block block, Reading reading, List<Responsibility> out) {
        if (block.kind() == Block.Kind.HEADING && isSentence(block.text())) {
            // "（一）局安委会负责统筹协调全局安全生产工作。": a numbered duty short enough to be read as a heading
            out.addAll(prose(block.text(), block.taskId()));
            return true;
        }
        if (block.kind() != Block.Kind.PARAGRAPH) {
            return false;
        }
        out.addAll(prose(block.text(), block.taskId()));
        return true;
    }

    /** A heading that is a whole sentence: it ends with a full stop and says more than a title. */
    private static boolean isSentence(String heading) {
        String s = heading.strip();
        return s.endsWith("。") && ITEM_NUMBER.matcher(s).replaceFirst("").length() >= 10;
    }

    /** The bodies a note says every task needs and will not repeat: "各项任务均需市县政府落实，不再列出" → [市县政府]. */
    static List<String> everyTaskNeeds(String text) {
        if (!text.contains("不再")) {
            return List.of(); // EVERY_TASK needs 不再…列出
        }
        Matcher m = EVERY_TASK.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        List<String> units = UnitSplitter.splitUnits(m.group(1));
        return units.stream().allMatch(UnitSplitter::looksLikeUnit) ? units : List.of();
    }

    private static final Pattern EVERY_TASK = Pattern.compile(
            "(?:各项任务|所有任务)均需([^，,；;。()（）]{2,30}?)(?:负责)?落实[，,]?不再(?:单独)?列出");

    /** The body a heading names when it stands in a 职责 section: "(二)区教育局" under "职责分工". */
    private static String bodyHeading(Block block) {
        Matcher m = BODY_HEADING.matcher(block.text().strip());
        if (!m.matches() || block.path().stream().noneMatch(p -> p.contains("职责") || p.contains("分工"))) {
            return null;
        }
        String name = m.group(1).strip();
        return UnitSplitter.looksLikeUnit(name) && !UnitSplitter.isVague(name) ? name : null;
    }

    /**
     * "1.区绿化市容局（区分减联办）：负责总体牵头协调推进…": a body named before a colon, its duties after; the evidence
     * is the first clause of the duties. "13.其他各成员单位：负责支持、配合…" counts too (a collective body).
     */
    Responsibility dutyLeadIn(String text, String taskId) {
        int colon = firstColon(text);
        if (colon < 0 || colon > 48) {
            return bodyThenDuties(text, taskId); // DUTY_LEAD_IN needs a colon within its first 48 characters
        }
        Matcher m = DUTY_LEAD_IN.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String name = ALIAS.matcher(m.group(1).strip()).replaceFirst("");
        String duties = m.group(2).strip();
        if (!UnitSplitter.looksLikeUnit(name) || Lexicon.get().labelRole(name) != null || duties.length() < 4
                || name.contains("”") || name.contains("“")) {
            return null;
        }
        UnitSplitter.Split split = UnitSplitter.split(name);
        if (split.units().isEmpty() || !split.units().stream().allMatch(UnitSplitter::looksLikeUnit)) {
            return null;
        }
        // "江西新余市:到2028年培育锂电新能源成为五百亿级产业集群" (a news headline): a place before a colon is a duty
        // lead-in only when a duty follows ("三亚市：负责…")
        if (split.units().stream().allMatch(u -> Lexicon.get().bodyKind(u) == Lexicon.BodyKind.PLACE)
                && !PLACE_DUTY.matcher(duties).lookingAt()) {
            return null;
        }
        return record(firstSentence(duties), split, List.of(), taskId);
    }

    private static final Pattern PLACE_DUTY = Pattern.compile("(?:具体)?(?:负责|牵头|统筹|承担|是)");

    /**
     * A numbered item that names a body as its title and then its duties: "（一）省发展改革委。负责统筹协调全省充电设施
     * 建设，制定年度计划。" — a 职责分工 list written with full stops instead of colons. The title must be a named
     * body and the duties must open with what a body does (负责, 牵头, 统筹, 承担; 落实, 组织, 指导, 督促 …:
     * "（三）各街道办事处。落实属地管理责任，组织辖区单位和居民开展垃圾分类。").
     */
    private static final String DUTY_VERBS = "(?:主要|具体)?(?:负责|牵头|统筹|承担|落实|组织|指导|督促|做好|配合|协助|协调|会同|履行|抓好)";
    private static final Pattern DUTY_VERB_START = Pattern.compile("\\s*" + DUTY_VERBS);
    private static final Pattern BODY_THEN_DUTIES = Pattern.compile(
            "^[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．]\\s*([^:：，,。；;]{2,30}?)[。.]\\s*(" + DUTY_VERBS + ".+)$");

    private Responsibility bodyThenDuties(String text, String taskId) {
        String t = text.strip();
        int stop = t.indexOf('。');
        if (t.isEmpty() || stop < 0 || ITEM_NUMBER_START.indexOf(t.charAt(0)) < 0
                || !DUTY_VERB_START.matcher(t.substring(stop + 1)).lookingAt()) {
            return null; // BODY_THEN_DUTIES opens with the item's number, and a duty verb follows its first full stop
        }
        Matcher m = BODY_THEN_DUTIES.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String name = ALIAS.matcher(m.group(1).strip()).replaceFirst("");
        UnitSplitter.Split split = UnitSplitter.split(name);
        if (split.units().isEmpty() || !split.units().stream().allMatch(UnitSplitter::isNamedBody)) {
            return null;
        }
        return record(firstSentence(m.group(2).strip()), split, List.of(), taskId);
    }

    private static int firstColon(String text) {
        int a = text.indexOf('：');
        int b = text.indexOf(':');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static String firstSentence(String text) {
        int end = Clauses.end(text, 0, SENTENCE_STOPS);
        return end < text.length() && end >= 8 ? text.substring(0, end) : text;
    }

    /** Every units bracket in a paragraph; the evidence is the text since the previous bracket. */
    List<Responsibility> brackets(String text, String taskId) {
        return brackets(text, taskId, null);
    }

    /**
     * Every units bracket in a paragraph; the evidence is the text since the previous bracket, or, for a note that
     * stands as a paragraph of its own ("（责任单位：区商务委、区财政局，各街道）" after the task), the paragraph
     * before it.
     */
    List<Responsibility> brackets(String text, String taskId, String previous) {
        List<Responsibility> out = new ArrayList<>();
        int from = 0;
        Matcher m = LABELLED.matcher(text);
        boolean mayBeLabelled = mayBeLabelled(text);
        boolean mayBeUnlabelled = mayBeUnlabelled(text);
        int searchFrom = 0;
        while (true) {
            int start;
            int contentStart;
            int end;
            String content;
            boolean labelFound = mayBeLabelled && m.find(searchFrom);
            int[] u = mayBeUnlabelled ? unlabelled(text, searchFrom) : null;
            boolean unlabelled = u != null;
            boolean labelled = labelFound && (!unlabelled || m.start() <= u[0]);
            if (labelled) {
                start = m.start();
                contentStart = m.start() + 1;
                end = closing(text, start);
                if (end < 0) {
                    break;
                }
                content = text.substring(contentStart, end);
            } else if (unlabelled) {
                start = u[0];
                end = u[1];
                // the splitter knows what the verbs say: (省工业和信息化厅负责) / (市发改委牵头，市财政局配合)
                content = text.substring(start + 1, u[2]);
            } else {
                break;
            }
            UnitSplitter.Split split = UnitSplitter.split(content);
            if (!labelled && !split.units().stream().allMatch(UnitSplitter::looksLikeUnit)) {
                searchFrom = end + 1;
                continue;
            }
            String evidence = evidence(text.substring(from, start));
            if (evidence.isEmpty() && out.isEmpty() && previous != null) {
                evidence = evidence(stripBrackets(previous));
            }
            if (!split.units().isEmpty() && !evidence.isEmpty()) {
                out.add(record(evidence, split, List.of(), taskId));
            }
            from = end + 1;
            searchFrom = end + 1;
        }
        return out;
    }

    /**
     * 成立清溪镇秸秆禁烧和综合利用工作领导小组，由镇党委书记任组长，…，负责全镇秸秆禁烧和综合利用工作的组织领导和统筹协调: a
     * group set up in the sentence, headed by people rather than bodies. Not 成立由区规划资源局、区经委牵头的…工作小组 (the
     * bodies that lead it carry that one).
     */
    private static final Pattern FORMED_GROUP = Pattern.compile(
            "^(?:成立|组建|设立)(?:以[^，,、]{1,20}为组长的)?([\\p{IsHan}“”（）()]{2,30}?(?:领导小组|工作小组|工作专班|专班|指挥部))(?=[，,]|$)");

    /** The group a sentence sets up ({@link #FORMED_GROUP}) when a later clause of it opens with 负责; else null. */
    private Responsibility formedGroup(String sentence, List<int[]> clauses, String taskId) {
        if (clauses.size() < 2 || !sentence.contains("负责")) {
            return null;
        }
        Matcher m = FORMED_GROUP.matcher(sentence);
        if (!m.find() || m.group(1).contains("由") || m.group(1).contains("的") || !UnitSplitter.isNamedBody(m.group(1))) {
            return null;
        }
        for (int i = 1; i < clauses.size(); i++) {
            if (sentence.substring(clauses.get(i)[0], clauses.get(i)[1]).strip().startsWith("负责")) {
                return record(sentence.strip(), new UnitSplitter.Split(List.of(m.group(1)), List.of(), List.of()), List.of(),
                        taskId);
            }
        }
        return null;
    }

    /** Clauses whose subject is a named body; "由X牵头,Y配合" splits lead and support. */
    List<Responsibility> prose(String text, String taskId) {
        List<Responsibility> out = new ArrayList<>();
        String body = stripBrackets(text);
        List<String> previousSubject = List.of();
        int offset = 0;
        for (String raw : Clauses.split(body, SENTENCE_STOPS)) {
            int stop = offset + raw.length();
            offset = stop + 1;
            // "(二)局安委会成员单位要…": the item's number is not part of the subject
            String sentence = raw.isEmpty() || ITEM_NUMBER_START.indexOf(raw.charAt(0)) < 0 && raw.charAt(0) != ' '
                    ? raw : ITEM_NUMBER.matcher(raw).replaceFirst("");
            List<int[]> clauses = clauses(sentence);
            int before = out.size();
            Responsibility carried = withTheSubjectBefore(sentence, clauses, previousSubject, taskId);
            if (carried == null) {
                carried = formedGroup(sentence, clauses, taskId);
            }
            if (carried != null) {
                out.add(carried);
            }
            for (int i = carried != null ? clauses.size() : 0; i < clauses.size(); i++) {
                String clause = sentence.substring(clauses.get(i)[0], clauses.get(i)[1]).strip();
                if (clause.contains("商")) {
                    Responsibility consults = consults(sentence, clauses, i, taskId);
                    if (consults != null) {
                        out.add(consults);
                        break;
                    }
                }
                if (clause.contains("由") && clause.contains("的") && clause.contains("、")) {
                    Responsibility roles = byRoles(clause, taskId);
                    if (roles != null) {
                        out.add(roles);
                        continue;
                    }
                }
                if (clause.contains("由") && clause.contains("会同")) {
                    Responsibility by = byTogether(sentence, clauses, i, taskId);
                    if (by != null) {
                        out.add(by);
                        break;
                    }
                }
                Matcher together = TOGETHER.matcher(clause);
                List<String> partners = List.of();
                boolean joined = (clause.contains("会同") || clause.contains("联合")) && together.find(); // needs 会同/联合
                if (joined) {
                    partners = UnitSplitter.splitUnits(together.group(2));
                }
                // partners that are not all named bodies (镇生态环境保护工作站组建禁烧巡查队) are cut back to the bodies that open them
                if ((!joined || !partners.stream().allMatch(UnitSplitter::isNamedBody)) && clause.contains("会同")) {
                    Matcher open = TOGETHER_OPEN.matcher(clause);
                    if (open.find()) {
                        List<String> leading = leadingUnits(clause.substring(open.end()));
                        if (!leading.isEmpty()) {
                            partners = leading;
                            joined = true;
                            together = open;
                        }
                    }
                }
                if (joined) {
                    List<String> both = new ArrayList<>(UnitSplitter.splitUnits(together.group(1)));
                    both.addAll(partners);
                    if (!both.isEmpty() && both.stream().allMatch(UnitSplitter::looksLikeUnit)
                            && both.stream().noneMatch(UnitSplitter::isVague)) {
                        out.add(record(clause, new UnitSplitter.Split(both, List.of(), List.of()), List.of(), taskId));
                        continue;
                    }
                    // 省发展改革委、省能源局将会同省级有关部门…: the named bodies carry it, the vague ones help
                    List<String> named = UnitSplitter.splitUnits(together.group(1));
                    if (!named.isEmpty() && named.stream().allMatch(UnitSplitter::isNamedBody)
                            && named.stream().noneMatch(UnitSplitter::isVague)) {
                        int end = sentence.length();
                        out.add(record(sentence.substring(clauses.get(i)[0], end).strip(),
                                new UnitSplitter.Split(named, List.of(), List.of()), List.of(), taskId));
                        break;
                    }
                }
                Matcher m = PROSE.matcher(clause);
                if (!mayBeProse(clause) || !m.find() || isCondition(clause, m) || describesAState(clause, m)) {
                    Responsibility must = must(sentence, clauses, i, taskId);
                    if (must == null) {
                        must = by(sentence, clauses, i, taskId);
                    }
                    if (must == null && (i == 0 || i == 1 && TIME_CLAUSE.matcher(
                            sentence.substring(clauses.get(0)[0], clauses.get(0)[1]).strip()).matches())) {
                        must = acts(sentence, clauses, i, taskId);
                    }
                    if (must == null) {
                        must = plays(sentence, clauses, i, taskId);
                    }
                    if (must != null) {
                        out.add(must);
                    }
                    continue;
                }
                List<String> units = UnitSplitter.splitUnits(m.group(2));
                if (units.isEmpty() || !units.stream().allMatch(ResponsibilityExtractor::mayBeSubject)
                        || units.stream().anyMatch(UnitSplitter::isVague)) {
                    // 国家发展改革委要加强统筹协调: not "…加强"统筹 but a body that 要
                    Responsibility must = must(sentence, clauses, i, taskId);
                    if (must != null) {
                        out.add(must);
                    }
                    continue;
                }
                // 制造业重点产业链由省工信厅统一牵头: the body named after 由 leads
                boolean leads = m.group(1) != null && m.group(3).equals("牵头");
                List<String> lead = leads ? units : List.of();
                List<String> support = List.of();
                int last = i;
                if (m.group(3).equals("牵头")) {
                    Matcher along = ALONG_WITH_LEAD.matcher(clause.substring(m.end()));
                    if (along.find()) {
                        List<String> with = UnitSplitter.splitUnits(along.group(1));
                        if (!with.isEmpty() && with.stream().allMatch(UnitSplitter::looksLikeUnit)
                                && with.stream().noneMatch(UnitSplitter::isVague)) {
                            lead = units;
                            support = with;
                            List<String> all = new ArrayList<>(units);
                            all.addAll(with);
                            units = all;
                        }
                    }
                }
                // 由省财政厅牵头,省工业和信息化厅配合,统筹安排专项资金
                if (!m.group(3).equals("研究建立") && !m.group(3).equals("研究制定") && i + 1 < clauses.size()
                        && support.isEmpty()) {
                    // 由省财政厅牵头，省工业和信息化厅配合 / 省能源局统筹负责…，省发展改革委配合省能源局做好…
                    Matcher s = SUPPORT.matcher(sentence.substring(clauses.get(i + 1)[0], clauses.get(i + 1)[1]).strip());
                    if (s.find()) {
                        List<String> supporting = UnitSplitter.splitUnits(s.group(1));
                        if (!supporting.isEmpty() && supporting.stream().allMatch(UnitSplitter::looksLikeUnit)) {
                            lead = units;
                            support = supporting;
                            List<String> all = new ArrayList<>(units);
                            all.addAll(supporting);
                            units = all;
                            last = i + 1;
                        }
                    }
                }
                int end = clauses.get(last)[1];
                for (int k = last + 1; k < clauses.size(); k++) {
                    String next = sentence.substring(clauses.get(k)[0], clauses.get(k)[1]).strip();
                    if (mayBeProse(next) && PROSE.matcher(next).find()) {
                        break;
                    }
                    end = clauses.get(k)[1];
                }
                String evidence = sentence.substring(clauses.get(i)[0], end).strip();
                out.add(record(evidence, new UnitSplitter.Split(units, lead, support), List.of(), taskId));
                i = last;
            }
            previousSubject = out.size() > before ? out.get(before).units() : List.of();
            if (stop < body.length() && body.charAt(stop) == '。') {
                withFullStop(out, before, sentence);
            }
        }
        return out;
    }

    /** The records from {@code from} on whose evidence runs to the end of the sentence quote its full stop too. */
    private static void withFullStop(List<Responsibility> out, int from, String sentence) {
        for (int k = from; k < out.size(); k++) {
            Responsibility r = out.get(k);
            if (!r.evidence().isEmpty() && sentence.strip().endsWith(r.evidence())) {
                out.set(k, new Responsibility(r.evidence() + "。", r.units(), r.lead(), r.support(), r.inheritedUnits(),
                        r.canonicalUnits(), r.taskId()));
            }
        }
    }

    /** A clause before the subject that only says when: 2024年底前，局属基层各单位结合… / 到2025年，区绿化市容局要… */
    private static final Pattern TIME_CLAUSE = Pattern.compile(
            "^(?:力争)?(?:到|至|截至|在|于)?(?:\\d{4}|今|明)年(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:底|末|年底|上半年|下半年)?(?:前|以前|之前|起|内)?$");

    /**
     * "区经委牵头负责制定低效产业用地的认定评价标准…。会同区规划资源局推进、协调低效产业用地处置工作。": a sentence that
     * opens with 会同 has the subject of the sentence before it, and both bodies carry it.
     */
    private Responsibility withTheSubjectBefore(String sentence, List<int[]> clauses, List<String> subject, String taskId) {
        if (subject.isEmpty() || !sentence.startsWith("会同")) {
            return null;
        }
        Matcher m = WITH_ONLY.matcher(sentence.substring(clauses.get(0)[0], clauses.get(0)[1]).strip());
        if (!m.find()) {
            return null;
        }
        List<String> with = UnitSplitter.splitUnits(m.group(1));
        if (with.isEmpty() || !with.stream().allMatch(UnitSplitter::isNamedBody) || with.stream().anyMatch(UnitSplitter::isVague)) {
            return null;
        }
        List<String> units = new ArrayList<>(subject);
        with.stream().filter(u -> !units.contains(u)).forEach(units::add);
        return record(toSentenceEnd(sentence, clauses, 0), new UnitSplitter.Split(units, List.of(), List.of()), List.of(), taskId);
    }

    private static final Pattern WITH_ONLY = Pattern.compile(
            "^会同((?:[\\p{IsHan}()（）]{2,20}?、)*[\\p{IsHan}()（）]{2,20}?)(?:等部门|等单位)?"
            + "(?=推进|建立|制定|开展|组织|研究|做好|加强|落实|实施|协调|指导|督促|完善|编制|出台|审核|汇总)");

    /**
     * "2026年超长期特别国债资金由财政厅会同省发展改革委、商务厅，根据…进行测算后预安排": the body after 由 and those it works
     * with carry the sentence, wherever in the clause 由 stands; the evidence is the sentence from this clause on.
     */
    private Responsibility byTogether(String sentence, List<int[]> clauses, int i, String taskId) {
        String clause = sentence.substring(clauses.get(i)[0], clauses.get(i)[1]).strip();
        Matcher m = BY_TOGETHER.matcher(clause);
        if (!m.find()) {
            return null;
        }
        List<String> units = new ArrayList<>(UnitSplitter.splitUnits(m.group(1)));
        units.addAll(UnitSplitter.splitUnits(m.group(2)));
        if (units.isEmpty() || !units.stream().allMatch(UnitSplitter::isNamedBody) || units.stream().anyMatch(UnitSplitter::isVague)) {
            return null;
        }
        return record(toSentenceEnd(sentence, clauses, i), new UnitSplitter.Split(units, List.of(), List.of()), List.of(), taskId);
    }

    private static final Pattern BY_TOGETHER = Pattern.compile(
            "由([\\p{IsHan}()（）、]{2,30}?)会同([\\p{IsHan}()（）、]{2,40}?)(?:等部门|等单位)?"
            + "(?:$|(?=建立|制定|开展|推进|负责|组织|研究|做好|加强|落实|实施|审核|汇总|编制|出台))");

    /**
     * 省发展改革委发挥“两新”省级工作专班牵头抓总作用，加强统筹协调和跟踪调度…: a body that plays the leading (or
     * coordinating) part carries the sentence; lead when the part is 牵头.
     */
    private Responsibility plays(String sentence, List<int[]> clauses, int i, String taskId) {
        if (!sentence.contains("发挥")) {
            return null; // the cheap test first, on the sentence: most have no 发挥…作用
        }
        String clause = sentence.substring(clauses.get(i)[0], clauses.get(i)[1]).strip();
        if (!clause.contains("发挥") || !clause.contains("作用")) {
            return null;
        }
        Matcher m = PLAYS.matcher(clause);
        if (!m.find()) {
            return null;
        }
        List<String> units = actingBodies(m.group(1), false);
        if (units == null) {
            return null;
        }
        List<String> lead = m.group(2).startsWith("牵头") ? units : List.of();
        return record(toSentenceEnd(sentence, clauses, i), new UnitSplitter.Split(units, lead, List.of()), List.of(), taskId);
    }

    private static final Pattern PLAYS = Pattern.compile(
            "^([\\p{IsHan}()（）、]{2,40}?)(?:要|将|应)?(?:充分|更好)?发挥[^，,。；;]{0,30}?(牵头抓总|牵头|统筹协调|统筹|主导|主体)[\\p{IsHan}]{0,4}?作用");

    /**
     * "省发展改革委商财政厅汇总形成绩效评估报告，…": 商 (in consultation with) between two named bodies, both carry the
     * sentence. The second name must be a body of its own (省发展改革委、商务厅 is not 省发展改革委商 + 务厅).
     */
    private Responsibility consults(String sentence, List<int[]> clauses, int i, String taskId) {
        String clause = sentence.substring(clauses.get(i)[0], clauses.get(i)[1]).strip();
        Matcher m = CONSULTS.matcher(clause);
        if (!m.find()) {
            return null;
        }
        List<String> units = new ArrayList<>(UnitSplitter.splitUnits(m.group(1)));
        List<String> with = UnitSplitter.splitUnits(m.group(2));
        units.addAll(with);
        if (units.isEmpty() || !units.stream().allMatch(UnitSplitter::isNamedBody) || units.stream().anyMatch(UnitSplitter::isVague)
                || with.stream().anyMatch(u -> u.length() < 3)) {
            return null;
        }
        return record(toSentenceEnd(sentence, clauses, i), new UnitSplitter.Split(units, List.of(), List.of()), List.of(), taskId);
    }

    private static final Pattern CONSULTS = Pattern.compile(
            "^((?:[\\p{IsHan}()（）]{2,20}?、)*[\\p{IsHan}()（）]{1,20}?[厅局委办])商"
            + "((?:[\\p{IsHan}()（）]{2,20}?、)*[\\p{IsHan}()（）]{2,20}?[厅局委办])"
            + "(?=汇总|研究|确定|制定|下达|审核|形成|提出|印发|出台|编制|联合)");

    /**
     * "建立由区政府主要领导牵头、区发展改革委统筹推进、区科技经济委和区相关部门双牵头的“人工智能+”专班": a body set up
     * with each member's part; the named bodies among them carry the clause (a leader is a person, 区相关部门 names
     * nobody), lead where their part is 牵头, support where it is 参与 / 配合: "成立由市政府分管领导牵头、市发展改革委、
     * 市工信局等部门参与的工作专班".
     */
    private Responsibility byRoles(String clause, String taskId) {
        Matcher m = BY_ROLES.matcher(clause);
        if (!m.find()) {
            return null;
        }
        List<String> lead = new ArrayList<>();
        List<String> support = new ArrayList<>();
        List<String> units = new ArrayList<>();
        Matcher part = ROLE_PART.matcher(m.group(1));
        while (part.find()) {
            for (String u : UnitSplitter.splitUnits(part.group(1))) {
                if (UnitSplitter.isNamedBody(u) && !UnitSplitter.isVague(u) && !units.contains(u)) {
                    units.add(u);
                    if (part.group(2).endsWith("牵头")) {
                        lead.add(u);
                    } else if (part.group(2).equals("参与") || part.group(2).equals("配合")) {
                        support.add(u);
                    }
                }
            }
        }
        if (units.isEmpty()) {
            return null;
        }
        List<String> ordered = new ArrayList<>(lead);
        units.stream().filter(u -> !lead.contains(u) && !support.contains(u)).forEach(ordered::add);
        ordered.addAll(support);
        return record(clause, new UnitSplitter.Split(ordered, lead, support), List.of(), taskId);
    }

    private static final String PART_VERBS = "双牵头|共同牵头|牵头|统筹推进|统筹协调|统筹|负责|参与|配合";
    private static final Pattern BY_ROLES = Pattern.compile(
            "由((?:[\\p{IsHan}()（）、]{2,40}?(?:" + PART_VERBS + ")、)+[\\p{IsHan}()（）、]{2,40}?(?:" + PART_VERBS + "))的");
    private static final Pattern ROLE_PART = Pattern.compile(
            "([\\p{IsHan}()（）、]{2,40}?)(" + PART_VERBS + ")(?:、|$)");

    /** "经区产业部门牵头认定后，…": what is done after a body has approved is a condition, not that body's task. */
    private static boolean isCondition(String clause, Matcher prose) {
        return clause.startsWith("经") && clause.endsWith("后") && prose.group(1) == null;
    }

    /**
     * "水务行业各级管理部门和生产经营单位统筹发展和安全的理念进一步强化": the body and its verb describe a noun whose state a
     * goal foresees (…的理念进一步强化, …的能力显著提升), nobody is given a task.
     */
    private static boolean describesAState(String clause, Matcher prose) {
        return STATE_OF.matcher(clause).region(prose.end(), clause.length()).find();
    }

    private static final Pattern STATE_OF = Pattern.compile("的[\\p{IsHan}]{1,8}?(?:进一步|更加|显著|明显|大幅|全面)(?:强化|增强|提升|提高|改善|加强|巩固)");

    /** A subject of prose: shaped like a unit, or the towns and parks of a district (由镇、园区牵头…). */
    private static boolean mayBeSubject(String unit) {
        return UnitSplitter.looksLikeUnit(unit) || LOCAL_BODIES.matcher(unit).matches();
    }

    /**
     * "国家发展改革委要加强统筹协调，…" / "省住房城乡建设厅要指导各地…": a clause that opens with a named body as the
     * subject of 要 / 应当 / 须; the evidence runs to the end of the sentence.
     */
    private Responsibility must(String sentence, List<int[]> clauses, int i, String taskId) {
        String clause = sentence.substring(clauses.get(i)[0], clauses.get(i)[1]).strip();
        // every MUST match holds one of these literals: a clause without them is not tried
        if (!clause.contains("要") && !clause.contains("应") && !clause.contains("须") && !clause.contains("职责")
                && !(clause.contains("于") && clause.contains("前"))
                && !(clause.contains("是") && (clause.contains("主体") || clause.contains("责任人") || clause.contains("部门")))) {
            return null;
        }
        if (!mayMust(clause)) {
            return null;
        }
        Matcher m = MUST.matcher(clause);
        if (!m.find()) {
            return null;
        }
        // a city or county by its full name acts through its government: 东方市、乐东县要尽快解决…
        List<String> units = actingBodies(m.group(1), true);
        if (units == null) {
            return null;
        }
        return record(toSentenceEnd(sentence, clauses, i), new UnitSplitter.Split(units, List.of(), List.of()), List.of(), taskId);
    }

    /**
     * Prefilter of {@link #MUST}: its subject is 2 to 60 characters of Han, brackets and 、 from the clause start, and
     * every one of its verbs begins with one of 要应须按依于是 — a clause with none of these inside that run cannot match.
     */
    private static boolean mayMust(String clause) {
        int n = subjectRun(clause);
        for (int i = 2; i < Math.min(n + 1, clause.length()); i++) {
            if ("要应须按依于是".indexOf(clause.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 各镇 / 各街镇 / 园区 / 各乡镇（街道）: the bodies of every town, street or park of the district, acting together. */
    private static final Pattern LOCAL_BODIES = Pattern.compile("^各?(?:镇|乡|乡镇|街镇|街道|园区|开发区|功能区)(?:[(（]街道[)）])?$");

    /** How many characters from the clause start (at most 61) could belong to a subject: Han, brackets and 、. */
    private static int subjectRun(String clause) {
        int n = 0;
        while (n < clause.length() && n <= 60 && isSubjectChar(clause.charAt(n))) {
            n++;
        }
        return n;
    }

    private static boolean isSubjectChar(char c) {
        return c == '(' || c == ')' || c == '（' || c == '）' || c == '、'
                || Chars.isHan(c);
    }

    /** Evidence longer than this is cut at a clause end: a sentence that never ends must not be copied per clause. */
    static final int MAX_EVIDENCE = 400;

    /** From clause {@code i} to the end of the sentence, at most {@link #MAX_EVIDENCE} characters (whole clauses). */
    private static String toSentenceEnd(String sentence, List<int[]> clauses, int i) {
        int from = clauses.get(i)[0];
        int end = clauses.get(i)[1];
        for (int k = i + 1; k < clauses.size() && clauses.get(k)[1] - from <= MAX_EVIDENCE; k++) {
            end = clauses.get(k)[1];
        }
        if (clauses.get(clauses.size() - 1)[1] - from <= MAX_EVIDENCE) {
            end = sentence.length(); // the whole rest, with what follows the last clause
        }
        return sentence.substring(from, Math.min(end, from + Math.max(MAX_EVIDENCE, end - from))).strip();
    }

    /**
     * …，由云南省电力行业协会充电基础设施促进分会（云南省充电联盟）开展运营商服务能力评级: the body that 由 names carries out
     * the sentence's task; the evidence is the whole sentence.
     */
    private Responsibility by(String sentence, List<int[]> clauses, int i, String taskId) {
        String clause = sentence.substring(clauses.get(i)[0], clauses.get(i)[1]).strip();
        if (!clause.startsWith("由")) {
            return null;
        }
        Matcher m = BY.matcher(clause);
        if (!m.find()) {
            return null;
        }
        List<String> units = UnitSplitter.splitUnits(m.group(1));
        if (units.isEmpty() || !units.stream().allMatch(UnitSplitter::isNamedBody) || units.stream().anyMatch(UnitSplitter::isVague)) {
            return null;
        }
        return record(toSentenceEnd(sentence, clauses, 0), new UnitSplitter.Split(units, List.of(), List.of()), List.of(), taskId);
    }

    /**
     * 财政厅、省发展改革委按季度分批次向市（州）下达… / 区经委、各镇、园区组织梳理… / 局属基层各单位结合本辖区实际…: a sentence
     * that opens with named bodies (after a clause that only says when: "2024年底前，局属基层各单位结合…") and goes on
     * with what they do; the evidence runs from clause {@code i} to the sentence end.
     */
    private Responsibility acts(String sentence, List<int[]> clauses, int i, String taskId) {
        String clause = sentence.substring(clauses.get(i)[0], clauses.get(i)[1]).strip();
        if (clause.startsWith("会同") || clause.startsWith("经") && clause.endsWith("后") || !mayAct(clause)) {
            // "经工作小组审核同意后，可…": what follows a body's approval is a condition, not its task
            // "会同市财政局制定…" with no subject before it: 市财政局 only works with whoever leads
            return null;
        }
        Matcher m = ACTS.matcher(clause);
        if (!m.find()) {
            return null;
        }
        List<String> units = actingBodies(m.group(1), false);
        if (units == null) {
            return null;
        }
        return record(toSentenceEnd(sentence, clauses, i), new UnitSplitter.Split(units, List.of(), List.of()), List.of(), taskId);
    }

    /**
     * Prefilter of {@link #ACTS}: somewhere in the subject-shaped start of the clause a verb's first character follows
     * a name that ends like a body (园区 / 财政厅 / 省发展改革委 + 按季度…).
     */
    private static boolean mayAct(String clause) {
        int n = subjectRun(clause);
        for (int i = 2; i < Math.min(n + 1, clause.length()); i++) {
            if (ACT_FIRST.indexOf(clause.charAt(i)) >= 0
                    && (policylens.lexicon.Lexicon.get().bodyKind(clause.substring(0, i)) != null
                    // 各乡镇（街道）制定… / 各村（社区）排查…: a collective subject ends in no body word
                    || clause.charAt(0) == '各' && policylens.lexicon.Lexicon.get().isCollectiveSubject(clause.substring(0, i)))) {
                return true;
            }
        }
        return false;
    }

    private static final String ACT_FIRST = policylens.lexicon.Lexicon.get().actFirstChars();

    /** Named bodies opening a sentence, then a verb of doing (lexicon/actions.tsv; a subject list ends where it begins). */
    private static final Pattern ACTS = Pattern.compile(
            "^([\\p{IsHan}()（）、]{2,60}?)(?:" + policylens.lexicon.Lexicon.get().actAlternation() + ")");

    private static final Pattern BY = Pattern.compile(
            "^由([\\p{IsHan}、]{2,40}?)(?:[（(][^（）()]{1,20}[）)])?(?:具体)?(?:开展|组织|实施|承担|制定|推进|落实|建设|运营|审核|评估|编制)");

    /**
     * The bodies a sentence's subject names, when every one is a named body or the towns and parks of a district
     * (各镇、园区) — or, with {@code places}, a city or county by its name — and none is vague; else null.
     */
    private static List<String> actingBodies(String subject, boolean places) {
        // 区绿化市容局（区分减联办）是本区此项工作带头部门: the name it also goes by is no second body
        List<String> units = UnitSplitter.splitUnits(subject).stream().map(u -> ALIAS.matcher(u).replaceFirst("")).toList();
        if (units.isEmpty() || units.stream().anyMatch(UnitSplitter::isVague)) {
            return null;
        }
        for (String u : units) {
            if (!UnitSplitter.isNamedBody(u) && !LOCAL_BODIES.matcher(u).matches() && !(places && Regions.isDivisionName(u))) {
                return null;
            }
        }
        return units;
    }


    /**
     * Prefilter of {@link #PROSE}: every match ends in one of its verbs 负责/牵头/统筹/研究建立/研究制定/承担, so a
     * clause without any of these literals cannot match (saves the lazy 0-20 × 2-40 character search).
     */
    private static boolean mayBeProse(String clause) {
        return clause.contains("负责") || clause.contains("牵头") || clause.contains("统筹") || clause.contains("研究建立")
                || clause.contains("研究制定") || clause.contains("承担");
    }

    /** Offsets of the comma-separated clauses of a sentence. */
    private static List<int[]> clauses(String sentence) {
        return Clauses.commaClauses(sentence);
    }

    /** A table row: its units cell, and the units an inheritance note above it adds. */
    Responsibility row(Block block) {
        Block.Row row = block.row();
        if (row.units() == null || row.units().isBlank()) {
            return null;
        }
        UnitSplitter.Split split = UnitSplitter.split(row.units());
        if (split.units().isEmpty()) {
            return null;
        }
        List<String> inherited = row.note() == null ? List.of() : inherited(row.note(), row.noteUnits());
        return record(String.join("", row.cells()), split, inherited, block.taskId());
    }

    /** The units a note adds: named in it, or "上述三个县区" — the last three counties/districts of the row above. */
    static List<String> inherited(String note, String previousUnits) {
        Matcher above = ABOVE_N.matcher(note);
        if (above.find() && previousUnits != null) {
            int n = smallNumber(above.group(1));
            List<String> candidates = new ArrayList<>();
            for (String unit : UnitSplitter.splitUnits(previousUnits)) {
                if (ENDS_WITH_PLACE_SUFFIX.matcher(unit).matches() || COUNTY_OR_DISTRICT_GOVERNMENT.matcher(unit).matches()) {
                    candidates.add(unit);
                }
            }
            if (n > 0 && candidates.size() >= n) {
                return List.copyOf(candidates.subList(candidates.size() - n, candidates.size()));
            }
            return candidates;
        }
        Matcher m = NOTE_UNITS.matcher(note);
        if (m.find()) {
            List<String> units = UnitSplitter.splitUnits(m.group(1));
            if (!units.isEmpty() && units.stream().allMatch(UnitSplitter::looksLikeUnit)) {
                return units;
            }
        }
        return List.of();
    }

    private Responsibility record(String evidence, UnitSplitter.Split split, List<String> inherited, String taskId) {
        List<String> canonicalUnits = split.units().stream().map(canonical).toList();
        return new Responsibility(evidence, split.units(), split.lead(), split.support(), inherited, canonicalUnits, taskId);
    }

    /** The task text before a bracket, without the "(一)标题。" heading that opens it. */
    private static String evidence(String before) {
        String s = before.strip();
        Matcher h = HEADING_PREFIX.matcher(s);
        if (h.find() && h.end() < s.length()) {
            s = s.substring(h.end());
        }
        return s.strip();
    }

    /** Index of the bracket closing the one opened at {@code open}, nesting respected; -1 if unclosed. */
    static int closing(String text, int open) {
        return Brackets.closingParen(text, open);
    }

    /**
     * The first bracket at or after {@code from} that names units with no label and ends in what they do:
     * (市工业和信息化局、广州供电局按职责分工负责) / (省工业和信息化厅负责) / [市科技创新局依职责办理] /
     * (市发展改革委牵头，市财政局、市工信局配合); or, right after a finished sentence, nothing but named bodies
     * (。（人行武汉分行、市地方金融工作局）). Its [open, close] offsets, else null. The caller checks that the content
     * splits into unit names (an aside "(以下简称…)" does not).
     */
    static int[] unlabelled(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (NOTE_OPENERS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int close = Brackets.closingParen(text, i);
            if (close < 0) {
                continue;
            }
            int length = close - i - 1;
            if (length < 3 || length > 120) {
                continue;
            }
            // （县人社局、县商务局负责，2024年底前完成）: the units and their verb, then when it is due
            Matcher due = NOTE_DUE.matcher(text.substring(i + 1, close));
            int unitsEnd = due.find() ? i + 1 + due.start() : close;
            for (String verb : UNLABELLED_VERBS) {
                if (text.startsWith(verb, unitsEnd - verb.length()) && unitsEnd - verb.length() > i + 2) {
                    return new int[]{i, close, unitsEnd};
                }
            }
            // …政策措施。（人行武汉分行、市地方金融工作局）: after a finished sentence, a bracket of nothing but named bodies
            if (i > 0 && NOTE_AFTER.indexOf(text.charAt(i - 1)) >= 0 && namesBodiesOnly(text.substring(i + 1, unitsEnd))) {
                return new int[]{i, close, unitsEnd};
            }
        }
        return null;
    }

    /**
     * A paragraph that is nothing but units and what they do, standing right after its task with no bracket and no
     * label: "区规划自然资源局牵头，区住房城乡建委、各镇（街道）配合。" / "县财政局、县农业农村局按职责分工负责。".
     */
    static boolean isUnlabelledNoteLine(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "。；;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() < 4 || t.length() > 80 || t.indexOf('。') >= 0 || t.indexOf('：') >= 0 || t.indexOf(':') >= 0) {
            return false;
        }
        boolean endsWithVerb = false;
        for (String verb : UNLABELLED_VERBS) {
            if (t.endsWith(verb) && t.length() > verb.length() + 1) {
                endsWithVerb = true;
                break;
            }
        }
        if (!endsWithVerb) {
            return false;
        }
        List<String> units = UnitSplitter.split(t).units();
        return !units.isEmpty() && units.stream().allMatch(UnitSplitter::looksLikeUnit);
    }

    /** What ends the sentence a note with no label and no verb closes. */
    private static final String NOTE_AFTER = "。；;";
    /** The brackets a note with no label opens with. */
    private static final String NOTE_OPENERS = "(（〔【[";

    /** Nothing but named public bodies, none of them vague: 人行武汉分行、市地方金融工作局 (not 以下简称…, not 有关部门). */
    private static boolean namesBodiesOnly(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c >= '0' && c <= '9' || c == '的' || c == '。' || c == '“' || c == '：' || c == ':') {
                return false; // a date, a phrase, a quotation or a labelled note: no bare list of bodies (before the splitter)
            }
        }
        List<String> units = UnitSplitter.splitUnits(content);
        return !units.isEmpty() && units.stream().allMatch(u -> UnitSplitter.isNamedBody(u) && !UnitSplitter.isVague(u));
    }

    /** ，2024年底前完成 / ，2025年6月底前 / ，长期坚持 / ，持续推进: when a note's task is due, after its units. */
    private static final Pattern NOTE_DUE = Pattern.compile(
            "[，,；;]\\s*(?:\\d{4}年(?:\\d{1,2}月)?(?:底|末)?前?|\\d{1,2}月底?前|年底前|长期坚持|持续推进|持续实施)(?:完成|落实|实施)?$");

    /** Prefilter of {@link #unlabelled}: every such note ends in one of its verbs, or opens right after a sentence. */
    private static boolean mayBeUnlabelled(String text) {
        for (String verb : UNLABELLED_VERBS) {
            if (text.contains(verb)) {
                return true;
            }
        }
        for (int i = 1; i < text.length(); i++) {
            if (NOTE_OPENERS.indexOf(text.charAt(i)) >= 0 && NOTE_AFTER.indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every {@link #LABELLED} note has a colon after its label: a text without one holds none. */
    private static boolean mayBeLabelled(String text) {
        return text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
    }

    /** The text without its units notes (labelled, or unlabelled ones naming units), each replaced by a full stop. */
    private static String stripBrackets(String text) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        Matcher m = LABELLED.matcher(text);
        boolean mayBeLabelled = mayBeLabelled(text);
        boolean mayBeUnlabelled = mayBeUnlabelled(text);
        while (true) {
            int start = -1;
            int end = -1;
            if (mayBeLabelled && m.find(from)) {
                start = m.start();
                end = closing(text, start);
            }
            int[] u = mayBeUnlabelled ? unlabelled(text, from) : null;
            if (u != null && (start < 0 || u[0] < start)
                    && UnitSplitter.splitUnits(text.substring(u[0] + 1, u[1])).stream().allMatch(UnitSplitter::looksLikeUnit)) {
                start = u[0];
                end = u[1];
            }
            if (start < 0 || end < 0) {
                break;
            }
            sb.append(text, from, start).append('。');
            from = end + 1;
        }
        sb.append(text.substring(from));
        return sb.toString();
    }

    private static int smallNumber(String s) {
        return ChineseNumerals.parseInt(s, 0);
    }
}
