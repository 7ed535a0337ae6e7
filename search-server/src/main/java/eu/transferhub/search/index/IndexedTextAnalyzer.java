package eu.transferhub.search.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * A language's analysis followed by {@link SurfaceFormFilter}, as an {@link Analyzer}: what a
 * text field of a page in that language indexes, for callers that only take an analyzer (the
 * highlighter). The filter needs the text itself, so the reader is read into a string first;
 * indexing, which has the string, uses {@link LanguageAnalyzers#indexTokens} instead.
 */
final class IndexedTextAnalyzer extends AnalyzerWrapper {

    private final Analyzer language;
    private final Language code;
    /** The text of this thread's current stream: components are per thread, and so is this. */
    private final ThreadLocal<String> text = new ThreadLocal<>();

    IndexedTextAnalyzer(Analyzer language, Language code) {
        super(Analyzer.GLOBAL_REUSE_STRATEGY);
        this.language = language;
        this.code = code;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return language;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        try {
            String read = readAll(reader);
            text.set(read);
            return new StringReader(read);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(),
                new SurfaceFormFilter(components.getTokenStream(), this::takeText, code));
    }

    /** The text of the stream being reset, forgotten here so a pooled thread does not keep it. */
    private String takeText() {
        String current = text.get();
        text.remove();
        return current;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
            all.append(buffer, 0, read);
        }
        return all.toString();
    }
}
