package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every subcommand answers --help with its usage and exit 0, also those with required parameters. */
class HelpTest {
    static java.util.stream.Stream<String> subcommands() {
        assertTrue(Main.commandNames().size() >= 13, Main.commandNames().toString());
        return Main.commandNames().stream();
    }

    /** Every registered subcommand, and the bare command. */
    static java.util.stream.Stream<String> commands() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(""), Main.commandNames().stream());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("subcommands")
    void everySubcommandAnswersHelp(String command) {
        String[] out = CliRun.run(0, command, "--help");
        assertTrue(out[0].contains("Usage: policylens " + command), out[0]);
    }

    /**
     * Issue 12: in an 80-column terminal no help line is wider than the terminal, and no Chinese run is broken
     * across two lines (a line ending in a Chinese character continued by one starting with another).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("commands")
    void helpFitsEightyColumnsAndNeverBreaksInsideAChineseWord(String command) {
        String help = (command.isEmpty() ? CliRun.run(0, "--help") : CliRun.run(0, command, "--help"))[0];
        List<String> lines = help.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertTrue(columns(line) <= 80, "wider than 80 columns: " + line);
            if (i + 1 < lines.size() && !line.isEmpty()) {
                String next = lines.get(i + 1).strip();
                boolean broken = isIdeograph(line.charAt(line.length() - 1)) && !next.isEmpty() && isIdeograph(next.charAt(0));
                assertTrue(!broken, "a Chinese word broken across lines:\n" + line + "\n" + lines.get(i + 1));
            }
        }
    }

    @Test
    void keyChinesePhrasesOfTheHelpStayOnOneLine() {
        assertOnOneLine(CliRun.run(0, "extract", "--help")[0], "提取政策记录(元数据、目标、期限、责任单位),输出 JSON 等格式。");
        assertOnOneLine(CliRun.run(0, "check", "--help")[0], "根据…/认真落实…/围绕…");
        assertOnOneLine(CliRun.run(0, "check", "--help")[0], "上级任务没有对应、任务没有责任单位、同一文件内数值不一。");
        assertOnOneLine(CliRun.run(0, "index", "--help")[0], "丢弃索引,用给出的文件重建(索引损坏时);");
        assertOnOneLine(CliRun.run(0, "index", "--help")[0], "./.policylens/index");
        assertOnOneLine(CliRun.run(0, "search", "--help")[0], "Lucene 查询语法;连续中文按短语匹配");
    }

    private static void assertOnOneLine(String help, String phrase) {
        assertTrue(help.lines().anyMatch(l -> l.contains(phrase)), "not on one line: " + phrase + "\n" + help);
    }

    private static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Terminal columns: Chinese characters and full-width punctuation take two. */
    private static int columns(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            boolean wide = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
            n += wide ? 2 : 1;
        }
        return n;
    }
}
