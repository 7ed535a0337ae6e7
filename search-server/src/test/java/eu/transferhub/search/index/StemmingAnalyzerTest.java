package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rebuilt chains with their stem cache give exactly the tokens of Lucene's own analyzers. */
class StemmingAnalyzerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "EN|The city's industries trained the trainers; industry and training, the CITY's industries again.",
        "ES|Las ciudades industriales y sus empresas digitales: ciudades, industrias, empresas y la ciudad.",
        "EU|Hirietan enpresen zerbitzuak eta hiriak; zerbitzuen hirietan enpresa berriak eta hiria.",
        "ET|Ettevõtetele ja ettevõtetega linnades: digitaalsetele teenustele ja linnade ettevõtetele.",
        "RO|Orașelor industriale și industriei: orașele, industria, oraşelor cu sedilă și orașul.",
    })
    void theSameTokensAsLuceneGives(Language language, String text) throws IOException {
        Analyzer lucene = switch (language) {
            case EN -> new EnglishAnalyzer();
            case ES -> new SpanishAnalyzer();
            case EU -> new BasqueAnalyzer();
            case ET -> new EstonianAnalyzer();
            case RO -> new RomanianAnalyzer();
            case PL -> throw new IllegalArgumentException("Polish has no Lucene analyzer here");
        };
        Analyzer ours = language.newAnalyzer();
        // Twice through the same stream: the second pass is answered from the cache.
        List<String> expected = tokens(lucene, text);
        assertEquals(expected, tokens(ours, text));
        assertEquals(expected, tokens(ours, text));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
                        + increment.getPositionIncrement());
            }
            stream.end();
        }
        return tokens;
    }
}
