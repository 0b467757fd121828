package org.bcbm.bench.load;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The one table bench/load prints: every figure beside the bare endpoint's and against its target. */
public final class LoadReport {

    private static final String[] SERVICES = {"evidence-service", "access-cost-service", "recommendation-service",
            "gateway"};

    private final Properties r = new Properties();
    private final List<String> rows = new ArrayList<>();
    private int failures;

    // usage: LoadReport RESULTS_PROPERTIES REPORT_MD. Shares of the bare endpoint are the figures to quote:
    // absolute ones vary with what else the shared machine runs.
    public static void main(String[] args) throws Exception {
        LoadReport report = new LoadReport();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
            report.r.load(in);
        }
        String table = report.table();
        System.out.print(table);
        Files.writeString(Path.of(args[1]), table);
    }

    private String table() {
        double bare = num("bare.rps");
        throughput("bare endpoint `POST /echo` (yardstick)", "bare", bare, Double.NaN, "");
        throughput("merged `POST :8080/api/v1/recommendations`", "merged", bare, 0.20, "≥ 20 % of bare");
        throughput("recommendation-service alone `POST :8082/...`", "recsvc", bare, 0.40, "≥ 40 % of bare");

        double p99 = num("fixed.p99_ms");
        long fixedErrors = (long) (num0("fixed.non2xx") + num0("fixed.errors"));
        String rate = r.getProperty("fixed.rate", "?");
        row(String.format(Locale.ROOT, "merged at half its max rate (%s/s, open model)", rate),
                fmt(num("fixed.achieved_rps"), 0), fmt(num("fixed.p50_ms"), 1), fmt(p99, 1), "",
                errors(fixedErrors), "p99 ≤ 25 ms", verdict(p99 <= 25 && fixedErrors == 0));

        double visible = num("curator.p99_ms");
        long notVisible = (long) num0("curator.not_visible");
        row(String.format(Locale.ROOT, "curator price change visible via gateway (%s changes after %s untimed)",
                        r.getProperty("curator.changes", "?"), r.getProperty("curator.warmup_changes", "0")), "",
                fmt(num("curator.p50_ms"), 0), fmt(visible, 0), "",
                (r.getProperty("curator.first_ms") == null ? ""
                        : "first change after start " + fmt(num("curator.first_ms"), 0) + " ms; ")
                        + (r.getProperty("curator.slowest_change") == null ? ""
                        : "slowest timed: change " + r.getProperty("curator.slowest_change") + " of "
                        + r.getProperty("curator.changes", "?") + ", " + fmt(num("curator.slowest_ms"), 0) + " ms; ")
                        + (notVisible == 0 ? "" : notVisible + " never shown")
                        + ("false".equals(r.getProperty("curator.restored")) ? " original price NOT restored" : ""),
                "p99 ≤ 250 ms", verdict(visible <= 250 && notVisible == 0));

        for (String s : SERVICES) {
            double ms = num("start." + s + "_ms");
            row(s + " start → ready (restarted alone)", "", "", "", "", fmt(ms / 1000, 2) + " s", "< 3 s",
                    verdict(ms < 3000));
        }
        row("bare endpoint start → first answer", "", "", "", "", fmt(num("start.bare_ms") / 1000, 2) + " s", "", "");

        for (String s : SERVICES) {
            double mb = num("rss." + s + "_mb");
            row(s + " RSS after load", "", "", "", "", fmt(mb, 0) + " MB", "< 250 MB", verdict(mb < 250));
        }
        row("bare endpoint RSS after load", "", "", "", "", fmt(num("rss.bare_mb"), 0) + " MB", "", "");

        cohort("cohort1k", "");
        cohort("cohort10k", "< 3 s");

        StringBuilder out = new StringBuilder();
        out.append("## bench/load — ").append(r.getProperty("meta.date", "")).append("\n\n");
        out.append("JVM flags for every JVM: `").append(r.getProperty("meta.jvm_flags", "")).append("`; wrk ")
                .append(r.getProperty("meta.wrk", "")).append("; CPUs: ").append(r.getProperty("meta.cpus", "?"))
                .append("; warmed for: bare ").append(r.getProperty("warmup.bare_s", "?"))
                .append(" s, recommendation-service ").append(r.getProperty("warmup.recsvc_s", "?"))
                .append(" s, merged ").append(r.getProperty("warmup.merged_s", "?")).append(" s\n\n");
        out.append("| what | requests/s | p50 ms | p99 ms | share of bare req/s | measured | target | result |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        rows.forEach(row -> out.append(row).append('\n'));
        out.append('\n').append(failures == 0 ? "All targets met." : failures + " target(s) not met.").append('\n');
        return out.toString();
    }

    private void throughput(String what, String key, double bare, double share, String target) {
        double rps = num(key + ".rps");
        long errors = (long) (num0(key + ".non2xx") + num0(key + ".socket_errors"));
        double ratio = rps / bare;
        String shareText = Double.isNaN(ratio) ? "n/a" : fmt(ratio * 100, 1) + " %";
        boolean clean = errors == 0 && rps > 0;
        String result = Double.isNaN(share) ? (clean ? "" : verdict(false)) : verdict(ratio >= share && clean);
        String measured = r.containsKey(key + ".requests") && num(key + ".requests") == 0
                ? "no answer in the measured window" : errors(errors);
        if (errors > 0 && r.containsKey(key + ".first_bad")) {
            measured += " (first: " + r.getProperty(key + ".first_bad").replace("|", "/") + ")";
        }
        row(what, fmt(rps, 0), fmt(num(key + ".p50_ms"), 2), fmt(num(key + ".p99_ms"), 2), shareText, measured, target,
                result);
    }

    private void cohort(String key, String target) {
        double ms = num(key + ".wall_ms");
        String status = r.getProperty(key + ".status", "n/a");
        long answers = (long) num0(key + ".answers");
        long size = (long) num0(key + ".size");
        boolean ok = "200".equals(status) && answers == size;
        // the median of the timed calls, and the first call, which runs the batch code for the first time
        String measured = fmt(ms / 1000, 2) + " s (first call " + fmt(num(key + ".first_ms") / 1000, 2) + " s), HTTP "
                + status + ("200".equals(status) && answers != size ? ", " + answers + " answers" : "");
        row(String.format(Locale.ROOT, "cohort of %,d profiles `POST /recommendations/batch`", size), "", "", "", "",
                measured, target, target.isEmpty() ? (ok ? "" : verdict(false)) : verdict(ok && ms < 3000));
    }

    private String verdict(boolean pass) {
        if (!pass) {
            failures++;
        }
        return pass ? "PASS" : "**FAIL**";
    }

    private void row(String... cells) {
        rows.add("| " + String.join(" | ", cells) + " |");
    }

    private static String errors(long n) {
        return n == 0 ? "0 errors" : n + " errors";
    }

    /** A missing figure (its step failed) is NaN, which fails every comparison. */
    private double num(String key) {
        String v = r.getProperty(key);
        try {
            return v == null ? Double.NaN : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private double num0(String key) {
        double v = num(key);
        return Double.isNaN(v) ? 0 : v;
    }

    private static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
