package eu.transferhub.generator.content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files every site has whatever its pages: the root language chooser, 404 pages, sitemap,
 * robots.txt, and per language the home, search and list pages and the Atom feed. What the
 * URL check keeps pages and aliases away from, and what the link check lets links point to.
 * Term pages and later pages of lists depend on the pages, and are not here.
 */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /**
     * One generated file.
     *
     * @param description what it is, for messages: {@code the en articles list page}
     * @param list        whether it is a list's first page, which goes on at {@code page/2/}
     */
    public record File(String description, boolean list) {
    }

    /** Output file (e.g. {@code en/articles/index.html}) → what it is, in a stable order. */
    public static Map<String, File> of(SiteConfig config) {
        Map<String, File> files = new LinkedHashMap<>();
        files.put("index.html", new File("the language chooser at /", false));
        files.put("404.html", new File("the site's 404 page", false));
        files.put("sitemap.xml", new File("the sitemap", false));
        files.put("robots.txt", new File("robots.txt", false));
        for (Language language : config.languages()) {
            String lang = language.code();
            files.put(lang + "/index.html", new File("the " + lang + " home page", false));
            files.put(lang + "/search/index.html", new File("the " + lang + " search page", false));
            files.put(lang + "/404.html", new File("the " + lang + " 404 page", false));
            files.put(lang + "/index.xml", new File("the " + lang + " Atom feed", false));
            for (PageType type : PageType.values()) {
                if (type != PageType.PAGE) {
                    files.put(lang + "/" + type.section() + "/index.html",
                            new File("the " + lang + " " + type.section() + " list page", true));
                }
            }
            for (String taxonomy : config.taxonomies()) {
                files.putIfAbsent(lang + "/" + taxonomy + "/index.html",
                        new File("the " + lang + " " + taxonomy + " list page", true));
            }
        }
        return files;
    }
}
