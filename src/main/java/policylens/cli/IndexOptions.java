package policylens.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of the commands that read the index: where it is, JSON for machines, stack traces. */
final class IndexOptions {
    @Option(names = "--index", paramLabel = "PATH", description = {"索引文件夹 / index directory", "默认 / default: ./.policylens/index"})
    Path index;

    @Option(names = "--json", description = "输出 JSON,供程序读取 / output as JSON, for machines")
    boolean json;

    @Option(names = "--debug", description = "显示异常堆栈 / show stack traces")
    boolean debug;
}
