package eu.transferhub.generator.render;

import eu.transferhub.generator.content.PageKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The list outputs built from one part of the site: one section's list pages in every
 * language, one taxonomy's indexes, or one term's pages and feeds. Listing a family's jobs
 * walks and sorts its pages, which on a large site costs more than rendering the few outputs
 * a save changes; so a preview rebuild does not even list a family that no affected bundle
 * can appear in, and keeps its files from the last build.
 *
 * @param id        stable across builds, e.g. {@code term:cities/bilbao}
 * @param touchedBy whether a bundle of the current site can be shown by this family (for a
 *                  term: the term itself, which every page that joins or leaves it affects)
 * @param jobs      lists the family's outputs
 */
record ListFamily(String id, Predicate<PageKey> touchedBy, Supplier<List<ListJob>> jobs) {

    /**
     * What a family rendered, for the next rebuild.
     *
     * @param shows  every bundle whose card one of its lists or term pages shows
     * @param dated  every bundle a feed among its outputs has an entry for
     * @param shapes by output path, each output's {@link ListJob#shape()}
     */
    record Rendered(Set<PageKey> shows, Set<PageKey> dated, Map<String, Object> shapes) {

        Rendered {
            shows = Set.copyOf(shows);
            dated = Set.copyOf(dated);
            shapes = Map.copyOf(shapes);
        }

        static Rendered of(List<ListJob> jobs) {
            Set<PageKey> shows = new HashSet<>();
            Set<PageKey> dated = new HashSet<>();
            Map<String, Object> shapes = new HashMap<>();
            for (ListJob job : jobs) {
                // As the increment keeps each output: a feed by its entries' own changes.
                (job.dated() ? dated : shows).addAll(job.shows());
                shapes.put(job.path(), job.shape());
            }
            return new Rendered(shows, dated, shapes);
        }
    }
}
