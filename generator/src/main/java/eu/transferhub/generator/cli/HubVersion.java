package eu.transferhub.generator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The version Maven wrote into {@code version.txt} when it built the generator. */
final class HubVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        try (InputStream in = HubVersion.class.getResourceAsStream("version.txt")) {
            if (in == null) {
                throw new IOException("version.txt is missing from the generator's resources");
            }
            return new String[] {"hub " + new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()};
        }
    }
}
