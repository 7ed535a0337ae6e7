package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.CodeFences;
import eu.transferhub.generator.content.LoadedIntro;
import eu.transferhub.generator.content.Intro;
import eu.transferhub.generator.content.LoadedPage;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageContent;
import eu.transferhub.generator.content.SourcePage;
import eu.transferhub.generator.html.HtmlPostProcessor;
import eu.transferhub.generator.markdown.HeadingMark;
import eu.transferhub.generator.markdown.LinkTarget;
import eu.transferhub.generator.markdown.MarkdownRenderer;
import eu.transferhub.generator.markdown.RenderedMarkdown;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown and HTML stages for one page: body → sanitised, post-processed
 * {@link PageContent}. Thread-safe; one instance per build.
 */
final class PageTransformer {

    private final MarkdownRenderer markdown;
    private final HtmlPostProcessor html;
    private final String siteHost;

    PageTransformer(MarkdownRenderer markdown, URI baseUrl) {
        this.markdown = markdown;
        this.html = new HtmlPostProcessor(baseUrl);
        this.siteHost = Optional.ofNullable(baseUrl.getHost()).orElse("").toLowerCase(Locale.ROOT);
    }

    /**
     * The page body. Without raw HTML, commonmark's output is final (the Markdown stage already
     * resolved links, set ids and dropped unsafe URLs); with raw HTML the Jsoup stage sanitises
     * it and applies the same rules to the raw parts. Most pages skip Jsoup, the costliest step.
     */
    private PageContent content(RenderedMarkdown rendered, String url, Optional<String> summary) {
        if (rendered.rawHtml()) {
            return html.process(rendered.html(), true, url, summary);
        }
        return new PageContent(rendered.html(), rendered.plainText(), summary.orElse(rendered.firstParagraph()),
                rendered.toc(), rendered.headings());
    }

    /** A page ready to render, with the links it contains (for the link check). */
    record Transformed(Page page, List<LinkTarget> links, List<HeadingMark> outline) {
    }

    Transformed page(LoadedPage loaded, Optional<Instant> lastmod) {
        SourcePage source = loaded.source();
        RenderedMarkdown rendered = markdown.render(source.markdown(), source.bodyLine(), loaded.url(), siteHost);
        Optional<String> summary = source.meta().summary()
                .or(() -> beforeDivider(source.markdown(), source.bodyLine(), loaded.url()));
        PageContent content = content(rendered, loaded.url(), summary);
        // The Markdown is not kept once rendered: it is a third of a big site's memory and no later stage reads it.
        SourcePage dated = new SourcePage(source.key(), source.lang(), source.type(),
                source.meta().withLastmod(lastmod), source.file(), "", source.bodyLine(), source.resources());
        return new Transformed(new Page(dated, loaded.url(), content), rendered.links(), rendered.outline());
    }

    /** Hugo's summary divider: the text before it is the summary, when the front matter has none. */
    private static final Pattern DIVIDER = Pattern.compile("(?m)^[ ]{0,3}<!--more-->[ \\t]*$");

    /** The plain text before a {@code <!--more-->} line, as Hugo takes it for the summary. */
    private Optional<String> beforeDivider(String markdown, int bodyLine, String url) {
        if (!markdown.contains("<!--more-->")) {
            return Optional.empty();
        }
        Matcher divider = DIVIDER.matcher(markdown);
        if (!divider.find() || insideFence(markdown, divider.start())) {
            return Optional.empty();
        }
        RenderedMarkdown before = this.markdown.render(markdown.substring(0, divider.start()), bodyLine, url, siteHost);
        String text = content(before, url, Optional.empty()).plainText();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** Whether {@code index} is inside a fenced code block, which shows a divider rather than being one. */
    private static boolean insideFence(String markdown, int index) {
        String[] lines = markdown.substring(0, index + 1).split("\n", -1);
        return CodeFences.fenced(lines)[lines.length - 1];
    }

    record TransformedIntro(Intro intro, List<LinkTarget> links, List<HeadingMark> outline, String url, Path file) {
    }

    TransformedIntro intro(LoadedIntro loaded) {
        RenderedMarkdown rendered = markdown.render(loaded.markdown(), loaded.bodyLine(), loaded.url(), siteHost);
        Optional<String> summary = loaded.summary().isEmpty() ? Optional.empty() : Optional.of(loaded.summary());
        PageContent content = content(rendered, loaded.url(), summary);
        return new TransformedIntro(new Intro(loaded.lang(), loaded.title(), content, loaded.file()),
                rendered.links(), rendered.outline(), loaded.url(), loaded.file());
    }
}
