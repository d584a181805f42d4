package tw.portfolio.archive.portfolio;

import java.util.ArrayList;
import java.util.List;
import tw.portfolio.archive.portfolio.diverse.DiverseDraft;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceCategory;
import tw.portfolio.archive.portfolio.outcome.CertificationDecision;

/** Creates items through the real services, for tests that need many of them. */
public final class PortfolioItems {
    private final PortfolioFixture f;
    private final PortfolioDatabase db;

    public PortfolioItems(PortfolioFixture f, PortfolioDatabase db) {
        this.f = f;
        this.db = db;
    }

    /** {@code n} outcomes of student1 in M101, certified by teacher1 when {@code certified}. */
    public List<String> outcomes(int n, boolean certified) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String file = f.artifacts.pdfOf(PortfolioFixture.STUDENT1);
            String id = db.inTransaction(s -> s.outcomes().create(f.student1, PortfolioFixture.STUDENT1, f.mathCourse,
                    "成果", List.of(file))).id();
            if (certified) {
                db.inTransaction(s -> s.outcomes().certify(f.teacher1, id, CertificationDecision.CERTIFIED, null));
            }
            ids.add(id);
        }
        return ids;
    }

    /** {@code n} diverse-performance items of student1. */
    public List<String> diverse(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(db.inTransaction(s -> s.diverse().create(f.student1, PortfolioFixture.STUDENT1, draft())).id());
        }
        return ids;
    }

    public static DiverseDraft draft() {
        return new DiverseDraft(DiversePerformanceCategory.SERVICE_LEARNING, "淨灘", "海灘清潔服務", null, 4, null, null, List.of());
    }
}
