package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.PracticeDetails;
import eu.transferhub.generator.render.view.Card;
import eu.transferhub.generator.render.view.Group;
import eu.transferhub.generator.render.view.Link;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** List items (cards), links to term pages, and pages grouped by type. */
final class Cards {

    /** The order of the groups on a term page: what a reader looks for first. */
    static final List<PageType> GROUP_ORDER = List.of(PageType.GOOD_PRACTICE, PageType.NETWORK, PageType.JOURNAL,
            PageType.CASE_STUDY, PageType.ARTICLE, PageType.CITY, PageType.THEME, PageType.PAGE);

    private final RenderContext context;

    Cards(RenderContext context) {
        this.context = context;
    }

    /** Cities named on a card; more are summed up as "and 19 more" (an article may name dozens). */
    static final int CARD_CITIES = 4;

    Card card(Page page) {
        String lang = page.lang();
        List<String> terms = page.meta().terms("cities");
        List<Link> cities = links("cities", terms.subList(0, Math.min(CARD_CITIES, terms.size())), lang);
        String more = terms.size() > CARD_CITIES && !cities.isEmpty()
                ? context.messages(lang).format("list.moreCities", Map.of("count", Integer.toString(terms.size() - CARD_CITIES)))
                : null;
        boolean transfer = page.meta().details() instanceof PracticeDetails p && p.transfer();
        return new Card(context.href(page.url()), page.title(), page.type().slug(), context.typeLabel(page.type(), lang),
                page.meta().date().map(d -> context.date(d, lang)).orElse(null), blankToNull(page.content().summary()),
                cities, !cities.isEmpty(), more, transfer);
    }

    List<Card> cards(List<Page> pages) {
        return pages.stream().map(this::card).toList();
    }

    /** A link to the term's page in {@code lang}; without URL when it has none there. */
    Link link(String taxonomy, String term, String lang) {
        return context.terms().page(taxonomy, term, lang)
                .map(p -> new Link(p.label(), context.href(p.url())))
                .orElseGet(() -> new Link(context.terms().label(taxonomy, term, lang), null));
    }

    List<Link> links(String taxonomy, List<String> terms, String lang) {
        if (!context.config().taxonomies().contains(taxonomy)) {
            return List.of();
        }
        return terms.stream().map(term -> link(taxonomy, term, lang)).toList();
    }

    /** Pages in {@link #GROUP_ORDER}, keeping their order (newest first) within a type. */
    static List<Page> byGroup(List<Page> pages) {
        Map<PageType, List<Page>> byType = new EnumMap<>(PageType.class);
        for (Page page : pages) {
            byType.computeIfAbsent(page.type(), t -> new ArrayList<>()).add(page);
        }
        List<Page> sorted = new ArrayList<>(pages.size());
        for (PageType type : GROUP_ORDER) {
            sorted.addAll(byType.getOrDefault(type, List.of()));
        }
        return sorted;
    }

    /** One group per type present, headed by the section's plural label. */
    List<Group> groups(List<Page> pages, String lang) {
        Map<PageType, List<Page>> byType = new EnumMap<>(PageType.class);
        for (Page page : pages) {
            byType.computeIfAbsent(page.type(), t -> new ArrayList<>()).add(page);
        }
        List<Group> groups = new ArrayList<>();
        for (PageType type : GROUP_ORDER) {
            List<Page> members = byType.get(type);
            if (members != null) {
                String heading = type == PageType.PAGE
                        ? context.messages(lang).text("section.pages")
                        : context.sectionLabel(type.section(), lang);
                groups.add(new Group(heading, cards(members)));
            }
        }
        return List.copyOf(groups);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
