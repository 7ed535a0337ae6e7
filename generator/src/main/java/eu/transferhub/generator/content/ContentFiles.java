package eu.transferhub.generator.content;

import java.util.List;

/** Every Markdown file of the content dir, sorted by path. */
public record ContentFiles(List<PageFile> pages, List<IntroFile> intros) {
    public ContentFiles {
        pages = List.copyOf(pages);
        intros = List.copyOf(intros);
    }
}
