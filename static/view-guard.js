// Runs before the page is drawn. The prerendered HTML holds the default view;
// a link with parameters asks for another one, so its figures stay hidden
// (app.css) until the app has read the address bar and can answer it.
if (window.location.search.length > 1) {
	document.documentElement.setAttribute('data-link-view', '');
}
