package tw.portfolio.archive.index.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import tw.portfolio.archive.index.LuceneSearchIndex;
import tw.portfolio.archive.index.QueryProbe;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchQuery;

/**
 * Benchmark, not a test: indexes N synthetic ~1 KB documents of mixed Traditional Chinese and
 * English (fixed word list, fixed seed) and prints indexing docs/s, then p50/p99 latency of 1,000
 * queries on the raw {@link IndexSearcher} (top 20, same scoped query) and through {@link
 * LuceneSearchIndex#search} (adds facets, highlighting, stored fields).
 * Run: {@code java -Xmx2g -cp <test classpath> tw.portfolio.archive.index.bench.SearchBench 200000 /tmp/bench-index}.
 */
public final class SearchBench {
    static final String[] ZH = ("學習 歷程 檔案 課程 成果 多元 表現 志工 服務 競賽 檢定 證照 社團 活動 幹部 經歷 數學 物理 化學 生物 "
            + "歷史 地理 公民 國文 英文 音樂 美術 體育 資訊 科技 報告 專題 實驗 閱讀 心得 演講 比賽 第一名 校內 校外 "
            + "學校 老師 同學 圖書館 社區 環境 保護 河川 水質 統計 研究 方法 討論 分析 設計 製作 作品 創意 合作 領導").split(" ");
    static final String[] EN = ("learning portfolio course outcome volunteer volunteering service contest certificate club "
            + "activity leader mathematics physics chemistry biology history research method analysis design project "
            + "report reading library community river water quality statistics creative teamwork speech award").split(" ");
    static final String[] NAMES = "陳怡君 林志明 黃鑫 張雅婷 王小明 李美玲 吳建宏 劉家豪 蔡佩珊 楊宗翰".split(" ");
    static final String[] CATEGORIES = "幹部經歷 競賽 檢定證照 服務學習 彈性學習時間 團體活動時間 職場學習 作品成果 先修課程 其他".split(" ");

    private SearchBench() {
    }

    static SearchDocument document(Random random, int i) {
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

    static String query(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> ZH[random.nextInt(ZH.length)];
            case 1 -> EN[random.nextInt(EN.length)];
            case 2 -> NAMES[random.nextInt(NAMES.length)];
            default -> ZH[random.nextInt(ZH.length)] + " " + EN[random.nextInt(EN.length)];
        };
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args.length > 1 ? args[1] : Files.createTempDirectory("search-bench").toString());
        Random random = new Random(20261128L);
        long start = System.nanoTime();
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir, Clock.systemUTC(), Duration.ofSeconds(1))) {
            for (int i = 0; i < n; i++) {
                index.index(document(random, i));
            }
            index.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("indexed %,d docs in %.1f s: %,.0f docs/s%n", n, seconds, n / seconds);
            index.refresh();
            String[] queries = new String[1000];
            Random q = new Random(7L);
            Arrays.setAll(queries, i -> query(q));
            Caller caller = Caller.registrar("bench");
            try (FSDirectory fs = FSDirectory.open(index.liveDirectory()); DirectoryReader reader = DirectoryReader.open(fs)) {
                IndexSearcher raw = new IndexSearcher(reader);
                Query[] parsed = Arrays.stream(queries).map(s -> QueryProbe.build(SearchQuery.of(s), caller)).toArray(Query[]::new);
                for (Query p : parsed) {
                    raw.search(p, 20);
                }
                long[] rawNanos = new long[queries.length];
                for (int i = 0; i < queries.length; i++) {
                    long t = System.nanoTime();
                    raw.search(parsed[i], 20);
                    rawNanos[i] = System.nanoTime() - t;
                }
                report("raw IndexSearcher (top 20)", rawNanos);
            }
            for (String s : queries) {
                index.search(SearchQuery.of(s), caller);
            }
            long[] fullNanos = new long[queries.length];
            for (int i = 0; i < queries.length; i++) {
                long t = System.nanoTime();
                index.search(SearchQuery.of(queries[i]), caller);
                fullNanos[i] = System.nanoTime() - t;
            }
            report("LuceneSearchIndex.search (exact total, facets, snippets)", fullNanos);
        }
        long bytes;
        try (var files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("index size on disk: %,d MB; heap used now: %,d MB%n", bytes >> 20,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
