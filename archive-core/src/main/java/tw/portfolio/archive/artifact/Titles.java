package tw.portfolio.archive.artifact;

/** Cleans a client-supplied title: no control characters, at most 200 code points, blank → null. */
final class Titles {
    static final int MAX_CODE_POINTS = 200;

    private Titles() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        raw.codePoints().filter(cp -> !Character.isISOControl(cp)).limit(MAX_CODE_POINTS).forEach(sb::appendCodePoint);
        String t = sb.toString().strip();
        return t.isEmpty() ? null : t;
    }
}
