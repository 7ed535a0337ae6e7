package eu.transferhub.generator.render;

import eu.transferhub.generator.render.view.Messages;
import eu.transferhub.generator.render.view.PageLink;
import eu.transferhub.generator.render.view.Pagination;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Splits lists into pages of {@code pageSize}: page 1 at the list's own URL, page N at
 * {@code <list>/page/N/}. The page numbers shown are the first, the last and two either side
 * of the current one, with gaps between, so a 2,000-page list still has a short navigation.
 */
final class Paginator {

    private static final int AROUND = 2;

    private Paginator() {
    }

    /** The items in pages of {@code size}; always at least one (possibly empty) page. */
    static <T> List<List<T>> split(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + size);
        }
        List<List<T>> pages = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            pages.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    /** {@code /en/articles/} and 3 → {@code /en/articles/page/3/}; page 1 is the list itself. */
    static String url(String listUrl, int number) {
        return number == 1 ? listUrl : listUrl + "page/" + number + "/";
    }

    /**
     * The navigation of page {@code number} of {@code total}; null when there is only one page.
     *
     * @param href turns a site path into a link
     */
    static Pagination navigation(String listUrl, int number, int total, Messages t, UnaryOperator<String> href) {
        if (total <= 1) {
            return null;
        }
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, total));
        for (int n = Math.max(1, number - AROUND); n <= Math.min(total, number + AROUND); n++) {
            shown.add(n);
        }
        List<PageLink> links = new ArrayList<>();
        int previous = 0;
        for (int n : shown) {
            if (n > previous + 1) {
                links.add(new PageLink(0, null, false, false, true));
            }
            boolean current = n == number;
            links.add(new PageLink(n, current ? null : href.apply(url(listUrl, n)), current, !current, false));
            previous = n;
        }
        String status = t.format("pagination.page", Map.of("page", Integer.toString(number), "pages", Integer.toString(total)));
        return new Pagination(status,
                number > 1 ? href.apply(url(listUrl, number - 1)) : null,
                number < total ? href.apply(url(listUrl, number + 1)) : null,
                List.copyOf(links));
    }
}
