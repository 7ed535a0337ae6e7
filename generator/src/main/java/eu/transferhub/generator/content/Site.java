package eu.transferhub.generator.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The whole site after parsing and Markdown, before rendering. Immutable and thread-safe:
 * every index is computed once in the constructor, so the query methods are cheap.
 *
 * <p>Lists returned are unmodifiable. "Newest first" means: dated pages before undated
 * ones, by date descending, then weight ascending, then title, then URL (so the order is
 * total and builds are deterministic).
 */
public final class Site {

    /** The order of lists: newest first, then weight, then title, then url. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing((Page p) -> p.meta().date().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparingInt(p -> p.meta().weight())
            .thenComparing(Page::title)
            .thenComparing(Page::url);

    private final SiteConfig config;
    private final boolean drafts;
    private final List<Page> pages;
    private final Map<String, List<Page>> byLang;
    private final Map<PageKey, Map<String, Page>> byKey;
    private final Map<String, List<Page>> bySectionAndLang;
    private final Map<PageKey, Map<String, List<Page>>> referencingByLang;
    private final Map<String, List<String>> termsByTaxonomy;
    private final Map<String, Intro> intros;

    /**
     * @param pages  every content page; drafts among them are dropped unless {@code drafts}
     * @param intros home and section intros; one per section and language
     * @param drafts whether draft pages are part of the site
     * @throws IllegalArgumentException when two pages share a key and language, or two
     *                                  intros a section and language
     */
    public Site(SiteConfig config, List<Page> pages, List<Intro> intros, boolean drafts) {
        this.config = Objects.requireNonNull(config, "config");
        this.drafts = drafts;
        this.pages = pages.stream()
                .filter(p -> drafts || !p.meta().draft())
                .sorted(Comparator.comparing(Page::url).thenComparing(p -> p.source().file().toString()))
                .toList();

        Map<String, List<Page>> langs = new HashMap<>();
        Map<PageKey, Map<String, Page>> keys = new HashMap<>();
        for (Page page : this.pages) {
            langs.computeIfAbsent(page.lang(), l -> new ArrayList<>()).add(page);
            Page previous = keys.computeIfAbsent(page.key(), k -> new HashMap<>()).put(page.lang(), page);
            if (previous != null) {
                throw new IllegalArgumentException("two pages for " + page.key() + " in " + page.lang()
                        + ": " + previous.source().file() + " and " + page.source().file());
            }
        }
        // Lists filled in one pass over the pages in NEWEST_FIRST order (a total order) come
        // out sorted: one sort of the site instead of one per section and per referenced page.
        List<Page> newestFirst = NewestFirst.sort(this.pages);
        Map<String, List<Page>> sections = new HashMap<>();
        for (Page page : newestFirst) {
            sections.computeIfAbsent(sectionKey(page.type(), page.lang()), s -> new ArrayList<>()).add(page);
        }
        this.byLang = freeze(langs); // in URL order, like this.pages
        this.byKey = new HashMap<>();
        keys.forEach((key, perLang) -> byKey.put(key, Map.copyOf(perLang)));
        this.bySectionAndLang = freeze(sections);
        this.referencingByLang = new HashMap<>();
        References.of(newestFirst).forEach((target, all) -> {
            Map<String, List<Page>> byLanguage = new HashMap<>();
            all.forEach(p -> byLanguage.computeIfAbsent(p.lang(), l -> new ArrayList<>()).add(p));
            referencingByLang.put(target, freeze(byLanguage));
        });
        this.termsByTaxonomy = SiteTerms.of(config, this.pages);

        this.intros = introMap(intros);
    }

    /**
     * See {@link #replacing}: the base site's lists, with the replaced pages swapped in place;
     * a page that gained or lost a reference joins or leaves that target's lists, and lists
     * holding a page whose date, weight or title changed are sorted again.
     */
    private Site(Site base, IdentityHashMap<Page, Page> swap, List<Intro> intros) {
        this.config = base.config;
        this.drafts = base.drafts;
        this.pages = swapped(base.pages, swap);
        Map<String, List<Page>> langs = new HashMap<>(base.byLang);
        Map<PageKey, Map<String, Page>> keys = new HashMap<>(base.byKey);
        Map<String, List<Page>> sections = new HashMap<>(base.bySectionAndLang);
        Map<PageKey, Map<String, List<Page>>> referencingLang = new HashMap<>(base.referencingByLang);
        for (Map.Entry<Page, Page> replaced : swap.entrySet()) {
            Page old = replaced.getKey();
            // By URL, so the language's list keeps its order; the other lists are newest first.
            UnaryOperator<List<Page>> update = samePlace(old, replaced.getValue()) ? list -> swapped(list, swap)
                    : list -> Collections.unmodifiableList(NewestFirst.sort(swapped(list, swap)));
            langs.computeIfPresent(old.lang(), (lang, list) -> swapped(list, swap));
            keys.computeIfPresent(old.key(), (key, perLang) -> {
                Map<String, Page> copy = new HashMap<>(perLang);
                copy.replaceAll((lang, page) -> swap.getOrDefault(page, page));
                return Map.copyOf(copy);
            });
            sections.computeIfPresent(sectionKey(old.type(), old.lang()), (key, list) -> update.apply(list));
            Page now = replaced.getValue();
            Set<PageKey> before = References.targets(old);
            Set<PageKey> after = References.targets(now);
            Set<PageKey> all = new LinkedHashSet<>(before);
            all.addAll(after);
            for (PageKey target : all) {
                boolean leaves = !after.contains(target);
                boolean joins = !before.contains(target);
                UnaryOperator<List<Page>> change = leaves || joins
                        ? list -> membersChanged(list, old, now, leaves, joins, swap) : update;
                Map<String, List<Page>> perLang = new HashMap<>(referencingLang.getOrDefault(target, Map.of()));
                perLang.compute(old.lang(), (lang, list) -> nonEmpty(change.apply(list == null ? List.of() : list)));
                referencingLang.put(target, Map.copyOf(perLang));
            }
        }
        this.byLang = Map.copyOf(langs);
        this.byKey = keys;
        this.bySectionAndLang = Map.copyOf(sections);
        this.referencingByLang = referencingLang;
        boolean sameTerms = swap.entrySet().stream().allMatch(e ->
                TAXONOMIES.stream().allMatch(t -> e.getKey().meta().terms(t).equals(e.getValue().meta().terms(t))));
        this.termsByTaxonomy = sameTerms ? base.termsByTaxonomy : SiteTerms.updated(base.termsByTaxonomy, swap, this.pages);
        this.intros = introMap(intros);
    }

    /**
     * {@code list} after {@code old} became {@code now}: without the page when it leaves,
     * with it when it joins, swapped pages replaced, newest first.
     */
    private static List<Page> membersChanged(List<Page> list, Page old, Page now, boolean leaves, boolean joins,
            IdentityHashMap<Page, Page> swap) {
        List<Page> members = new ArrayList<>(list.size() + 1);
        for (Page page : list) {
            // Another replacement may have swapped the new version in already.
            if (!(leaves && (page == old || page == now))) {
                members.add(swap.getOrDefault(page, page));
            }
        }
        if (joins && !members.contains(now)) {
            members.add(now);
        }
        return Collections.unmodifiableList(NewestFirst.sort(members));
    }

    private static List<Page> nonEmpty(List<Page> list) {
        return list.isEmpty() ? null : list;
    }

    /**
     * This site with some pages replaced by new versions at the same address
     * ({@link #sameAddress}), and with these intros, answering exactly like a site built from
     * the new pages. Only the lists a replaced page is in, joins or leaves are changed, and
     * sorted again only when its date, weight, title or membership changed. For the live
     * preview, where a save changes one page's text, title, date or terms.
     *
     * @param replacements old page → new page, compared by identity
     * @throws IllegalArgumentException when a new page is not at its old page's address
     */
    public Site replacing(IdentityHashMap<Page, Page> replacements, List<Intro> intros) {
        replacements.forEach((old, now) -> {
            if (!sameAddress(old, now)) {
                throw new IllegalArgumentException(now.source().file() + " is not at the address of "
                        + old.source().file());
            }
        });
        return new Site(this, replacements, intros);
    }

    /**
     * Whether two versions of a page are at the same address: the same file, key, language,
     * type, URL and draft flag. Which lists they are in may differ ({@link #sameLists}).
     */
    public static boolean sameAddress(Page a, Page b) {
        return a.source().file().equals(b.source().file()) && a.key().equals(b.key()) && a.lang().equals(b.lang())
                && a.type() == b.type() && a.url().equals(b.url()) && a.meta().draft() == b.meta().draft();
    }

    /**
     * Whether two versions of a page are in the same lists of a site: the same file, key,
     * language, type and URL, draft flag, terms and references. Their places in those lists
     * may differ ({@link #samePlace}).
     */
    public static boolean sameLists(Page a, Page b) {
        FrontMatter x = a.meta();
        FrontMatter y = b.meta();
        return sameAddress(a, b) && TAXONOMIES.stream().allMatch(t -> x.terms(t).equals(y.terms(t)))
                && References.targets(a).equals(References.targets(b));
    }

    /**
     * Whether two versions of a page have the same place in every list of a site: the same
     * file, key, language, type and URL, the same sort keys (date, weight, title), draft flag,
     * terms and references.
     */
    public static boolean samePlace(Page a, Page b) {
        FrontMatter x = a.meta();
        FrontMatter y = b.meta();
        return sameLists(a, b) && x.date().equals(y.date()) && x.weight() == y.weight() && x.title().equals(y.title());
    }

    /** The taxonomies {@link FrontMatter#terms} knows. */
    private static final List<String> TAXONOMIES = List.of("cities", "networks", "themes");

    private static List<Page> swapped(List<Page> list, IdentityHashMap<Page, Page> swap) {
        List<Page> out = new ArrayList<>(list.size());
        for (Page page : list) {
            out.add(swap.getOrDefault(page, page));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, Intro> introMap(List<Intro> intros) {
        Map<String, Intro> introMap = new HashMap<>();
        for (Intro intro : intros) {
            Intro previous = introMap.put(introKey(intro.section(), intro.lang()), intro);
            if (previous != null) {
                throw new IllegalArgumentException("two intros for section '" + intro.section() + "' in "
                        + intro.lang() + ": " + previous.file() + " and " + intro.file());
            }
        }
        return Map.copyOf(introMap);
    }

    public SiteConfig config() {
        return config;
    }

    /** Whether draft pages are part of this site ({@code --drafts}). */
    public boolean drafts() {
        return drafts;
    }

    /** Every content page, sorted by URL. */
    public List<Page> pages() {
        return pages;
    }

    /** The pages in one language, sorted by URL. */
    public List<Page> pages(String lang) {
        return byLang.getOrDefault(lang, List.of());
    }

    /** The pages of one type in one language, newest first. */
    public List<Page> section(PageType type, String lang) {
        return bySectionAndLang.getOrDefault(sectionKey(type, lang), List.of());
    }

    /** The page of a bundle in a language. */
    public Optional<Page> find(PageKey key, String lang) {
        return Optional.ofNullable(byKey.getOrDefault(key, Map.of()).get(lang));
    }

    /** Every language version of the page's bundle, including the page itself, by language weight. */
    public List<Page> translations(Page page) {
        Map<String, Page> perLang = byKey.getOrDefault(page.key(), Map.of());
        List<Page> result = new ArrayList<>();
        for (Language language : config.languages()) {
            Page translation = perLang.get(language.code());
            if (translation != null) {
                result.add(translation);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The pages in {@code lang} that refer to {@code target}, newest first: for a city,
     * pages naming it as owner city, network lead, partner, meeting host or {@code cities}
     * term; for a network or theme, pages with it among their {@code networks} or
     * {@code themes}. The target itself is not included.
     */
    public List<Page> referencing(PageKey target, String lang) {
        return referencingByLang.getOrDefault(target, Map.of()).getOrDefault(lang, List.of());
    }

    /** Every term of the taxonomy that a page uses or that has a profile page, sorted. */
    public List<String> terms(String taxonomy) {
        return termsByTaxonomy.getOrDefault(taxonomy, List.of());
    }

    /** The home page intro of a language ({@code content/_index.<lang>.md}). */
    public Optional<Intro> home(String lang) {
        return sectionIntro("", lang);
    }

    /** The intro of a section list page ({@code content/<section>/_index.<lang>.md}). */
    public Optional<Intro> sectionIntro(String section, String lang) {
        return Optional.ofNullable(intros.get(introKey(section, lang)));
    }

    private static String sectionKey(PageType type, String lang) {
        return type.name() + "\0" + lang;
    }

    private static String introKey(String section, String lang) {
        return section + "\0" + lang;
    }

    private static <K> Map<K, List<Page>> freeze(Map<K, List<Page>> map) {
        Map<K, List<Page>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
