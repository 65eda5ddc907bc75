/* global window, document -- a browser script */
// The docs' search box: MiniSearch (served from node_modules as /docs/assets/minisearch.js) over the
// index the server builds from the guides, the reference and the error codes (/docs/search-index.json),
// fetched the first time the box is used. Prefix and typo-tolerant; titles weigh more than text.
(() => {
  const input = document.getElementById('docs-search');
  const list = document.getElementById('docs-search-results');
  if (!input || !list || !window.MiniSearch) return;
  let index;
  const load = () =>
    (index ??= fetch('/docs/search-index.json')
      .then((response) => response.json())
      .then((documents) => {
        const search = new window.MiniSearch({
          fields: ['title', 'text'],
          storeFields: ['title', 'url', 'section'],
          searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3 } },
        });
        search.addAll(documents);
        return search;
      }));
  input.addEventListener('focus', () => void load());
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const results = query.length < 2 ? [] : (await load()).search(query).slice(0, 8);
    if (input.value.trim() !== query) return; // a newer keystroke answers instead
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.title;
        const section = document.createElement('span');
        section.className = 'section';
        section.textContent = result.section;
        item.append(link, ' ', section);
        return item;
      }),
    );
    if (query.length >= 2 && results.length === 0) {
      const none = document.createElement('li');
      none.textContent = 'Nothing matches.';
      list.append(none);
    }
  });
})();
