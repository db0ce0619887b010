import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { assertSameOrigin, BadUserInputError, Public, SESSION_COOKIE } from '@app/common';
import { UserService } from '@app/identity';

/** Cookie attributes: never readable by scripts, never sent cross-site, Secure whenever the request came over TLS. */
function cookieOptions(req: Request, maxAgeMs?: number) {
  return { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/', ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }) };
}

/**
 * The web app's sign-in and sign-out: the same account check and login throttle as the `login`
 * mutation, with the session token in an httpOnly cookie instead of the response body. Scripts keep
 * using `login` and `Authorization: Bearer`. See docs/web.md.
 */
@Controller('api/session')
export class SessionController {
  constructor(private readonly users: UserService) {}

  @Post()
  @Public()
  @HttpCode(200)
  async signIn(@Req() req: Request, @Body() body: unknown, @Res({ passthrough: true }) res: Response) {
    // The body is JSON (a non-simple content type a cross-site form cannot send) and must come from this site.
    assertSameOrigin(req);
    const { email, password } = (body ?? {}) as { email?: unknown; password?: unknown };
    const problems = [];
    if (typeof email !== 'string' || email.trim() === '') problems.push({ path: 'email', message: 'Enter your email address' });
    if (typeof password !== 'string' || password === '') problems.push({ path: 'password', message: 'Enter your password' });
    if (problems.length) throw new BadUserInputError(problems, problems.map((p) => p.message).join('; '));
    const { token, expiresAt, user } = await this.users.login(email as string, password as string, req.ip ?? 'unknown');
    res.cookie(SESSION_COOKIE, token, cookieOptions(req, expiresAt.getTime() - Date.now()));
    res.setHeader('Cache-Control', 'no-store');
    return { expiresAt: expiresAt.toISOString(), user: { id: user.id, name: user.name, email: user.email } };
  }

  @Delete()
  @Public()
  @HttpCode(204)
  signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): void {
    assertSameOrigin(req);
    res.clearCookie(SESSION_COOKIE, cookieOptions(req));
  }
}
