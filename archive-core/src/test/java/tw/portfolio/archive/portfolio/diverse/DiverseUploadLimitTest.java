package tw.portfolio.archive.portfolio.diverse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.portfolio.PortfolioSettings;

class DiverseUploadLimitTest {

    @Test
    void section4_4_theThirtiethUploadIsAllowedAndTheThirtyFirstRefused() {
        DiverseUploadLimit limit = DiverseUploadLimit.from(PortfolioSettings.defaults());
        assertDoesNotThrow(() -> limit.checkOneMore(29, 115));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> limit.checkOneMore(30, 115));
        assertEquals("diverse-upload-limit", e.problemType());
        assertEquals("At most 30 diverse-performance items may be uploaded in academic year 115; 30 already are", e.getMessage());
    }

    @Test
    void section4_4_theTenCategoriesCarryTheirChineseNames() {
        List<String> labels = Arrays.stream(DiversePerformanceCategory.values()).map(DiversePerformanceCategory::label).toList();
        assertEquals(List.of("幹部經歷", "競賽", "檢定證照", "服務學習", "彈性學習時間", "團體活動時間", "職場學習", "作品成果",
                "先修課程", "其他"), labels);
    }
}
