package tw.portfolio.archive.web.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import tw.portfolio.archive.receipt.BagZip;

/**
 * A kept submission package (BagIt bag): its folder name and the files inside it, read from the
 * OCFL object that keeps it.
 *
 * @param bagName the bag's folder name, the zip's one top-level folder
 * @param files the files' paths inside the bag
 * @param source opens a file by its path inside the bag
 */
public record SubmissionPackage(String bagName, List<String> files, BagZip.Source source) {

    /** Streams the bag as a zip (see {@link BagZip}). */
    public void writeZip(OutputStream out) throws IOException {
        BagZip.write(bagName, files, source, out);
    }

    /** The file name to offer for the zip. */
    public String zipFilename() {
        return BagZip.filename(bagName);
    }
}
