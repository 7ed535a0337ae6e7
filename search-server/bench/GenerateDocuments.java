import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.document.SearchDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Synthesises a realistic archive of search documents for the benchmark: six languages, every
 * page type, 40 cities, 15 networks, 12 themes, dates 2014–2025, bodies of 120–400 words drawn
 * by Zipf's law from each language's domain words followed by a long tail of 8,000 rarer
 * pseudo-words, so common words match many pages and most words few, as in a real archive.
 * Deterministic for a given count (fixed seeds).
 *
 * <pre>java -cp search-server-app.jar GenerateDocuments.java 20000 /tmp/bench/documents.jsonl</pre>
 */
public class GenerateDocuments {

    static final String[] LANGS = {"en", "es", "eu", "et", "pl", "ro"};
    static final String[] TYPES = {"good-practice", "case-study", "journal", "article", "network", "city", "theme", "page"};
    static final int[] TYPE_WEIGHTS = {30, 15, 20, 20, 3, 4, 2, 6};

    static final Map<String, String[]> WORDS = Map.of(
            "en", ("city cities industry industries service services digital economy business companies knowledge "
                    + "innovation mobility transport housing energy climate adaptation green resilience citizens "
                    + "participation governance youth employment training skills education culture heritage tourism "
                    + "circular waste water food health social inclusion migrants elderly public space regeneration "
                    + "neighbourhood district network partners transfer practice practices results ventures programme "
                    + "programmes municipality council strategy plan planning investment funding european union "
                    + "cooperation exchange learning meeting meetings workshop pilot pilots platform data open smart "
                    + "sustainable sustainability urban rural region regional local small medium enterprises startups "
                    + "entrepreneurs mentoring roadmap stakeholders community communities school schools university "
                    + "research lessons challenges solutions nature based floods heat trees parks cycling walking").split(" "),
            "es", ("ciudad ciudades industria industrias servicio servicios digital digitales economía empresa empresas "
                    + "conocimiento innovación movilidad transporte vivienda energía clima adaptación verde resiliencia "
                    + "ciudadanos participación gobernanza jóvenes empleo formación habilidades educación cultura "
                    + "patrimonio turismo circular residuos agua alimentación salud social inclusión migrantes mayores "
                    + "espacio público regeneración barrio barrios red socios transferencia práctica prácticas "
                    + "resultados programa programas ayuntamiento estrategia plan planificación inversión financiación "
                    + "europea cooperación intercambio aprendizaje reunión reuniones taller piloto plataforma datos "
                    + "abiertos sostenible sostenibilidad urbana urbano regional local pequeñas medianas emprendedores "
                    + "comunidad escuelas universidad investigación lecciones retos soluciones naturaleza inundaciones").split(" "),
            "eu", ("hiria hiriak hirietan industria zerbitzu zerbitzuak digitalak ekonomia enpresa enpresak enpresen "
                    + "ezagutza berrikuntza mugikortasuna garraioa etxebizitza energia klima egokitzapena berdea "
                    + "herritarrak parte hartzea gobernantza gazteak enplegua prestakuntza hezkuntza kultura ondarea "
                    + "turismoa zirkularra hondakinak ura osasuna gizarte inklusioa auzoa auzoak sarea bazkideak "
                    + "transferentzia jardunbide emaitzak programa udala estrategia plana inbertsioa finantzaketa "
                    + "europako lankidetza lankidetzak truke ikaskuntza bilera tailerra pilotua plataforma datuak "
                    + "jasangarria hiri eskualdea tokiko ekintzaileak komunitatea eskolak unibertsitatea ikerketa").split(" "),
            "et", ("linn linnad linnas linnades tööstus teenus teenused teenuseid digitaalne digitaalseid majandus "
                    + "ettevõte ettevõtted ettevõtetele teadmised innovatsioon liikuvus transport eluase energia kliima "
                    + "kohanemine roheline kodanikud osalemine valitsemine noored tööhõive koolitus oskused haridus "
                    + "kultuur pärand turism ringmajandus jäätmed vesi toit tervis sotsiaalne kaasamine piirkond "
                    + "võrgustik partnerid siire praktika tulemused programm omavalitsus strateegia plaan investeering "
                    + "rahastus euroopa koostöö vahetus õppimine kohtumine töötuba piloot platvorm andmed avatud "
                    + "jätkusuutlik linnaline kohalik väikesed ettevõtjad kogukond koolid ülikool ülikoolilinn uuringud").split(" "),
            "pl", ("miasto miasta miastami przemysł przemysłu usługi usługami cyfrowe cyfrowych gospodarka "
                    + "przedsiębiorstwa przedsiębiorstwami firmy wiedza innowacje mobilność transport mieszkania energia "
                    + "klimat adaptacja zielone odporność mieszkańcy partycypacja zarządzanie młodzież zatrudnienie "
                    + "szkolenia umiejętności edukacja kultura dziedzictwo turystyka odpady woda żywność zdrowie "
                    + "społeczne włączenie dzielnica sieć partnerzy transfer praktyka praktyki wyniki program gmina "
                    + "strategia plan inwestycje finansowanie europejskie współpraca wymiana uczenie spotkanie warsztaty "
                    + "pilotaż platforma dane otwarte zrównoważony miejski lokalny małe średnie przedsiębiorcy "
                    + "społeczność szkoły uniwersytet badania wyzwania rozwiązania przemysłowe południowej").split(" "),
            "ro", ("oraș orașe orașelor industrie industria industriei serviciu servicii digitale economie afaceri "
                    + "companii cunoaștere inovare mobilitate transport locuințe energie climă adaptare verde reziliență "
                    + "cetățeni participare guvernanță tineri ocupare formare competențe educație cultură patrimoniu "
                    + "turism circular deșeuri apă hrană sănătate social incluziune cartier rețea parteneri transfer "
                    + "practică practici rezultate program primărie strategie plan investiții finanțare europeană "
                    + "cooperare schimb învățare întâlnire atelier pilot platformă date deschise durabil urban local "
                    + "întreprinderi antreprenori comunitate școli universitate cercetare provocări soluții centru").split(" "));

    static final String[] CITY_NAMES = {"Bilbao", "Timișoara", "Bielsko-Biała", "Tartu", "Malmö", "Rotterdam",
            "Vejle", "Thessaloniki", "Łódź", "Kraków", "Gdańsk", "Cluj-Napoca", "Iași", "Brașov", "Tallinn", "Pärnu",
            "Donostia", "Vitoria-Gasteiz", "Zaragoza", "València", "Sevilla", "Málaga", "Porto", "Braga", "Lyon",
            "Nantes", "Ghent", "Leuven", "Aarhus", "Tampere", "Oulu", "Riga", "Vilnius", "Brno", "Košice", "Ljubljana",
            "Zagreb", "Novi Sad", "Plovdiv", "Bologna"};
    static final String[] NETWORKS = {"as-transfer", "urban-resilience", "gen-y-city", "food-corridors",
            "tech-revolution", "rumourless-cities", "interactive-cities", "c-change", "bluacities", "playful-paradigm",
            "city-centre-doctor", "sub-urban", "mobility-hubs", "health-cities", "culture-next"};
    static final String[] THEMES = {"economy", "digital-transition", "climate-adaptation", "mobility", "housing",
            "inclusion", "governance", "culture", "energy", "food", "employment", "education"};

    /** Syllables per language, for the long tail of rarer words a real archive has. */
    static final Map<String, String[]> SYLLABLES = Map.of(
            "en", "ar ing ment tion ate en er ly pro con re com ex st ive al able ness ure port form".split(" "),
            "es", "ción ar dad mente es as os ción pro con re ex tra amos ido ada ero ista ismo ble".split(" "),
            "eu", "ak etan aren eko tzen ko ra an ek ari tasun gintza ber eta zale keta du rik".split(" "),
            "et", "mine us ja ne te de le ga ks ta se ma da la lik line ist kond atud".split(" "),
            "pl", "ami ach owy ość nie prze wy za ska ski cja nia ego emu ania owa ych ymi".split(" "),
            "ro", "ul ului elor ție ări are ate ism ist tor ință ește ând uri ilor ică esc".split(" "));
    static final int TAIL_WORDS = 8_000;

    /** The domain words, most frequent first, then a long tail of pseudo-words. */
    static Map<String, String[]> vocabularies() {
        Map<String, String[]> vocabularies = new LinkedHashMap<>();
        for (String lang : LANGS) {
            Random random = new Random(lang.hashCode());
            String[] domain = WORDS.get(lang);
            String[] syllables = SYLLABLES.get(lang);
            String[] words = new String[domain.length + TAIL_WORDS];
            System.arraycopy(domain, 0, words, 0, domain.length);
            for (int i = domain.length; i < words.length; i++) {
                StringBuilder word = new StringBuilder(domain[random.nextInt(domain.length)]);
                word.setLength(Math.min(word.length(), 3 + random.nextInt(3)));
                for (int k = 0; k < 1 + random.nextInt(2); k++) {
                    word.append(syllables[random.nextInt(syllables.length)]);
                }
                words[i] = word.toString();
            }
            vocabularies.put(lang, words);
        }
        return vocabularies;
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(20_260_101L);
        Map<String, String[]> vocabularies = vocabularies();
        List<SearchDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String lang = LANGS[i % LANGS.length];
            String type = pick(random);
            String[] words = vocabularies.get(lang);
            String slug = type + "-" + (i / LANGS.length);
            List<String> cities = sample(random, slugs(CITY_NAMES), 1 + random.nextInt(3));
            List<String> networks = type.equals("article") ? List.of() : sample(random, List.of(NETWORKS), 1 + random.nextInt(2));
            List<String> themes = sample(random, List.of(THEMES), random.nextInt(3));
            Map<String, String> labels = new LinkedHashMap<>();
            for (String city : cities) {
                labels.put(city, CITY_NAMES[slugs(CITY_NAMES).indexOf(city)]);
            }
            networks.forEach(n -> labels.put(n, n.toUpperCase(Locale.ROOT)));
            themes.forEach(t -> labels.put(t, capitalise(t.replace('-', ' ')) + " (" + lang + ")"));
            labels.put(type, capitalise(type.replace('-', ' ')) + " (" + lang + ")");
            String cityName = labels.get(cities.getFirst());
            String title = capitalise(sentence(random, words, 3 + random.nextInt(5))) + " in " + cityName;
            List<String> headings = new ArrayList<>();
            for (int h = 0; h < 2 + random.nextInt(4); h++) {
                headings.add(capitalise(sentence(random, words, 2 + random.nextInt(4))));
            }
            String summary = capitalise(sentence(random, words, 12 + random.nextInt(16))) + ".";
            StringBuilder body = new StringBuilder();
            int length = 120 + random.nextInt(280);
            while (length > 0) {
                int n = 8 + random.nextInt(14);
                body.append(capitalise(sentence(random, words, n)));
                if (random.nextInt(4) == 0) {
                    body.append(' ').append(cityName);
                }
                body.append(". ");
                length -= n;
            }
            String date = type.equals("city") || type.equals("network") || type.equals("theme") || type.equals("page")
                    ? null
                    : String.format(Locale.ROOT, "%d-%02d-%02d", 2014 + random.nextInt(12), 1 + random.nextInt(12),
                            1 + random.nextInt(28));
            String url = "/" + lang + "/" + section(type) + slug + "/";
            documents.add(new SearchDocument(url.substring(1, url.length() - 1), url, lang, type, title, headings,
                    summary, body.toString().strip(), date, cities, networks, themes, null, labels));
        }
        SearchDocuments.write(documents, out);
        System.out.println("wrote " + count + " documents to " + out);
    }

    static String section(String type) {
        return switch (type) {
            case "page" -> "";
            case "city" -> "cities/";
            case "case-study" -> "case-studies/";
            default -> type + "s/";
        };
    }

    static String pick(Random random) {
        int total = 0;
        for (int w : TYPE_WEIGHTS) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < TYPES.length; i++) {
            roll -= TYPE_WEIGHTS[i];
            if (roll < 0) {
                return TYPES[i];
            }
        }
        return TYPES[0];
    }

    /** Zipf's law: the word of rank r has a chance proportional to 1/r, as in real text. */
    static String sentence(Random random, String[] words, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int index = Math.min(words.length - 1, (int) Math.exp(random.nextDouble() * Math.log(words.length)) - 1);
            s.append(i == 0 ? "" : " ").append(words[index]);
        }
        return s.toString();
    }

    static List<String> slugs(String[] names) {
        List<String> slugs = new ArrayList<>();
        for (String name : names) {
            slugs.add(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace("ł", "l").replace("Ł", "L").toLowerCase(Locale.ROOT)
                    .replace(' ', '-'));
        }
        return slugs;
    }

    static List<String> sample(Random random, List<String> from, int n) {
        List<String> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
