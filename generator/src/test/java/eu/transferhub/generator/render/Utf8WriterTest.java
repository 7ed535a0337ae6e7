package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer gives the bytes of String.getBytes(UTF_8) of everything written, however it is cut. */
class Utf8WriterTest {

    /** ASCII, Latin-1, two- and three-byte letters, a surrogate pair, and both halves alone. */
    private static final String[] PIECES = {"a", "<p>", " ", "é", "ł", "ș", "€", "中", "😀", "\uD83D", "\uDE00", "\u07FF",
        "\u0800", "\uFFFF", "\u0000"};

    @Test
    void anyTextCutAnywhereEncodesAsTheJdkEncodesIt() {
        Random random = new Random(20261204);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(random.nextInt(10) == 0 ? 3_000 : 40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String all = text.toString();
            Utf8Writer writer = new Utf8Writer(random.nextInt(64));
            int at = 0;
            while (at < all.length()) {
                int n = Math.min(all.length() - at, 1 + random.nextInt(random.nextBoolean() ? 4 : 5_000));
                switch (random.nextInt(3)) {
                    case 0 -> writer.write(all, at, n);
                    case 1 -> writer.write(all.substring(at, at + n).toCharArray(), 0, n);
                    default -> {
                        n = 1;
                        writer.write(all.charAt(at));
                    }
                }
                at += n;
            }

            assertArrayEquals(all.getBytes(StandardCharsets.UTF_8), writer.toByteArray(), () -> all.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void aHighSurrogateAtTheVeryEndIsAQuestionMark() {
        Utf8Writer writer = new Utf8Writer(4);
        writer.write("ok\uD83D");

        assertArrayEquals("ok?".getBytes(StandardCharsets.UTF_8), writer.toByteArray());
    }
}
