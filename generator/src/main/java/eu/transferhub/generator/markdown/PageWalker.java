package eu.transferhub.generator.markdown;

import eu.transferhub.generator.content.TocEntry;
import eu.transferhub.generator.html.AsciiSlug;
import eu.transferhub.generator.html.ReservedIds;
import eu.transferhub.generator.html.SiteLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * One walk over a parsed document before it is rendered: records links with their lines,
 * resolves relative destinations against the page URL, marks external and unsafe URLs,
 * gives headings unique ASCII ids, and collects the text (whole body, first paragraph,
 * headings). The same rules as the Jsoup stage, so both give the same page.
 */
final class PageWalker extends AbstractVisitor {

    private final int firstLine;
    private final String pageUrl;
    private final String siteHost;
    private final PageInfo info;
    final List<LinkTarget> links = new ArrayList<>();
    final List<TocEntry> toc = new ArrayList<>();
    final List<String> headings = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    private final List<PendingHeading> pendingHeadings = new ArrayList<>();
    /** Footnote label → how many references name it (0 for a definition no reference names). */
    private final Map<String, Integer> footnoteReferences = new HashMap<>();
    String firstParagraph;
    /** The text of the paragraph that may be the summary, while it is walked; else null. */
    private StringBuilder paragraphText;
    private int imageDepth;
    boolean rawHtml;
    final List<HeadingMark> outline = new ArrayList<>();
    /** An HTML heading's opening tag, for the outline: {@code <h2>}, {@code <H3 class="x">}. */
    private static final Pattern RAW_HEADING = Pattern.compile("(?i)<h[1-6][\\s>]");

    PageWalker(int firstLine, String pageUrl, String siteHost, PageInfo info) {
        this.firstLine = firstLine;
        this.pageUrl = pageUrl;
        this.siteHost = siteHost;
        this.info = info;
    }

    @Override
    public void visit(Link link) {
        String text = collapse(textOf(link, new StringBuilder()));
        links.add(new LinkTarget(link.getDestination(), line(link), false, text.isEmpty() ? null : text));
        destination(link, link.getDestination(), false);
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        String alt = collapse(textOf(image, new StringBuilder()));
        links.add(new LinkTarget(image.getDestination(), line(image), true, alt.isEmpty() ? null : alt));
        destination(image, image.getDestination(), true);
        imageDepth++;
        visitChildren(image);
        imageDepth--;
    }

    /**
     * What a screen reader says for a raw HTML link: its text (and {@code followingText}), its
     * images' alt text or its aria-label; null for nothing.
     */
    private static String linkText(Element anchor, String followingText) {
        StringBuilder text = new StringBuilder(anchor.text()).append(' ').append(anchor.attr("aria-label"));
        if (followingText != null) {
            text.append(' ').append(followingText);
        }
        anchor.select("img[alt]").forEach(img -> text.append(' ').append(img.attr("alt")));
        String said = collapse(text);
        return said.isEmpty() ? null : said;
    }

    /** The text of a node's descendants: an image's alt text is the text between its brackets. */
    private static StringBuilder textOf(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendText(child, out);
        }
        return out;
    }

    /** The text of {@code node} itself, whatever kind of inline it is. */
    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof Text text) {
            out.append(text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(code.getLiteral());
        } else {
            textOf(node, out);
        }
    }

    private void destination(Node node, String destination, boolean image) {
        if (!SiteLinks.isSafe(destination, image)) {
            info.unsafe.add(node);
            return;
        }
        if (!image && SiteLinks.isExternal(destination, siteHost)) {
            info.external.add(node);
        }
        String resolved = SiteLinks.resolve(pageUrl, destination);
        if (node instanceof Link link) {
            link.setDestination(resolved);
        } else if (node instanceof Image img) {
            img.setDestination(resolved);
        }
    }

    @Override
    public void visit(Heading heading) {
        outline.add(new HeadingMark(heading.getLevel(), line(heading)));
        int start = text.length();
        visitChildren(heading);
        String title = collapse(text.substring(start));
        pendingHeadings.add(new PendingHeading(heading, title));
        headings.add(title);
        text.append(' ');
    }

    /** A heading seen, whose id is given once the footnotes' ids are known ({@link #finish}). */
    private record PendingHeading(Heading heading, String title) {
    }

    /**
     * Gives the headings their ids, after the walk: an id must not be one the theme uses
     * ({@link ReservedIds}) nor one of the footnotes' ({@code fn-<label>}, {@code fnref-<label>},
     * {@code fnref-<label>-<n>}), and footnotes may be defined below the headings.
     */
    void finish() {
        Set<String> ids = new HashSet<>(ReservedIds.THEME);
        footnoteReferences.forEach((label, count) -> {
            ids.add("fn-" + label);
            ids.add("fnref-" + label);
            for (int n = 2; n <= count; n++) {
                ids.add("fnref-" + label + "-" + n);
            }
        });
        for (PendingHeading pending : pendingHeadings) {
            String id = ReservedIds.free(AsciiSlug.of(pending.title()), ids);
            ids.add(id);
            info.headingIds.put(pending.heading(), id);
            int level = pending.heading().getLevel();
            if (level == 2 || level == 3) {
                toc.add(new TocEntry(level, id, pending.title()));
            }
        }
    }

    /**
     * The summary is the first top-level paragraph with text of its own: an image's alt text
     * describes the image, not the page, and a paragraph of images alone is skipped (as
     * Jsoup's {@code Element.text()} does on the other path).
     */
    @Override
    public void visit(Paragraph paragraph) {
        boolean candidate = firstParagraph == null && paragraph.getParent() != null
                && paragraph.getParent().getParent() == null;
        if (candidate) {
            paragraphText = new StringBuilder();
        }
        visitChildren(paragraph);
        if (candidate) {
            String own = collapse(paragraphText);
            paragraphText = null;
            if (!own.isEmpty()) {
                firstParagraph = own;
            }
        }
        text.append(' ');
    }

    @Override
    public void visit(Text node) {
        append(node.getLiteral());
    }

    @Override
    public void visit(Code code) {
        append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        append(" ");
    }

    @Override
    public void visit(HardLineBreak node) {
        append(" ");
    }

    /** Body text, and the summary candidate's own text outside images. */
    private void append(String s) {
        text.append(s);
        if (paragraphText != null && imageDepth == 0) {
            paragraphText.append(s);
        }
    }

    @Override
    public void visit(HtmlBlock block) {
        rawHtml = true;
        readRawHtml(block.getLiteral(), line(block), null);
    }

    @Override
    public void visit(HtmlInline inline) {
        rawHtml = true;
        // An inline <a …> is a node of its own: its text and </a> follow as sibling nodes.
        String literal = inline.getLiteral();
        readRawHtml(literal, line(inline), literal.contains("</a") ? null : textUntilClosingA(inline));
    }

    /** The text of the nodes after an inline opening {@code <a …>}, up to its {@code </a>}. */
    private static String textUntilClosingA(HtmlInline open) {
        StringBuilder text = new StringBuilder();
        for (Node node = open.getNext(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline html && html.getLiteral().contains("</a")) {
                break;
            }
            appendText(node, text);
        }
        return text.toString();
    }

    /**
     * The links of raw HTML, for the link check like Markdown links (the sanitiser later keeps
     * {@code a href} and {@code img src}), and its headings, for the outline. Parsed only when
     * the text could hold one.
     *
     * @param followingText for an inline opening {@code <a …>}, the text of the nodes up to its
     *                      {@code </a>}, which are not in {@code html}; null otherwise
     */
    private void readRawHtml(String html, int firstLine, String followingText) {
        boolean headings = RAW_HEADING.matcher(html).find();
        if (!html.contains("href") && !html.contains("src") && !headings) {
            return;
        }
        Document parsed = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        if (headings) {
            for (Element heading : parsed.select("h1, h2, h3, h4, h5, h6")) {
                outline.add(new HeadingMark(heading.tagName().charAt(1) - '0',
                        firstLine + Math.max(0, heading.sourceRange().start().lineNumber() - 1)));
            }
        }
        for (Element element : parsed.select("a[href], img[src]")) {
            boolean image = element.nameIs("img");
            int line = firstLine + Math.max(0, element.sourceRange().start().lineNumber() - 1);
            links.add(image ? new LinkTarget(element.attr("src"), line, true, element.hasAttr("alt")
                    ? element.attr("alt") : null) : new LinkTarget(element.attr("href"), line, false,
                    linkText(element, followingText)));
        }
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof FootnoteDefinition definition) {
            footnoteReferences.putIfAbsent(definition.getLabel(), 0);
        }
        super.visit(block);
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof FootnoteReference reference) {
            footnoteReferences.merge(reference.getLabel(), 1, Integer::sum);
        }
        visitChildren(node); // a reference has no children: its number is not text of the summary
        if (node instanceof TableCell) {
            text.append(' ');
        }
    }

    @Override
    protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        if (parent instanceof Block) {
            text.append(' ');
        }
    }

    /** Plain text with whitespace runs as single spaces, trimmed (as a browser shows it). */
    static String collapse(CharSequence raw) {
        // Copied out once and compacted in place: appending ranges of a builder that holds
        // letters beyond Latin-1 (ł, ș) goes char by char through CharSequence.charAt, which
        // made this a seventh of the Markdown stage.
        int length = raw.length();
        char[] chars = new char[length];
        switch (raw) {
            case String string -> string.getChars(0, length, chars, 0);
            case StringBuilder builder -> builder.getChars(0, length, chars, 0);
            default -> {
                for (int i = 0; i < length; i++) {
                    chars[i] = raw.charAt(i);
                }
            }
        }
        // Writes never overtake reads: a space is written only where one was skipped.
        int kept = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (isSpace(c)) {
                space = kept > 0;
            } else {
                if (space) {
                    chars[kept++] = ' ';
                    space = false;
                }
                chars[kept++] = c;
            }
        }
        return new String(chars, 0, kept);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
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
