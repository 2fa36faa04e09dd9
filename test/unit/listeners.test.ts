import { expect, test } from 'vitest';
import { listeners } from '../../shared/listeners';

test('each listener is told once per change, with its arguments, until it unsubscribes', () => {
  const l = listeners<[string]>();
  const heard: string[] = [];
  const stop = l.subscribe((x) => heard.push(`a:${x}`));
  l.subscribe((x) => heard.push(`b:${x}`));
  l.notify('1');
  stop();
  l.notify('2');
  expect(heard).toEqual(['a:1', 'b:1', 'b:2']);
});

test('a listener that subscribes another during a round is not called in that round', () => {
  const l = listeners();
  let late = 0;
  l.subscribe(() => void l.subscribe(() => late++));
  l.notify();
  expect(late).toBe(0);
  l.notify();
  expect(late).toBe(1);
});
