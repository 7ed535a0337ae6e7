package eu.transferhub.generator.render.view;

/**
 * One result of a good practice, e.g. figure "36", label "ventures launched".
 */
public record ResultView(
        String figure,
        String label) {
}
