package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.generator.content.FrontMatter;
import eu.transferhub.generator.content.NoDetails;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The site's lists, filled in one pass, are in exactly {@link Site#NEWEST_FIRST} order. */
class ListOrderTest {

    @Test
    void sectionAndReferencingListsFollowNewestFirstWithAllItsTieBreaks() {
        Random random = new Random(7);
        List<Page> pages = new ArrayList<>();
        pages.add(TestSite.page("cities", "tartu", "en", PageType.CITY,
                TestSite.meta("Tartu", null, "A city.", new NoDetails()), "<p>Tartu</p>", List.of()));
        for (int i = 0; i < 300; i++) {
            // Few dates, weights and titles, so every tie-break is needed.
            LocalDate date = random.nextInt(5) == 0 ? null : LocalDate.of(2020, 1, 1 + random.nextInt(3));
            FrontMatter base = TestSite.meta("Title " + random.nextInt(4), date, "S.", new NoDetails());
            FrontMatter meta = new FrontMatter(base.title(), base.date(), base.summary(), false, Optional.empty(),
                    List.of(), random.nextInt(3) - 1, List.of("tartu"), List.of(), List.of(), base.details(),
                    Optional.empty());
            pages.add(TestSite.page("articles", "a" + i, "en", PageType.ARTICLE, meta, "<p>x</p>", List.of()));
        }
        Site site = new Site(TestSite.config(10), pages, List.of(), false);

        List<Page> articles = pages.stream().filter(p -> p.type() == PageType.ARTICLE).sorted(Site.NEWEST_FIRST).toList();
        assertEquals(articles, site.section(PageType.ARTICLE, "en"));
        assertEquals(articles, site.referencing(new PageKey("cities", "tartu"), "en"));
    }
}
