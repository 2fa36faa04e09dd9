import 'flag-icons/css/flag-icons.min.css';

/** A flag from flag-icons (4:3, for screens only); nothing when the delegation has no flag code. */
export function Flag({ code, square = false }: { code: string | null; square?: boolean }) {
  if (!code) return null;
  return <span className={`flag fi fi-${code}${square ? ' fis' : ''}`} aria-hidden="true" />;
}
