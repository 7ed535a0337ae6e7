package eu.transferhub.generator.render;

import eu.transferhub.generator.output.OutputSink;
import java.io.IOException;

/** One unit of rendering work: builds its view and writes its file(s). Independent of every other job. */
@FunctionalInterface
interface OutputJob {
    void run(OutputSink sink) throws IOException;
}
