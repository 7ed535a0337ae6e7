package eu.transferhub.generator.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Work folders named after the process that owns them ({@code <base><pid>-<random>}), so that
 * a later run can tell the folders of a killed process, whose own cleanup never ran, from
 * those of one still running beside it. The check is for one machine: a process id means
 * nothing on another host sharing the folder.
 */
public final class OwnedFolders {

    private OwnedFolders() {
    }

    /** {@code <base><pid>-}: the name of a folder of this process, the random part to follow. */
    public static String prefix(String base) {
        return base + ProcessHandle.current().pid() + "-";
    }

    /**
     * The folders in {@code parent} named {@code <base><pid>-…} whose process is no longer
     * running. Names without a process id are not this scheme's and are left alone.
     */
    public static List<Path> abandoned(Path parent, String base) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(p -> isAbandoned(p.getFileName().toString(), base)
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }

    /** Whether {@code name} is {@code <base><pid>-…} with the pid of a process that is gone. */
    static boolean isAbandoned(String name, String base) {
        if (!name.startsWith(base)) {
            return false;
        }
        OptionalLong pid = ownerPid(name.substring(base.length()));
        return pid.isPresent() && pid.getAsLong() != ProcessHandle.current().pid()
                && !ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The process id in {@code <pid>-<random>}; empty for other names. */
    private static OptionalLong ownerPid(String suffix) {
        int dash = suffix.indexOf('-');
        if (dash <= 0 || dash > 19) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(suffix.substring(0, dash)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
