package eu.transferhub.generator.html;

import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for page bodies: what commonmark emits (tables, footnotes, strikethrough)
 * plus common inline and block markup an editor may paste. Everything else goes: no
 * {@code <script>}, {@code <style>}, {@code <iframe>}, no {@code on*} attributes, no
 * {@code style}, and link and image URLs only with safe schemes ({@code javascript:},
 * {@code vbscript:} and {@code data:} links are dropped; {@code data:} is allowed for image
 * sources, where browsers never run it). Thread-safe: the {@link Cleaner} is immutable.
 */
final class BodySanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("del", "s", "hr", "section", "figure", "figcaption", "abbr", "mark", "kbd", "samp",
                    "var", "details", "summary", "ins")
            .addAttributes(":all", "class", "title", "lang", "dir")
            .addAttributes("a", "id", "target", "rel", "aria-label", "data-footnote-ref", "data-footnote-backref",
                    "data-footnote-backref-idx")
            .addAttributes("section", "id", "data-footnotes")
            .addAttributes("li", "id")
            .addAttributes("sup", "id")
            .addAttributes("span", "id")
            .addAttributes("div", "id")
            .addAttributes("figure", "id")
            .addAttributes("table", "id")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("th", "align", "scope").addAttributes("td", "align")
            .addAttributes("img", "loading", "decoding")
            .addAttributes("abbr", "title")
            .addProtocols("a", "href", "#", "tel")
            .addProtocols("img", "src", "data")
            // Relative links are resolved by LinkRewriter afterwards; the cleaner must not absolutise them.
            .preserveRelativeLinks(true);

    private static final Cleaner CLEANER = new Cleaner(SAFELIST);

    private BodySanitizer() {
    }

    /**
     * A clean copy of {@code dirty}'s body. {@code dirty} needs an absolute base URI, against
     * which the cleaner checks the schemes of relative URLs; it is not modified.
     */
    static Document clean(Document dirty) {
        return CLEANER.clean(dirty);
    }
}
