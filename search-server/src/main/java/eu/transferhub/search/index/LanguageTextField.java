package eu.transferhub.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A text field analysed by its page's language rather than by the index writer's analyzer:
 * fields are named by part ({@code body}), not by language, so one field serves all pages. The
 * token stream is asked for when the writer inverts the field, one field after another, which
 * lets every field of a page share the analyzer's per-thread stream.
 */
final class LanguageTextField extends Field {

    private final LanguageAnalyzers analyzers;
    private final Language language;

    LanguageTextField(String name, String value, FieldType type, LanguageAnalyzers analyzers, Language language) {
        super(name, value, type);
        this.analyzers = analyzers;
        this.language = language;
    }

    @Override
    public TokenStream tokenStream(Analyzer writerAnalyzer, TokenStream reuse) {
        return analyzers.indexTokens(language, name(), stringValue());
    }
}
