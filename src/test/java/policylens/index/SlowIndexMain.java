package policylens.index;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Test-only: indexes files into args[0], printing "done FILE" and sleeping after each, so a test can kill it mid-run. */
public final class SlowIndexMain {
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Paths.get(args[i]));
        }
        new PolicyIndex(Paths.get(args[0])).index(files, false, (file, status) -> {
            System.out.println("done " + file.getFileName());
            System.out.flush();
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("committed");
    }
}
