package tw.portfolio.archive.index;

import java.util.List;
import java.util.Set;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;

/** The small hand-written corpus the relevance set runs against. */
final class RelevanceCorpus {
    static final String DIGEST = "3fa9c2d1" + "0".repeat(56);

    private RelevanceCorpus() {
    }

    static List<SearchDocument> documents() {
        return List.of(
                SearchDocument.builder("out-1", DocumentType.COURSE_OUTCOME).studentId("s1").studentName("陳怡君")
                        .nationalId("A123456789").studentNumber("110001").className("高二忠").courseName("數學")
                        .teacherUsernames(Set.of("t.wang")).academicYear(112).semester(1).category("課程學習成果")
                        .title("數學專題報告").description("本報告探討學習歷程中的統計方法")
                        .body("我們在社區擔任志工，volunteering at the city library.").build(),
                SearchDocument.builder("dp-2", DocumentType.DIVERSE_PERFORMANCE).studentId("s2").studentName("林志明")
                        .nationalId("B120000007").studentNumber("110002").academicYear(112).semester(0).category("競賽")
                        .title("校內英語演講比賽").description("演講比賽第一名")
                        .body("English speech contest; the volunteers helped.").build(),
                SearchDocument.builder("art-3", DocumentType.ARTIFACT).studentId("s1").studentName("陳怡君")
                        .nationalId("A123456789").studentNumber("110001").academicYear(112).semester(1).category("檢定證照")
                        .title("檢定證照 ABC123").filename("ＡＢＣ１２３-證書.pdf").sha256(DIGEST).mediaType("application/pdf")
                        .build(),
                SearchDocument.builder("out-4", DocumentType.COURSE_OUTCOME).studentId("s3").studentName("陳怡安")
                        .studentNumber("110003").academicYear(111).semester(2).category("課程學習成果")
                        .title("化學實驗報告").description("學校附近的河川水質").build(),
                SearchDocument.builder("out-5", DocumentType.COURSE_OUTCOME).studentId("s4").studentName("黃鑫")
                        .studentNumber("110004").academicYear(112).semester(2).category("課程學習成果")
                        .title("社團活動紀錄").description("鑫在熱音社的成果").build(),
                SearchDocument.builder("out-6", DocumentType.COURSE_OUTCOME).studentId("s5").studentName("張雅婷")
                        .studentNumber("110005").academicYear(112).semester(1).category("課程學習成果")
                        .title("閱讀心得").description("我們今天在圖書館裡讀了很多書").build());
    }
}
