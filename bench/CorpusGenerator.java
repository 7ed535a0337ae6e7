import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic Transfer Hub content folder for benchmarks: N bundles across all
 * sections, each in 1–3 languages (about 2 on average), with front matter of every type,
 * valid references between bundles, taxonomies, and Markdown with headings, lists, tables,
 * links, emphasis and footnotes. The same N and seed always give the same files.
 *
 * <p>Run with the JDK's source launcher, no build needed:
 * {@code java bench/CorpusGenerator.java OUT_DIR [BUNDLES] [PARAGRAPHS]}.
 */
public final class CorpusGenerator {

    private static final String[] LANGUAGES = {"en", "es", "eu", "et", "pl", "ro"};
    private static final String[] EXTRA = {"eu", "et", "pl", "ro"};
    private static final String[] WORDS = ("city network transfer practice innovation mobility housing energy"
            + " citizens participation budget district renewal culture heritage economy services knowledge"
            + " university industry startup roadmap municipality partners meeting lessons results evaluation"
            + " ciudad red práctica innovación movilidad vivienda energía barrio cultura economía conocimiento"
            + " hiri sarea jardunbidea berrikuntza linn võrgustik praktika miasto sieć praktyka innowacja"
            + " oraș rețea practică inovare Timișoara Łódź Tartu Bilbao Zorrotzaurre Gdańsk").split(" ");

    private final Path out;
    private final Random random = new Random(20260101L);

    private CorpusGenerator(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: java bench/CorpusGenerator.java OUT_DIR [BUNDLES=10000] [PARAGRAPHS=14]");
            System.exit(2);
        }
        int bundles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int paragraphs = args.length > 2 ? Integer.parseInt(args[2]) : 14;
        Path out = Path.of(args[0]);
        if (Files.exists(out)) {
            System.err.println(out + " exists; remove it first");
            System.exit(2);
        }
        long[] stats = new CorpusGenerator(out).write(bundles, paragraphs);
        System.out.printf(Locale.ROOT, "wrote %d bundles, %d Markdown files, %.1f MB to %s%n", bundles, stats[0],
                stats[1] / 1e6, out);
    }

    /** @return Markdown files and bytes written */
    private long[] write(int bundles, int paragraphs) throws IOException {
        Files.createDirectories(out);
        hubYaml();
        int cities = Math.max(3, bundles / 20);
        int networks = Math.max(1, bundles / 50);
        int themes = Math.max(1, Math.min(60, bundles / 100));
        int rest = bundles - cities - networks - themes;
        int practices = rest * 40 / 100;
        int caseStudies = rest * 15 / 100;
        int journals = rest * 25 / 100;
        int articles = rest - practices - caseStudies - journals;
        long files = 0;
        long bytes = 0;
        List<String[]> plan = new ArrayList<>();
        plan.add(new String[] {"cities", "city", String.valueOf(cities)});
        plan.add(new String[] {"networks", "network", String.valueOf(networks)});
        plan.add(new String[] {"themes", "theme", String.valueOf(themes)});
        plan.add(new String[] {"good-practices", "practice", String.valueOf(practices)});
        plan.add(new String[] {"case-studies", "case", String.valueOf(caseStudies)});
        plan.add(new String[] {"journals", "journal", String.valueOf(journals)});
        plan.add(new String[] {"articles", "article", String.valueOf(articles)});
        for (String[] section : plan) {
            int count = Integer.parseInt(section[2]);
            for (int i = 0; i < count; i++) {
                String bundle = section[1] + "-" + i;
                Path dir = out.resolve(section[0]).resolve(bundle);
                Files.createDirectories(dir);
                for (String lang : languages()) {
                    String text = frontMatter(section[0], bundle, lang, i, cities, networks, themes)
                            + body(paragraphs, cities);
                    byte[] data = text.getBytes(StandardCharsets.UTF_8);
                    Files.write(dir.resolve("index." + lang + ".md"), data);
                    files++;
                    bytes += data.length;
                }
                if (i % 10 == 0) {
                    Files.write(dir.resolve("map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
                }
            }
            Files.writeString(out.resolve(section[0]).resolve("_index.en.md"),
                    "---\ntitle: " + section[0] + "\n---\nIntro of the " + section[0] + " section.\n");
        }
        return new long[] {files, bytes};
    }

    /** en always; es for 70 %; one more language for 30 %: about two per bundle. */
    private List<String> languages() {
        List<String> languages = new ArrayList<>(List.of("en"));
        if (random.nextInt(100) < 70) {
            languages.add("es");
        }
        if (random.nextInt(100) < 30) {
            languages.add(EXTRA[random.nextInt(EXTRA.length)]);
        }
        return languages;
    }

    private void hubYaml() throws IOException {
        StringBuilder yaml = new StringBuilder("title:\n");
        for (String lang : LANGUAGES) {
            yaml.append("  ").append(lang).append(": Transfer Hub\n");
        }
        yaml.append("baseURL: https://bench.transferhub.eu/\ndefaultLanguage: en\nlanguages:\n");
        for (int i = 0; i < LANGUAGES.length; i++) {
            yaml.append("  - { code: ").append(LANGUAGES[i]).append(", name: ").append(LANGUAGES[i])
                    .append(", weight: ").append(i + 1).append(" }\n");
        }
        yaml.append("taxonomies: [cities, networks, themes]\npageSize: 10\n");
        Files.writeString(out.resolve("hub.yaml"), yaml.toString());
    }

    private String frontMatter(String section, String bundle, String lang, int i, int cities, int networks,
            int themes) {
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: \"").append(capitalised(words(4))).append(" ").append(i).append("\"\n");
        if (!section.equals("cities") && !section.equals("themes")) {
            fm.append("date: ").append(2018 + random.nextInt(8)).append('-')
                    .append(String.format(Locale.ROOT, "%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append('\n');
        }
        if (random.nextInt(3) == 0) {
            fm.append("summary: ").append(words(18)).append('\n');
        }
        fm.append("themes: [theme-").append(random.nextInt(themes)).append(", theme-")
                .append(random.nextInt(themes)).append("]\n");
        String city = "city-" + random.nextInt(cities);
        switch (section) {
            case "cities" -> fm.append("country: ").append(new String[] {"ES", "EE", "RO", "PL", "IT", "FR"}[i % 6])
                    .append("\nlocation: { lat: ").append(String.format(Locale.ROOT, "%.5f", 36 + random.nextDouble() * 24))
                    .append(", lon: ").append(String.format(Locale.ROOT, "%.5f", -9 + random.nextDouble() * 35))
                    .append(" }\ncontact:\n  email: info@").append(bundle).append(".eu\n  website: https://")
                    .append(bundle).append(".eu\n");
            case "networks" -> {
                // Two different partners: a city listed twice is a warning. The second draw is
                // shifted rather than redrawn, so the rest of the corpus stays the same.
                int first = random.nextInt(cities);
                int second = random.nextInt(cities);
                if (second == first) {
                    second = (second + 1) % cities;
                }
                fm.append("lead: ").append(city).append("\npartners: [city-")
                    .append(first).append(", city-").append(second)
                    .append("]\nprogramme: URBACT\nperiod: 2020–2022\nmeetings:\n  - { city: ").append(city)
                    .append(", date: 2020-07-01, end: 2020-07-02, title: Kick-off }\n");
            }
            case "good-practices" -> fm.append("city: ").append(city).append("\nnetworks: [network-")
                    .append(random.nextInt(networks)).append("]\nauthor: { name: Jane Doe, role: City }\n")
                    .append("transfer: ").append(random.nextBoolean()).append("\nresults:\n")
                    .append("  - { figure: \"70+\", label: companies involved }\n");
            case "case-studies", "journals" -> fm.append("city: ").append(city).append("\nauthor: { name: Ana Etxe }\n");
            default -> fm.append("cities: [").append(city).append("]\n");
        }
        return fm.append("---\n").toString();
    }

    private String body(int paragraphs, int cities) {
        StringBuilder md = new StringBuilder();
        md.append(capitalised(words(60))).append(".\n\n");
        for (int p = 0; p < paragraphs; p++) {
            if (p % 4 == 0) {
                md.append("## ").append(capitalised(words(3))).append("\n\n");
            }
            switch (p % 5) {
                case 1 -> md.append("- ").append(words(10)).append("\n- **").append(words(4)).append("** ")
                        .append(words(8)).append("\n- ").append(words(9)).append("\n\n");
                case 2 -> md.append("| Figure | Label |\n|---:|:---|\n| ").append(random.nextInt(100)).append(" | ")
                        .append(words(3)).append(" |\n| ").append(random.nextInt(100)).append(" | ")
                        .append(words(3)).append(" |\n\n");
                case 3 -> md.append("### ").append(capitalised(words(2))).append("\n\n").append(capitalised(words(50)))
                        .append(", see [the city](/en/cities/city-")
                        .append(random.nextInt(cities)).append("/) and _").append(words(3)).append("_.[^")
                        .append(p).append("]\n\n[^").append(p).append("]: ").append(words(6)).append(".\n\n");
                default -> md.append(capitalised(words(90))).append(".\n\n");
            }
        }
        return md.toString();
    }

    private String words(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
