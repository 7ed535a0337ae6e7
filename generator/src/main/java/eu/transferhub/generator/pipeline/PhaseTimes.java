package eu.transferhub.generator.pipeline;

import java.time.Duration;

/**
 * Wall time of each stage of one build, so a slow build says where its time went.
 *
 * @param load    scanning, parsing and checking the content
 * @param render  rendering every page through the theme into the staging folder
 * @param index   writing the search documents and publishing a new index version
 * @param publish swapping the staged site into place
 */
public record PhaseTimes(Duration load, Duration render, Duration index, Duration publish) {

    /** The times of a build that stopped after loading. */
    static PhaseTimes loadOnly(Duration load) {
        return new PhaseTimes(load, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
}
