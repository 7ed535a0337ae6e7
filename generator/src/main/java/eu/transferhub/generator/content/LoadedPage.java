package eu.transferhub.generator.content;

import java.util.List;

/**
 * A page whose front matter is read, before Markdown. Keeps the lines of references and
 * aliases, which the site-wide checks need for their messages.
 *
 * @param url     site-relative URL, e.g. {@code /en/cities/bilbao/}
 * @param urlLine the line that gives the URL: the {@code slug}'s, else the front matter's first
 */
public record LoadedPage(SourcePage source, String url, List<Reference> references, List<Alias> aliases,
        int urlLine) {
    public LoadedPage {
        references = List.copyOf(references);
        aliases = List.copyOf(aliases);
    }
}
