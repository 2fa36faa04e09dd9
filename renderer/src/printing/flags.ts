// The flag-icons SVGs (4:3) the app already bundles for the screens, as URLs the printed pages
// can draw as images: an <image> prints whatever the print dialog's "background graphics" says,
// unlike the CSS background the screens use. Vite emits them with the bundle (or inlines the
// small ones as data: URLs, which the CSP's img-src allows).
const files = import.meta.glob<string>('../../../node_modules/flag-icons/flags/4x3/*.svg', { eager: true, query: '?url', import: 'default' });

const byCode = new Map<string, string>();
for (const [path, url] of Object.entries(files)) byCode.set(path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), url);

/** The flag's URL for a flag-icons code (vn, gb-eng, un...), or null if there is none. */
export const flagUrl = (code: string | null): string | null => (code ? (byCode.get(code) ?? null) : null);
