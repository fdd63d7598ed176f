/**
 * Whether the views read the address bar yet. Prerendered HTML is the same
 * file for every query string, so hydration renders the default view (what
 * the HTML holds); the layout then activates the URL once, after mount, and
 * every view parameter follows the address bar from then on.
 */
class UrlActivation {
	active: boolean = $state(false);

	activate(): void {
		this.active = true;
	}
}

export const urlActivation = new UrlActivation();
