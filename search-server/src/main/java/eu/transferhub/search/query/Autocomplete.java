package eu.transferhub.search.query;

import eu.transferhub.search.index.FacetDimension;
import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.index.SearchSchema;
import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Autocomplete over titles and frequent words, both from the live index: titles by a prefix
 * search on the written words of the title field, words by walking the body's written words
 * (never its marked stems, which sort before every letter) that start with the
 * last typed word. Both are bounded (result counts, terms walked), so a suggestion costs well
 * under a millisecond on the archive's size. Thread-safe.
 */
public final class Autocomplete {

    static final int MAX_PAGES = 5;
    static final int MAX_TERMS = 5;
    /** Terms looked at per request at most; the frequent ones among them win. */
    private static final int MAX_TERMS_WALKED = 500;
    /** A word must occur on this many pages to be suggested: one-offs are often typos. */
    private static final int MIN_DOC_FREQ = 2;
    /** With a language: how many of the most frequent words overall are counted in its pages. */
    private static final int LANGUAGE_CANDIDATES = 20;

    private static final String TITLE = TextPart.TITLE.field();
    private static final String BODY = TextPart.BODY.field();
    private static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchSchema.ID_SORT, SortField.Type.STRING));

    /** What makes two suggestion requests the same, the index version aside. */
    private record CacheKey(String text, String lang) {
    }

    private final LiveIndex index;
    private final LanguageAnalyzers analyzers;
    private final ResultCache<CacheKey, Suggestions> cache;

    public Autocomplete(LiveIndex index, LanguageAnalyzers analyzers) {
        this(index, analyzers, 0);
    }

    /**
     * @param cacheEntries how many recent answers to reuse while the index version stays the
     *                     same; 0 for none. Each keystroke of a visitor is a request, and the
     *                     titles of its pages are read from stored fields, the costliest part.
     */
    public Autocomplete(LiveIndex index, LanguageAnalyzers analyzers, int cacheEntries) {
        this.index = index;
        this.analyzers = analyzers;
        this.cache = new ResultCache<>(cacheEntries);
    }

    /**
     * @param text what has been typed so far (validated by the caller: 1..500 characters)
     * @param lang restrict page suggestions to this language, or null for all
     * @throws IndexNotReadyException when no index has been published yet
     */
    public Suggestions suggest(String text, String lang) throws IOException {
        List<String> words = new ArrayList<>();
        int lastStart = folded(text, words);
        if (words.isEmpty()) {
            return new Suggestions(List.of(), List.of());
        }
        // What the visitor typed before the word being completed, kept as typed (with accents).
        String before = text.substring(0, lastStart);
        return index.withSearcher((snapshot, searcher) -> {
            CacheKey key = new CacheKey(text, lang);
            Suggestions cached = cache.get(snapshot.version().id(), key);
            if (cached != null) {
                return cached;
            }
            Suggestions suggestions = new Suggestions(pages(snapshot, searcher, words, lang),
                    terms(snapshot, searcher, words, before, text.substring(lastStart), lang));
            cache.put(snapshot.version().id(), key, suggestions);
            return suggestions;
        });
    }

    private static List<Suggestions.Page> pages(IndexSnapshot snapshot, IndexSearcher searcher, List<String> words,
            String lang) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(new TermQuery(new Term(TITLE, words.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(TITLE, words.getLast())), Occur.MUST);
        List<Suggestions.Page> pages = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(inLanguage(snapshot, query.build(), lang), MAX_PAGES,
                BY_SCORE_THEN_ID).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc,
                    Set.of(SearchSchema.TITLE, SearchSchema.URL, SearchSchema.LANG));
            pages.add(new Suggestions.Page(doc.get(SearchSchema.TITLE), doc.get(SearchSchema.URL),
                    doc.get(SearchSchema.LANG)));
        }
        return pages;
    }

    private record Candidate(String term, int docFreq) {
    }

    /**
     * Completions of the last word: the index's folded words that start with it, the most
     * frequent first (in {@code lang}'s pages when given), each written as a page writes it
     * ("przemysłu", not "przemyslu") in the case the visitor typed.
     */
    private List<String> terms(IndexSnapshot snapshot, IndexSearcher searcher, List<String> words, String before,
            String typed, String lang) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), BODY);
        if (terms == null) {
            return List.of();
        }
        String prefix = words.getLast();
        TermsEnum iterator = terms.iterator();
        if (iterator.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        // With a language, the most frequent words overall are counted again in its pages alone.
        int kept = lang == null ? MAX_TERMS : LANGUAGE_CANDIDATES;
        PriorityQueue<Candidate> best = new PriorityQueue<>(WEAKEST_FIRST);
        int walked = 0;
        for (BytesRef term = iterator.term(); term != null && walked < MAX_TERMS_WALKED; term = iterator.next()) {
            String text = term.utf8ToString();
            if (!text.startsWith(prefix)) {
                break;
            }
            walked++;
            int docFreq = iterator.docFreq();
            if (docFreq < MIN_DOC_FREQ || text.equals(prefix)) {
                continue;
            }
            best.add(new Candidate(text, docFreq));
            if (best.size() > kept) {
                best.poll();
            }
        }
        List<Candidate> ordered = new ArrayList<>();
        for (Candidate candidate : best) {
            int count = lang == null ? candidate.docFreq()
                    : searcher.count(inLanguage(snapshot, new TermQuery(new Term(BODY, candidate.term())), lang));
            if (count >= MIN_DOC_FREQ) {
                ordered.add(new Candidate(candidate.term(), count));
            }
        }
        ordered.sort(WEAKEST_FIRST.reversed());
        List<String> completions = new ArrayList<>();
        for (Candidate candidate : ordered.subList(0, Math.min(MAX_TERMS, ordered.size()))) {
            String written = written(snapshot, searcher, candidate.term(), lang).toLowerCase(Locale.ROOT);
            completions.add(before + SpellingSuggester.inCaseOf(typed, written));
        }
        return completions;
    }

    private static final Comparator<Candidate> WEAKEST_FIRST = Comparator.comparingInt(Candidate::docFreq)
            .thenComparing(Candidate::term, Comparator.reverseOrder());

    private static Query inLanguage(IndexSnapshot snapshot, Query query, String lang) {
        if (lang == null) {
            return query;
        }
        DrillDownQuery filtered = new DrillDownQuery(snapshot.facetsConfig(), query);
        filtered.add(FacetDimension.LANG.dimension(), lang);
        return filtered;
    }

    /** The folded word as the stored body of one page (of {@code lang}, when given) that has it writes it. */
    private String written(IndexSnapshot snapshot, IndexSearcher searcher, String folded, String lang)
            throws IOException {
        return WrittenForm.onPage(searcher, inLanguage(snapshot, new TermQuery(new Term(BODY, folded)), lang), BODY,
                analyzers.folding(), folded);
    }

    /** Adds the folded words of {@code text} to {@code words}; returns where the last one starts. */
    private int folded(String text, List<String> words) {
        int lastStart = 0;
        // A colon separates words, as in searches (PeopleQueryParser); same length, same offsets.
        try (TokenStream stream = analyzers.folding().tokenStream(TITLE, text.replace(':', ' '))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < PeopleQueryParser.MAX_CLAUSES) {
                words.add(term.toString());
                lastStart = offset.startOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string cannot fail", e);
        }
        return lastStart;
    }
}
