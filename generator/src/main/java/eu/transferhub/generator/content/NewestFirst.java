package eu.transferhub.generator.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Sorts the site's lists in {@link Site#NEWEST_FIRST} order, fast enough for every list of a large site. */
final class NewestFirst {

    private NewestFirst() {
    }

    /** The pages in {@link Site#NEWEST_FIRST} order, each sort key read once instead of per comparison. */
    static List<Page> sort(List<Page> pages) {
        List<Ranked> ranked = new ArrayList<>(pages.size());
        for (Page page : pages) {
            ranked.add(new Ranked(page.meta().date().orElse(LocalDate.MIN).toEpochDay(), page.meta().weight(),
                    page.title(), page.url(), page));
        }
        Collections.sort(ranked);
        List<Page> sorted = new ArrayList<>(ranked.size());
        ranked.forEach(r -> sorted.add(r.page()));
        return sorted;
    }

    /** {@link Site#NEWEST_FIRST}'s keys of one page. */
    private record Ranked(long day, int weight, String title, String url, Page page) implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked other) {
            int order = Long.compare(other.day, day);
            if (order == 0) {
                order = Integer.compare(weight, other.weight);
            }
            if (order == 0) {
                order = title.compareTo(other.title);
            }
            return order != 0 ? order : url.compareTo(other.url);
        }
    }
}
