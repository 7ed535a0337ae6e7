package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.search.Fixtures;
import eu.transferhub.search.index.LanguageAnalyzers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveSearcherTest {

    @TempDir
    static Path root;
    static LiveIndex index;
    static ArchiveSearcher searcher;

    @BeforeAll
    static void publishFixture() throws IOException {
        index = new LiveIndex();
        index.switchTo(Fixtures.publishFixture(root));
        searcher = new ArchiveSearcher(index, new LanguageAnalyzers(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static SearchResponse search(String query) throws IOException {
        return searcher.search(SearchRequest.of(query, null));
    }

    static List<String> urls(SearchResponse response) {
        return response.hits().stream().map(SearchResponse.Hit::url).toList();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2}")
    @CsvSource({
        "en, training, /en/good-practices/as-fabrik/",
        "es, profesional, /es/good-practices/as-fabrik/",
        "eu, hirietan, /eu/cities/bilbao/",
        "et, digitaalsetele, /et/cities/tartu/",
        "pl, miastami, /pl/cities/bielsko-biala/",
        "pl, przedsiębiorstwami, /pl/cities/bielsko-biala/",
        "ro, orașelor, /ro/cities/timisoara/",
    })
    void anInflectedFormFindsItsPage(String lang, String query, String url) throws IOException {
        SearchResponse inLanguage = searcher.search(SearchRequest.of(query, lang));
        assertEquals(url, urls(inLanguage).getFirst(), () -> "hits: " + urls(inLanguage));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
        "Timisoara, /en/cities/timisoara/",
        "Timișoara, /en/cities/timisoara/",
        "Bielsko-Biala, /en/cities/bielsko-biala/",
        "bielsko-biała, /en/cities/bielsko-biala/",
        "MALMO, /en/articles/nature-based-solutions/",
    })
    void namesMatchWithOrWithoutDiacritics(String query, String url) throws IOException {
        assertTrue(urls(search(query)).contains(url), () -> "hits: " + urls(searchUnchecked(query)));
    }

    @Test
    void pagesMatchingAllWordsRankFirst() throws IOException {
        // "industrial" occurs in both Bielsko-Biała pages, "Poland" only in the English one;
        // pages with only "industry" follow.
        SearchResponse response = search("industrial Poland");
        assertEquals("/en/cities/bielsko-biala/", urls(response).getFirst());
        assertTrue(response.total() > 2);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"industrial Poland Romania", "city industry Tartu"})
    void pagesMatchingMoreOfTheWordsRankAbovePagesMatchingFewer(String query) throws IOException {
        List<Set<String>> matchesOfEachWord = new ArrayList<>();
        for (String word : query.split(" ")) {
            matchesOfEachWord.add(Set.copyOf(urls(searcher.search(new SearchRequest(word, null, Set.of(), Set.of(),
                    Set.of(), Set.of(), Set.of(), SearchRequest.Sort.RELEVANCE, 0, SearchRequest.MAX_SIZE)))));
        }
        List<String> hits = urls(searcher.search(new SearchRequest(query, null, Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), SearchRequest.Sort.RELEVANCE, 0, SearchRequest.MAX_SIZE)));
        List<Long> wordsMatched = hits.stream()
                .map(url -> matchesOfEachWord.stream().filter(m -> m.contains(url)).count()).toList();
        assertTrue(wordsMatched.contains(2L), () -> "the fixture should have pages matching two words: " + wordsMatched);
        List<Long> ranked = new ArrayList<>(wordsMatched);
        ranked.sort(Comparator.reverseOrder());
        assertEquals(ranked, wordsMatched, () -> "words matched by each hit, in rank order: " + hits);
    }

    @Test
    void aFieldAsOtherSearchToolsWriteItSearchesItsWords() throws IOException {
        // The tokenizer keeps "title:Timisoara" as one word, which no page has.
        assertEquals("/en/cities/timisoara/", urls(search("title:Timisoara")).getFirst());
    }

    @Test
    void aWordLongerThanAnyRealOneGetsNoTypoToleranceAndNoSuggestion() throws IOException {
        QueryTranslator translator = new QueryTranslator(new LanguageAnalyzers());
        String longest = "thessalonikithessalonikithessalo";
        String tooLong = longest + "n";
        assertEquals(QueryTranslator.FUZZY_MAX_LENGTH, longest.length());
        Query[] translated = index.withSearcher((snapshot, shared) -> new Query[] {
            translator.translate(new PeopleQueryParser().parse(longest), shared.getIndexReader()).query(),
            translator.translate(new PeopleQueryParser().parse(tooLong), shared.getIndexReader()).query()});
        assertTrue(hasFuzzy(translated[0]), translated[0]::toString);
        assertFalse(hasFuzzy(translated[1]), translated[1]::toString);
        assertNull(search(tooLong).suggestion());
    }

    @Test
    void atMostThreeWordsOfAQueryGetTypoTolerance() throws IOException {
        QueryTranslator translator = new QueryTranslator(new LanguageAnalyzers());
        Query translated = index.withSearcher((snapshot, shared) -> translator.translate(
                new PeopleQueryParser().parse("Thesaloniki Timisoaraa Bielskoo Tartuu industryy"), shared.getIndexReader())
                .query());
        // Three words, each in title and body.
        assertEquals(6, fuzzyLeaves(translated), translated::toString);
        // "Did you mean" corrects the same three words and leaves the rest as typed.
        SpellingSuggester speller = new SpellingSuggester(translator);
        String suggested = index.withSearcher((snapshot, shared) -> speller.suggest(
                new PeopleQueryParser().parse("Thesaloniki Tartuu industryy Thesalonikk"), shared));
        assertEquals("Thessaloniki Tartu industry Thesalonikk", suggested);
    }

    private static boolean hasFuzzy(Query query) {
        return fuzzyLeaves(query) > 0;
    }

    private static int fuzzyLeaves(Query query) {
        int[] found = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] += leaf instanceof FuzzyQuery ? 1 : 0;
            }
        });
        return found[0];
    }

    @Test
    void aPhraseMatchesOnlyWordsInThatOrder() throws IOException {
        assertEquals(List.of("/en/cities/timisoara/"), urls(search("\"western Romania\"")));
        assertEquals(List.of(), urls(search("\"Romania western\"")));
    }

    @Test
    void exclusionRemovesPages() throws IOException {
        List<String> all = urls(search("Timișoara"));
        List<String> withoutRomanian = urls(search("Timișoara -României"));
        assertTrue(all.contains("/ro/cities/timisoara/"));
        assertFalse(withoutRomanian.contains("/ro/cities/timisoara/"));
        assertTrue(withoutRomanian.contains("/en/cities/timisoara/"));
    }

    @Test
    void aPrefixFindsWordsStartingWithIt() throws IOException {
        assertEquals(List.of("/en/articles/nature-based-solutions/"), urls(search("Thessal*")));
    }

    @Test
    void aTypoInALongWordStillFinds() throws IOException {
        assertEquals("/en/articles/nature-based-solutions/", urls(search("Thesaloniki")).getFirst());
        assertEquals("/et/cities/tartu/", urls(search("ulikolilinn")).getFirst());
    }

    @Test
    void typoToleranceStartsAtFiveLetters() throws IOException {
        assertEquals(0, search("Tatu").total());
        assertEquals(List.of("/et/cities/tartu/"), urls(search("Tartv")));
    }

    @Test
    void didYouMeanOffersTheIndexsOwnWord() throws IOException {
        SearchResponse response = search("manufacturng xyzzy");
        assertEquals("manufacturing xyzzy", response.suggestion());
    }

    @Test
    void didYouMeanWritesTheWordWithItsAccentsInTheCaseTyped() throws IOException {
        assertEquals("Timișoara", search("Timsoara").suggestion());
        assertEquals("timișoara", search("timsoara").suggestion());
        assertEquals("TIMIȘOARA", search("TIMSOARA").suggestion());
    }

    @Test
    void theCaseOfASuggestionFollowsWhatWasTyped() {
        assertEquals("Bielsko", SpellingSuggester.inCaseOf("Bielko", "bielsko"));
        assertEquals("ÓDŹ", SpellingSuggester.inCaseOf("ODZ", "óDź"));
        assertEquals("łódź", SpellingSuggester.inCaseOf("lodz", "Łódź"));
    }

    @Test
    void noSuggestionWhenTheWordsExist() throws IOException {
        assertNull(search("przedsiębiorstwami").suggestion());
        assertNull(search("industry").suggestion());
    }

    @Test
    void facetsCountTheMatchingPages() throws IOException {
        // "bilbao" is in the AS-Fabrik good practices (en, es), the Basque city page and the article.
        SearchResponse response = search("bilbao");

        assertEquals(4, response.total());
        assertEquals("[good-practice=2, article=1, city=1]", counts(response, "type"));
        assertEquals("[en=2, es=1, eu=1]", counts(response, "lang"));
        assertEquals("[bilbao=4]", counts(response, "city"));
        assertEquals("[as-transfer=3]", counts(response, "network"));
        assertEquals("[digital-transition=2, economy=2, climate-adaptation=1]", counts(response, "theme"));
        assertEquals("[2019=2, 2021=1]", counts(response, "year"));
    }

    @Test
    void choosingAValueStillShowsItsAlternatives() throws IOException {
        SearchRequest request = new SearchRequest("bilbao", null, Set.of("good-practice"), Set.of(), Set.of(),
                Set.of(), Set.of(), SearchRequest.Sort.RELEVANCE, 0, 10);

        SearchResponse response = searcher.search(request);

        assertEquals(2, response.total());
        assertEquals("[good-practice=2*, article=1, city=1]", counts(response, "type"));
        assertEquals("[en=1, es=1]", counts(response, "lang"));
        assertEquals("[2019=2]", counts(response, "year"));
    }

    @Test
    void facetsOfDifferentDimensionsCombine() throws IOException {
        SearchRequest request = new SearchRequest("bilbao", "en", Set.of("good-practice", "article"), Set.of(),
                Set.of(), Set.of(), Set.of(2021), SearchRequest.Sort.RELEVANCE, 0, 10);

        SearchResponse response = searcher.search(request);

        assertEquals(List.of("/en/articles/nature-based-solutions/"), urls(response));
        // type counts see lang=en and year=2021; lang counts see type and year; year sees type and lang.
        assertEquals("[article=1*, good-practice=0*]", counts(response, "type"));
        assertEquals("[en=1*]", counts(response, "lang"));
        assertEquals("[2019=1, 2021=1*]", counts(response, "year"));
    }

    @Test
    void labelsComeFromTheSearchedLanguage() throws IOException {
        SearchResponse spanish = searcher.search(SearchRequest.of("bilbao", null), "es");
        // No Spanish page is an article or a city: those labels fall back to English.
        assertEquals(List.of("Buena práctica", "Article", "City"),
                spanish.facets().get("type").stream().map(SearchResponse.FacetValue::label).toList());
        assertEquals(List.of("English", "Español", "Euskara"),
                spanish.facets().get("lang").stream().map(SearchResponse.FacetValue::label).toList());
        assertEquals("Transición digital", spanish.facets().get("theme").getFirst().label());
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() throws IOException {
        SearchResponse response = search("alert");

        String snippet = response.hits().getFirst().snippet();
        // The passage is the sentence with the match; the pasted script is text, not markup.
        assertEquals("&lt;script&gt;<mark>alert</mark>(&#x27;x&#x27;)&lt;&#x2F;script&gt; appears here as text an "
                + "editor pasted.", snippet);
    }

    @Test
    void aPhraseWithAStopWordFindsItsPageInAnyLanguage() throws IOException {
        // Typed unaccented and with the stop word: the written words match, position by position.
        assertEquals(List.of("/en/articles/nature-based-solutions/"),
                search("\"solutions for climate\"").hits().stream().map(SearchResponse.Hit::url).toList());
        assertEquals(List.of("/ro/cities/timisoara/"),
                search("\"un oras din vestul\"").hits().stream().map(SearchResponse.Hit::url).toList());
    }

    @Test
    void aStemmedMatchIsMarkedInTheSnippet() throws IOException {
        SearchResponse response = searcher.search(SearchRequest.of("miastami", "pl"));
        assertTrue(response.hits().getFirst().snippet().contains("<mark>miasto</mark>"),
                response.hits().getFirst().snippet());
    }

    @Test
    void sortByDateIsNewestFirstWithUndatedPagesLast() throws IOException {
        SearchRequest request = new SearchRequest("bilbao", null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                SearchRequest.Sort.DATE, 0, 10);

        List<String> dates = searcher.search(request).hits().stream().map(h -> String.valueOf(h.date())).toList();

        assertEquals(List.of("2021-02-10", "2019-03-01", "2019-03-01", "null"), dates);
    }

    @Test
    void pagesSliceTheResults() throws IOException {
        SearchRequest second = new SearchRequest("bilbao", null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                SearchRequest.Sort.RELEVANCE, 1, 3);
        SearchRequest all = new SearchRequest("bilbao", null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                SearchRequest.Sort.RELEVANCE, 0, 4);

        assertEquals(urls(searcher.search(all)).subList(3, 4), urls(searcher.search(second)));
        assertEquals(4, searcher.search(second).total());
    }

    @Test
    void aPageBeyondTheResultWindowIsRefused() {
        SearchRequest deep = new SearchRequest("bilbao", null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                SearchRequest.Sort.RELEVANCE, 100, 10);

        InvalidQueryException error = assertThrows(InvalidQueryException.class, () -> searcher.search(deep));

        assertEquals("page", error.param());
        assertEquals("Page 101 is beyond the last 1000 results that can be shown; refine the search instead.",
                error.getMessage());
    }

    @Test
    void tenLongWordsStayWithinTheClauseLimit() throws IOException {
        SearchResponse response = search("industrial services knowledge business programme ventures "
                + "professionals manufacturing companies Zorrotzaurre");
        assertEquals("/en/good-practices/as-fabrik/", urls(response).getFirst());
    }

    @Test
    void aSearchOutOfTimeIsMarkedPartial() throws IOException {
        ArchiveSearcher hurried = new ArchiveSearcher(index, new LanguageAnalyzers(), Duration.ZERO);

        SearchResponse response = hurried.search(SearchRequest.of("bilbao", null));

        assertTrue(response.partial());
    }

    @Test
    void wordsThatAnalyseToNothingFindNothing() throws IOException {
        assertEquals(0, search("!!! ???").total());
    }

    private static SearchResponse searchUnchecked(String query) {
        try {
            return search(query);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A facet as [value=count, ...], a star after selected values. */
    private static String counts(SearchResponse response, String facet) {
        return response.facets().get(facet).stream()
                .map(v -> v.value() + "=" + v.count() + (v.selected() ? "*" : ""))
                .toList().toString();
    }
}
