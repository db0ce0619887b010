import { Writable } from 'node:stream';
import pino from 'pino';
import { AppLogger, requestLogger } from './logging';

/** An AppLogger writing JSON lines into an array. */
function capture(level = 'info'): { logger: AppLogger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: new AppLogger(pino({ level }, sink)), lines };
}

describe("AppLogger (Nest's logger over pino)", () => {
  it('writes the message with its context at the matching level', () => {
    const { logger, lines } = capture();
    logger.log('GraphQL ready', 'Main');
    logger.warn('Requests still in flight', 'Server');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'GraphQL ready', context: 'Main' }),
      expect.objectContaining({ level: 40, msg: 'Requests still in flight', context: 'Server' }),
    ]);
  });

  it("keeps an error's stack, given as Nest gives it (message, stack, context)", () => {
    const { logger, lines } = capture();
    logger.error('Sending failed', 'Error: boom\n    at send (mailer.ts:1:1)', 'Mailer');
    expect(lines[0]).toMatchObject({ level: 50, msg: 'Sending failed', context: 'Mailer', stack: 'Error: boom\n    at send (mailer.ts:1:1)' });
  });

  it('logs an Error object under err', () => {
    const { logger, lines } = capture();
    logger.error(new Error('no database'), 'Worker');
    expect(lines[0]).toMatchObject({ msg: 'no database', context: 'Worker' });
    expect(lines[0].err).toMatchObject({ message: 'no database', type: 'Error' });
  });

  it('writes nothing below its level, and nothing at all when silent', () => {
    const quiet = capture('warn');
    quiet.logger.log('ignored', 'Main');
    quiet.logger.debug('ignored', 'Main');
    quiet.logger.error('kept', 'Main');
    expect(quiet.lines.map((l) => l.msg)).toEqual(['kept']);
    const silent = capture('silent');
    silent.logger.fatal('ignored', 'Main');
    expect(silent.lines).toEqual([]);
  });

  it("writes through the request's logger during a request, so the line carries its id", () => {
    const { logger, lines } = capture();
    requestLogger.run(logger.pino.child({ reqId: 'abc-123' }), () => logger.log('inside', 'Resolver'));
    logger.log('outside', 'Main');
    expect(lines[0]).toMatchObject({ msg: 'inside', reqId: 'abc-123' });
    expect(lines[1].reqId).toBeUndefined();
  });
});
