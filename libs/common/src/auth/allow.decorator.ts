import { SetMetadata } from '@nestjs/common';
import { Permission } from './permission';

export const ALLOW_METADATA_KEY = 'pdt:allow';
export const PUBLIC_METADATA_KEY = 'pdt:public';

/**
 * Declares which permissions let a caller reach a handler (any one of them, OR). The global
 * `AuthGuard` enforces it and fails closed: a handler without `@Allow` or `@Public` is refused.
 */
export const Allow = (...permissions: Permission[]) => SetMetadata(ALLOW_METADATA_KEY, permissions);

/** Marks a handler reachable without a session (only `login` and health checks). */
export const Public = () => SetMetadata(PUBLIC_METADATA_KEY, true);
