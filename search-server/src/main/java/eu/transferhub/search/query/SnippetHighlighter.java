package eu.transferhub.search.query;

import eu.transferhub.search.index.Language;
import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets for a page of hits, from Lucene's UnifiedHighlighter: the best passages of the body
 * (else the summary) with the matched words in {@code <mark>} and all other text HTML-escaped.
 *
 * <p>Only the folded copies of summary and body are stored; each is highlighted together with
 * its stemmed copies in every language ("masked fields", same text, same offsets), so a match
 * on "industries" via the English stem is marked as well as one on "Timisoara" via folding.
 * Thread-safe: the highlighter itself is built per call because it is bound to a searcher.
 */
final class SnippetHighlighter {

    static final int BODY_PASSAGES = 2;
    /** Text beyond this many characters of a field is not scanned for passages. */
    private static final int MAX_SCANNED_LENGTH = 20_000;
    /** The summary shown when nothing matched in the text, in characters. */
    private static final int FALLBACK_LENGTH = 240;

    private static final String BODY = TextPart.BODY.foldedField();
    private static final String SUMMARY = TextPart.SUMMARY.foldedField();

    private final LanguageAnalyzers analyzers;
    private final Map<String, Set<String>> masked;

    SnippetHighlighter(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.masked = Map.of(BODY, withStemmedCopies(TextPart.BODY), SUMMARY, withStemmedCopies(TextPart.SUMMARY));
    }

    /**
     * One snippet per doc id, in the order given. Never null: a page whose text did not match
     * gets the start of its summary, escaped.
     */
    String[] snippets(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        PassageFormatter formatter = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
                .withFormatter(formatter)
                .withMaxLength(MAX_SCANNED_LENGTH)
                .withMaxNoHighlightPassages(0)
                // Term-based, not weight matches: re-running a query this wide per document
                // costs more than the whole search.
                .withWeightMatches(false)
                .withMaskedFieldsFunc(field -> masked.getOrDefault(field, Set.of()))
                .build();
        Map<String, String[]> fields = highlighter.highlightFields(new String[] {BODY, SUMMARY}, query, docIds,
                new int[] {BODY_PASSAGES, 1});
        String[] body = fields.get(BODY);
        String[] summary = fields.get(SUMMARY);
        String[] snippets = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            if (body[i] != null) {
                snippets[i] = body[i].strip();
            } else if (summary[i] != null) {
                snippets[i] = summary[i].strip();
            } else {
                snippets[i] = fallback(searcher, docIds[i]);
            }
        }
        return snippets;
    }

    private static String fallback(IndexSearcher searcher, int docId) throws IOException {
        var doc = searcher.storedFields().document(docId, Set.of(SUMMARY, BODY));
        String text = doc.get(SUMMARY);
        if (text == null) {
            text = doc.get(BODY);
        }
        if (text == null) {
            return "";
        }
        if (text.length() > FALLBACK_LENGTH) {
            int cut = text.lastIndexOf(' ', FALLBACK_LENGTH);
            text = text.substring(0, cut > 0 ? cut : FALLBACK_LENGTH) + " …";
        }
        return Html.escape(text);
    }

    private static Set<String> withStemmedCopies(TextPart part) {
        Set<String> fields = new HashSet<>();
        fields.add(part.foldedField());
        for (Language language : Language.all()) {
            fields.add(part.field(language));
        }
        return Set.copyOf(fields);
    }
}
