package eu.transferhub.generator.cli;

import eu.transferhub.generator.check.CheckReport;
import eu.transferhub.generator.check.CheckResult;
import eu.transferhub.generator.check.ContentCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hub check}: lists every problem, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = HubVersion.class,
        description = {"Validates the content and the theme without writing a site.",
            "Lists every problem as path:line: message; exits 1 on errors (and on warnings with --strict)."})
final class CheckCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ContentFolder contentFolder;

    @CommandLine.Mixin
    private ThemesFolder themesFolder;

    @Option(names = "--drafts", description = "check the site as built with --drafts (links to drafts count)")
    private boolean drafts;

    @Option(names = "--strict", description = "fail on warnings too")
    private boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (default) or json, for CI annotations")
    private Format format;

    @Option(names = "--verbose", description = "print stack traces of unexpected failures")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        Path content = contentFolder.existing();
        Path themes = themesFolder.existing();
        CheckResult result = new ContentCheck(Runtime.getRuntime().availableProcessors())
                .check(content, themes, drafts);
        CheckReport report = format == Format.JSON ? CheckReport.JSON : CheckReport.TEXT;
        commandLine.getOut().print(report.format(result, strict));
        commandLine.getOut().flush();
        return result.failed(strict) ? HubMain.FAILED : 0;
    }

    /** Case-insensitive, with a message that lists the formats. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use text or json");
            }
        }
    }
}
