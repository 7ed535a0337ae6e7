package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageAnalysisTest {

    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();

    @ParameterizedTest(name = "{0}: \"{1}\" and \"{2}\" analyse to the same term")
    @CsvSource({
        "EN, training, trained",
        "EN, industries, industry",
        "ES, profesional, profesionales",
        "ES, industrias, industria",
        "EU, hirietan, hiriak",
        "EU, zerbitzuen, zerbitzu",
        "ET, digitaalsetele, digitaalseid",
        "ET, ettevõtetega, ettevõtetele",
        "PL, miastami, miasto",
        "PL, przedsiębiorstwami, przedsiębiorstwa",
        "RO, orașelor, oraș",
        "RO, industria, industriei",
    })
    void inflectedFormsOfOneWordShareATerm(Language language, String form, String other) throws IOException {
        assertEquals(terms(ANALYZERS.of(language), other), terms(ANALYZERS.of(language), form));
    }

    @ParameterizedTest(name = "\"{0}\" folds to {1}")
    @CsvSource(delimiter = ';', value = {
        "Timișoara; [timisoara]",
        "Bielsko-Biała; [bielsko, biala]",
        "ÜLIKOOLILINN Tartu; [ulikoolilinn, tartu]",
        "Malmö; [malmo]",
    })
    void foldingRemovesCaseAndDiacritics(String text, String expected) throws IOException {
        assertEquals(expected, terms(ANALYZERS.folding(), text).toString());
    }

    @ParameterizedTest(name = "Polish \"{0}\" gives the lemmas {1}")
    @CsvSource(delimiter = ';', value = {
        "usługami; [usługa, usługi]",
        "przemysłowe; [przemysłowy]",
        "Zorrotzaurre; [zorrotzaurre]",
    })
    void polishWordsBecomeTheirDictionaryLemmas(String word, String expected) throws IOException {
        List<String> lemmas = terms(ANALYZERS.of(Language.PL), word);
        assertEquals(expected, lemmas.stream().sorted().toList().toString());
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
