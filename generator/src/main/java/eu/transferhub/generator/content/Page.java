package eu.transferhub.generator.content;

import java.util.Objects;

/**
 * A content page ready for rendering.
 *
 * <p>In pages of a built {@link Site} the source's {@code markdown} is empty: the body
 * lives on as {@link #content()}, and keeping both would double a large site's memory.
 *
 * @param url site-relative URL with slashes at both ends, e.g. {@code /en/cities/bilbao/}
 */
public record Page(SourcePage source, String url, PageContent content) {
    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(content, "content");
    }

    public PageKey key() {
        return source.key();
    }

    public String lang() {
        return source.lang();
    }

    public PageType type() {
        return source.type();
    }

    public FrontMatter meta() {
        return source.meta();
    }

    public String title() {
        return source.meta().title();
    }
}
