package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Intro;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.render.view.AliasView;
import eu.transferhub.generator.render.view.CardList;
import eu.transferhub.generator.render.view.Choice;
import eu.transferhub.generator.render.view.ChooserView;
import eu.transferhub.generator.render.view.CityList;
import eu.transferhub.generator.render.view.ErrorView;
import eu.transferhub.generator.render.view.HomeView;
import eu.transferhub.generator.render.view.Messages;
import eu.transferhub.generator.render.view.TermItem;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/** The pages every language has (home, search, 404), the root language chooser and alias redirects. */
final class SitePages {

    /** Items in "latest" on the home page. */
    static final int HOME_LATEST = 6;

    private final RenderContext context;
    private final Chrome chrome;
    private final Cards cards;
    private final ListPages lists;
    private final JsonLd jsonLd;
    private final Html html;
    private final Map<String, List<Page>> latest = new ConcurrentHashMap<>();

    SitePages(RenderContext context, Chrome chrome, Cards cards, ListPages lists, JsonLd jsonLd, Html html) {
        this.context = context;
        this.chrome = chrome;
        this.cards = cards;
        this.lists = lists;
        this.jsonLd = jsonLd;
        this.html = html;
    }

    List<OutputJob> jobs() {
        List<OutputJob> jobs = new ArrayList<>();
        jobs.add(sink -> sink.write("index.html", html.render("language-chooser", chooser())));
        jobs.add(sink -> sink.write("404.html", html.render("404", notFound(context.defaultLanguage()))));
        for (String lang : context.languages()) {
            jobs.add(sink -> sink.write(lang + "/index.html", html.render("home", home(lang))));
            jobs.add(sink -> sink.write(lang + "/search/index.html", html.render("search", search(lang))));
            jobs.add(sink -> sink.write(lang + "/404.html", html.render("404", notFound(lang))));
        }
        for (Page page : context.site().pages()) {
            for (String alias : page.meta().aliases()) {
                jobs.add(sink -> sink.write(RenderContext.file(alias), html.render("alias", alias(page))));
            }
        }
        return jobs;
    }

    /** What "latest" lists: the published material, not the profiles of cities and themes. */
    static final Set<PageType> LATEST_TYPES = EnumSet.of(PageType.GOOD_PRACTICE, PageType.CASE_STUDY, PageType.JOURNAL,
            PageType.ARTICLE, PageType.NETWORK);

    /**
     * The most recently changed pages of a language (lastmod, else date), for the home
     * page's "latest" and the language feed. Undated pages without lastmod are left out.
     */
    List<Page> latest(String lang, int limit) {
        if (limit > LATEST_MAX) {
            throw new IllegalArgumentException("at most " + LATEST_MAX + " latest pages, not " + limit);
        }
        List<Page> all = latest.computeIfAbsent(lang, this::latest);
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** The most "latest" any caller asks for: the language feed's entries. */
    private static final int LATEST_MAX = AtomFeed.SIZE;

    private record Updated(Page page, Instant updated) {
    }

    private static final Comparator<Updated> MOST_RECENT = Comparator.comparing(Updated::updated).reversed()
            .thenComparing(Updated::page, Site.NEWEST_FIRST);

    /** The {@link #LATEST_MAX} most recently changed pages of a language: a bounded heap, not a sort of them all. */
    private List<Page> latest(String lang) {
        PriorityQueue<Updated> heap = new PriorityQueue<>(MOST_RECENT.reversed()); // the least recent on top
        for (Page page : context.site().pages(lang)) {
            if (!LATEST_TYPES.contains(page.type())) {
                continue;
            }
            Optional<Instant> updated = RenderContext.updatedInstant(page);
            if (updated.isEmpty()) {
                continue;
            }
            Updated candidate = new Updated(page, updated.get());
            if (heap.size() < LATEST_MAX) {
                heap.add(candidate);
            } else if (MOST_RECENT.compare(candidate, heap.peek()) < 0) {
                heap.poll();
                heap.add(candidate);
            }
        }
        List<Updated> top = new ArrayList<>(heap);
        top.sort(MOST_RECENT);
        return top.stream().map(Updated::page).toList();
    }

    private Object home(String lang) {
        Messages t = context.messages(lang);
        var intro = context.site().home(lang);
        List<Page> latest = latest(lang, HOME_LATEST);
        List<TermItem> cities = cityItems(lang);
        HomeView view = new HomeView(intro.map(Intro::title).orElse(context.config().title(lang)),
                intro.map(i -> Cards.blankToNull(context.body(i.content().html()))).orElse(null),
                latest.isEmpty() ? null : new CardList(t.text("home.latest"), cards.cards(latest)),
                cities.isEmpty() ? null : new CityList(cities, context.href(ListPages.listUrl(lang, PageType.CITY.section()))));
        String description = intro.map(i -> Cards.blankToNull(i.content().summary())).orElse(t.text("site.tagline"));
        Map<String, String> all = chrome.everyLanguage(Chrome::homeUrl);
        return chrome.page(new PageMeta(lang, Chrome.homeUrl(lang), null, description, all, all, true, "website",
                jsonLd.website(lang), null, null), view);
    }

    private List<TermItem> cityItems(String lang) {
        if (!context.config().taxonomies().contains("cities")) {
            return List.of();
        }
        List<TermItem> items = new ArrayList<>();
        for (Page city : context.site().section(PageType.CITY, lang)) {
            context.terms().page("cities", city.key().bundle(), lang).map(lists::termItem).ifPresent(items::add);
        }
        Collator collator = context.collator(lang);
        items.sort(Comparator.comparing(TermItem::name, collator));
        return items;
    }

    private Object search(String lang) {
        Messages t = context.messages(lang);
        Map<String, String> all = chrome.everyLanguage(l -> "/" + l + "/search/");
        return chrome.page(new PageMeta(lang, "/" + lang + "/search/", t.text("search.title"), t.text("search.intro"),
                all, all, false, "website", null, null, null), null);
    }

    private Object notFound(String lang) {
        Messages t = context.messages(lang);
        Map<String, String> all = chrome.everyLanguage(l -> "/" + l + "/404.html");
        return chrome.page(new PageMeta(lang, "/" + lang + "/404.html", t.text("notFound.title"), null, all, all,
                false, "website", null, null, null), new ErrorView(t.text("notFound.title")));
    }

    private ChooserView chooser() {
        String defaultLang = context.defaultLanguage();
        List<Choice> choices = new ArrayList<>();
        List<String> order = new ArrayList<>(context.languages());
        order.remove(defaultLang);
        order.addFirst(defaultLang);
        for (String lang : order) {
            choices.add(new Choice(lang, context.config().language(lang).name(), context.href(Chrome.homeUrl(lang)),
                    context.messages(lang).text("lang.continue"), lang.equals(defaultLang)));
        }
        return new ChooserView(defaultLang, context.config().title(defaultLang), context.absolute("/"),
                context.assets(), List.copyOf(choices));
    }

    private AliasView alias(Page page) {
        return new AliasView(page.lang(), context.messages(page.lang()).tree(), context.href(page.url()),
                context.absolute(page.url()));
    }
}
