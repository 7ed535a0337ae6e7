package eu.transferhub.search.query;

import eu.transferhub.search.index.IndexPublisher;
import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.index.SearchSchema;
import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Benchmark, not a test: where one uncached search of the load test's mix spends its time, in
 * one thread and without HTTP. Run by {@code search-server/bench/search-cost.sh}, which builds
 * the index of {@code run.sh} first.
 *
 * <pre>SearchCostBenchmark INDEX_ROOT queries.lua ROUNDS</pre>
 */
final class SearchCostBenchmark {

    private SearchCostBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<SearchRequest> requests = requests(Files.readString(Path.of(args[1])));
        int rounds = Integer.parseInt(args[2]);
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        QueryTranslator translator = new QueryTranslator(analyzers);
        SnippetHighlighter highlighter = new SnippetHighlighter(analyzers);
        PeopleQueryParser parser = new PeopleQueryParser();
        try (LiveIndex live = new LiveIndex()) {
            live.switchTo(IndexPublisher.current(Path.of(args[0])).orElseThrow());
            ArchiveSearcher searcher = new ArchiveSearcher(live, analyzers, Duration.ofSeconds(10), 0);
            System.out.printf("%d searches per round; mean ms per search%n", requests.size());
            System.out.println("round   whole  top-10  count  stored  snippets");
            for (int round = 1; round <= rounds; round++) {
                long[] nanos = new long[5];
                for (SearchRequest request : requests) {
                    long start = System.nanoTime();
                    searcher.search(request);
                    nanos[0] += System.nanoTime() - start;
                    live.withSearcher((snapshot, shared) -> {
                        IndexSearcher s = new IndexSearcher(shared.getIndexReader());
                        s.setQueryCache(null);
                        Translation translation = translator.translate(parser.parse(request.query()),
                                shared.getIndexReader());
                        Query query = translation.query();
                        long a = System.nanoTime();
                        TopDocs top = s.search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
                        long b = System.nanoTime();
                        s.count(new ConstantScoreQuery(query));
                        long c = System.nanoTime();
                        int[] ids = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
                        SnippetHighlighter.Texts[] texts = new SnippetHighlighter.Texts[ids.length];
                        for (int i = 0; i < ids.length; i++) {
                            Document doc = s.storedFields().document(ids[i]);
                            texts[i] = new SnippetHighlighter.Texts(doc.get(SearchSchema.LANG),
                                    doc.get(TextPart.SUMMARY.field()), doc.get(TextPart.BODY.field()));
                        }
                        long d = System.nanoTime();
                        highlighter.snippets(s, translation, ids, texts);
                        long e = System.nanoTime();
                        nanos[1] += b - a;
                        nanos[2] += c - b;
                        nanos[3] += d - c;
                        nanos[4] += e - d;
                        return null;
                    });
                }
                double n = requests.size() * 1e6;
                System.out.printf("%5d  %6.3f  %6.3f  %5.3f  %6.3f  %8.3f%n", round, nanos[0] / n, nanos[1] / n,
                        nanos[2] / n, nanos[3] / n, nanos[4] / n);
            }
        }
    }

    private static final Pattern FIXED = Pattern.compile("^  \"/api/search\\?([^\"]+)\",", Pattern.MULTILINE);

    /** The searches of queries.lua: its fixed list, then its word-and-filter combinations. */
    static List<SearchRequest> requests(String lua) {
        List<SearchRequest> requests = new ArrayList<>();
        Matcher fixed = FIXED.matcher(lua);
        while (fixed.find()) {
            requests.add(request(fixed.group(1)));
        }
        List<String> words = list(lua, "words");
        List<String> filters = list(lua, "filters");
        for (int i = 1; i <= words.size(); i++) {
            for (int j = 1; j <= filters.size(); j++) {
                if ((i + j) % 2 == 0) {
                    requests.add(request("q=" + words.get(i - 1) + filters.get(j - 1)));
                }
            }
            requests.add(request("q=" + words.get(i - 1) + "+" + words.get(i % words.size())));
        }
        return requests;
    }

    private static List<String> list(String lua, String name) {
        Matcher body = Pattern.compile("local " + name + " = \\{(.*?)\\}", Pattern.DOTALL).matcher(lua);
        if (!body.find()) {
            throw new IllegalArgumentException("queries.lua has no list " + name);
        }
        List<String> values = new ArrayList<>();
        Matcher value = Pattern.compile("\"([^\"]*)\"").matcher(body.group(1));
        while (value.find()) {
            values.add(value.group(1));
        }
        return values;
    }

    private static SearchRequest request(String queryString) {
        String q = null;
        String lang = null;
        String ui = null;
        Set<String> types = new HashSet<>();
        Set<String> cities = new HashSet<>();
        Set<String> networks = new HashSet<>();
        Set<String> themes = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;
        int page = 0;
        int size = 10;
        for (String pair : queryString.split("&")) {
            String[] kv = pair.split("=", 2);
            String v = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "q" -> q = v;
                case "lang" -> lang = v;
                case "type" -> types.add(v);
                case "city" -> cities.add(v);
                case "network" -> networks.add(v);
                case "theme" -> themes.add(v);
                case "year" -> years.add(Integer.parseInt(v));
                case "sort" -> sort = v.equals("date") ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
                case "page" -> page = Integer.parseInt(v) - 1;
                case "size" -> size = Integer.parseInt(v);
                case "ui" -> ui = v;
                default -> throw new IllegalArgumentException("queries.lua: unknown parameter " + kv[0]);
            }
        }
        return new SearchRequest(q, lang, types, cities, networks, themes, years, sort, page, size, ui);
    }
}
