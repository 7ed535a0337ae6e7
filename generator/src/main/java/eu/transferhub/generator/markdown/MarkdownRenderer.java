package eu.transferhub.generator.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark with GitHub tables, strikethrough, autolinks, footnotes and heading anchors.
 *
 * <p>The parser and renderer are built once in {@link #create()} and reused: commonmark-java
 * documents both as thread-safe, so one instance serves every page of a parallel build.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    private MarkdownRenderer(Parser parser, HtmlRenderer renderer) {
        this.parser = parser;
        this.renderer = renderer;
    }

    /** The renderer with the extensions of the content format. */
    public static MarkdownRenderer create() {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnotesExtension.create(), HeadingAnchorExtension.create());
        Parser parser = Parser.builder()
                .extensions(extensions)
                // Line numbers of links, for "broken link" warnings that point at the Markdown.
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                // Spaces and non-ASCII in destinations become valid URLs instead of broken attributes.
                .percentEncodeUrls(true)
                .build();
        return new MarkdownRenderer(parser, renderer);
    }

    /**
     * Renders a Markdown body.
     *
     * @param firstLine 1-based line of the body's first line in its file, so that link lines
     *                  count from the top of the file, front matter included
     */
    public RenderedMarkdown render(String markdown, int firstLine) {
        Node document = parser.parse(markdown);
        Collector collector = new Collector(firstLine);
        document.accept(collector);
        return new RenderedMarkdown(renderer.render(document), collector.links, collector.rawHtml);
    }

    /** Walks the tree once for links, images and raw HTML. */
    private static final class Collector extends AbstractVisitor {
        private final int firstLine;
        private final List<LinkTarget> links = new ArrayList<>();
        private boolean rawHtml;

        Collector(int firstLine) {
            this.firstLine = firstLine;
        }

        @Override
        public void visit(Link link) {
            links.add(new LinkTarget(link.getDestination(), line(link), false));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            links.add(new LinkTarget(image.getDestination(), line(image), true));
            visitChildren(image);
        }

        @Override
        public void visit(HtmlBlock block) {
            rawHtml = true;
        }

        @Override
        public void visit(HtmlInline inline) {
            rawHtml = true;
        }

        /** The node's own line; nodes made by post-processors (autolinks) may have none, then the parent's. */
        private int line(Node node) {
            for (Node n = node; n != null; n = n.getParent()) {
                List<SourceSpan> spans = n.getSourceSpans();
                if (!spans.isEmpty()) {
                    return spans.get(0).getLineIndex() + firstLine;
                }
            }
            return firstLine;
        }
    }
}
