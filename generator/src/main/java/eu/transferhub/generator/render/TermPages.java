package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.render.view.Crumb;
import eu.transferhub.generator.render.view.FeedLink;
import eu.transferhub.generator.render.view.TermView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Term pages: for a term without a profile page in a language, its pages at
 * {@code /<lang>/<taxonomy>/<term>/}; for a term with one, pages 2… of what refers to it
 * (page 1 is the profile page itself). Both list the referring pages grouped by type. And
 * each term's Atom feed per language.
 */
final class TermPages {

    private final RenderContext context;
    private final Chrome chrome;
    private final SinglePages singles;
    private final Html html;
    private final AtomFeed feeds;
    private final JsonLd jsonLd;

    TermPages(RenderContext context, Chrome chrome, SinglePages singles, Html html, AtomFeed feeds, JsonLd jsonLd) {
        this.jsonLd = jsonLd;
        this.context = context;
        this.chrome = chrome;
        this.singles = singles;
        this.html = html;
        this.feeds = feeds;
    }

    /** One family per term: its term pages and feeds in every language. */
    List<ListFamily> families() {
        List<ListFamily> families = new ArrayList<>();
        for (String taxonomy : context.config().taxonomies()) {
            for (String term : context.site().terms(taxonomy)) {
                PageKey key = new PageKey(taxonomy, term);
                families.add(new ListFamily("term:" + taxonomy + "/" + term, key::equals, () -> jobs(key)));
            }
        }
        return families;
    }

    private List<ListJob> jobs(PageKey key) {
        List<ListJob> jobs = new ArrayList<>();
        int size = context.config().pageSize();
        List<TermIndex.TermPage> versions = context.terms().translations(key.section(), key.bundle());
        // Which translations have page n: part of every page's shape (its language switcher).
        List<List<Object>> languages = versions.stream()
                .map(v -> List.<Object>of(v.lang(), v.url(), v.referencing().size())).toList();
        for (TermIndex.TermPage page : versions) {
            List<List<Page>> pages = Paginator.split(Cards.byGroup(page.referencing()), size);
            for (int n = page.profile().isPresent() ? 2 : 1; n <= pages.size(); n++) {
                int number = n;
                List<Page> items = pages.get(n - 1);
                String path = RenderContext.file(Paginator.url(page.url(), number));
                Set<PageKey> shows = new HashSet<>();
                items.forEach(p -> shows.add(p.key()));
                shows.add(key);
                jobs.add(new ListJob(path, shows, List.of(ListJob.urls(items), pages.size(), languages),
                        sink -> sink.write(path, html.render("term",
                                chrome.page(meta(page, versions, number), view(page, number))))));
            }
            jobs.add(feed(page, key));
        }
        return jobs;
    }

    /** The term's Atom feed in the page's language. */
    private ListJob feed(TermIndex.TermPage page, PageKey key) {
        List<Page> entries = AtomFeed.entries(page.referencing());
        Set<PageKey> shows = new HashSet<>();
        entries.forEach(p -> shows.add(p.key()));
        shows.add(key);
        String path = RenderContext.file(page.url() + "index.xml");
        return new ListJob(path, shows, true, List.of(ListJob.urls(entries), feeds.updated(entries, page.profile())),
                out -> out.write(path, feeds.write(page.lang(), singles.feedTitle(page), page.url(), entries, page.profile())));
    }

    private PageMeta meta(TermIndex.TermPage page, List<TermIndex.TermPage> versions, int number) {
        Map<String, String> alternates = new LinkedHashMap<>();
        Map<String, String> switcher = new LinkedHashMap<>();
        for (TermIndex.TermPage version : versions) {
            boolean has = Paginator.split(version.referencing(), context.config().pageSize()).size() >= number;
            switcher.put(version.lang(), has ? Paginator.url(version.url(), number) : version.url());
            if (has) {
                alternates.put(version.lang(), Paginator.url(version.url(), number));
            }
        }
        String lang = page.lang();
        String title = number == 1 ? page.label()
                : context.messages(lang).format("list.pageTitle", Map.of("title", page.label(), "page", Integer.toString(number)));
        String description = context.messages(lang).format("term.intro", Map.of("term", page.label()));
        String taxonomyLabel = context.sectionLabel(page.taxonomy(), lang);
        String url = Paginator.url(page.url(), number);
        String about = page.taxonomy().equals("cities") ? page.term() : null;
        return new PageMeta(lang, url, title, description, alternates, switcher, true,
                "website", jsonLd.collection(lang, url, title, description, about), new FeedLink(singles.feedTitle(page), context.href(page.url() + "index.xml")),
                chrome.breadcrumbs(lang, List.of(new Crumb(taxonomyLabel, ListPages.listUrl(lang, page.taxonomy())),
                        new Crumb(page.label(), null))));
    }

    private TermView view(TermIndex.TermPage page, int number) {
        String lang = page.lang();
        String typeLabel = PageType.ofSection(page.taxonomy()).filter(t -> t != PageType.PAGE)
                .map(t -> context.typeLabel(t, lang))
                .orElseGet(() -> context.sectionLabel(page.taxonomy(), lang));
        return new TermView(typeLabel, page.label(),
                context.messages(lang).format("term.intro", Map.of("term", page.label())),
                singles.referencing(page, number));
    }
}
