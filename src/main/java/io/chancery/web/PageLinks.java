package io.chancery.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds pager links in templates: the current URL with another page number ({@code @pageLinks.to(n)}),
 * or, for lists paged by cursor, with another cursor ({@code @pageLinks.after(cursor)}; null: the first page).
 */
@Component("pageLinks")
class PageLinks {

	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", Math.max(page, 0))
			.build()
			.toUriString();
	}

	public String after(String cursor) {
		ServletUriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentRequest();
		return (cursor == null ? url.replaceQueryParam("after") : url.replaceQueryParam("after", cursor)).build()
			.toUriString();
	}

}
