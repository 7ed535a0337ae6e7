package eu.transferhub.search.index;

/**
 * The searchable parts of a page, each indexed once per language (stemmed) and once folded,
 * with the weight a match in it carries: title &gt; headings &gt; summary &gt; body.
 */
public enum TextPart {
    TITLE("title", 5.0f),
    HEADINGS("headings", 3.0f),
    SUMMARY("summary", 2.0f),
    BODY("body", 1.0f);

    private final String prefix;
    private final float weight;

    TextPart(String prefix, float weight) {
        this.prefix = prefix;
        this.weight = weight;
    }

    /** The relative weight of a match in this part. */
    public float weight() {
        return weight;
    }

    /** The field holding this part stemmed by {@code language}'s analyzer, e.g. {@code body.pl}. */
    public String field(Language language) {
        return prefix + "." + language.code();
    }

    /** The field holding this part with the language-neutral analysis, e.g. {@code body.folded}. */
    public String foldedField() {
        return prefix + ".folded";
    }
}
