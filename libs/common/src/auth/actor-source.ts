import { Actor } from './actor';

/** Turns a bearer token into an Actor; provided by the identity feature, used by the global guard. */
export abstract class ActorSource {
  /** Returns null when the token is invalid, expired, or its account no longer exists. */
  abstract actorFromToken(token: string): Promise<Actor | null>;
}
