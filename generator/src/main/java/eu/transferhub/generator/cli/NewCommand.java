package eu.transferhub.generator.cli;

import eu.transferhub.generator.content.Checked;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.SiteConfig;
import eu.transferhub.generator.content.SiteConfigLoader;
import eu.transferhub.generator.scaffold.ScaffoldException;
import eu.transferhub.generator.scaffold.Scaffolded;
import eu.transferhub.generator.scaffold.Scaffolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hub new}: a page bundle from its type's archetype, or a translation of an existing one. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = HubVersion.class,
        description = {"Creates a page bundle from the archetype of its type, or adds a translation.",
            "The folder name is made from the title (Timișoara -> timisoara). Nothing is overwritten.",
            "Examples:",
            "  hub new good-practice \"Urban gardens\" --city tartu",
            "  hub new good-practice \"Urban gardens\" --lang et    (adds index.et.md to the bundle)"})
final class NewCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "good-practice, case-study, journal, article, network, city, theme or page")
    private PageType type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "the page title, in quotes")
    private String title;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "language of the new file (default: the site's default language); "
                    + "for an existing bundle, the translation to add")
    private String lang;

    @Option(names = "--city", paramLabel = "SLUG", description = "the page's city (owner, lead or subject)")
    private String city;

    @Option(names = "--slug", paramLabel = "SLUG", description = "folder name instead of one made from the title")
    private String slug;

    @CommandLine.Mixin
    private ContentFolder contentFolder;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        PrintWriter err = commandLine.getErr();
        Path content = contentFolder.existing();
        Checked<SiteConfig> config = SiteConfigLoader.load(content, Optional.empty());
        if (config.value().isEmpty()) {
            config.diagnostics().stream().map(d -> d.under(content)).map(Diagnostic::toString).forEach(err::println);
            err.println("hub new: fix hub.yaml first");
            err.flush();
            return HubMain.FAILED;
        }
        Scaffolder scaffolder = new Scaffolder(content, config.value().get(), Clock.systemDefaultZone());
        try {
            Scaffolded page = scaffolder.create(new Scaffolder.Request(type, title, Optional.ofNullable(lang),
                    Optional.ofNullable(city), Optional.ofNullable(slug)));
            PrintWriter out = commandLine.getOut();
            if (page.translation()) {
                out.println("Created " + page.file() + " from " + page.source().getFileName()
                        + ": translate it, then remove its 'draft: true' line.");
            } else {
                out.println("Created " + page.file() + ": write it, then remove its 'draft: true' line."
                        + " Preview with ./hub serve --drafts.");
            }
            out.flush();
            return 0;
        } catch (ScaffoldException e) {
            err.println("hub new: " + e.getMessage());
            err.flush();
            return HubMain.FAILED;
        }
    }

    /** Page types by their slug, with a message that lists them. */
    static final class TypeConverter implements CommandLine.ITypeConverter<PageType> {
        @Override
        public PageType convert(String value) {
            return Arrays.stream(PageType.values()).filter(t -> t.slug().equals(value)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("unknown page type '" + value
                            + "'; use one of " + Arrays.stream(PageType.values()).map(PageType::slug)
                                    .collect(Collectors.joining(", "))));
        }
    }
}
