package org.bcbm.common.contract;

import java.util.List;

/** The contract's paged collection: {@code { "items": [...], "page", "size", "total" }}, pages counted from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The page of {@code all} that {@code page} and {@code size} select; past the end, an empty page. */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        int from = Math.min(page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size());
    }

    /** Everything in one page. */
    public static <T> Page<T> whole(List<T> all) {
        return new Page<>(all, 0, all.size(), all.size());
    }
}
