package eu.transferhub.search.query;

import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.index.SearchSchema;
import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * Runs visitors' searches against the {@link LiveIndex}: hits, drill-sideways facets, snippets
 * and "did you mean". Thread-safe; one instance serves every request.
 *
 * <p>Every search runs under a time budget ({@link IndexSearcher#setTimeout}); when it runs
 * out, the response carries what was found by then, marked {@code partial}. A query that still
 * rewrites to more clauses than Lucene allows is answered as an {@link InvalidQueryException}.
 */
public final class ArchiveSearcher {

    /** Values listed per facet, most frequent first. */
    static final int MAX_FACET_VALUES = 30;
    /** How many time budgets a search may wait for a slot ({@link SearchGate}) before it is refused. */
    static final int WAIT_BUDGETS = 10;
    /** Below this many hits the response carries a "did you mean" suggestion, if one exists. */
    static final int FEW_HITS = 3;

    private static final Set<String> HIT_FIELDS = Set.of(SearchSchema.URL, SearchSchema.TITLE,
            SearchSchema.TYPE, SearchSchema.LANG, SearchSchema.DATE, SearchSchema.CITIES);
    private static final Set<String> LOADED_FIELDS = Stream.concat(HIT_FIELDS.stream(),
            SnippetHighlighter.TEXT_FIELDS.stream()).collect(Collectors.toUnmodifiableSet());
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchSchema.ID_SORT, SortField.Type.STRING));
    private static final Sort BY_DATE = dateSort();

    private final LiveIndex index;
    private final long budgetMillis;
    private final PeopleQueryParser parser = new PeopleQueryParser();
    private final QueryTranslator translator;
    private final SnippetHighlighter highlighter;
    private final SpellingSuggester speller;
    /** What makes two searches the same, the index version aside. */
    private record CacheKey(SearchRequest request, String labelLanguage) {
    }

    private final ResultCache<CacheKey, SearchResponse> cache;
    private final SearchGate gate;

    /**
     * @param budget the time a search may take before it returns partial results
     */
    public ArchiveSearcher(LiveIndex index, LanguageAnalyzers analyzers, Duration budget) {
        this(index, analyzers, budget, 0);
    }

    /**
     * @param cacheEntries how many recent responses to reuse while the index version stays the
     *                     same; 0 for none
     */
    public ArchiveSearcher(LiveIndex index, LanguageAnalyzers analyzers, Duration budget, int cacheEntries) {
        // Waiting in line is refused only after ten budgets: under that, the wait is the price of
        // a burst, not a server that cannot keep up.
        this(index, analyzers, budget, cacheEntries, SearchGate.perCore(budget.multipliedBy(WAIT_BUDGETS)));
    }

    /** @param gate how many searches run at once, and how long the others may wait */
    ArchiveSearcher(LiveIndex index, LanguageAnalyzers analyzers, Duration budget, int cacheEntries, SearchGate gate) {
        this.gate = gate;
        this.index = index;
        this.cache = new ResultCache<>(cacheEntries);
        this.budgetMillis = budget.toMillis();
        this.translator = new QueryTranslator(analyzers);
        this.highlighter = new SnippetHighlighter(analyzers);
        this.speller = new SpellingSuggester(translator);
    }

    /**
     * @throws InvalidQueryException  when the query cannot run (param names the culprit)
     * @throws IndexNotReadyException when no index has been published yet
     * @throws IOException            when the index cannot be read
     */
    public SearchResponse search(SearchRequest request) throws IOException {
        return search(request, request.lang());
    }

    /**
     * Like {@link #search(SearchRequest)}, with facet labels in {@code labelLanguage} (the page's
     * language) rather than in the searched one.
     *
     * @param labelLanguage a language code, or null for the request's language (else English)
     */
    public SearchResponse search(SearchRequest request, String labelLanguage) throws IOException {
        long started = System.nanoTime();
        if ((request.page() + 1L) * request.size() > SearchRequest.MAX_WINDOW) {
            throw new InvalidQueryException("page", "Page " + (request.page() + 1L) + " is beyond the last "
                    + SearchRequest.MAX_WINDOW + " results that can be shown; refine the search instead.");
        }
        PeopleQuery parsed = parser.parse(request.query());
        return index.withSearcher((snapshot, shared) -> {
            CacheKey key = new CacheKey(request, labelLanguage);
            SearchResponse cached = cache.get(snapshot.version().id(), key);
            if (cached != null) {
                return new SearchResponse(cached.total(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                        false, cached.hits(), cached.facets(), cached.suggestion());
            }
            SearchResponse response = gate.run(() -> uncached(snapshot, shared, parsed, request, labelLanguage, started));
            if (!response.partial()) {
                cache.put(snapshot.version().id(), key, response);
            }
            return response;
        });
    }

    /** The search itself, holding one of the gate's slots. */
    private SearchResponse uncached(IndexSnapshot snapshot, IndexSearcher shared, PeopleQuery parsed,
            SearchRequest request, String labelLanguage, long started) throws IOException {
        Translation translation = translator.translate(parsed, shared.getIndexReader());
        Query query = translation.query();
        // A searcher of its own, so the time budget applies to this request alone. No query
        // cache: hashing these wide queries to track their use costs more than it saves.
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setQueryCache(null);
        searcher.setTimeout(new QueryTimeoutImpl(budgetMillis));
        int wanted = (request.page() + 1) * request.size();
        // The snippets mark the words of the query alone: the language preference is none of them.
        Query ranked = VisitorLanguage.preferring(query, request.visitorLang());
        FacetedSearch.Result result;
        try {
            result = FacetedSearch.run(searcher, snapshot, ranked, request,
                    request.sort() == SearchRequest.Sort.DATE ? BY_DATE : BY_RELEVANCE, wanted);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("q", "The search expands to too many words; "
                    + "use longer prefixes or fewer words.");
        }
        TopDocs top = result.top();
        List<SearchResponse.Hit> hits = hits(searcher, translation, top, request);
        Map<String, List<SearchResponse.FacetValue>> facets = new FacetReader(snapshot, request,
                labelLanguage != null ? labelLanguage : request.lang()).read(result.facets());
        long total = top.totalHits.value();
        String suggestion = total < FEW_HITS ? speller.suggest(parsed, shared) : null;
        SearchResponse response = new SearchResponse(total,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), searcher.timedOut(), hits, facets,
                suggestion);
        return response;
    }

    private List<SearchResponse.Hit> hits(IndexSearcher searcher, Translation translation, TopDocs top,
            SearchRequest request) throws IOException {
        int from = request.page() * request.size();
        ScoreDoc[] scoreDocs = top.scoreDocs;
        if (from >= scoreDocs.length) {
            return List.of();
        }
        int[] docIds = new int[scoreDocs.length - from];
        for (int i = from; i < scoreDocs.length; i++) {
            docIds[i - from] = scoreDocs[i].doc;
        }
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[docIds.length];
        SnippetHighlighter.Texts[] texts = new SnippetHighlighter.Texts[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            // One read of the stored fields per hit, for the hit and its snippet alike.
            docs[i] = stored.document(docIds[i], LOADED_FIELDS);
            texts[i] = new SnippetHighlighter.Texts(docs[i].get(SearchSchema.LANG),
                    docs[i].get(TextPart.SUMMARY.field()), docs[i].get(TextPart.BODY.field()));
        }
        String[] snippets = highlighter.snippets(searcher, translation, docIds, texts);
        List<SearchResponse.Hit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Document doc = docs[i];
            hits.add(new SearchResponse.Hit(doc.get(SearchSchema.URL), doc.get(SearchSchema.TITLE),
                    doc.get(SearchSchema.TYPE), texts[i].language(), doc.get(SearchSchema.DATE),
                    List.of(doc.getValues(SearchSchema.CITIES)), snippets[i]));
        }
        return hits;
    }

    private static Sort dateSort() {
        SortField date = new SortField(SearchSchema.DATE_SORT, SortField.Type.LONG, true);
        // Newest first; pages without a date after every dated one.
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE, new SortField(SearchSchema.ID_SORT, SortField.Type.STRING));
    }
}
