package eu.transferhub.generator.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one bundle folder, from one walk: its index files (top level) and its resources
 * (every other file, at any depth), each sorted by path. Hidden files and folders ({@code .git},
 * {@code .DS_Store}) and editor backups ({@code notes.md~}) are neither.
 *
 * @param indexFiles paths of {@code index.<lang>.md} and {@code index.md} in the folder itself
 * @param resources  paths of the other files
 */
record BundleFiles(List<Path> indexFiles, List<Path> resources) {

    static BundleFiles walk(Path bundle) throws IOException {
        List<Path> indexFiles = new ArrayList<>();
        List<Path> resources = new ArrayList<>();
        // The walk's own attributes answer "is it a file", where a Stream<Path> would need a
        // second stat of every file.
        Files.walkFileTree(bundle, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(bundle) || !hidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // A link is walked as itself; it counts when what it points to is a file.
                boolean regular = attributes.isRegularFile()
                        || attributes.isSymbolicLink() && Files.isRegularFile(file);
                if (regular && !hidden(file)) {
                    boolean top = file.getParent().equals(bundle);
                    (top && ContentScanner.isIndexFile(file.getFileName().toString()) ? indexFiles : resources)
                            .add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        indexFiles.sort(null);
        resources.sort(null);
        return new BundleFiles(List.copyOf(indexFiles), List.copyOf(resources));
    }

    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }
}
