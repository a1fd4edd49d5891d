package io.chancery.monitoring.internal;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list that pages by cursor, newest first: {@code next} is passed as {@code after} to
 * get the following page, and is null on the last one. Cursors stay fast however long the list.
 */
record CursorPage<T>(List<T> items, String next) {

	/** From up to {@code size + 1} rows: the extra row only tells that there is a next page. */
	static <T> CursorPage<T> of(List<T> rows, int size, Function<T, String> cursor) {
		List<T> page = List.copyOf(rows.subList(0, Math.min(rows.size(), size)));
		return new CursorPage<>(page, rows.size() > size ? cursor.apply(page.getLast()) : null);
	}

}
