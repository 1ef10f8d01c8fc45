package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The list pattern tried only where a list may start finds what it finds tried everywhere. */
class ListStartsTest {

    private static final List<String> TEXTS = List.of("Nurses, midwives and paramedics struck.",
            "rail workers, Border Force officials, driving examiners and postal workers are also striking",
            "With 1,000 nurses, 200 midwives, and 30 porters or cleaners out.",
            "The Department for Work and Pensions (DWP), the Home Office, and HMRC staff or others",
            "a b c d e f, g h, i and j", "one two three four five six, seven, eight or nine",
            "x,y, z and w", "café, naïve, über and ｆｕｌｌ", "𝐀𝐁, 𝐂𝐃, and 𝐄𝐅", ", , and", "", "no list here",
            "Kent, Essex and Surrey, then Devon, Dorset or Cornwall, and Leeds, York and Hull.");

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(TEXTS);
        try (Stream<Path> files = Files.list(Path.of("../corpus/articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.addAll(Files.readAllLines(file));
                out.add(Files.readString(file));
            }
        }
        return out;
    }

    @Test
    void should_find_every_list_the_pattern_finds_when_only_possible_starts_are_tried() throws IOException {
        int lists = 0;
        for (String text : texts()) {
            List<String> everywhere = new ArrayList<>();
            Matcher all = Enumeration.pattern().matcher(text);
            while (all.find()) {
                everywhere.add(all.start() + "-" + all.end() + " " + all.group(1) + "|" + all.group(3));
            }
            List<String> starts = new ArrayList<>();
            Matcher some = Enumeration.pattern().matcher(text).useTransparentBounds(true);
            for (int at = 0; ListStarts.find(some, text, at); at = some.end()) {
                starts.add(some.start() + "-" + some.end() + " " + some.group(1) + "|" + some.group(3));
            }
            assertThat(starts).as(text).isEqualTo(everywhere);
            lists += everywhere.size();
        }
        assertThat(lists).isGreaterThan(20);
    }
}
