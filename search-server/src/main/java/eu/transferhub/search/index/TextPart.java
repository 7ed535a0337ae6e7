package eu.transferhub.search.index;

/**
 * The searchable parts of a page, each one text field for pages of every language, with the
 * weight a match in it carries: title &gt; headings &gt; summary &gt; body.
 */
public enum TextPart {
    TITLE("title", 5.0f),
    HEADINGS("headings", 3.0f),
    SUMMARY("summary", 2.0f),
    BODY("body", 1.0f);

    private final String field;
    private final float weight;

    TextPart(String field, float weight) {
        this.field = field;
        this.weight = weight;
    }

    /** The relative weight of a match in this part. */
    public float weight() {
        return weight;
    }

    /**
     * The field holding this part: marked stems and folded words ({@link LanguageAnalyzers}).
     * Title, summary and body also store the text, under the same name.
     */
    public String field() {
        return field;
    }
}
