import type { DynamicModule, Type } from '@nestjs/common';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';

/** The keys `@Module` stores its lists under (MODULE_METADATA in @nestjs/common/constants). */
const PROVIDERS = 'providers';
const IMPORTS = 'imports';

type ModuleRef = Type | DynamicModule | Promise<DynamicModule> | { forwardRef: () => unknown };

/**
 * Every resolver class the modules register, read from their `@Module` metadata (providers, and
 * the modules they import, recursively) without starting them: no database, no services built.
 * Libs keep their resolvers private; the schema printer finds them through the modules.
 */
export function resolversOf(modules: readonly ModuleRef[]): Type[] {
  const resolvers = new Set<Type>();
  const seen = new Set<unknown>();
  const visit = (ref: ModuleRef | undefined): void => {
    if (!ref || seen.has(ref) || ref instanceof Promise) return;
    seen.add(ref);
    if ('forwardRef' in ref) return visit(ref.forwardRef() as ModuleRef);
    const dynamic = typeof ref === 'function' ? undefined : ref;
    const cls = typeof ref === 'function' ? ref : ref.module;
    const providers = [...((Reflect.getMetadata(PROVIDERS, cls) as unknown[] | undefined) ?? []), ...(dynamic?.providers ?? [])];
    for (const provider of providers) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, provider)) resolvers.add(provider as Type);
    }
    const imports = [...((Reflect.getMetadata(IMPORTS, cls) as ModuleRef[] | undefined) ?? []), ...((dynamic?.imports as ModuleRef[] | undefined) ?? [])];
    for (const imported of imports) visit(imported);
    if (cls !== ref) visit(cls);
  };
  for (const module of modules) visit(module);
  return [...resolvers];
}
