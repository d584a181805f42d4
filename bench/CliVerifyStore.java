import java.nio.file.Path;
import tw.portfolio.archive.integrity.fixity.OcflFixtures;

/**
 * Writes the store bench/cli-verify.sh times: OBJECTS OCFL objects written by ocfl-java (sha256
 * inventories, hashed n-tuple layout, two small files each), with archive-integrity's test fixture.
 * Usage: java -cp ... CliVerifyStore.java DATA_DIR OBJECTS
 */
public final class CliVerifyStore {
    public static void main(String[] args) throws Exception {
        Path root = OcflFixtures.repository(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println(root);
    }
}
