package eu.transferhub.generator.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL part of {@link SiteChecks}: pages, aliases, bundle files and what the site generates
 * (home, search and list pages, term pages, feeds, the root language chooser, 404 pages, the
 * sitemap) must not share an output file, or one would silently replace the other. Output
 * files are compared, not URLs: {@code /en/old/} and {@code /en/old/index.html} are one file.
 *
 * <p>What claims a file first keeps it, in this order: the generated files, pages, bundle
 * files, aliases; the later claimant gets the error, at the line that gives it its URL.
 *
 * <p>Plain term pages (a term without a profile page in a language) come and go with the
 * pages that name the term, so they are checked on their own ({@link #termPages}), and a
 * caller that re-checks only changed references can redo that part alone.
 */
final class UrlCheck {

    /** A list's page 2, 3…: {@code /en/articles/page/2/}; group 1 is the list's URL. */
    private static final Pattern PAGINATION = Pattern.compile("(/[^/]+/.+/)page/([0-9]+)/index\\.html");

    /** Folders the theme's files are published in, under the site root. */
    private static final List<String> THEME_FOLDERS = List.of("assets/", "_search/");

    private UrlCheck() {
    }

    /** Every clash but those with plain term pages. */
    static void check(SiteConfig config, List<LoadedPage> pages, List<Diagnostic> out) {
        Map<String, Object> claimed = new HashMap<>();
        Set<String> lists = new HashSet<>();
        generated(config, pages, claimed, lists);
        for (LoadedPage page : pages) {
            claim(claimed, lists, SiteFiles.of(page.url()), page, out);
        }
        // A bundle file is published beside each translation; one error says it is in the way.
        Set<Path> reported = new HashSet<>();
        for (LoadedPage page : pages) {
            for (Path resource : page.source().resources()) {
                List<Diagnostic> clashes = new ArrayList<>(1);
                ResourceOf claimant = new ResourceOf(page, resource);
                claim(claimed, lists, resourcePath(claimant), claimant, clashes);
                if (!clashes.isEmpty() && reported.add(resource)) {
                    out.addAll(clashes);
                }
            }
        }
        for (LoadedPage page : pages) {
            for (Alias alias : page.aliases()) {
                claim(claimed, lists, SiteFiles.of(alias.path()), new AliasOf(page, alias), out);
            }
        }
    }

    /**
     * Clashes of aliases with plain term pages and their feeds: {@code /<lang>/<taxonomy>/<term>/}
     * for a term some page of that language names and no profile page of that language is.
     */
    static List<Diagnostic> termPages(SiteConfig config, List<LoadedPage> pages) {
        Set<String> taxonomies = Set.copyOf(config.taxonomies());
        Map<String, AliasOf> aliases = new HashMap<>();
        for (LoadedPage page : pages) {
            for (Alias alias : page.aliases()) {
                String file = SiteFiles.of(alias.path());
                int slash = file.indexOf('/');
                int second = slash < 0 ? -1 : file.indexOf('/', slash + 1);
                if (second > 0 && taxonomies.contains(file.substring(slash + 1, second))) {
                    aliases.putIfAbsent(file, new AliasOf(page, alias));
                }
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        if (aliases.isEmpty()) {
            return out; // the usual case: no need to work out the terms
        }
        Set<String> profiles = new HashSet<>();
        for (LoadedPage page : pages) {
            if (taxonomies.contains(page.source().key().section())) {
                profiles.add(page.source().lang() + "/" + page.source().key().section() + "/"
                        + page.source().key().bundle() + "/");
            }
        }
        Set<String> reported = new HashSet<>();
        for (LoadedPage page : pages) {
            for (Reference reference : page.references()) {
                String taxonomy = reference.target().section();
                if (!taxonomies.contains(taxonomy)) {
                    continue;
                }
                String term = reference.target().bundle();
                String folder = page.source().lang() + "/" + taxonomy + "/" + term + "/";
                if (profiles.contains(folder)) {
                    continue;
                }
                String owner = "the " + page.source().lang() + " term page of " + taxonomy + " '" + term + "'";
                clash(aliases.get(folder + "index.html"), "/" + folder, owner, reported, out);
                clash(aliases.get(folder + "index.xml"), "/" + folder + "index.xml", owner.replace("term page", "term feed"),
                        reported, out);
            }
        }
        return out;
    }

    private static void clash(AliasOf alias, String url, String owner, Set<String> reported, List<Diagnostic> out) {
        if (alias != null && reported.add(url)) {
            out.add(Diagnostic.error(alias.page().source().file(), alias.alias().line(), "alias " + alias.alias().path()
                    + " is also the URL of " + owner + " (" + url + ")"));
        }
    }

    /** The files the site makes whatever the content, and the profile pages' term feeds. */
    private static void generated(SiteConfig config, List<LoadedPage> pages, Map<String, Object> claimed,
            Set<String> lists) {
        GeneratedFiles.of(config).forEach((file, generated) -> {
            claimed.put(file, generated.description());
            if (generated.list()) {
                lists.add("/" + file.substring(0, file.length() - "index.html".length()));
            }
        });
        Set<String> taxonomies = Set.copyOf(config.taxonomies());
        for (LoadedPage page : pages) {
            if (taxonomies.contains(page.source().key().section())) {
                // A profile page is also its term's page: pages 2… of what refers to it, and a feed.
                lists.add(page.url());
                claimed.put(page.url().substring(1) + "index.xml", "the " + page.source().lang() + " feed of "
                        + page.source().key().section() + " '" + page.source().key().bundle() + "'");
            }
        }
    }

    private static void claim(Map<String, Object> claimed, Set<String> lists, String file, Object claimant,
            List<Diagnostic> out) {
        Object previous = claimed.putIfAbsent(file, claimant);
        if (previous != null) {
            out.add(clash(claimant, owner(previous)));
            return;
        }
        if (THEME_FOLDERS.stream().anyMatch(file::startsWith)) {
            out.add(clash(claimant, "the theme's files (/" + file.substring(0, file.indexOf('/') + 1) + ")"));
            return;
        }
        if (!file.contains("/page/")) {
            return; // the usual case, without a regex per page of a large site
        }
        Matcher page = PAGINATION.matcher("/" + file);
        if (page.matches() && lists.contains(page.group(1))) {
            out.add(clash(claimant, "page " + page.group(2) + " of the list " + page.group(1)
                    + " (long lists go on at page/2/, page/3/…)"));
        }
    }

    private static Diagnostic clash(Object claimant, String owner) {
        return switch (claimant) {
            case LoadedPage page -> Diagnostic.error(page.source().file(), page.urlLine(), "URL " + page.url()
                    + " is also the URL of " + owner);
            case AliasOf alias -> Diagnostic.error(alias.page().source().file(), alias.alias().line(), "alias "
                    + alias.alias().path() + " is also the URL of " + owner);
            case ResourceOf resource -> Diagnostic.error(resource.file(), 0, "this bundle file would be published at /"
                    + resourcePath(resource) + ", which is also the URL of " + owner + "; rename it");
            default -> throw new IllegalArgumentException(claimant.toString());
        };
    }

    private static String resourcePath(ResourceOf resource) {
        return SiteFiles.resource(resource.page().url(), resource.page().source().file(), resource.file());
    }

    /** A page claiming a file through one of its aliases. */
    private record AliasOf(LoadedPage page, Alias alias) {
    }

    /** A page's bundle file, published beside it. */
    private record ResourceOf(LoadedPage page, Path file) {
    }

    /** How a clash names what claimed the file first: a generated file, {@code file:line}, or {@code file (alias)}. */
    private static String owner(Object claimant) {
        return switch (claimant) {
            case LoadedPage page -> slashed(page.source().file()) + ":" + page.urlLine();
            case AliasOf alias -> slashed(alias.page().source().file()) + ":" + alias.alias().line() + " (alias)";
            case ResourceOf resource -> slashed(resource.file()) + " (bundle file)";
            default -> claimant.toString();
        };
    }

    private static String slashed(Path file) {
        return file.toString().replace('\\', '/');
    }
}
