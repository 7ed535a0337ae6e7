package eu.transferhub.search.index;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.ro.RomanianNormalizationFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.BasqueStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.util.BytesRef;

/**
 * The languages the archive is written in, each with the analyzer that reduces its words to
 * stems (or, for Polish, to dictionary lemmas) and its own name, used as the language facet's
 * label. The stemming chains are those of Lucene's analyzer for each language, rebuilt so the
 * stemmer can sit behind a cache ({@link StemmingAnalyzer}).
 */
public enum Language {
    EN("en", "English", () -> new StemmingAnalyzer(EnglishPossessiveFilter::new,
            s -> new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), PorterStemFilter::new)),
    ES("es", "Español", () -> new StemmingAnalyzer(s -> s,
            s -> new StopFilter(s, SpanishAnalyzer.getDefaultStopSet()), SpanishLightStemFilter::new)),
    EU("eu", "Euskara", () -> new StemmingAnalyzer(s -> s,
            s -> new StopFilter(s, BasqueAnalyzer.getDefaultStopSet()), s -> new SnowballFilter(s, new BasqueStemmer()))),
    ET("et", "Eesti", () -> new StemmingAnalyzer(s -> s,
            s -> new StopFilter(s, EstonianAnalyzer.getDefaultStopSet()),
            s -> new SnowballFilter(s, new EstonianStemmer()))),
    PL("pl", "Polski", MorfologikPolishAnalyzer::new),
    RO("ro", "Română", () -> new StemmingAnalyzer(s -> s,
            s -> new RomanianNormalizationFilter(new StopFilter(s, RomanianAnalyzer.getDefaultStopSet())),
            s -> new SnowballFilter(s, new RomanianStemmer())));

    private static final List<Language> ALL = List.of(values());

    /** The first character, and UTF-8 byte, of every stem prefix: a control character. */
    public static final byte STEM_MARK = 0x01;

    private final String code;
    private final String autonym;
    private final Supplier<Analyzer> analyzer;
    private final String stemPrefix;
    private final BytesRef stemPrefixBytes;

    Language(String code, String autonym, Supplier<Analyzer> analyzer) {
        this.code = code;
        this.stemPrefix = (char) STEM_MARK + code;
        this.stemPrefixBytes = new BytesRef(stemPrefix);
        this.autonym = autonym;
        this.analyzer = analyzer;
    }

    /** The ISO 639-1 code used in URLs and documents, e.g. {@code en}. */
    public String code() {
        return code;
    }

    /**
     * What the index puts before this language's stems ({@code "\u0001en"}), so that "industri"
     * the English stem and "industri" a word as written are different terms of one field. It
     * starts with a control character no word contains, and its three characters put every stem
     * beyond the two edits of typo tolerance and "did you mean" from every written word.
     */
    public String stemPrefix() {
        return stemPrefix;
    }

    /** {@link #stemPrefix()} in UTF-8, as it starts a term's bytes. Do not modify. */
    public BytesRef stemPrefixBytes() {
        return stemPrefixBytes;
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
