package eu.transferhub.generator.render;

import eu.transferhub.generator.content.CityDetails;
import eu.transferhub.generator.content.NetworkDetails;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.PracticeDetails;
import eu.transferhub.generator.content.PublicationDetails;
import eu.transferhub.generator.content.TocEntry;
import eu.transferhub.generator.render.view.Crumb;
import eu.transferhub.generator.render.view.DateView;
import eu.transferhub.generator.render.view.Dates;
import eu.transferhub.generator.render.view.FeedLink;
import eu.transferhub.generator.render.view.Link;
import eu.transferhub.generator.render.view.PageView;
import eu.transferhub.generator.render.view.Referencing;
import eu.transferhub.generator.render.view.SingleView;
import eu.transferhub.generator.render.view.TermGroup;
import eu.transferhub.generator.render.view.TermGroups;
import eu.transferhub.generator.render.view.Toc;
import eu.transferhub.generator.render.view.TocItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Content pages: the view of a single page through its type's layout ({@code city},
 * {@code good-practice}, …, falling back to {@code single}). City, network and theme pages
 * are also their term's page and list, grouped by type, what refers to them.
 */
final class SinglePages {

    /** Pages with at least this many h2/h3 headings get a table of contents. */
    static final int TOC_MIN_ENTRIES = 3;

    private final RenderContext context;
    private final Chrome chrome;
    private final Cards cards;
    private final ProfileViews profiles;
    private final JsonLd jsonLd;

    SinglePages(RenderContext context, Chrome chrome, Cards cards, JsonLd jsonLd) {
        this.context = context;
        this.chrome = chrome;
        this.cards = cards;
        this.profiles = new ProfileViews(context, cards);
        this.jsonLd = jsonLd;
    }

    /** The layout a page renders through: its type's, if the theme has one. */
    String layout(Page page) {
        String typeLayout = page.type().slug();
        return context.theme().templates().has(typeLayout) ? typeLayout : "single";
    }

    /** The term this page is the profile of, when its section is a taxonomy. */
    Optional<TermIndex.TermPage> termPage(Page page) {
        String section = page.key().section();
        if (page.type() == PageType.PAGE || !context.config().taxonomies().contains(section)) {
            return Optional.empty();
        }
        return context.terms().page(section, page.key().bundle(), page.lang());
    }

    /**
     * Language → URL of every version of this page: its translations, and for a profile page
     * the plain term page in languages that have no translated profile.
     */
    Map<String, String> versions(Page page) {
        Map<String, String> byLang = new LinkedHashMap<>();
        if (termPage(page).isPresent()) {
            for (TermIndex.TermPage term : context.terms().translations(page.key().section(), page.key().bundle())) {
                byLang.put(term.lang(), term.url());
            }
        }
        for (Page translation : context.site().translations(page)) {
            byLang.put(translation.lang(), translation.url());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String lang : context.languages()) {
            if (byLang.containsKey(lang)) {
                ordered.put(lang, byLang.get(lang));
            }
        }
        return ordered;
    }

    PageView view(Page page) {
        String lang = page.lang();
        Optional<TermIndex.TermPage> term = termPage(page);
        Referencing referencing = term.map(t -> referencing(t, 1)).orElse(null);
        SingleView single = new SingleView(page.type().slug(), context.typeLabel(page.type(), lang), page.title(),
                Cards.blankToNull(page.content().summary()), dates(page),
                page.meta().details() instanceof PracticeDetails p && p.transfer(),
                context.body(page.content().html()), toc(page.content().toc()), terms(page),
                page.meta().details() instanceof CityDetails c ? profiles.city(c, lang) : null,
                page.meta().details() instanceof NetworkDetails n ? profiles.network(n, lang) : null,
                page.meta().details() instanceof PracticeDetails p ? profiles.practice(p, page.meta().networks(), lang) : null,
                page.meta().details() instanceof PublicationDetails p
                        ? profiles.publication(p, page.meta().networks(), lang) : null,
                referencing, editUrl(page));
        Map<String, String> versions = versions(page);
        FeedLink feed = term.map(t -> new FeedLink(feedTitle(t), context.href(t.url() + "index.xml"))).orElse(null);
        PageMeta meta = new PageMeta(lang, page.url(), page.title(), description(page), versions, versions, true,
                isArticle(page.type()) ? "article" : "website", jsonLd.page(page), feed,
                chrome.breadcrumbs(lang, crumbs(page)));
        return chrome.page(meta, single);
    }

    String feedTitle(TermIndex.TermPage term) {
        return context.messages(term.lang()).format("feed.termTitle",
                Map.of("site", context.config().title(term.lang()), "term", term.label()));
    }

    /** One page of what refers to a term, grouped by type. */
    Referencing referencing(TermIndex.TermPage term, int number) {
        List<List<Page>> pages = Paginator.split(Cards.byGroup(term.referencing()), context.config().pageSize());
        return new Referencing(cards.groups(pages.get(number - 1), term.lang()),
                Paginator.navigation(term.url(), number, pages.size(), context.messages(term.lang()), context::href),
                context.href(term.url() + "index.xml"));
    }

    static boolean isArticle(PageType type) {
        return type == PageType.GOOD_PRACTICE || type == PageType.JOURNAL || type == PageType.ARTICLE
                || type == PageType.CASE_STUDY;
    }

    String description(Page page) {
        String summary = Cards.blankToNull(page.content().summary());
        return summary != null ? summary : context.messages(page.lang()).text("site.tagline");
    }

    private List<Crumb> crumbs(Page page) {
        List<Crumb> parts = new ArrayList<>();
        if (page.type() != PageType.PAGE) {
            String section = page.type().section();
            parts.add(new Crumb(context.sectionLabel(section, page.lang()), "/" + page.lang() + "/" + section + "/"));
        }
        parts.add(new Crumb(page.title(), null));
        return parts;
    }

    private Dates dates(Page page) {
        DateView published = page.meta().date().map(d -> context.date(d, page.lang())).orElse(null);
        DateView updated = page.meta().lastmod()
                .flatMap(i -> RenderContext.updated(page))
                .filter(d -> page.meta().date().map(p -> !p.equals(d)).orElse(true))
                .map(d -> context.date(d, page.lang()))
                .orElse(null);
        return published == null && updated == null ? null : new Dates(published, updated);
    }

    private static Toc toc(List<TocEntry> entries) {
        if (entries.size() < TOC_MIN_ENTRIES) {
            return null;
        }
        return new Toc(entries.stream().map(e -> new TocItem(e.level(), e.id(), e.text())).toList());
    }

    private TermGroups terms(Page page) {
        List<TermGroup> groups = new ArrayList<>();
        boolean networksInFacts = page.meta().details() instanceof PracticeDetails
                || page.meta().details() instanceof PublicationDetails;
        for (String taxonomy : context.config().taxonomies()) {
            if (networksInFacts && taxonomy.equals("networks")) {
                continue; // already among the facts at the top of the page
            }
            List<String> terms = page.meta().terms(taxonomy).stream()
                    .filter(t -> !(taxonomy.equals(page.key().section()) && t.equals(page.key().bundle())))
                    .toList();
            List<Link> links = cards.links(taxonomy, terms, page.lang());
            if (!links.isEmpty()) {
                groups.add(new TermGroup(context.sectionLabel(taxonomy, page.lang()), links));
            }
        }
        return groups.isEmpty() ? null : new TermGroups(List.copyOf(groups));
    }

    private String editUrl(Page page) {
        return context.config().repository().map(repository -> {
            String base = repository.toString();
            return (base.endsWith("/") ? base : base + "/") + page.source().file().toString().replace('\\', '/');
        }).orElse(null);
    }
}
