package eu.transferhub.search.query;

import eu.transferhub.search.index.Language;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where the unmarked terms of a translated query come from: the words as typed (folded), or a
 * language's stem looked up as a written word, which is how the index holds a stem that is its
 * word ({@code SurfaceFormFilter}). The second kind is a match only in a page of that language:
 * "fab", the Basque stem of "fabrik", is no match for the "Fab Lab" of a Spanish page, so the
 * snippet must not mark it. Built by {@link QueryTranslator} for one query; not thread-safe while
 * it is being built, read-only after.
 */
final class WrittenTerms {

    private final Set<String> typed = new HashSet<>();
    private final Map<Language, Set<String>> stems = new EnumMap<>(Language.class);

    void typed(String term) {
        typed.add(term);
    }

    void stem(Language language, String term) {
        stems.computeIfAbsent(language, l -> new HashSet<>()).add(term);
    }

    /**
     * Whether {@code term}, an unmarked term of the query, is in it only as the stem of another
     * language than {@code page}'s: neither typed nor a stem of the page's language.
     */
    boolean onlyAnotherLanguagesStem(Language page, String term) {
        if (typed.contains(term) || stems.getOrDefault(page, Set.of()).contains(term)) {
            return false;
        }
        for (Map.Entry<Language, Set<String>> language : stems.entrySet()) {
            if (language.getKey() != page && language.getValue().contains(term)) {
                return true;
            }
        }
        return false;
    }
}
