package eu.transferhub.generator.content;

import java.util.Optional;

/** The kind of a page, given by the section folder its bundle is in. */
public enum PageType {
    GOOD_PRACTICE("good-practice", "good-practices"),
    CASE_STUDY("case-study", "case-studies"),
    JOURNAL("journal", "journals"),
    ARTICLE("article", "articles"),
    NETWORK("network", "networks"),
    CITY("city", "cities"),
    THEME("theme", "themes"),
    /** A bundle directly under {@code content/}. */
    PAGE("page", "");

    private final String slug;
    private final String section;

    PageType(String slug, String section) {
        this.slug = slug;
        this.section = section;
    }

    /** The type's name in templates and search documents, e.g. {@code good-practice}. */
    public String slug() {
        return slug;
    }

    /** The section folder and URL segment, e.g. {@code good-practices}; empty for {@link #PAGE}. */
    public String section() {
        return section;
    }

    /** The type of the section folder {@code section}; {@code ""} is {@link #PAGE}. */
    public static Optional<PageType> ofSection(String section) {
        for (PageType type : values()) {
            if (type.section.equals(section)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
