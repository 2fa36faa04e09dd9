/** Live mode's small pure helpers: the countdown as read on a wall screen, and where a key press went. */

/** "4:05" under an hour, "1:02:03" beyond; whole seconds, never negative. */
export function countdownText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Whether a key press is typing into a field (the one-key shortcuts must not fire then). */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  return !!el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}
