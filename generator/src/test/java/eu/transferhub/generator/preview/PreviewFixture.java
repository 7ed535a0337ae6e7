package eu.transferhub.generator.preview;

import eu.transferhub.generator.pipeline.SiteTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

/** The basic fixture site copied for a preview test, with fixed file times. */
final class PreviewFixture {

    static final Path BASIC = Path.of("src/test/resources/sites/basic");
    /** Every content file gets this time, so "last updated" dates do not depend on the checkout. */
    static final FileTime CHECKED_OUT = FileTime.from(Instant.parse("2024-05-01T10:00:00Z"));

    private PreviewFixture() {
    }

    /** Copies the fixture to {@code content} and gives every file {@link #CHECKED_OUT}. */
    static Path copy(Path content) throws IOException {
        SiteTrees.copy(BASIC, content);
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, CHECKED_OUT);
            }
        }
        return content;
    }

    static PreviewOptions options(Path content) {
        return new PreviewOptions(content, Path.of("../themes"), "localhost", 0, false, 2);
    }
}
