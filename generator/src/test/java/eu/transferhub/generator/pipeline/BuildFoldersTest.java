package eu.transferhub.generator.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mount-point test of {@link BuildFolders}; its other refusals are in HubMainTest. */
class BuildFoldersTest {

    /** Lines as /proc/self/mountinfo has them: a root, a volume, a bind mount whose path has a space. */
    private static final List<String> MOUNTINFO = List.of(
            "27 1 0:24 / / rw,relatime - overlay overlay rw,lowerdir=/l,upperdir=/u,workdir=/w",
            "45 27 254:0 /var/lib/docker/volumes/site/_data /srv/public rw,relatime - ext4 /dev/vda rw",
            "46 27 254:0 /tmp/src /srv/my\\040site rw,relatime - ext4 /dev/vda rw");

    @Test
    void aFolderThatTheKernelListsAsAMountPointIsOne() {
        assertTrue(BuildFolders.listedAsMountPoint(MOUNTINFO, Path.of("/srv/public")));
        assertTrue(BuildFolders.listedAsMountPoint(MOUNTINFO, Path.of("/srv/my site")), "\\040 is a space");
        assertFalse(BuildFolders.listedAsMountPoint(MOUNTINFO, Path.of("/srv/public/site")), "a folder inside one");
        assertFalse(BuildFolders.listedAsMountPoint(MOUNTINFO, Path.of("/srv")));
    }
}
