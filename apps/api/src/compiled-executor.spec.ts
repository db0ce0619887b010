import { jsonLongerThan } from './compiled-executor';

describe('jsonLongerThan: the response-size backstop', () => {
  it.each([
    // "abc" as JSON is 5 characters: counted as 3 + 2
    ['a string at its length', 'abc', 5, false],
    ['a string one past it', 'abc', 4, true],
    // {"a":"xy"}: 2 braces, key a counted as 1 + 4, value 2 + 2 = 11
    ['an object', { a: 'xy' }, 11, false],
    ['an object one past it', { a: 'xy' }, 10, true],
    // [null,null]: 2 brackets, each item 1 + 4 = 12
    ['an array', [null, null], 12, false],
  ])('measures %s', (_name, value, limit, expected) => {
    expect(jsonLongerThan(value, limit)).toBe(expected);
  });

  it('stops at the limit rather than walking a huge result', () => {
    let visited = 0;
    const huge = new Proxy([] as unknown[], {
      get(target, key) {
        if (key === 'length') return 1_000_000;
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          visited += 1;
          return 'x'.repeat(100);
        }
        return Reflect.get(target, key) as unknown;
      },
    });
    expect(jsonLongerThan(huge, 10_000)).toBe(true);
    expect(visited).toBeLessThan(200);
  });
});
