import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.migrationgraph.support.NameKeys;

/**
 * What folding a million names costs, one thread: support.NameKeys against the rule as first
 * written (two regular expressions compiled per call, as NameKeysTest keeps it), for names of ASCII
 * only (every generated name) and for names where one word in four has an accent. One untimed
 * round, then the median of the timed ones. Run by bench/name-keys.sh.
 * Usage: java -cp target/classes bench/NameKeysFold.java [rounds]
 */
public class NameKeysFold {

    private static final String[] WORDS = {"Regional", "Review", "of", "the", "Global", "Compact", "Migration", "Labour",
            "Statement", "by", "Kenya", "(2023)", "Network's"};
    private static final String[] ACCENTED = {"Côte", "São", "Tomé", "Türkiye"};

    static String asWritten(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("| names (a million, five words each) | as first written, median ms | now, median ms | times faster |");
        System.out.println("|---|---|---|---|");
        measure("ASCII only", names(false), rounds);
        measure("one word in four accented", names(true), rounds);
    }

    private static String[] names(boolean accents) {
        Random random = new Random(1);
        String[] names = new String[1_000_000];
        for (int i = 0; i < names.length; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < 5; k++) {
                name.append(accents && random.nextInt(4) == 0 ? ACCENTED[random.nextInt(ACCENTED.length)] : WORDS[random.nextInt(WORDS.length)])
                        .append(' ');
            }
            names[i] = name.append(i).toString();
        }
        return names;
    }

    private static void measure(String label, String[] names, int rounds) {
        long[] before = new long[rounds];
        long[] after = new long[rounds];
        for (int round = -1; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (String name : names) {
                if (asWritten(name).isEmpty()) {
                    throw new IllegalStateException(name);
                }
            }
            long t1 = System.nanoTime();
            for (String name : names) {
                if (NameKeys.of(name).isEmpty()) {
                    throw new IllegalStateException(name);
                }
            }
            long t2 = System.nanoTime();
            if (round >= 0) {
                before[round] = t1 - t0;
                after[round] = t2 - t1;
            }
        }
        for (String name : Arrays.copyOf(names, 1000)) {
            if (!asWritten(name).equals(NameKeys.of(name))) {
                throw new IllegalStateException("the two ways differ on " + name);
            }
        }
        long b = median(before) / 1_000_000;
        long a = median(after) / 1_000_000;
        System.out.printf("| %s | %d | %d | %.1f |%n", label, b, a, (double) b / a);
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
