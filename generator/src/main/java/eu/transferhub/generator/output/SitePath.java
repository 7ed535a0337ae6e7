package eu.transferhub.generator.output;

import java.nio.file.Path;

/** Validation of site-relative output paths: a renderer bug must not write outside the output. */
final class SitePath {

    private SitePath() {
    }

    /**
     * {@code path} resolved under {@code root}.
     *
     * @throws IllegalArgumentException when the path is empty, absolute, has a leading slash,
     *                                  backslashes, empty or {@code .}/{@code ..} segments
     */
    static Path resolve(Path root, String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("\\")
                || path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a site-relative file path: '" + path + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a site-relative file path: '" + path + "'");
            }
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not a site-relative file path: '" + path + "'");
        }
        return file;
    }
}
