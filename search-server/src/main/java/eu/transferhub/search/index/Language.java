package eu.transferhub.search.index;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;

/**
 * The languages the archive is written in, each with the analyzer that reduces its words to
 * stems (or, for Polish, to dictionary lemmas) and its own name, used as the language facet's
 * label.
 */
public enum Language {
    EN("en", "English", EnglishAnalyzer::new),
    ES("es", "Español", SpanishAnalyzer::new),
    EU("eu", "Euskara", BasqueAnalyzer::new),
    ET("et", "Eesti", EstonianAnalyzer::new),
    PL("pl", "Polski", MorfologikPolishAnalyzer::new),
    RO("ro", "Română", RomanianAnalyzer::new);

    private static final List<Language> ALL = List.of(values());

    private final String code;
    private final String autonym;
    private final Supplier<Analyzer> analyzer;

    Language(String code, String autonym, Supplier<Analyzer> analyzer) {
        this.code = code;
        this.autonym = autonym;
        this.analyzer = analyzer;
    }

    /** The ISO 639-1 code used in URLs and documents, e.g. {@code en}. */
    public String code() {
        return code;
    }

    /** The language's name in itself, e.g. {@code Español}. */
    public String autonym() {
        return autonym;
    }

    /** A new analyzer for this language's text (analyzers are thread-safe; build them once). */
    Analyzer newAnalyzer() {
        return analyzer.get();
    }

    /** The language with this code; codes are matched exactly (lower case). */
    public static Optional<Language> byCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** Every language, in the site's order. */
    public static List<Language> all() {
        return ALL;
    }
}
