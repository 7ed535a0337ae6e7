package eu.transferhub.search.query;

import eu.transferhub.search.index.Language;
import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.index.SearchSchema;
import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.lucene.search.DocIdSetIterator;
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
 * with the index's own analysis of the page's language ({@link LanguageAnalyzers#indexed}). Each
 * language's hits are highlighted with the query cut down to what can match in that language
 * ({@link HighlightQuery}). The summary is highlighted only for pages whose body has no match.
 * Thread-safe: the highlighter itself is built per call because it is bound to a searcher.
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
    private static final LeanPassageScorer SCORER = new LeanPassageScorer();

    SnippetHighlighter(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** What a hit's snippet is cut from, read by the caller with the hit's other stored fields. */
    record Texts(String language, String summary, String body) {
    }

    /** The stored fields {@link Texts} are made of. */
    static final Set<String> TEXT_FIELDS = Set.of(SearchSchema.LANG, SUMMARY, BODY);

    /**
     * One snippet per doc id, in the order given. Never null: a page whose text did not match
     * gets the start of its summary, escaped.
     *
     * @param texts each hit's stored texts, parallel to {@code docIds}: the highlighter would
     *              otherwise decompress each hit's stored fields again, which was half its cost
     */
    String[] snippets(IndexSearcher searcher, Translation translation, int[] docIds, Texts[] texts)
            throws IOException {
        String[] snippets = new String[docIds.length];
        Map<Integer, Texts> byDoc = new HashMap<>();
        // Hits are highlighted per language: a query with prefixes or typos in it makes the
        // highlighter re-analyse the text, which must then be analysed as its page's language.
        Map<String, List<Integer>> byLanguage = new TreeMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byDoc.put(docIds[i], texts[i]);
            byLanguage.computeIfAbsent(texts[i].language(), l -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> group : byLanguage.entrySet()) {
            Language language = Language.byCode(group.getKey()).orElse(Language.EN);
            List<Integer> positions = group.getValue();
            Query query = HighlightQuery.of(translation.query(), language, translation.written());
            if (query == null) {
                // Nothing of the query can match in this language's pages: their summaries.
                positions.forEach(i -> snippets[i] = fallback(texts[i]));
                continue;
            }
            String[] body = highlight(searcher, query, language, BODY, ids(docIds, positions), BODY_PASSAGES,
                    doc -> byDoc.get(doc).body());
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
            String[] summary = highlight(searcher, query, language, SUMMARY, rest, 1,
                    doc -> byDoc.get(doc).summary());
            for (int i = 0; i < rest.length; i++) {
                snippets[unmatched.get(i)] = summary[i] != null ? summary[i].strip() : fallback(texts[unmatched.get(i)]);
            }
        }
        return snippets;
    }

    private static int[] ids(int[] docIds, List<Integer> positions) {
        return positions.stream().mapToInt(i -> docIds[i]).toArray();
    }

    /**
     * Highlights {@code field} of {@code ids}, in that order; null where nothing matched.
     *
     * @param text the field's stored text of a doc id, null when it has none
     */
    /** @param query the query cut down to what can match in {@code language} ({@link HighlightQuery}) */
    private String[] highlight(IndexSearcher searcher, Query query, Language language, String field, int[] ids,
            int passages, IntFunction<String> text) throws IOException {
        // Offsets come from the postings unless the query has prefixes or typos in it; then the
        // stored text is analysed again, as the index did.
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzers.indexed(language))
                .withFormatter(formatter)
                .withScorer(SCORER)
                .withMaxLength(MAX_SCANNED_LENGTH)
                .withMaxNoHighlightPassages(0)
                // Term-based, not weight matches: re-running a query this wide per document
                // costs more than the whole search.
                .withWeightMatches(false)
                // Passages end where sentences do, not inside "4.0": the JDK's sentence rules
                // cost more than the rest of the highlighting, and the archive's text is prose.
                .withBreakIterator(SentenceBreakIterator::new);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    String value = text.apply(doc);
                    // As the stored-fields visitor would: nothing scanned beyond the maximum length.
                    if (value != null && value.length() > MAX_SCANNED_LENGTH) {
                        value = value.substring(0, MAX_SCANNED_LENGTH);
                    }
                    values.add(new CharSequence[] {value == null ? "" : value});
                }
                return values;
            }
        };
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

    private static String fallback(Texts texts) {
        String text = texts.summary() != null ? texts.summary() : texts.body();
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
