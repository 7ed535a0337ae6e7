package eu.transferhub.generator.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CodeFencesTest {

    @Test
    void aFenceClosesOnlyWithItsOwnKindAndIndentedFencesAreNone() {
        String[] lines = {"text", "~~~md", "```", "still code", "~~~", "text", "    ```", "text", "```java", "x"};
        assertArrayEquals(new boolean[] {false, true, true, true, true, false, false, false, true, true},
                CodeFences.fenced(lines));
    }
}
