import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError, FieldProblem } from '../errors/app-error';

function problems(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...problems(error.children ?? [], path)];
  });
}

/** PostgreSQL text cannot hold U+0000; refuse it up front, naming the field. */
function findNulCharacter(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findNulCharacter(value[i], `${path}.${i}`);
      if (found !== null) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = findNulCharacter(inner, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * `@Args()` parameters. Nest's pipes consumer maps @nestjs/graphql's numeric `GqlParamtype.ARGS`
 * (3) through the HTTP route param table, where 3 is BODY, so pipes see them as 'body'; parents,
 * context and info arrive as 'custom'.
 */
function isClientArgument(metadata: ArgumentMetadata): boolean {
  const type = metadata.type as string;
  return type === 'body' || type === 'args';
}

/**
 * class-validator on every resolver argument. Failures become BAD_USER_INPUT naming each field by
 * the path the client wrote: `input.dueDate` for `@Args('input')`, `first` for an args class.
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      // GraphQL already refuses unknown fields; whitelisting would strip undecorated ones.
      whitelist: false,
      forbidUnknownValues: false,
      exceptionFactory: (errors) => new BadUserInputError(problems(errors, '')),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only client arguments: parents and the context are ours (and may be circular).
    const nul = isClientArgument(metadata) ? findNulCharacter(value, metadata.data ?? '') : null;
    if (nul !== null) throw BadUserInputError.field(nul, 'Must not contain NUL characters');
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadUserInputError && metadata.data) {
        throw new BadUserInputError(error.fields.map((f) => ({ ...f, path: `${metadata.data}.${f.path}` })));
      }
      throw error;
    }
  }
}
