package policylens.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unique docIds for the files of one run, and beside the documents an index already holds.
 * <p>
 * A file's docId is its name without extension ({@link Ingestor#docId}: gold records and the corpus tools key on
 * it) when no other file of the run has that name and no other stored document uses it. Files that share a name
 * get a path-derived id instead: the shortest tail of the path that tells them apart, folders joined with
 * {@value #SEPARATOR} ({@code c/2023/方案.txt} and {@code c/2025/方案.txt} → {@code 2023~方案} and
 * {@code 2025~方案}); two files that differ only in their extension keep it ({@code x.txt} beside {@code x.html}
 * → {@code x.txt} and {@code x.html}). The ids depend on the set of files, never on the order they were given in.
 * <p>
 * With stored documents (an index): a file stored before keeps its docId, also when reached through a link
 * (re-indexing it replaces or skips it); a name stored from another file that still exists is never taken over;
 * one whose file is gone is (the file was moved or renamed).
 */
public final class DocIds {
    /** Joins the folders of a path-derived docId: safe in file names, URLs and Lucene terms. */
    public static final String SEPARATOR = "~";

    private DocIds() {
    }

    /** The docIds of the files of one run (extract, check, eval): no index involved. */
    public static Map<Path, String> assign(Collection<Path> files) {
        return assign(files, Map.of());
    }

    /**
     * @param stored docId → source path (absolute) of the documents already stored
     * @return each file's docId, in the order of {@code files}; no two files share one, and none takes the id of a
     *         stored document from another file that still exists
     */
    public static Map<Path, String> assign(Collection<Path> files, Map<String, String> stored) {
        Map<Path, Path> absolute = new LinkedHashMap<>();
        for (Path f : files) {
            absolute.putIfAbsent(f, absolute(f));
        }
        Map<Path, String> storedIdOf = new HashMap<>(); // the stored file (through links) → its docId
        Set<String> taken = new HashSet<>();
        List<Path> storedSources = new ArrayList<>();
        for (Map.Entry<String, String> e : stored.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            Path source = absolute(Paths.get(e.getValue()));
            storedIdOf.put(source, e.getKey());
            if (Files.exists(source)) {
                storedIdOf.put(real(source), e.getKey());
                taken.add(e.getKey());
                storedSources.add(source);
            }
        }
        Map<String, Integer> baseCount = new HashMap<>();
        new HashSet<>(absolute.values()).forEach(a -> baseCount.merge(Ingestor.docId(a), 1, Integer::sum));

        Map<Path, String> idOf = new HashMap<>(); // absolute → docId
        List<Path> rest = new ArrayList<>();
        // 1. a file stored before keeps its id
        for (Path a : new HashSet<>(absolute.values())) {
            String id = storedIdOf.containsKey(a) ? storedIdOf.get(a) : storedIdOf.get(real(a));
            if (id != null) {
                idOf.put(a, id);
                taken.add(id);
            } else {
                rest.add(a);
            }
        }
        rest.sort(Comparator.comparing(Path::toString));
        // 2. a name nobody else has stays the docId
        List<Path> colliding = new ArrayList<>();
        for (Path a : rest) {
            String base = Ingestor.docId(a);
            if (baseCount.get(base) == 1 && !taken.contains(base)) {
                idOf.put(a, base);
                taken.add(base);
            } else {
                colliding.add(a);
            }
        }
        // 3. the others, in path order: the shortest path tail that no namesake shares and nobody holds
        Map<String, Set<Path>> namesakes = new HashMap<>();
        for (Path p : colliding) {
            namesakes.computeIfAbsent(Ingestor.docId(p), b -> new HashSet<>()).add(p);
        }
        for (Path p : idOf.keySet()) {
            namesakes.computeIfPresent(Ingestor.docId(p), (b, set) -> { set.add(p); return set; });
        }
        for (Path p : storedSources) {
            namesakes.computeIfPresent(Ingestor.docId(p), (b, set) -> { set.add(p); return set; });
        }
        for (Path a : colliding) {
            List<Path> peers = namesakes.get(Ingestor.docId(a)).stream().filter(p -> !p.equals(a)).toList();
            String id = derived(a, peers, taken);
            idOf.put(a, id);
            taken.add(id);
        }
        Map<Path, String> out = new LinkedHashMap<>();
        absolute.forEach((f, a) -> out.put(f, idOf.get(a)));
        return out;
    }

    private static String derived(Path file, List<Path> peers, Set<String> taken) {
        String stem = Ingestor.docId(file);
        // the extension is kept only when a namesake differs from this file in nothing else
        boolean keepExtension = peers.stream().anyMatch(p -> sameExceptExtension(p, file));
        String last = keepExtension ? file.getFileName().toString() : stem;
        int folders = file.getNameCount() - 1;
        for (int k = 0; k <= folders; k++) {
            String id = tail(file, k, last);
            int kk = k;
            boolean shared = peers.stream().anyMatch(p ->
                    tail(p, kk, keepExtension ? p.getFileName().toString() : Ingestor.docId(p)).equals(id));
            if (!shared && !taken.contains(id)) {
                return id;
            }
        }
        // every tail is held by some other document's own name (a file literally called 2023~方案.txt): number it
        String whole = tail(file, folders, last);
        for (int n = 2; ; n++) {
            String id = whole + SEPARATOR + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** The last {@code k} folders of {@code file} and then {@code last}, joined with the separator. */
    private static String tail(Path file, int k, String last) {
        int folders = file.getNameCount() - 1;
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, folders - k); i < folders; i++) {
            sb.append(file.getName(i)).append(SEPARATOR);
        }
        return sb.append(last).toString();
    }

    private static boolean sameExceptExtension(Path a, Path b) {
        return Ingestor.docId(a).equals(Ingestor.docId(b)) && java.util.Objects.equals(a.getParent(), b.getParent());
    }

    /** The file itself, whatever links lead to it (as given when it cannot be resolved). */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException | RuntimeException e) {
            return p;
        }
    }

    /** Where a file is, as the index stores its source: absolute and normalised. */
    public static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
