import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Request, Response } from 'express';
import {
  ActorSource,
  AppValidationPipe,
  AuthGuard,
  Clock,
  HttpErrorFilter,
  graphqlErrorFormatter,
  GqlContext,
  Loaders,
  PolicyService,
  requestToken,
  sqlCounter,
} from '@app/common';
import { Settings } from '@app/config';
import { CoreModule } from '@app/core';
import { DemoSeeder } from '@app/demo';
import { IdentityModule } from '@app/identity';
import { CompiledExecution } from './compiled-executor';
import { graphqlArmor, queryCostPlugin } from './graphql-limits';
import { HealthController } from './health.controller';
import { ResponseCache } from './response-cache';
import { WebModule } from './web/web.module';

/** Adds `x-sql-statements` to each GraphQL response (benchmarks and tests count queries with it). */
const sqlCountHeaderPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const count = sqlCounter.getStore();
        if (count) response.http.headers.set('x-sql-statements', String(count.statements));
      },
    };
  },
};

/**
 * The API: the core (CoreModule: settings, database, clock, logging, audit, the feature services),
 * and the HTTP edge over it: GraphQL (Apollo, the compiled executor, limits, the response cache),
 * the auth guard, validation and error filter, the REST controllers, health and the web app.
 */
@Module({})
export class AppModule {
  static forRoot(settings: Settings, databaseUrl: string): DynamicModule {
    const armor = graphqlArmor();
    const execution = new CompiledExecution({ maxResponseBytes: settings.responseMaxMb * 1024 * 1024 });
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(settings, { databaseUrl, migrationsRun: true }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [DataSource, ActorSource, Clock, PolicyService],
          useFactory: (db: DataSource, actors: ActorSource, clock: Clock, policy: PolicyService): ApolloDriverConfig => {
            const cache = new ResponseCache(settings.responseCacheMb * 1024 * 1024, db, actors, clock, policy);
            return {
              ...armor,
              autoSchemaFile: true,
              sortSchema: true,
              path: '/graphql',
              ...execution.driverOptions(),
              introspection: settings.introspection,
              playground: false,
              csrfPrevention: true,
              includeStacktraceInErrorResponses: false,
              formatError: graphqlErrorFormatter({ hideSuggestions: settings.production }),
              context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({ req, res, loaders: new Loaders() }),
              // Cast: @apollo/server's ESM and CommonJS type declarations are both in play here.
              plugins: [
                ...(armor.plugins ?? []),
                queryCostPlugin({
                  // The caller loaded here is the one the guard then uses (no second query).
                  partnershipsSeen: async (context) => {
                    if (context.actor === undefined) {
                      const token = requestToken(context.req);
                      context.actor = token ? await actors.actorFromToken(token) : null;
                    }
                    if (!context.actor) return null;
                    if (!context.actor.isAdmin) return context.actor.memberships.size;
                    const [{ n }] = await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM partnership');
                    return n;
                  },
                }),
                // Apollo installs its cache-control plugin by default, which wraps every field resolver to
                // collect hints nobody reads (responses are per user, never cached by a CDN): a few
                // thousand wrapped calls per nested read (docs/performance.md).
                ApolloServerPluginCacheControlDisabled(),
                settings.production || !settings.introspection
                  ? ApolloServerPluginLandingPageDisabled()
                  : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
                ...(cache.enabled ? [cache.plugin()] : []),
                ...(settings.sqlCountHeader ? [sqlCountHeaderPlugin] : []),
              ] as NonNullable<ApolloDriverConfig['plugins']>,
            };
          },
        }),
        WebModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: AppValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        DemoSeeder,
      ],
    };
  }
}
