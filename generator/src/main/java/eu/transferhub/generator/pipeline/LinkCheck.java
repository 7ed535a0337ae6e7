package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.GeneratedFiles;
import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.LoadedPage;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageFile;
import eu.transferhub.generator.content.PageReader;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SiteFiles;
import eu.transferhub.generator.content.SourcePage;
import eu.transferhub.generator.content.SiteConfig;
import eu.transferhub.generator.html.SiteLinks;
import eu.transferhub.generator.markdown.LinkTarget;
import eu.transferhub.generator.render.ListPageCounts;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links without text, images without alt text, and internal links that lead nowhere: a
 * site path under a language ({@code /en/…}) that is no page, resource, alias or generated page
 * of the site (a list's page 2, 3… counts while the list has it); a page resource missing from
 * its bundle; a {@code #fragment} that names no heading or element of the content page it
 * points to. Links elsewhere (assets, other hosts) are checked for their text only. Not
 * thread-safe (it remembers the ids of pages it has looked into).
 */
final class LinkCheck {

    /** Ids in HTML our own Markdown and HTML stages wrote: always double-quoted. */
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    /** A later page of a list: {@code /en/articles/page/3/}; group 1 is the list, group 2 the number. */
    private static final Pattern LIST_PAGE = Pattern.compile("(/.+/)page/([0-9]{1,9})/?(?:index\\.html)?");

    private final Set<String> paths = new HashSet<>();
    /** The pages and feeds of taxonomy terms, apart: a save can add or remove terms. */
    private final Set<String> termPaths = new HashSet<>();
    private final Set<String> languages = new HashSet<>();
    private final Map<String, Page> pagesByUrl = new HashMap<>();
    private final Map<String, Set<String>> ids = new HashMap<>();
    /** The URLs of pages left out as drafts → their files: a link to one is broken, and says why. */
    private final Map<String, Path> drafts = new HashMap<>();
    /** The site whose lists' pages 2, 3… exist; counted only when a link goes to one. */
    private Site site;
    private ListPageCounts listPages;

    LinkCheck(Site site) {
        this.site = site;
        for (String file : GeneratedFiles.of(site.config()).keySet()) {
            if (file.endsWith("index.html")) {
                addPage("/" + file.substring(0, file.length() - "index.html".length()));
            } else {
                paths.add("/" + file);
            }
        }
        for (Language language : site.config().languages()) {
            String lang = "/" + language.code() + "/";
            languages.add(language.code());
            for (String taxonomy : site.config().taxonomies()) {
                addTerms(lang, taxonomy, site.terms(taxonomy));
            }
        }
        for (Page page : site.pages()) {
            pagesByUrl.put(page.url(), page);
            addPage(page.url());
            page.meta().aliases().forEach(this::addPage);
            addResources(page.url(), page.source());
        }
    }

    /**
     * Makes the URLs of a page left out for its own errors exist (its URL, aliases and bundle
     * files): a link to it is right, and its errors already say what keeps it out. Its anchors
     * are not checked, since its body was not rendered.
     */
    void leftOut(LoadedPage page) {
        addPage(page.url());
        page.aliases().forEach(alias -> addPage(alias.path()));
        addResources(page.url(), page.source());
    }

    /**
     * Makes the URL of a page whose front matter could not be read exist, with its bundle files:
     * its own error says what keeps it out. Its URL is the bundle's, as a {@code slug} it may
     * set is unknown until the file is mended.
     */
    void unreadable(PageFile file) {
        String url = PageReader.url(file.lang(), file.type(), file.key().bundle());
        addPage(url);
        for (Path resource : file.resources()) {
            paths.add("/" + SiteFiles.resource(url, file.file(), resource));
        }
    }

    /** Makes these the drafts left out of the site (replacing those of a check reused). */
    void drafts(List<LoadedPage> left) {
        drafts.clear();
        for (LoadedPage page : left) {
            Set<String> paths = new HashSet<>();
            pageAt(page.url(), paths);
            paths.forEach(path -> drafts.putIfAbsent(path, page.source().file()));
        }
    }

    private void addResources(String pageUrl, SourcePage source) {
        for (Path resource : source.resources()) {
            paths.add("/" + SiteFiles.resource(pageUrl, source.file(), resource));
        }
    }

    /**
     * Makes {@code page} the one at its URL, for a check reused with a site whose link targets
     * are unchanged; the ids of an older version are forgotten.
     */
    void update(Page page) {
        if (pagesByUrl.get(page.url()) != page) {
            pagesByUrl.put(page.url(), page);
            ids.remove(page.url());
        }
    }

    /**
     * Makes the lists' later pages those of {@code site}, for a check reused with a site whose
     * pages changed in what they list: a term page grows or shrinks with the pages tagged with it.
     */
    void listsOf(Site site) {
        if (this.site != site) {
            this.site = site;
            listPages = null;
        }
    }

    /** Makes the pages and feeds of new terms exist, for a check reused after a save that added them. */
    void addTerms(SiteConfig config, String taxonomy, List<String> terms) {
        for (Language language : config.languages()) {
            addTerms("/" + language.code() + "/", taxonomy, terms);
        }
    }

    /**
     * Makes the pages and feeds of terms no page has any more not exist, for a check reused
     * after a save that removed them.
     *
     * @return the paths removed
     */
    Set<String> removeTerms(SiteConfig config, String taxonomy, List<String> terms) {
        Set<String> removed = new HashSet<>();
        for (Language language : config.languages()) {
            for (String term : terms) {
                termPathsOf("/" + language.code() + "/" + taxonomy + "/" + term + "/", removed);
            }
        }
        termPaths.removeAll(removed);
        return removed;
    }

    private void addTerms(String langPrefix, String taxonomy, List<String> terms) {
        for (String term : terms) {
            termPathsOf(langPrefix + taxonomy + "/" + term + "/", termPaths);
        }
    }

    private static void termPathsOf(String url, Set<String> out) {
        pageAt(url, out);
        out.add(url + "index.xml");
    }

    private void addPage(String url) {
        pageAt(url, paths);
    }

    /** The paths that reach a page at {@code url}: with and without the slash, and its index.html. */
    private static void pageAt(String url, Set<String> out) {
        out.add(url);
        if (url.endsWith("/")) {
            out.add(url + "index.html");
            if (url.length() > 1) {
                out.add(url.substring(0, url.length() - 1));
            }
        }
    }

    /** Warnings for the links of one file. */
    void check(Path file, String pageUrl, List<LinkTarget> links, List<Diagnostic> out) {
        check(file, pageUrl, links, out, new HashSet<>());
    }

    /** Warnings for the links of one file, and the term pages and feeds it links to ({@code toTerms}). */
    void check(Path file, String pageUrl, List<LinkTarget> links, List<Diagnostic> out, Set<String> toTerms) {
        for (LinkTarget link : links) {
            String destination = link.destination();
            if (link.text() == null) {
                out.add(Diagnostic.warning(file, link.line(), link.image()
                        ? "image without alt text: " + destination + " — say what it shows for people who cannot see"
                                + " it: ![what it shows](" + destination + "), or in HTML alt=\"…\" (alt=\"\" if it is"
                                + " only decoration)"
                        : "link without text: " + destination + " — a screen reader would read out the address;"
                                + " write what it leads to: [what it leads to](" + destination + ")"));
            }
            Optional<String> sitePath = destination.startsWith("#") ? Optional.of(pageUrl)
                    : SiteLinks.sitePath(pageUrl, destination);
            if (sitePath.isEmpty()) {
                continue;
            }
            String path = sitePath.get();
            if (termPaths.contains(path)) {
                toTerms.add(path);
            }
            if (!paths.contains(path) && !termPaths.contains(path) && isUnderLanguage(path)) {
                String problem = problem(file, pageUrl, destination, path);
                if (problem != null) {
                    out.add(Diagnostic.warning(file, link.line(), problem));
                }
                continue;
            }
            int hash = destination.indexOf('#');
            if (hash >= 0 && hash < destination.length() - 1) {
                anchor(file, link, destination.substring(hash + 1), path, out);
            }
        }
    }

    /** For a path no page, alias or resource has: null when it is a page 2, 3… that its list has, else the warning. */
    private String problem(Path file, String pageUrl, String destination, String path) {
        Matcher matcher = path.contains("/page/") ? LIST_PAGE.matcher(path) : null;
        if (matcher != null && matcher.matches()) {
            if (listPages == null) {
                listPages = ListPageCounts.of(site);
            }
            String list = matcher.group(1);
            int pages = listPages.pages(list);
            int number = Integer.parseInt(matcher.group(2));
            if (pages > 0) {
                return number >= 2 && number <= pages ? null : "broken link: " + destination + " — the list " + list
                        + (number < 2 ? " itself is its page 1" : " has " + (pages == 1 ? "1 page" : pages + " pages"));
            }
        }
        Path draft = drafts.get(path);
        if (draft != null) {
            return "broken link: " + destination + " is the draft " + draft.toString().replace('\\', '/')
                    + ", which is not published until its 'draft: true' goes";
        }
        return missing(file, pageUrl, destination, path);
    }

    private static String missing(Path file, String pageUrl, String destination, String path) {
        String rest = path.startsWith(pageUrl) ? path.substring(pageUrl.length()) : "";
        if (!rest.isEmpty() && !rest.endsWith("/") && rest.contains(".") && file.getParent() != null) {
            return "missing page resource: " + destination + " is not in the bundle folder "
                    + file.getParent().toString().replace('\\', '/') + "/";
        }
        return "broken link: " + destination + (path.equals(destination) ? "" : " (" + path + ")")
                + " is no page, resource or alias of the site";
    }

    /** A fragment must name an element of the content page it points to. */
    private void anchor(Path file, LinkTarget link, String rawFragment, String path, List<Diagnostic> out) {
        Page target = pagesByUrl.get(path.endsWith("/index.html") ? path.substring(0, path.length() - 10) : path);
        if (target == null) {
            return; // generated pages (lists, terms) have no editor-made anchors to check
        }
        String fragment = URLDecoder.decode(rawFragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        Set<String> known = ids.computeIfAbsent(target.url(), url -> idsOf(target));
        if (!known.contains(fragment)) {
            String headings = target.content().toc().stream().map(t -> t.id()).limit(8)
                    .reduce((a, b) -> a + ", " + b).map(list -> " (its headings: " + list + ")").orElse("");
            out.add(Diagnostic.warning(file, link.line(), "broken anchor: " + link.destination() + " — "
                    + target.url() + " has no heading or element with id '" + fragment + "'" + headings));
        }
    }

    private static Set<String> idsOf(Page page) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ID.matcher(page.content().html());
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        page.content().toc().forEach(t -> found.add(t.id()));
        return found;
    }

    /** Whether the path's first segment is a language, or climbs above the site root. */
    private boolean isUnderLanguage(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        int end = path.indexOf('/', 1);
        String first = path.substring(1, end > 0 ? end : path.length());
        return languages.contains(first) || first.equals("..");
    }
}
