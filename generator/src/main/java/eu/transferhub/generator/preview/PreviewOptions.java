package eu.transferhub.generator.preview;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code hub serve} previews.
 *
 * @param contentDir the content folder with hub.yaml
 * @param themesDir  the folder of themes
 * @param host       interface to listen on, e.g. {@code localhost}
 * @param port       port to listen on; 0 picks a free one
 * @param drafts     whether draft pages are shown
 * @param threads    worker threads for rebuilds, at least 1
 */
public record PreviewOptions(Path contentDir, Path themesDir, String host, int port, boolean drafts, int threads) {

    public PreviewOptions {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(themesDir, "themesDir");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
