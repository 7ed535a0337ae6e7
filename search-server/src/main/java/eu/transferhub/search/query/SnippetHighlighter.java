package eu.transferhub.search.query;

import eu.transferhub.search.index.Language;
import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * the stemmed copy of the page's language ("masked fields": same text, same offsets), so a
 * match on "industries" via the English stem is marked as well as one on "Timisoara" via
 * folding. The summary is highlighted only for pages whose body has no match.
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
        // Hits are highlighted per language, each with its own stemmed copy only: masking all
        // six languages' fields costs six times the postings lookups for nothing.
        Map<String, List<Integer>> byLanguage = new TreeMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byLanguage.computeIfAbsent(languages[i], l -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> group : byLanguage.entrySet()) {
            Language language = Language.byCode(group.getKey()).orElse(Language.EN);
            List<Integer> positions = group.getValue();
            String[] body = highlight(searcher, query, TextPart.BODY, language, docIds, positions, BODY_PASSAGES);
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
            String[] summary = highlight(searcher, query, TextPart.SUMMARY, language, docIds, unmatched, 1);
            for (int i = 0; i < unmatched.size(); i++) {
                int position = unmatched.get(i);
                snippets[position] = summary[i] != null ? summary[i].strip() : fallback(searcher, docIds[position]);
            }
        }
        return snippets;
    }

    /** Highlights {@code part} of the docs at {@code positions}; null where nothing matched. */
    private String[] highlight(IndexSearcher searcher, Query query, TextPart part, Language language, int[] docIds,
            List<Integer> positions, int passages) throws IOException {
        String field = part.foldedField();
        Set<String> masked = Set.of(field, part.field(language));
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
                .withFormatter(formatter)
                .withMaxLength(MAX_SCANNED_LENGTH)
                .withMaxNoHighlightPassages(0)
                // Term-based, not weight matches: re-running a query this wide per document
                // costs more than the whole search.
                .withWeightMatches(false)
                // Passages end where sentences do, not inside "4.0": the JDK's sentence rules
                // cost more than the rest of the highlighting, and the archive's text is prose.
                .withBreakIterator(SentenceBreakIterator::new)
                .withMaskedFieldsFunc(f -> f.equals(field) ? masked : Set.of())
                .build();
        int[] ids = new int[positions.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = docIds[positions.get(i)];
        }
        // highlightFields wants ascending doc ids; map the answers back to our order.
        int[] sorted = ids.clone();
        java.util.Arrays.sort(sorted);
        String[] answers = highlighter.highlightFields(new String[] {field}, query, sorted, new int[] {passages})
                .get(field);
        String[] inOrder = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            inOrder[i] = answers[java.util.Arrays.binarySearch(sorted, ids[i])];
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
