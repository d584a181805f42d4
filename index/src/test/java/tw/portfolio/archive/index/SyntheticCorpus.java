package tw.portfolio.archive.index;

import java.util.Random;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;

/**
 * The synthetic corpus: documents of about 1 KB of mixed Traditional Chinese and English
 * from a fixed word list, every one ACTIVE (so a registrar sees it). Document {@code i} is a pure
 * function of the seed and {@code i}, so any number of threads generate the same corpus. Word lists
 * are those of the former index test-scope {@code SearchBench}.
 */
public final class SyntheticCorpus {
    static final String[] ZH = ("學習 歷程 檔案 課程 成果 多元 表現 志工 服務 競賽 檢定 證照 社團 活動 幹部 經歷 數學 物理 化學 生物 "
            + "歷史 地理 公民 國文 英文 音樂 美術 體育 資訊 科技 報告 專題 實驗 閱讀 心得 演講 比賽 第一名 校內 校外 "
            + "學校 老師 同學 圖書館 社區 環境 保護 河川 水質 統計 研究 方法 討論 分析 設計 製作 作品 創意 合作 領導").split(" ");
    static final String[] EN = ("learning portfolio course outcome volunteer volunteering service contest certificate club "
            + "activity leader mathematics physics chemistry biology history research method analysis design project "
            + "report reading library community river water quality statistics creative teamwork speech award").split(" ");
    static final String[] NAMES = "陳怡君 林志明 黃鑫 張雅婷 王小明 李美玲 吳建宏 劉家豪 蔡佩珊 楊宗翰".split(" ");
    static final String[] CATEGORIES = "幹部經歷 競賽 檢定證照 服務學習 彈性學習時間 團體活動時間 職場學習 作品成果 先修課程 其他".split(" ");

    /** The corpus seed used by the benchmarks. */
    public static final long SEED = 20261128L;
    /** The query seed used by the benchmarks. */
    public static final long QUERY_SEED = 7L;

    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** Document {@code i}: id {@code doc-%08d}, ~1 KB of text in title, description and body. */
    public SearchDocument document(int i) {
        Random random = new Random(mix(seed + 0x9E3779B97F4A7C15L * (i + 1L)));
        StringBuilder body = new StringBuilder(1100);
        while (body.length() < 700) {
            boolean zh = random.nextInt(3) > 0;
            body.append(zh ? ZH[random.nextInt(ZH.length)] : EN[random.nextInt(EN.length)]).append(zh ? "" : " ");
            if (random.nextInt(12) == 0) {
                body.append(zh ? "，" : ". ");
            }
        }
        return SearchDocument.builder(String.format("doc-%08d", i), DocumentType.values()[random.nextInt(3)])
                .studentId("s" + random.nextInt(20_000)).studentName(NAMES[random.nextInt(NAMES.length)])
                .studentNumber(Integer.toString(100_000 + random.nextInt(20_000)))
                .academicYear(108 + random.nextInt(8)).semester(1 + random.nextInt(2))
                .category(CATEGORIES[random.nextInt(CATEGORIES.length)])
                .title(ZH[random.nextInt(ZH.length)] + ZH[random.nextInt(ZH.length)] + "報告")
                .description(ZH[random.nextInt(ZH.length)] + ZH[random.nextInt(ZH.length)] + " " + EN[random.nextInt(EN.length)])
                .body(body.toString()).build();
    }

    /** {@code n} queries from the query seed: a Chinese word, an English word, a name, or a Chinese and an English word. */
    public static String[] queries(int n) {
        Random random = new Random(QUERY_SEED);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = switch (random.nextInt(4)) {
                case 0 -> ZH[random.nextInt(ZH.length)];
                case 1 -> EN[random.nextInt(EN.length)];
                case 2 -> NAMES[random.nextInt(NAMES.length)];
                default -> ZH[random.nextInt(ZH.length)] + " " + EN[random.nextInt(EN.length)];
            };
        }
        return out;
    }

    /** Stafford's 64-bit mix (as in SplittableRandom), so neighbouring documents get unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
