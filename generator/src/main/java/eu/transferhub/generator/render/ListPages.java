package eu.transferhub.generator.render;

import eu.transferhub.generator.content.CityDetails;
import eu.transferhub.generator.content.Intro;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.SiteConfig;
import eu.transferhub.generator.render.view.Card;
import eu.transferhub.generator.render.view.CardList;
import eu.transferhub.generator.render.view.Crumb;
import eu.transferhub.generator.render.view.ListView;
import eu.transferhub.generator.render.view.Messages;
import eu.transferhub.generator.render.view.TaxonomyView;
import eu.transferhub.generator.render.view.TermItem;
import eu.transferhub.generator.render.view.TermList;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Section list pages ({@code /<lang>/<section>/}, newest first) and taxonomy indexes
 * ({@code /<lang>/<taxonomy>/}, by name), paginated. They exist in every language; a
 * language's list holds only the pages that exist in that language.
 */
final class ListPages {

    private final RenderContext context;
    private final Chrome chrome;
    private final Cards cards;
    private final Html html;
    private final JsonLd jsonLd;

    ListPages(RenderContext context, Chrome chrome, Cards cards, Html html, JsonLd jsonLd) {
        this.context = context;
        this.chrome = chrome;
        this.cards = cards;
        this.html = html;
        this.jsonLd = jsonLd;
    }

    /** The section types that get a plain list page (taxonomy sections get an index instead). */
    List<PageType> listedSections() {
        return listedSections(context.config());
    }

    static List<PageType> listedSections(SiteConfig config) {
        List<PageType> result = new ArrayList<>();
        for (PageType type : PageType.values()) {
            if (type != PageType.PAGE && !config.taxonomies().contains(type.section())) {
                result.add(type);
            }
        }
        return result;
    }

    /** One family per listed section and one per taxonomy, each with its pages in every language. */
    List<ListFamily> families() {
        List<ListFamily> families = new ArrayList<>();
        for (PageType type : listedSections()) {
            String section = type.section();
            families.add(new ListFamily("section:" + section, key -> key.section().equals(section), () -> {
                Map<String, List<List<Page>>> byLang = new LinkedHashMap<>();
                for (String lang : context.languages()) {
                    byLang.put(lang, Paginator.split(context.site().section(type, lang), context.config().pageSize()));
                }
                return paged(section, "list", byLang, (lang, number, items) -> sectionView(type, lang, number, items),
                        Page::key, Page::url);
            }));
        }
        for (String taxonomy : context.config().taxonomies()) {
            // A term's profile page and the pages that join or leave the term all carry its key.
            families.add(new ListFamily("taxonomy:" + taxonomy, key -> key.section().equals(taxonomy), () -> {
                Map<String, List<List<TermIndex.TermPage>>> byLang = new LinkedHashMap<>();
                for (String lang : context.languages()) {
                    List<TermIndex.TermPage> terms = new ArrayList<>(
                            context.terms().pages(taxonomy, context.site().terms(taxonomy), lang));
                    Collator collator = context.collator(lang);
                    terms.sort(Comparator.comparing(TermIndex.TermPage::label, collator)
                            .thenComparing(TermIndex.TermPage::term));
                    byLang.put(lang, Paginator.split(terms, context.config().pageSize()));
                }
                return paged(taxonomy, "taxonomy", byLang,
                        (lang, number, items) -> taxonomyView(taxonomy, lang, number, items),
                        term -> new PageKey(taxonomy, term.term()),
                        term -> List.of(term.url(), term.referencing().size(), term.profile().map(Page::url).orElse("")));
            }));
        }
        return families;
    }

    @FunctionalInterface
    private interface ViewOf<T> {
        Object view(String lang, int number, List<T> items);
    }

    /** One job per page of the list in each language, with hreflang among the languages that have that page. */
    private <T> List<ListJob> paged(String section, String layout, Map<String, List<List<T>>> byLang,
            ViewOf<T> viewOf, Function<T, PageKey> keyOf, Function<T, Object> identityOf) {
        List<ListJob> jobs = new ArrayList<>();
        for (Map.Entry<String, List<List<T>>> entry : byLang.entrySet()) {
            String lang = entry.getKey();
            List<List<T>> pages = entry.getValue();
            int total = pages.stream().mapToInt(List::size).sum();
            for (int n = 1; n <= pages.size(); n++) {
                int number = n;
                String url = Paginator.url(listUrl(lang, section), number);
                Map<String, String> alternates = new LinkedHashMap<>();
                Map<String, String> switcher = new LinkedHashMap<>();
                byLang.forEach((other, otherPages) -> {
                    String page1 = listUrl(other, section);
                    boolean has = otherPages.size() >= number;
                    switcher.put(other, has ? Paginator.url(page1, number) : page1);
                    if (has) {
                        alternates.put(other, Paginator.url(page1, number));
                    }
                });
                List<T> items = pages.get(number - 1);
                String path = RenderContext.file(url);
                Set<PageKey> shows = items.stream().map(keyOf).collect(Collectors.toSet());
                Object shape = List.of(items.stream().map(identityOf).toList(), total, pages.size(), alternates, switcher);
                jobs.add(new ListJob(path, shows, shape, sink -> {
                    Messages t = context.messages(lang);
                    String label = title(section, lang);
                    String title = number == 1 ? label
                            : t.format("list.pageTitle", Map.of("title", label, "page", Integer.toString(number)));
                    String description = t.text("site.tagline");
                    PageMeta meta = new PageMeta(lang, url, title, description, alternates, switcher, true, "website",
                            jsonLd.collection(lang, url, title, description, null), null,
                            chrome.breadcrumbs(lang, List.of(new Crumb(label, null))));
                    sink.write(path, html.render(layout, chrome.page(meta, viewOf.view(lang, number, items))));
                }));
            }
        }
        return jobs;
    }

    static String listUrl(String lang, String section) {
        return "/" + lang + "/" + section + "/";
    }

    private ListView sectionView(PageType type, String lang, int number, List<Page> items) {
        int total = context.site().section(type, lang).size();
        List<Card> list = cards.cards(items);
        return new ListView(title(type.section(), lang), number == 1 ? intro(type.section(), lang) : null,
                list.isEmpty() ? null : new CardList(count(lang, total), list),
                Paginator.navigation(listUrl(lang, type.section()), number, pages(total), context.messages(lang), context::href));
    }

    private TaxonomyView taxonomyView(String taxonomy, String lang, int number, List<TermIndex.TermPage> items) {
        int total = context.terms().pages(taxonomy, context.site().terms(taxonomy), lang).size();
        List<TermItem> terms = items.stream().map(this::termItem).toList();
        return new TaxonomyView(title(taxonomy, lang), number == 1 ? intro(taxonomy, lang) : null,
                terms.isEmpty() ? null : new TermList(count(lang, total), terms),
                Paginator.navigation(listUrl(lang, taxonomy), number, pages(total), context.messages(lang), context::href));
    }

    TermItem termItem(TermIndex.TermPage term) {
        String detail = term.profile()
                .filter(p -> p.meta().details() instanceof CityDetails)
                .flatMap(p -> ((CityDetails) p.meta().details()).country())
                .map(c -> context.countryName(c, term.lang()))
                .orElse(null);
        String summary = term.profile().map(p -> Cards.blankToNull(p.content().summary())).orElse(null);
        return new TermItem(term.label(), context.href(term.url()), detail, count(term.lang(), term.referencing().size()),
                summary);
    }

    private int pages(int total) {
        return Math.max(1, (total + context.config().pageSize() - 1) / context.config().pageSize());
    }

    private String count(String lang, int count) {
        return context.messages(lang).format("list.items", Map.of("count", Integer.toString(count)));
    }

    /** The list's title: its intro's, else the section's label. */
    private String title(String section, String lang) {
        return context.site().sectionIntro(section, lang).map(Intro::title).orElseGet(() -> context.sectionLabel(section, lang));
    }

    private String intro(String section, String lang) {
        return context.site().sectionIntro(section, lang).map(Intro::content).map(c -> Cards.blankToNull(context.body(c.html())))
                .orElse(null);
    }
}
