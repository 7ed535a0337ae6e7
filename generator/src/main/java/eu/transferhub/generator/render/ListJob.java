package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.output.OutputSink;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The job of an output that lists other pages (a list page, a term page, a term feed), with
 * what it depends on: a preview rebuild keeps the file from the last build when none of the
 * bundles it shows changed and its shape is equal to last time's.
 *
 * @param path  the output file
 * @param shows the bundles whose data (titles, summaries, dates, tags) the output displays
 * @param dated whether it is a feed: it shows those bundles' own data and the time each last
 *              changed, not their cards, so it changes with their own files only
 * @param shape what else a page edit can change in it: which items in which order, counts,
 *              the number of pages, which translations exist; compared with {@code equals}
 */
record ListJob(String path, Set<PageKey> shows, boolean dated, Object shape, OutputJob render) implements OutputJob {

    ListJob {
        shows = Set.copyOf(shows);
    }

    /** An output that shows its bundles' cards, not when they last changed. */
    ListJob(String path, Set<PageKey> shows, Object shape, OutputJob render) {
        this(path, shows, false, shape, render);
    }

    @Override
    public void run(OutputSink sink) throws IOException {
        render.run(sink);
    }

    static List<String> urls(List<Page> pages) {
        return pages.stream().map(Page::url).toList();
    }
}
