import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ALLOW_METADATA_KEY, Permission, PUBLIC_METADATA_KEY } from '@app/common';
import { ALL_RESOLVERS, buildApiSchema } from './print-schema';

type Class = { name: string; prototype: object };
type Handler = (...args: unknown[]) => unknown;

/**
 * Who may reach each handler, as the global AuthGuard reads it: `@Public()` or the `@Allow(...)`
 * permissions of the handler, else of its class (`Reflector.getAllAndOverride`). The guard refuses
 * a handler that has neither; this lists them all, so a change of permissions is a visible diff
 * of the snapshot (`npx jest -u apps/api/src/handler-permissions.spec.ts` after deciding it).
 */
function access(handler: Handler, target: Class): string | null {
  const read = <T>(key: string): T | undefined => (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, target) as T | undefined);
  if (read<boolean>(PUBLIC_METADATA_KEY)) return '@Public()';
  const allowed = read<Permission[]>(ALLOW_METADATA_KEY);
  return allowed && allowed.length > 0 ? `@Allow(${allowed.join(', ')})` : null;
}

function methodsOf(target: Class): [string, Handler][] {
  return Object.getOwnPropertyNames(target.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => [name, Object.getOwnPropertyDescriptor(target.prototype, name)?.value as Handler] as [string, Handler])
    .filter(([, value]) => typeof value === 'function');
}

/** Every GraphQL Query and Mutation handler of the API's resolvers: `Query.name` → its access. */
function graphqlHandlers(): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const resolver of ALL_RESOLVERS as Class[]) {
    for (const [method, handler] of methodsOf(resolver)) {
      const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (kind !== 'Query' && kind !== 'Mutation') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      found.set(`${kind}.${name}`, access(handler, resolver));
    }
  }
  return found;
}

/** The source files (not specs) under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every REST route of every `@Controller` class in apps/api and libs: `GET /path` → its access. */
function restRoutes(root: string): Map<string, string | null> {
  const found = new Map<string, string | null>();
  const files = [...sources(join(root, 'apps/api/src')), ...sources(join(root, 'libs'))].filter((file) => readFileSync(file, 'utf8').includes('@Controller('));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const exported = Object.values(jest.requireActual<Record<string, unknown>>(file)).filter((value): value is Class => typeof value === 'function');
    const controllers = exported.filter((value) => Reflect.hasMetadata(PATH_METADATA, value));
    expect({ file: relative(root, file), controllers: controllers.length > 0 }).toEqual({ file: relative(root, file), controllers: true });
    for (const controller of controllers) {
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const [, handler] of methodsOf(controller)) {
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const paths = [Reflect.getMetadata(PATH_METADATA, handler) as string | string[]].flat();
        for (const path of paths) {
          const route = `/${[base, path]
            .map((part) => part.replace(/^\/+|\/+$/g, ''))
            .filter(Boolean)
            .join('/')}`;
          found.set(`${RequestMethod[method]} ${route}`, access(handler, controller));
        }
      }
    }
  }
  return found;
}

describe('permission metadata of every handler', () => {
  const root = join(__dirname, '../../..');

  it('gives every Query and Mutation field of the schema a handler with @Allow or @Public', async () => {
    const schema = await buildApiSchema();
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `Mutation.${name}`),
    ].sort();
    const handlers = graphqlHandlers();

    expect([...handlers.keys()].sort()).toEqual(fields);
    expect([...handlers].filter(([, permissions]) => permissions === null).map(([name]) => name)).toEqual([]);
  }, 60_000);

  it('gives every REST route @Allow or @Public', () => {
    const routes = restRoutes(root);

    expect(routes.size).toBeGreaterThan(0);
    expect([...routes].filter(([, permissions]) => permissions === null).map(([route]) => route)).toEqual([]);
  });

  it('lists each handler with the permissions that reach it', () => {
    const lines = [...graphqlHandlers(), ...restRoutes(root)].map(([name, permissions]) => `${name}: ${permissions}`).sort();

    expect(lines).toMatchSnapshot();
  });
});
