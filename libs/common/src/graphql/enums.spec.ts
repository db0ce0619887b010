import * as domain from '@app/domain';
import { GRAPHQL_ENUMS } from './enums';

/** The enum-like objects of @app/domain: frozen objects whose every key is its own value. */
function domainEnums(): [string, unknown][] {
  return Object.entries(domain as Record<string, unknown>).filter(
    ([, v]) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.isFrozen(v) && Object.entries(v).every(([k, x]) => k === x),
  );
}

describe('GRAPHQL_ENUMS', () => {
  it('registers every vocabulary of @app/domain once, under its own name', () => {
    const registered = GRAPHQL_ENUMS.map((e) => [e.name, e.ref] as const);
    expect(new Set(registered.map(([name]) => name)).size).toBe(registered.length);
    expect(registered.map(([name]) => name).sort()).toEqual(
      domainEnums()
        .map(([name]) => name)
        .sort(),
    );
    for (const [name, ref] of registered) expect(ref).toBe((domain as Record<string, unknown>)[name]);
  });
});
