import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { resolversOf } from './resolvers-of';

@Resolver()
class AResolver {
  @Query(() => String)
  a(): string {
    return 'a';
  }
}

@Resolver()
class BResolver {
  @Query(() => String)
  b(): string {
    return 'b';
  }
}

@Injectable()
class SomeService {}

@Module({ providers: [BResolver, SomeService] })
class InnerModule {}

@Module({})
class DynamicHost {}

@Module({ imports: [InnerModule, { module: DynamicHost, providers: [AResolver] }], providers: [SomeService] })
class OuterModule {}

describe('resolversOf', () => {
  it('finds the resolvers a module registers and those of the modules it imports, static or dynamic, once each', () => {
    const found = resolversOf([OuterModule, InnerModule]);
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([AResolver, BResolver]));
    expect(found).not.toContain(SomeService);
  });

  it('finds nothing in a module without resolvers', () => {
    expect(resolversOf([DynamicHost])).toEqual([]);
  });
});
