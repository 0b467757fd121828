package org.bcbm.evidence.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Draws hazard ratios with their 95 % CIs on a log axis as a self-contained SVG: one labelled row per trial and
 * endpoint, the line of no effect at 1, the figures printed beside each row.
 */
public final class ForestPlot {

    /**
     * One row: what it is, its estimate, and its ESMO-MCBS grade or, for a result the scale does not grade, why not
     * (then the row says "not gradable", never a grade). {@code effectMeasure} says whether the estimate is a hazard
     * ratio or a rate ratio (printed "HR" or "RR"); {@code secondarySource}, when not null, names the secondary
     * source the figures rest on (the row is marked "secondary source").
     */
    public record Row(String trialId, String endpoint, String analysis, BigDecimal hazardRatio, BigDecimal ciLower,
            BigDecimal ciUpper, String grade, String notGradableReason, String effectMeasure, String secondarySource) {

        public Row(String trialId, String endpoint, String analysis, BigDecimal hazardRatio, BigDecimal ciLower,
                BigDecimal ciUpper, String grade, String notGradableReason) {
            this(trialId, endpoint, analysis, hazardRatio, ciLower, ciUpper, grade, notGradableReason, null, null);
        }

        boolean rateRatio() {
            return "rate_ratio".equals(effectMeasure);
        }
    }

    static final String SECONDARY_SOURCE = "secondary source";

    static final String NOT_GRADABLE = "not gradable";

    private static final int LEFT = 360;
    private static final int PLOT = 380;
    private static final int ROW = 30;
    private static final int TOP = 70;
    private static final double[] TICKS = {0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5};

    private ForestPlot() {
    }

    public static String svg(String title, List<Row> rows) {
        double min = rows.stream().mapToDouble(r -> r.ciLower().doubleValue()).min().orElse(0.5);
        double max = rows.stream().mapToDouble(r -> r.ciUpper().doubleValue()).max().orElse(1.5);
        double lo = Math.log(Math.min(0.8, min / 1.15));
        double hi = Math.log(Math.max(1.25, max * 1.15));
        int width = LEFT + PLOT + 250;
        int height = TOP + Math.max(1, rows.size()) * ROW + 70;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">%n", width, height,
                width, height));
        svg.append(String.format(Locale.ROOT, "<title>%s</title>%n", escape(title)));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"28\" font-size=\"17\" font-weight=\"bold\">%s</text>%n",
                escape(title)));
        svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"52\" fill=\"#555\">Trial, endpoint</text>"
                + "<text x=\"%d\" y=\"52\" fill=\"#555\">Hazard ratio or rate ratio (95%% CI), log scale</text>"
                + "<text x=\"%d\" y=\"52\" fill=\"#555\">HR/RR (95%% CI)  MCBS</text>%n", LEFT, LEFT + PLOT + 16));
        if (rows.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\">No outcome with a hazard ratio on file.</text>%n",
                    TOP + 20));
        }
        int bottom = TOP + rows.size() * ROW;
        double one = x(1, lo, hi);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" "
                + "stroke-dasharray=\"4 3\"/>%n", one, TOP - 6, one, bottom));
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = TOP + i * ROW + ROW / 2;
            if (i % 2 == 0) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f6f8\"/>%n",
                        y - ROW / 2, width, ROW));
            }
            double x1 = x(r.ciLower().doubleValue(), lo, hi);
            double x2 = x(r.ciUpper().doubleValue(), lo, hi);
            double xe = x(r.hazardRatio().doubleValue(), lo, hi);
            svg.append(String.format(Locale.ROOT, "<g class=\"row\" data-trial=\"%s\" data-endpoint=\"%s\""
                    + " data-effect-measure=\"%s\" data-source=\"%s\"%s>%s"
                    + "<text x=\"12\" y=\"%d\">%s</text>"
                    + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1f4e79\" stroke-width=\"2\"/>"
                    + "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#1f4e79\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s %s (%s-%s)%s%s</text></g>%n",
                    escape(r.trialId()), escape(r.endpoint()), r.rateRatio() ? "rate_ratio" : "hazard_ratio",
                    r.secondarySource() == null ? "primary_publication" : "secondary", mcbsAttribute(r),
                    reasonTitle(r), y + 4, escape(label(r)), x1, y, x2, y, xe - 5, y - 5, LEFT + PLOT + 16, y + 4,
                    r.rateRatio() ? "RR" : "HR", num(r.hazardRatio()), num(r.ciLower()), num(r.ciUpper()),
                    gradeText(r), r.secondarySource() == null ? "" : "   (" + SECONDARY_SOURCE + ")"));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, bottom + 4, LEFT + PLOT, bottom + 4));
        for (double t : TICKS) {
            double tx = x(t, lo, hi);
            if (tx < LEFT - 0.5 || tx > LEFT + PLOT + 0.5) {
                continue;
            }
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>%n", tx, bottom + 4, tx,
                    bottom + 9, tx, bottom + 22, trim(t)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" fill=\"#555\" font-size=\"11\">"
                + "favours experimental</text><text x=\"%.1f\" y=\"%d\" fill=\"#555\" font-size=\"11\">favours control</text>%n",
                one - 6, bottom + 40, one + 6, bottom + 40));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The grade, or "not gradable" (a non-significant result is never shown with a grade), or nothing. */
    private static String gradeText(Row r) {
        if (r.notGradableReason() != null) {
            return "   " + NOT_GRADABLE;
        }
        return r.grade() == null ? "" : "   " + escape(r.grade());
    }

    private static String mcbsAttribute(Row r) {
        if (r.notGradableReason() != null) {
            return " data-mcbs=\"not-gradable\"";
        }
        return r.grade() == null ? "" : " data-mcbs=\"" + escape(r.grade()) + "\"";
    }

    /** The reason, and the secondary source, travel as the row's tooltip, so the figure explains itself. */
    private static String reasonTitle(Row r) {
        StringBuilder title = new StringBuilder();
        if (r.notGradableReason() != null) {
            title.append("ESMO-MCBS ").append(NOT_GRADABLE).append(": ").append(escape(r.notGradableReason()));
        }
        if (r.secondarySource() != null) {
            title.append(title.length() == 0 ? "" : ". ").append("Figures from a ").append(SECONDARY_SOURCE)
                    .append(": ").append(escape(r.secondarySource()));
        }
        return title.length() == 0 ? "" : "<title>" + title + "</title>";
    }

    private static double x(double value, double lo, double hi) {
        return LEFT + (Math.log(value) - lo) / (hi - lo) * PLOT;
    }

    private static String label(Row r) {
        String analysis = r.analysis() == null ? "" : " - " + r.analysis();
        String text = r.trialId() + ", " + r.endpoint() + analysis;
        return text.length() > 52 ? text.substring(0, 51) + "…" : text;
    }

    private static String num(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String trim(double t) {
        return t == Math.rint(t) ? String.valueOf((int) t) : String.valueOf(t);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
