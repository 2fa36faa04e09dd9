import type { Command } from '../../../../shared/document/history';
import type { Asset, Hall } from '../../../../shared/model/entities';
import type { Point } from '../../../../shared/rect';

/**
 * The floor plan image under a hall (pure parts, unit-tested): the commands that set and remove
 * it, and the arithmetic of scaling it by a known distance. The image itself is an Asset row in
 * the document (base64), shown from a data: URL (the CSP allows img-src data:).
 */

/** Sets a hall's floor plan, adding the picked image as an Asset unless the document holds the same bytes already. */
export const setHallBackground: Command<{ hallId: string; asset: Asset; fields: Partial<Pick<Hall, 'backgroundX' | 'backgroundY' | 'backgroundScale' | 'backgroundOpacity' | 'backgroundLocked'>> }> = {
  id: 'hall/set-background',
  run(draft, { hallId, asset, fields }) {
    const hall = draft.halls[hallId];
    if (!hall) throw new Error(`halls/${hallId} does not exist`);
    const same = Object.values(draft.assets).find((a) => a.sha256 === asset.sha256);
    const id = same ? same.id : asset.id;
    if (!same) draft.assets[asset.id] = asset;
    if (hall.backgroundAssetId !== id) hall.backgroundAssetId = id;
    for (const [k, v] of Object.entries(fields) as [keyof typeof fields, never][]) if (hall[k] !== v) (hall as Record<string, unknown>)[k] = v;
  },
};

/** Removes a hall's floor plan; the image row goes too when no other hall shows it (undo brings both back). */
export const removeHallBackground: Command<{ hallId: string }> = {
  id: 'hall/remove-background',
  run(draft, { hallId }) {
    const hall = draft.halls[hallId];
    const assetId = hall?.backgroundAssetId;
    if (!hall || !assetId) return;
    hall.backgroundAssetId = null;
    if (!Object.values(draft.halls).some((h) => h.backgroundAssetId === assetId)) delete draft.assets[assetId];
  },
};

export const MAX_BACKGROUND_SCALE = 1000;

/**
 * Scaling by a known distance: the officer marked `a` and `b` (hall metres, as the plan is drawn
 * now) and says they are `metres` apart. Returns the new scale and position, keeping the plan
 * point under `a` where it is, or null when it cannot be done (same point, distance not > 0,
 * a scale out of range).
 */
export function calibrate(hall: Pick<Hall, 'backgroundX' | 'backgroundY' | 'backgroundScale'>, a: Point, b: Point, metres: number): Pick<Hall, 'backgroundX' | 'backgroundY' | 'backgroundScale'> | null {
  const marked = Math.hypot(b.x - a.x, b.y - a.y);
  if (!(metres > 0) || !Number.isFinite(metres) || !(marked > 1e-9)) return null;
  const pixels = marked / hall.backgroundScale;
  const scale = metres / pixels;
  if (!(scale > 0) || scale > MAX_BACKGROUND_SCALE || !Number.isFinite(scale)) return null;
  const k = scale / hall.backgroundScale;
  const r = (v: number) => Math.round(v * 1e6) / 1e6 + 0;
  return { backgroundScale: scale, backgroundX: r(a.x - (a.x - hall.backgroundX) * k), backgroundY: r(a.y - (a.y - hall.backgroundY) * k) };
}

/** The scale that fits an image of `width` × `height` pixels inside the hall. */
export function fitScale(hall: Pick<Hall, 'widthM' | 'depthM'>, width: number, height: number): number {
  if (!(width > 0) || !(height > 0)) return 0.01;
  return Math.min(MAX_BACKGROUND_SCALE, Math.min(hall.widthM / width, hall.depthM / height));
}

export const assetUrl = (asset: Pick<Asset, 'mime' | 'dataBase64'>) => `data:${asset.mime};base64,${asset.dataBase64}`;

/** Decoded images by asset id (decoded once, shared by every hall that shows them). */
const images = new Map<string, { img: HTMLImageElement; loaded: boolean }>();

/** The image of an asset, decoding it on first use; `onLoad` runs when it becomes drawable. */
export function assetImage(asset: Asset, onLoad: () => void): HTMLImageElement | null {
  let entry = images.get(asset.id);
  if (!entry) {
    const img = new Image();
    const made = { img, loaded: false };
    img.addEventListener('load', () => (made.loaded = true), { once: true });
    img.src = assetUrl(asset);
    images.set(asset.id, (entry = made));
  }
  if (entry.loaded) return entry.img;
  entry.img.addEventListener('load', onLoad, { once: true });
  return null;
}

/** An image's size in pixels (an SVG with no size of its own counts as 1000 × 1000). */
export function imageSize(img: HTMLImageElement): { width: number; height: number } {
  return img.naturalWidth > 0 && img.naturalHeight > 0 ? { width: img.naturalWidth, height: img.naturalHeight } : { width: 1000, height: 1000 };
}

/** Decodes an asset to learn its size in pixels (null if the browser cannot show it). */
export function decodeSize(asset: Asset): Promise<{ width: number; height: number } | null> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(imageSize(img));
    img.onerror = () => resolve(null);
    img.src = assetUrl(asset);
  });
}
