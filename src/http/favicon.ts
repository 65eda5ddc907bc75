/** Linkcy's mark, a link in a rounded square: the tab icon of every page, inline (no request, no 404). */
export const faviconSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f4fd6"/>' +
  '<path d="M13 19a5 5 0 0 0 7 0l4-4a5 5 0 0 0-7-7l-1 1M19 13a5 5 0 0 0-7 0l-4 4a5 5 0 0 0 7 7l1-1" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/></svg>';
export const faviconDataUri = `data:image/svg+xml,${encodeURIComponent(faviconSvg)}`;
