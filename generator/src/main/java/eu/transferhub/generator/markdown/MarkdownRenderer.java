package eu.transferhub.generator.markdown;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark with GitHub tables, strikethrough, autolinks and footnotes.
 *
 * <p>The parser and renderer are built once in {@link #create()} and reused: commonmark-java
 * documents both as thread-safe, so one instance serves every page of a parallel build.
 * Heading ids come from {@link PageWalker} rather than commonmark's heading-anchor extension,
 * because they must be transliterated to ASCII ({@code Timișoara} → {@code timisoara}).
 */
public final class MarkdownRenderer {

    private final Parser parser;
    /** The same parser without the autolink pass, for a body that cannot hold an autolink. */
    private final Parser withoutAutolinks;
    private final HtmlRenderer renderer;

    private MarkdownRenderer(Parser parser, Parser withoutAutolinks, HtmlRenderer renderer) {
        this.parser = parser;
        this.withoutAutolinks = withoutAutolinks;
        this.renderer = renderer;
    }

    /** The renderer with the extensions of the content format. */
    public static MarkdownRenderer create() {
        return create(false);
    }

    /** @param alwaysAutolink run the autolink pass on every body (to test that skipping it changes nothing) */
    static MarkdownRenderer create(boolean alwaysAutolink) {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnotesExtension.create());
        Parser parser = parser(extensions);
        Parser withoutAutolinks = alwaysAutolink ? parser
                : parser(extensions.stream().filter(e -> !(e instanceof AutolinkExtension)).toList());
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                // Spaces and non-ASCII in destinations become valid URLs instead of broken attributes.
                .percentEncodeUrls(true)
                .attributeProviderFactory(context -> new BodyAttributes())
                .nodeRendererFactory(context -> new NodeRenderer() {
                    @Override
                    public Set<Class<? extends Node>> getNodeTypes() {
                        return Set.of(PageInfo.class);
                    }

                    @Override
                    public void render(Node node) {
                        // PageInfo only carries data for BodyAttributes; it has no HTML.
                    }
                })
                .build();
        return new MarkdownRenderer(parser, withoutAutolinks, renderer);
    }

    private static Parser parser(List<Extension> extensions) {
        return Parser.builder()
                .extensions(extensions)
                // Line numbers of links, for "broken link" warnings that point at the Markdown.
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    /**
     * Whether the autolink pass could find anything in {@code markdown}. It looks in the text
     * for "://" (URLs), "www." and "@" (e-mail addresses); text can only hold those when the
     * source does, or when an entity ({@code &#64;}) or an escape ({@code www\.}) writes them,
     * so any {@code &} or backslash counts. The
     * pass scans every text node of the page: 8 % of loading the benchmark corpus, where
     * nineteen pages in twenty have none of these.
     */
    static boolean mayHoldAutolink(String markdown) {
        return markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0 || markdown.indexOf('\\') >= 0
                || markdown.contains("://") || markdown.contains("www.");
    }

    /**
     * Renders a Markdown body of a page.
     *
     * @param firstLine 1-based line of the body's first line in its file, so that link lines
     *                  count from the top of the file, front matter included
     * @param pageUrl   the page's URL, e.g. {@code /en/cities/bilbao/}: relative links resolve against it
     * @param siteHost  the site's host in lower case: absolute links elsewhere are external
     */
    public RenderedMarkdown render(String markdown, int firstLine, String pageUrl, String siteHost) {
        Node document = (mayHoldAutolink(markdown) ? parser : withoutAutolinks).parse(markdown);
        PageInfo info = new PageInfo();
        PageWalker walker = new PageWalker(firstLine, pageUrl, siteHost, info);
        document.accept(walker);
        walker.finish();
        document.prependChild(info);
        String html = renderer.render(document);
        return new RenderedMarkdown(html, walker.links, walker.rawHtml, walker.toc, walker.headings,
                walker.firstParagraph == null ? "" : walker.firstParagraph, PageWalker.collapse(walker.text),
                walker.outline);
    }
}
