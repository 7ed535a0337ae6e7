package eu.transferhub.generator.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {

    @TempDir
    Path content;

    private Checked<LoadedIntro> readIntro(byte[] bytes) throws IOException {
        Path file = Path.of("cities", "_index.pl.md");
        Files.createDirectories(content.resolve("cities"));
        Files.write(content.resolve(file), bytes);
        return new PageReader(content).read(new IntroFile("cities", "pl", file));
    }

    @Test
    void aFileSavedInLatin1IsAnErrorNamingTheFile() throws IOException {
        Checked<LoadedIntro> read = readIntro("---\ntitle: Miasta\n---\nKraków é\n".getBytes(StandardCharsets.ISO_8859_1));

        assertTrue(read.value().isEmpty());
        assertEquals(List.of(Diagnostic.error(Path.of("cities", "_index.pl.md"), 4,
                "not valid UTF-8: byte 0xF3 cannot start or continue a character here (save the file as UTF-8)")),
                read.diagnostics());
    }

    @Test
    void aReplacementCharacterWrittenInValidUtf8IsKept() throws IOException {
        Checked<LoadedIntro> read = readIntro("---\ntitle: Miasta \uFFFD\n---\nBielsko-Biała \uFFFD\n"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), read.diagnostics());
        assertEquals("Miasta \uFFFD", read.value().orElseThrow().title());
        assertEquals("Bielsko-Biała \uFFFD\n", read.value().orElseThrow().markdown());
    }

    @Test
    void validUtf8IsReadAsWritten() throws IOException {
        Checked<LoadedIntro> read = readIntro("---\ntitle: Timișoara\n---\nŁódź, Gdańsk, Tartu õ\n"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("Timișoara", read.value().orElseThrow().title());
        assertEquals("Łódź, Gdańsk, Tartu õ\n", read.value().orElseThrow().markdown());
    }
}
