/**
 * Text without control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F). Written as
 * ranges rather than `\p{Cc}`, which needs the `u` flag: the pattern lands in the OpenAPI document, and
 * validators that compile it without that flag read `\p{Cc}` as the letters "p{Cc}" (the "c" of
 * "Lovelace" then failed the document's own example).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const noControlCharacters = /^[^\u0000-\u001f\u007f-\u009f]*$/;
