package io.chancery.web;

/** What a budget is counted for, and whose it is. */
enum RateLimit {

	/** Login attempts (form and HTTP Basic) per client address. */
	LOGIN,
	/** Requests to the customers' links ({@code /q/}, {@code /s/}, {@code /p/}) per client address. */
	LINKS,
	/** Requests to one link, from any address, so that nobody floods one customer's link. */
	LINK,
	/** Requests for files ({@code /files/}) per client address. */
	FILES,
	/** API requests per logged-in user. */
	API

}
