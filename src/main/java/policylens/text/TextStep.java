package policylens.text;

/** One small cleaning step; {@link TextCleaner} chains them the way Lucene chains token filters. */
@FunctionalInterface
public interface TextStep {
    Page apply(Page page);
}
