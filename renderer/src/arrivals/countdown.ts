/** Live mode's small pure helper: where a key press went (durations are time.ts's durationText). */

/** Whether a key press is typing into a field (the one-key shortcuts must not fire then). */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  return !!el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}
