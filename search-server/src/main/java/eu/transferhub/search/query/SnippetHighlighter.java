package eu.transferhub.search.query;

import eu.transferhub.search.index.Language;
import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets for a page of hits, from Lucene's UnifiedHighlighter: the best passages of the body
 * (else the summary) with the matched words in {@code <mark>} and all other text HTML-escaped.
 *
 * <p>The offsets in the postings of body and summary are those of the stored text, for stems
 * and written words alike, so a match on "industries" via the English stem is marked as well as
 * one on "Timisoara" via folding; when the highlighter must analyse the text again, it does so
 * with the index's own analysis of the page's language ({@link LanguageAnalyzers#indexed}). The summary is highlighted only for pages whose body has no
 * match. Thread-safe: the highlighter itself is built per call because it is bound to a searcher.
 */
final class SnippetHighlighter {

    static final int BODY_PASSAGES = 2;
    /** Text beyond this many characters of a field is not scanned for passages. */
    private static final int MAX_SCANNED_LENGTH = 20_000;
    /** The summary shown when nothing matched in the text, in characters. */
    private static final int FALLBACK_LENGTH = 240;

    private static final String BODY = TextPart.BODY.field();
    private static final String SUMMARY = TextPart.SUMMARY.field();

    private final LanguageAnalyzers analyzers;
    private final PassageFormatter formatter = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

    SnippetHighlighter(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * One snippet per doc id, in the order given. Never null: a page whose text did not match
     * gets the start of its summary, escaped.
     *
     * @param languages the language of each hit, parallel to {@code docIds}
     */
    String[] snippets(IndexSearcher searcher, Query query, int[] docIds, String[] languages) throws IOException {
        String[] snippets = new String[docIds.length];
        // Hits are highlighted per language: a query with prefixes or typos in it makes the
        // highlighter re-analyse the text, which must then be analysed as its page's language.
        Map<String, List<Integer>> byLanguage = new TreeMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byLanguage.computeIfAbsent(languages[i], l -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> group : byLanguage.entrySet()) {
            Analyzer analyzer = analyzers.indexed(Language.byCode(group.getKey()).orElse(Language.EN));
            List<Integer> positions = group.getValue();
            String[] body = highlight(searcher, query, analyzer, BODY, ids(docIds, positions), BODY_PASSAGES);
            List<Integer> unmatched = new ArrayList<>();
            for (int i = 0; i < positions.size(); i++) {
                if (body[i] != null) {
                    snippets[positions.get(i)] = body[i].strip();
                } else {
                    unmatched.add(positions.get(i));
                }
            }
            if (unmatched.isEmpty()) {
                continue;
            }
            int[] rest = ids(docIds, unmatched);
            String[] summary = highlight(searcher, query, analyzer, SUMMARY, rest, 1);
            for (int i = 0; i < rest.length; i++) {
                snippets[unmatched.get(i)] = summary[i] != null ? summary[i].strip() : fallback(searcher, rest[i]);
            }
        }
        return snippets;
    }

    private static int[] ids(int[] docIds, List<Integer> positions) {
        return positions.stream().mapToInt(i -> docIds[i]).toArray();
    }

    /** Highlights {@code field} of {@code ids}, in that order; null where nothing matched. */
    private String[] highlight(IndexSearcher searcher, Query query, Analyzer analyzer, String field, int[] ids,
            int passages) throws IOException {
        // Offsets come from the postings unless the query has prefixes or typos in it; then the
        // stored text is analysed again, as the index did.
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter)
                .withMaxLength(MAX_SCANNED_LENGTH)
                .withMaxNoHighlightPassages(0)
                // Term-based, not weight matches: re-running a query this wide per document
                // costs more than the whole search.
                .withWeightMatches(false)
                // Passages end where sentences do, not inside "4.0": the JDK's sentence rules
                // cost more than the rest of the highlighting, and the archive's text is prose.
                .withBreakIterator(SentenceBreakIterator::new)
                .build();
        // highlightFields wants ascending doc ids; map the answers back to our order.
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        String[] answers = highlighter.highlightFields(new String[] {field}, query, sorted, new int[] {passages})
                .get(field);
        String[] inOrder = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            inOrder[i] = answers[Arrays.binarySearch(sorted, ids[i])];
        }
        return inOrder;
    }

    private static String fallback(IndexSearcher searcher, int docId) throws IOException {
        String text = searcher.storedFields().document(docId, Set.of(SUMMARY)).get(SUMMARY);
        if (text == null) {
            text = searcher.storedFields().document(docId, Set.of(BODY)).get(BODY);
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

}
