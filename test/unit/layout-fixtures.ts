import type { LayoutElement } from '../../shared/model/entities';

/** The hall the layout tests' elements stand in. */
export const HALL = '00000000-0000-4000-8000-000000000001';

let n = 0;
/** A layout element of a kind with its props, at (20, 10) m, 1.8 m square unless `at` says otherwise; a new id each call. */
export function element(kind: LayoutElement['kind'], props: Record<string, unknown>, at: Partial<LayoutElement> = {}): LayoutElement {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    hallId: HALL, kind, x: 20, y: 10, rotation: 0, width: 1.8, depth: 1.8, number: null,
    labelEn: '', labelVi: '', locked: false, zIndex: 'a0', groupId: null, props: props as LayoutElement['props'], ...at,
  };
}
