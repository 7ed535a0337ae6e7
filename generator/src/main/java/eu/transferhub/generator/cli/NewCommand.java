package eu.transferhub.generator.cli;

import eu.transferhub.generator.content.Checked;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.SiteConfig;
import eu.transferhub.generator.content.SiteConfigLoader;
import eu.transferhub.generator.scaffold.ScaffoldException;
import eu.transferhub.generator.scaffold.Scaffolded;
import eu.transferhub.generator.scaffold.Scaffolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
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
            "  hub new good-practice \"Urban gardens\" --lang et    (adds index.et.md to the bundle)",
            "  hub new good-practices/urban-gardens               (as in Hugo: the title is 'Urban gardens')",
            "  hub new good-practices/urban-gardens/index.et.md"})
final class NewCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE|PATH", converter = NewTarget.Converter.class,
            description = "good-practice, case-study, journal, article, network, city, theme or page; "
                    + "or a bundle path in the content folder, such as good-practices/urban-gardens")
    private NewTarget target;

    @Parameters(index = "1", paramLabel = "TITLE", arity = "0..1",
            description = "the page title, in quotes; with a PATH, made from its folder name when left out")
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
        Optional<String> slug = slug();
        Optional<String> lang = lang();
        String title = this.title != null ? this.title : target.slug().map(s -> target.titleFromSlug())
                .orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                        "Missing TITLE: hub new " + target.type().slug() + " \"The page title\""));
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
            Scaffolded page = scaffolder.create(new Scaffolder.Request(target.type(), title, lang,
                    Optional.ofNullable(city), slug));
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

    /** --slug, or the path's folder; both only when they agree. */
    private Optional<String> slug() {
        return agreed(Optional.ofNullable(slug), target.slug(), "--slug", "the path's folder");
    }

    /** --lang, or the language of the path's index.LANG.md; both only when they agree. */
    private Optional<String> lang() {
        return agreed(Optional.ofNullable(lang), target.lang(), "--lang", "the path's file name");
    }

    private Optional<String> agreed(Optional<String> option, Optional<String> fromPath, String optionName,
            String pathPart) {
        if (option.isPresent() && fromPath.isPresent() && !option.equals(fromPath)) {
            throw new CommandLine.ParameterException(spec.commandLine(), optionName + " " + option.get()
                    + " and " + pathPart + " (" + fromPath.get() + ") disagree; give one of them");
        }
        return option.isPresent() ? option : fromPath;
    }
}
