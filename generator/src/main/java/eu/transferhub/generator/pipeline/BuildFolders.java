package eu.transferhub.generator.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses folder choices that would make a build destroy something: the site folder is
 * replaced as a whole on success, so {@code --out content}, {@code --out .} (the project,
 * content and all) or {@code --out ~} would swap an editor's work for the generated site.
 * Like Jekyll's "destination cannot be or contain the source", but also for the themes, the
 * index, and any non-empty folder that no earlier build wrote.
 */
public final class BuildFolders {

    /** Files every site has (GeneratedFiles): a folder with all three is one a build wrote. */
    private static final String[] SITE_MARKS = {"index.html", "404.html", "sitemap.xml"};

    private BuildFolders() {
    }

    /** The first problem with the options' folders, as a message naming the option; empty when they are safe. */
    public static Optional<String> problem(BuildOptions options) throws IOException {
        Path link = options.outputDir().toAbsolutePath().normalize();
        if (Files.isSymbolicLink(link) && !Files.exists(link)) {
            return Optional.of("--out " + options.outputDir() + " is a symbolic link to "
                    + Files.readSymbolicLink(link) + ", which does not exist; create that folder or remove the link");
        }
        Path out = real(options.outputDir());
        Path content = real(options.contentDir());
        Path themes = real(options.themesDir());
        Path index = real(options.indexDir());
        String outName = "--out " + options.outputDir();
        if (content.startsWith(out)) {
            return Optional.of(outName + " would replace " + (content.equals(out) ? "" : "a folder holding ")
                    + "the content folder " + options.contentDir() + " with the site; choose another folder");
        }
        if (out.startsWith(content)) {
            return Optional.of(outName + " is inside the content folder " + options.contentDir()
                    + ": the next build would read the site as content; choose a folder outside it");
        }
        if (themes.startsWith(out) || out.startsWith(themes)) {
            return Optional.of(outName + (themes.startsWith(out) ? " would replace " : " is inside ")
                    + "the themes folder " + options.themesDir() + "; choose another folder");
        }
        if (index.startsWith(out) || out.startsWith(index)) {
            return Optional.of(outName + " and --index " + options.indexDir() + " overlap: each build replaces the"
                    + " site folder as a whole; give them separate folders");
        }
        if (Files.isRegularFile(out)) {
            return Optional.of(outName + " is a file, not a folder");
        }
        if (Files.isDirectory(out) && isMountPoint(out)) {
            // Publishing renames the folder, which a mount point refuses ("Device or resource
            // busy"), and only after the whole build: say so before it starts.
            return Optional.of(outName + " is a mount point (a container volume, say), which a build cannot replace"
                    + " by renaming; build into a folder inside it instead, e.g. --out " + out.resolve("site"));
        }
        if (Files.isDirectory(out) && !isEmpty(out) && !looksLikeASite(out)) {
            return Optional.of(outName + " is a folder with files that no build wrote (it has no index.html,"
                    + " 404.html and sitemap.xml), and a build replaces it as a whole; give a new or empty folder");
        }
        return Optional.empty();
    }

    /** The path with symbolic links resolved as far as it exists, so two names of one folder compare equal. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    /**
     * Whether {@code folder} (a real path) is a mount point. On Linux the kernel's list of mounts
     * says, bind mounts included; elsewhere, whether it is on another file store than its parent.
     */
    private static boolean isMountPoint(Path folder) throws IOException {
        Path mounts = Path.of("/proc/self/mountinfo");
        if (Files.isReadable(mounts)) {
            return listedAsMountPoint(Files.readAllLines(mounts), folder);
        }
        Path parent = folder.getParent();
        return parent != null && !Files.getFileStore(folder).equals(Files.getFileStore(parent));
    }

    /** Whether a line of {@code /proc/self/mountinfo} has {@code folder} as its mount point (the fifth field). */
    static boolean listedAsMountPoint(List<String> mountinfo, Path folder) {
        String wanted = folder.toString();
        for (String line : mountinfo) {
            String[] fields = line.split(" ");
            if (fields.length > 4 && unescape(fields[4]).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The kernel writes a space in a path as \040, a tab as \011, a newline as \012, a backslash as \134. */
    private static String unescape(String field) {
        return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    private static boolean looksLikeASite(Path folder) {
        for (String mark : SITE_MARKS) {
            if (!Files.isRegularFile(folder.resolve(mark), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }
}
