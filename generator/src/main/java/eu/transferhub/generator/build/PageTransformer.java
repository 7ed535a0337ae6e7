package eu.transferhub.generator.build;

import eu.transferhub.generator.content.LoadedIntro;
import eu.transferhub.generator.content.Intro;
import eu.transferhub.generator.content.LoadedPage;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageContent;
import eu.transferhub.generator.content.SourcePage;
import eu.transferhub.generator.html.HtmlPostProcessor;
import eu.transferhub.generator.markdown.LinkTarget;
import eu.transferhub.generator.markdown.MarkdownRenderer;
import eu.transferhub.generator.markdown.RenderedMarkdown;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Markdown and HTML stages for one page: body → sanitised, post-processed
 * {@link PageContent}. Thread-safe; one instance per build.
 */
final class PageTransformer {

    private final MarkdownRenderer markdown;
    private final HtmlPostProcessor html;

    PageTransformer(MarkdownRenderer markdown, HtmlPostProcessor html) {
        this.markdown = markdown;
        this.html = html;
    }

    /** A page ready to render, with the links it contains (for the link check). */
    record Transformed(Page page, List<LinkTarget> links) {
    }

    Transformed page(LoadedPage loaded, Optional<Instant> lastmod) {
        SourcePage source = loaded.source();
        RenderedMarkdown rendered = markdown.render(source.markdown(), source.bodyLine());
        PageContent content = html.process(rendered.html(), loaded.url(), source.meta().summary());
        SourcePage dated = new SourcePage(source.key(), source.lang(), source.type(),
                source.meta().withLastmod(lastmod), source.file(), source.markdown(), source.bodyLine(),
                source.resources());
        return new Transformed(new Page(dated, loaded.url(), content), rendered.links());
    }

    record TransformedIntro(Intro intro, List<LinkTarget> links, String url, Path file) {
    }

    TransformedIntro intro(LoadedIntro loaded) {
        RenderedMarkdown rendered = markdown.render(loaded.markdown(), loaded.bodyLine());
        Optional<String> summary = loaded.summary().isEmpty() ? Optional.empty() : Optional.of(loaded.summary());
        PageContent content = html.process(rendered.html(), loaded.url(), summary);
        return new TransformedIntro(new Intro(loaded.lang(), loaded.title(), content, loaded.file()),
                rendered.links(), loaded.url(), loaded.file());
    }
}
